#!/usr/bin/python3
"""What of the user's the command line's copy lost or changed: user_parts.py INPUT COPY [SECOND_COPY].

Prints one line per loss, nothing when the copy kept the workbook whole. The rules the copy is
held to: the run may edit only [Content_Types].xml, the package's relationships (_rels/.rels, to
add docProps/custom.xml; the user's relationships kept), xl/workbook.xml and its relationships,
xl/styles.xml, docProps/custom.xml, docProps/app.xml and the assessed sheet (表2, or --sheet NAME)
with its relationships, and add parts of its own. Every other part of the input is byte for byte
the same in the copy (uncompressed). In the edited parts the user's content is equal: sheets in
order with their names and states, defined names (a local one on the same sheet), calcPr and the
workbook's other settings; styles at their indexes (new ones only appended); the assessed sheet
as sheet_kept.py checks it outside the add-in's block (the range PlanAssess_Block — or, from
the exceljs writer, PlanAssess_Area — gives in the copy). Relationship targets resolve.

With SECOND_COPY (the copy assessed again) it also checks the re-run against the first copy: the
add-in's sheets, names, parts and block rules replaced, not added a second time.
"""
import posixpath
import sys

sys.path.insert(0, posixpath.dirname(posixpath.abspath(__file__)))
from lxml import etree  # noqa: E402

from package_edit import CT, M, PR, R, X14, XM, Package  # noqa: E402
from sheet_kept import canonical, contrast, explain, listed, parse_area, sheet_losses, short  # noqa: E402

BLOCK_NAMES = ("PlanAssess_Block", "PlanAssess_Area")
ADDIN_PREFIX = "PlanAssess_"
WORKBOOK_OWN = {"sheets", "definedNames", "calcPr", "bookViews"}
STYLE_LISTS = ("fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "colors", "tableStyles")


def q(tag):
    return "{%s}%s" % (M, tag)


def sheets(pkg):
    """[(name, state, sheetId, part)] of the workbook, in order."""
    wb = pkg.xml("xl/workbook.xml")
    targets = pkg.targets("xl/workbook.xml")
    return [(s.get("name"), s.get("state", "visible"), s.get("sheetId"), targets.get(s.get("{%s}id" % R), (None, None))[1]) for s in wb.iter(q("sheet"))]


def defined_names(pkg):
    """(name, sheet name of its scope or None) -> (text, other attributes), and how often each occurs."""
    names = [s[0] for s in sheets(pkg)]
    out, counts = {}, {}
    for d in pkg.xml("xl/workbook.xml").iter(q("definedName")):
        scope = d.get("localSheetId")
        key = (d.get("name"), names[int(scope)] if scope is not None and int(scope) < len(names) else scope)
        out[key] = (d.text or "", {k: v for k, v in d.attrib.items() if k not in ("name", "localSheetId")})
        counts[key] = counts.get(key, 0) + 1
    return out, counts


def block_areas(pkg, sheet):
    """The areas on `sheet` of the add-in's block name in this package."""
    names, _ = defined_names(pkg)
    for block in BLOCK_NAMES:
        text = names.get((block, None), (None,))[0]
        if text:
            areas = []
            for piece in text.split(","):
                where, _, ref = piece.rpartition("!")
                if where.strip("'").replace("''", "'") == sheet:
                    areas.append(parse_area(ref))
            return [a for a in areas if a]
    return None


def shared_strings(pkg):
    if "xl/sharedStrings.xml" not in pkg.parts:
        return []
    ns = {"m": M}
    return ["".join(si.xpath("m:t/text() | m:r/m:t/text()", namespaces=ns)) for si in pkg.xml("xl/sharedStrings.xml").iter(q("si"))]


def first_difference(a, b):
    a, b = a.decode("utf-8", "replace"), b.decode("utf-8", "replace")
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return "at character %d: %r -> %r" % (i, a[max(0, i - 40) : i + 60], b[max(0, i - 40) : i + 60])


def check_kept_parts(problems, before, after, editable, sheet_of):
    for part, data in before.parts.items():
        if part in editable:
            continue
        label = "%s (sheet %s)" % (part, sheet_of[part]) if part in sheet_of else part
        if part not in after.parts:
            problems.append("part lost: %s (%d bytes)" % (label, len(data)))
        elif after.parts[part] != data:
            problems.append("part changed (must be byte-identical): %s %s" % (label, first_difference(data, after.parts[part])))


def content_types(pkg):
    root = pkg.xml("[Content_Types].xml")
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in root.iter("{%s}Default" % CT)}
    overrides = {o.get("PartName").lstrip("/"): o.get("ContentType") for o in root.iter("{%s}Override" % CT)}
    return lambda part: overrides.get(part) or defaults.get(part.rsplit(".", 1)[-1].lower())


