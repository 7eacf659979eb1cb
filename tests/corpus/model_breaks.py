"""Losses made on purpose in a model copy, one function per kind, to show user_parts.py names each.

Each takes the package and the assessed sheet's part; BREAKS pairs it with the corpus case that
has what it breaks (an "again-…" kind is made by the re-run, on the model of the model copy).
"""
from lxml import etree

from package_edit import M, Package, X14, fragment

OWN_SHEET = "评估汇总"


def first_user_cell(pkg, part):
    sheet = pkg.xml(part)
    return sheet, next(c for c in sheet.iter("{%s}c" % M) if c.get("r") in ("A3", "A1"))


def break_cell(pkg, part):
    sheet, cell = first_user_cell(pkg, part)
    cell.getparent().remove(cell)
    pkg.put(part, sheet)


def break_outside(pkg, part):
    """A cell written beside the block, where the user's sheet is."""
    pkg.set_cells(part, {"Q5": ('t="inlineStr"', "<is><t>越界</t></is>")})


def break_style(pkg, part):
    styles = pkg.xml("xl/styles.xml")
    xfs = styles.find("{%s}cellXfs" % M)
    xfs.insert(0, fragment('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>')[0])
    pkg.put("xl/styles.xml", styles)


def break_part(pkg, part):
    pkg.parts["xl/theme/theme1.xml"] = pkg.parts["xl/theme/theme1.xml"].replace(b"<a:", b"<a:", 1) + b"\n"


def break_name(pkg, part):
    workbook = pkg.xml("xl/workbook.xml")
    name = next(d for d in workbook.iter("{%s}definedName" % M) if not d.get("name").startswith("PlanAssess_"))
    name.getparent().remove(name)
    pkg.put("xl/workbook.xml", workbook)


def break_added_name(pkg, part):
    """A user's local name written a second time as a global one (what exceljs does)."""
    workbook = pkg.xml("xl/workbook.xml")
    local = next(d for d in workbook.iter("{%s}definedName" % M) if d.get("localSheetId") is not None and not d.get("name").startswith("_xlnm."))
    twin = etree.fromstring(etree.tostring(local))
    del twin.attrib["localSheetId"]
    local.getparent().append(twin)
    pkg.put("xl/workbook.xml", workbook)


def break_property(pkg, part):
    """The user's first document property dropped from docProps/custom.xml."""
    root = pkg.xml("docProps/custom.xml")
    root.remove(root[0])
    pkg.put("docProps/custom.xml", root)


def break_element(pkg, part):
    sheet = pkg.xml(part)
    sheet.remove(sheet.find("{%s}sheetProtection" % M))
    pkg.put(part, sheet)


def break_extension(pkg, part):
    """Drops the user's extensions (sparklines, x14 validations …), keeping the add-in's data bar twin."""
    sheet = pkg.xml(part)
    for ext in sheet.findall("{%s}extLst/{%s}ext" % (M, M)):
        if ext.find("{%s}conditionalFormattings" % X14) is None:
            ext.getparent().remove(ext)
    pkg.put(part, sheet)


def break_row(pkg, part):
    sheet = pkg.xml(part)
    for row in sheet.iter("{%s}row" % M):
        row.attrib.pop("hidden", None)
    pkg.put(part, sheet)


def break_calc(pkg, part):
    workbook = pkg.xml("xl/workbook.xml")
    workbook.find("{%s}calcPr" % M).attrib.pop("fullCalcOnLoad")
    pkg.put("xl/workbook.xml", workbook)


def break_merge(pkg, part):
    sheet = pkg.xml(part)
    merges = sheet.find("{%s}mergeCells" % M)
    merges.remove(merges[-1])
    merges.set("count", str(len(merges)))
    pkg.put(part, sheet)


def break_rule(pkg, part):
    sheet = pkg.xml(part)
    sheet.remove(next(cf for cf in sheet.iter("{%s}conditionalFormatting" % M) if cf.get("sqref") != "J4:J39"))
    pkg.put(part, sheet)


def break_relationship(pkg, part):
    rels = Package.rels_of(part)
    root = pkg.xml(rels)
    for rel in root:
        if rel.get("Type").endswith("/comments"):
            rel.set("Id", "rId99")
    pkg.put(rels, root)


def break_dangling(pkg, part):
    """A picture's image dropped while the drawing still points at it."""
    del pkg.parts[next(name for name in pkg.parts if name.startswith("xl/media/"))]


def break_again_style(pkg, part):
    """A re-run that appends its cell style again instead of reusing it."""
    styles = pkg.xml("xl/styles.xml")
    xfs = styles.find("{%s}cellXfs" % M)
    xfs.append(etree.fromstring(etree.tostring(xfs[-1])))
    xfs.set("count", str(len(xfs)))
    pkg.put("xl/styles.xml", styles)


def break_again(pkg, part):
    """A re-run that adds its sheet a second time instead of replacing it."""
    workbook = pkg.xml("xl/workbook.xml")
    sheets = workbook.find("{%s}sheets" % M)
    mine = next(s for s in sheets if s.get("name") == OWN_SHEET)
    twin = etree.fromstring(etree.tostring(mine))
    twin.set("name", OWN_SHEET + " (2)")
    twin.set("sheetId", str(1 + max(int(s.get("sheetId")) for s in sheets)))
    sheets.append(twin)
    pkg.put("xl/workbook.xml", workbook)


# Each kind of loss, with the corpus case that has what it breaks ("again-…": made by the re-run).
BREAKS = {
    "cell": (break_cell, "plain"),
    "outside": (break_outside, "plain"),
    "style": (break_style, "plain"),
    "part": (break_part, "plain"),
    "name": (break_name, "names"),
    "added-name": (break_added_name, "sheets-around"),
    "property": (break_property, "custom-properties"),
    "element": (break_element, "protection"),
    "extension": (break_extension, "sparklines"),
    "row": (break_row, "hidden-rows"),
    "calc": (break_calc, "full-calc"),
    "merge": (break_merge, "merged"),
    "rule": (break_rule, "user-conditional-format"),
    "relationship": (break_relationship, "note-databar"),
    "dangling": (break_dangling, "picture"),
    "again-sheet": (break_again, "plain"),
    "again-style": (break_again_style, "plain"),
}
