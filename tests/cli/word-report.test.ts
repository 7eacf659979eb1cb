import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, type Ran } from "../helpers/cli";

/** A table with two domains and 2021 data, built here: 2020 base, 2025 target. */
function domainWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("主要指标");
  sheet.addRow(["类别", "指标名称", "单位", "2020年", "2025年目标", "指标属性", "2021年"]);
  sheet.addRow(["科技创新", "研发经费支出占比", "%", 2.4, 3.4, "预期性", 2.9]);
  sheet.addRow(["科技创新", "人才资源总量", "万人", 30, 40, "预期性", 30.5]);
  sheet.addRow(["生态环境", "森林覆盖率", "%", 50, 55, "约束性", 50.2]);
  sheet.addRow(["生态环境", "人均公园绿地面积", "平方米", 10, 15, "预期性", 11]);
  return workbook;
}

/** The paragraphs of a .docx, read back from word/document.xml, and the XML itself. */
async function readDocx(path: string): Promise<{ xml: string; paragraphs: string[]; tables: string[][][] }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const textOf = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join("");
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/gu, "");
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map((m) => textOf(m[0])).filter((text) => text.length > 0);
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/gu)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/gu)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/gu)].map((cell) => textOf(cell[0]))),
  );
  return { xml, paragraphs, tables };
}

/** Runs the command line in this process with captured streams. */
function cli(...argv: string[]): Promise<Ran> {
  return runCli(argv, new Date("2022-03-01T02:00:00Z"));
}

let folder = "";
let input = "";

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "plan-assess-word-"));
  input = join(folder, "表.xlsx");
  await domainWorkbook().xlsx.writeFile(input);
});

describe("the appendix 评价表 of a table without domains", () => {
  it("leaves out the 类别 column no indicator fills", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("主要指标");
    sheet.addRow(["指标名称", "单位", "2020年", "2025年目标", "指标属性", "2021年"]);
    sheet.addRow(["研发经费支出占比", "%", 2.4, 3.4, "预期性", 2.9]);
    sheet.addRow(["森林覆盖率", "%", 50, 55, "约束性", 50.2]);
    const plain = join(folder, "无类别.xlsx");
    await workbook.xlsx.writeFile(plain);
    const report = join(folder, "无类别.docx");
    expect((await cli("assess", plain, "--report", report)).code).toBe(0);
    const appendix = (await readDocx(report)).tables.at(-1) ?? [];
    expect(appendix[0]?.[0]).toBe("指标名称");
    expect(appendix[0]).not.toContain("类别");
  });
});

describe("plan-assess assess --report", () => {
  it("writes the report's indicator section in order: overview, a paragraph per domain, the indicators behind, the outlook, the 评价表", async () => {
    const report = join(folder, "报告.docx");
    const ran = await cli("assess", input, "--report", report);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain("评估报告（指标部分）已写入");
    const { paragraphs } = await readDocx(report);
    expect(paragraphs[0]).toBe("“十四五”规划《纲要》主要指标中期评估情况");
    const headings = paragraphs.filter((text) => /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^附表/u.test(text));
    expect(headings).toEqual(["一、总体情况", "二、分领域情况", "（一）科技创新", "（二）生态环境", "三、需重点关注的指标", "四、预期进程展望", "附表：“十四五”规划《纲要》主要指标中期完成评价表"]);
    expect(paragraphs[paragraphs.indexOf("（一）科技创新") + 1]).toMatch(/^科技创新领域2项指标平均实现度为/u);
    expect(paragraphs[paragraphs.indexOf("四、预期进程展望") + 1]).toMatch(/^按目前进度预计，第一类为/u);
    // 2021 of a 2021–2025 plan: time progress 20%; 人才资源总量 (5%) and 森林覆盖率 (4%) are behind.
    expect(paragraphs[paragraphs.indexOf("三、需重点关注的指标") + 1]).toContain("森林覆盖率");
  });

  it("carries the lagging list with gaps and the 评价表 as Word tables, 类别 merged down its rows", async () => {
    const report = join(folder, "表格.docx");
    await cli("assess", input, "--report", report);
    const { tables, xml } = await readDocx(report);
    const [lags, evaluation] = tables;
    expect(lags?.[0]).toEqual(["指标名称", "实现度", "时序进度", "差距"]);
    expect(lags?.slice(1).map((row) => row[0]).sort()).toEqual(["人才资源总量", "森林覆盖率"]);
    expect(lags?.find((row) => row[0] === "森林覆盖率")?.[3]).toBe("16个百分点");
    expect(evaluation?.[0]).toEqual(["类别", "指标名称", "2020年", "2021年", "2025年目标", "指标属性", "实现度", "评价结果", "预计完成情况"]);
    expect(evaluation?.slice(1).map((row) => row[1])).toEqual(["研发经费支出占比", "人才资源总量", "森林覆盖率", "人均公园绿地面积"]);
    expect(evaluation?.[1]?.[0]).toBe("科技创新");
    expect(evaluation?.[2]?.[0]).toBe("");
    expect(evaluation?.[3]?.[6]).toBe("4%");
    expect(xml.match(/<w:vMerge w:val="restart"\/>/gu)).toHaveLength(2);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it("sets the page as GB/T 9704 has it: A4, margins 37/35/28/26 mm, 仿宋_GB2312 16 pt body on a 28 pt line, 黑体 and 楷体 headings", async () => {
    const report = join(folder, "版式.docx");
    await cli("assess", input, "--report", report);
    const { xml } = await readDocx(report);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/u);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('<w:spacing w:line="560" w:lineRule="exact"/>');
    expect(xml).toContain('<w:sz w:val="32"/>');
  });

  it("leaves no temporary file beside the report and refuses a report named like the input", async () => {
    await cli("assess", input, "--report", join(folder, "干净.docx"));
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    const same = await cli("assess", input, "--report", input);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("报告文件不能与输入文件");
  });
});