def check_content_types(problems, before, after):
    was, now = content_types(before), content_types(after)
    for part in before.parts:
        if part != "[Content_Types].xml" and part in after.parts and was(part) != now(part):
            problems.append("content type of %s changed: %s -> %s" % (part, was(part), now(part)))


def check_relationships(problems, before, after, assessed):
    """Every relationship of the copy resolves; the package's, the workbook's and the assessed sheet's user relationships kept."""
    for part in after.parts:
        if part.endswith(".rels"):
            source = part.replace("_rels/", "")[: -len(".rels")]
            external = {r.get("Id") for r in after.xml(part).iter("{%s}Relationship" % PR) if r.get("TargetMode") == "External"}
            for rid, (kind, target) in after.targets(source).items():
                if rid not in external and target not in after.parts:
                    problems.append("relationship %s of %s points at a missing part %s" % (rid, source or "the package", target))
    now = set(after.targets("xl/workbook.xml").values())
    for rid, rel in before.targets("xl/workbook.xml").items():
        if not rel[0].endswith("/worksheet") and rel not in now:
            problems.append("workbook relationship lost: %s %s -> %s" % (rid, rel[0].rsplit("/", 1)[-1], rel[1]))
    # The package's own relationships may gain one (docProps/custom.xml the first time); the user's stay as they are.
    for what, source, copy in (("the package", "", ""), ("the assessed sheet", assessed[0], assessed[1])):
        if copy is None:
            continue
        now = after.targets(copy)
        for rid, rel in before.targets(source).items():
            if now.get(rid) != rel:
                problems.append("relationship of %s lost or changed: %s %s -> %s (now %s)" % (what, rid, rel[0].rsplit("/", 1)[-1], rel[1], now.get(rid)))


