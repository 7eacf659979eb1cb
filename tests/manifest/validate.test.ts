import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const script = join(root, "scripts/validate-manifest.mjs");
const schemas = resolve(root, "..", "shared", "schemas", "office-manifest");
const schemasPresent = existsSync(join(schemas, "OfficeAppManifestV1_1.xsd"));
/** Continuous integration must validate: there, absent schemas are a failure, not a skip. */
const inCi = process.env.CI === "true";
/** Why the schema tests are skipped on this machine, in their names. */
const needsSchemas = schemasPresent ? "" : " (skipped: the Office manifest schemas are not at ../shared/schemas/office-manifest)";

function validate(manifestPath: string, schemaDir = schemas) {
  const run = spawnSync(process.execPath, [script, manifestPath, "--schemas", schemaDir], {
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function writeVariant(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  const path = join(dir, "manifest.xml");
  writeFileSync(path, xml);
  return path;
}

const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("npm run validate", () => {
  it("says plainly that it cannot validate when the schemas are absent, and exits 3", () => {
    const result = validate(join(root, "manifest.xml"), join(tmpdir(), "no-such-schemas"));
    expect(result.status).toBe(3);
    expect(result.output).toContain("未找到清单架构文件");
  });

  it.runIf(inCi)("finds the Office manifest schemas beside the project, as continuous integration must", () => {
    expect(schemasPresent, `no ${join(schemas, "OfficeAppManifestV1_1.xsd")}`).toBe(true);
  });

  it.skipIf(!schemasPresent)(`accepts the project's manifest and rejects one with an element out of order${needsSchemas}`, () => {
    expect(validate(join(root, "manifest.xml"))).toMatchObject({ status: 0 });

    // <Permissions> must follow <DefaultSettings>; moving it before <Hosts> breaks the sequence.
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    expect(manifest).toContain(permissions);
    const outOfOrder = manifest
      .replace(permissions, "")
      .replace("  <Hosts>\n", `${permissions}  <Hosts>\n`);
    const result = validate(writeVariant(outOfOrder));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/Permissions/);
    expect(result.output).toContain("清单校验未通过");
  });

  it.skipIf(!schemasPresent)(`rejects a ribbon button whose action type is not one the schema knows${needsSchemas}`, () => {
    const broken = manifest.replace('xsi:type="ExecuteFunction"', 'xsi:type="RunEverything"');
    expect(validate(writeVariant(broken)).status).toBe(1);
  });

  it("reports a missing manifest file as a failure", () => {
    expect(validate(join(tmpdir(), "missing-manifest.xml")).status).toBe(1);
  });
});