def check_workbook(problems, before, after):
    old, new = sheets(before), sheets(after)
    by_name = {s[0]: s for s in new}
    for name, state, sheet_id, part in old:
        copy = by_name.get(name)
        if copy is None:
            problems.append("sheet lost: %s" % name)
        elif (state, sheet_id, part) != copy[1:]:
            problems.append("sheet %s changed: state/sheetId/part %s -> %s" % (name, (state, sheet_id, part), copy[1:]))
    kept = [s[0] for s in new if s[0] in {o[0] for o in old}]
    if kept != [o[0] for o in old if o[0] in by_name]:
        problems.append("user sheets reordered: %s -> %s" % ([o[0] for o in old], kept))
    was, _ = defined_names(before)
    now, _ = defined_names(after)
    for key, value in was.items():
        if key[0].startswith(ADDIN_PREFIX):
            continue
        scope = "local to %s" % key[1] if key[1] else "global"
        if key not in now:
            problems.append("defined name lost: %s (%s) = %s" % (key[0], scope, value[0]))
        elif now[key] != value:
            problems.append("defined name changed: %s (%s) %s -> %s" % (key[0], scope, value, now[key]))
    user_sheets = {s[0] for s in old}
    for key, value in now.items():
        # The add-in's names start with PlanAssess_ or are local to its own sheets; any other new name changes what the user's formulas mean.
        if key not in was and not key[0].startswith(ADDIN_PREFIX) and (key[1] is None or key[1] in user_sheets):
            problems.append("defined name added: %s (%s) = %s" % (key[0], "local to %s" % key[1] if key[1] else "global", value[0]))
    wb_old, wb_new = before.xml("xl/workbook.xml"), after.xml("xl/workbook.xml")
    for tag in ("calcPr", "bookViews/" + q("workbookView")):
        a, b = wb_old.find(q(tag)), wb_new.find(q(tag))
        if a is None:
            continue
        drop = ("activeTab", "firstSheet") if "workbookView" in tag else ()
        had = {k: v for k, v in a.attrib.items() if k not in drop}
        has = {k: v for k, v in (b.attrib.items() if b is not None else []) if k not in drop}
        listed(problems, "workbook <%s> attribute lost or changed:" % tag.split("}")[-1], ["%s=%s (now %s)" % (k, v, has.get(k)) for k, v in had.items() if has.get(k) != v])
    others = {etree.QName(el).localname: el for el in wb_new if isinstance(el.tag, str)}
    for el in wb_old:
        tag = etree.QName(el).localname if isinstance(el.tag, str) else None
        if tag and tag not in WORKBOOK_OWN and (tag not in others or canonical(others[tag]) != canonical(el)):
            problems.append("workbook <%s> %s" % (tag, "changed: " + explain(el, others[tag]) if tag in others else "lost: " + short(canonical(el), 300)))


def check_styles(problems, before, after):
    """Every style the user's cells use is still at its index, unchanged; new ones only appended."""
    old, new = before.xml("xl/styles.xml"), after.xml("xl/styles.xml")
    formats = {n.get("numFmtId"): n.get("formatCode") for n in new.iter(q("numFmt"))}
    listed(problems, "styles.xml number format lost or changed:", ["%s %r (now %r)" % (n.get("numFmtId"), n.get("formatCode"), formats.get(n.get("numFmtId"))) for n in old.iter(q("numFmt")) if formats.get(n.get("numFmtId")) != n.get("formatCode")])
    for tag in STYLE_LISTS:
        a, b = old.find(q(tag)), new.find(q(tag))
        if a is None:
            continue
        copy = [] if b is None else [c for c in b if isinstance(c.tag, str)]
        changed = []
        for i, child in enumerate(c for c in a if isinstance(c.tag, str)):
            if i >= len(copy) or canonical(child) != canonical(copy[i]):
                changed.append("[%d] %s" % (i, contrast(canonical(child), canonical(copy[i])) if i < len(copy) else "lost: " + short(canonical(child))))
        listed(problems, "styles.xml %s changed:" % tag, changed)


def check_custom_properties(problems, before, after):
    part = "docProps/custom.xml"
    if part not in before.parts:
        return
    def props(pkg):
        if part not in pkg.parts:
            return {}
        return {p.get("name"): canonical(p[0]) if len(p) else "" for p in pkg.xml(part) if isinstance(p.tag, str)}
    now = props(after)
    listed(problems, "custom property lost or changed:", ["%s %s (now %s)" % (k, v, now.get(k)) for k, v in props(before).items() if not k.startswith("PlanAssess") and now.get(k) != v])


def losses(before, after, sheet="表2"):
    """Every loss of the user's between an input package and its copy, one line each."""
    problems = []
    parts = {s[0]: s[3] for s in sheets(before)}
    copy_parts = {s[0]: s[3] for s in sheets(after)}
    assessed = (parts[sheet], copy_parts.get(sheet))
    editable = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/custom.xml", "docProps/app.xml", assessed[0], Package.rels_of(assessed[0])}
    check_kept_parts(problems, before, after, editable, {p: n for n, p in parts.items()})
    check_content_types(problems, before, after)
    check_relationships(problems, before, after, assessed)
    check_workbook(problems, before, after)
    check_styles(problems, before, after)
    check_custom_properties(problems, before, after)
    areas = block_areas(after, sheet)
    if areas is None:
        problems.append("the copy has no %s name giving the add-in's block: every cell of %s is checked" % (" or ".join(BLOCK_NAMES), sheet))
    if assessed[1] is None:
        problems.append("the assessed sheet %s is missing from the copy" % sheet)
    else:
        problems += sheet_losses(sheet, before.xml(assessed[0]), after.xml(assessed[1]), areas or [], (shared_strings(before), shared_strings(after)))
    return problems


def block_data_bars(pkg, sheet):
    """How many data bar rules (2007 and x14) lie on the add-in's block."""
    areas = block_areas(pkg, sheet) or []
    root = pkg.xml(dict((s[0], s[3]) for s in sheets(pkg))[sheet])
    def on_block(sqref):
        return any(a and b and a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3] for b in areas for a in map(parse_area, sqref.split()))
    plain = sum(len(cf.findall(q("cfRule[@type='dataBar']"))) for cf in root.iter(q("conditionalFormatting")) if on_block(cf.get("sqref", "")))
    x14 = 0
    for cf in root.iter("{%s}conditionalFormatting" % X14):
        sqref = cf.findtext("{%s}sqref" % XM) or ""
        x14 += sum(1 for r in cf.iter("{%s}cfRule" % X14) if r.get("type") == "dataBar") if on_block(sqref) else 0
    return plain, x14


def rerun_problems(first, second, sheet="表2"):
    """What a second run added a second time instead of replacing it."""
    problems = []
    a, b = [s[0] for s in sheets(first)], [s[0] for s in sheets(second)]
    if a != b:
        problems.append("re-run: sheets %s -> %s" % (a, b))
    _, counts = defined_names(second)
    problems += ["re-run: defined name %s (%s) written %d times" % (k[0], k[1] or "global", n) for k, n in counts.items() if n > 1]
    names_a, names_b = set(defined_names(first)[0]), set(defined_names(second)[0])
    if names_a != names_b:
        problems.append("re-run: defined names added %s, dropped %s" % (sorted(names_b - names_a, key=str), sorted(names_a - names_b, key=str)))
    extra, gone = sorted(set(second.parts) - set(first.parts)), sorted(set(first.parts) - set(second.parts))
    if len(second.parts) != len(first.parts):
        problems.append("re-run: %d parts, the first copy had %d (new %s, gone %s)" % (len(second.parts), len(first.parts), extra, gone))
    for tag in ("numFmts",) + STYLE_LISTS:
        counts = [len(pkg.xml("xl/styles.xml").find(q(tag)) if pkg.xml("xl/styles.xml").find(q(tag)) is not None else []) for pkg in (first, second)]
        if counts[1] > counts[0]:
            problems.append("re-run: styles.xml %s grew from %d to %d (the add-in's styles added again, not reused)" % (tag, counts[0], counts[1]))
    bars = block_data_bars(second, sheet)
    if bars[0] != 1:
        problems.append("re-run: %d data bar rules on the block, not one" % bars[0])
    if bars != block_data_bars(first, sheet):
        problems.append("re-run: data bar rules on the block (2007, x14) %s, the first copy had %s" % (bars, block_data_bars(first, sheet)))
    return problems


if __name__ == "__main__":
    args = sys.argv[1:]
    sheet = "表2"
    if "--sheet" in args:
        i = args.index("--sheet")
        sheet = args[i + 1]
        del args[i : i + 2]
    load = lambda path: Package(open(path, "rb").read())  # noqa: E731
    packages = [load(p) for p in args]
    found = losses(packages[0], packages[1], sheet)
    if len(packages) > 2:
        found = ["re-run: " + p for p in losses(packages[0], packages[2], sheet)] + rerun_problems(packages[1], packages[2], sheet)
    print("\n".join(found))
