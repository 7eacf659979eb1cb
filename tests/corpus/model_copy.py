#!/usr/bin/python3
"""A model of the copy issue 11 asks for, to hold user_parts.py to its word.

    model_copy.py INPUT OUTPUT [--break KIND]     writes the model copy of INPUT
    model_copy.py --report FOLDER CASE...         prints (JSON) what user_parts.py finds in each case's
                                                  model copy and re-run, and in one broken copy per KIND


It does what the command line's writer may do and nothing else: writes a block of inline-string
cells into 表2!J2:O39 (replacing an earlier one), sets the block's column widths, adds a data bar
rule on J4:J39 with its x14 twin, appends one cell style, puts its run stamp in docProps/custom.xml, adds its own sheet 评估汇总 with its
relationship and content type and the name PlanAssess_Block — each once, however often it runs.
user_parts.py must find nothing lost in such a copy. With a KIND it also makes one loss of the
kinds listed in BREAKS, which user_parts.py must name.
"""
import os
import sys

from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from package_edit import M, SHEET_ORDER, WORKBOOK_ORDER, Package, X14, fragment, insert_in_order
from model_breaks import BREAKS, OWN_SHEET

SHEET = "表2"
BAR_ID = "{0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0}"


def block(pkg, part):
    cells = {"%s%d" % (col, row): ('t="inlineStr"', "<is><t>评估%s%d</t></is>" % (col, row)) for row in range(2, 40) for col in "JKLMNO"}
    pkg.set_cells(part, cells)
    sheet = pkg.xml(part)
    cols = sheet.find("{%s}cols" % M)
    if cols is None:
        cols = insert_in_order(sheet, etree.Element("{%s}cols" % M), SHEET_ORDER)
    if not any(int(c.get("min")) <= 15 and int(c.get("max")) >= 10 for c in cols):
        later = [c for c in cols if int(c.get("min")) > 15]
        col = fragment('<col min="10" max="15" width="12" customWidth="1"/>')[0]
        cols.insert(cols.index(later[0]), col) if later else cols.append(col)
    if not any(cf.get("sqref") == "J4:J39" for cf in sheet.iter("{%s}conditionalFormatting" % M)):
        priority = 1 + max([int(r.get("priority", "0")) for r in sheet.iter("{%s}cfRule" % M)] or [0])
        insert_in_order(
            sheet,
            fragment(
                '<conditionalFormatting sqref="J4:J39"><cfRule type="dataBar" priority="%d"><dataBar><cfvo type="min"/><cfvo type="max"/>'
                '<color rgb="FF0072B2"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"><x14:id>%s</x14:id></ext>'
                "</extLst></cfRule></conditionalFormatting>" % (priority, BAR_ID)
            )[0],
            SHEET_ORDER,
        )
        twin = fragment('<x14:conditionalFormatting><x14:cfRule type="dataBar" id="%s"><x14:dataBar minLength="0" maxLength="100" gradient="0">'
                        '<x14:cfvo type="min"/><x14:cfvo type="max"/></x14:dataBar></x14:cfRule><xm:sqref>J4:J39</xm:sqref></x14:conditionalFormatting>' % BAR_ID)[0]
        holder = sheet.find("{%s}extLst/{%s}ext/{%s}conditionalFormattings" % (M, M, X14))
        if holder is None:
            holder = fragment('<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings/></ext>')[0]
            ext_list = sheet.find("{%s}extLst" % M)
            if ext_list is None:
                ext_list = insert_in_order(sheet, etree.Element("{%s}extLst" % M), SHEET_ORDER)
            ext_list.insert(0, holder)
            holder = holder[0]
        holder.append(twin)
    pkg.put(part, sheet)


def own_sheet(pkg):
    workbook = pkg.xml("xl/workbook.xml")
    sheets = workbook.find("{%s}sheets" % M)
    if any(s.get("name") == OWN_SHEET for s in sheets):
        return
    number = 1 + len(sheets)
    while "xl/worksheets/sheet%d.xml" % number in pkg.parts:
        number += 1
    part = "xl/worksheets/sheet%d.xml" % number
    pkg.add_part(part, '<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>评估汇总</t></is></c></row></sheetData></worksheet>' % M,
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
    rid = pkg.add_rel("xl/workbook.xml", "worksheet", part)
    workbook = pkg.xml("xl/workbook.xml")
    sheets = workbook.find("{%s}sheets" % M)
    sheet_id = 1 + max(int(s.get("sheetId")) for s in sheets)
    sheets.append(fragment('<sheet name="%s" sheetId="%d" r:id="%s"/>' % (OWN_SHEET, sheet_id, rid))[0])
    names = workbook.find("{%s}definedNames" % M)
    if names is None:
        names = insert_in_order(workbook, etree.Element("{%s}definedNames" % M), WORKBOOK_ORDER)
    names.append(fragment("<definedName name=\"PlanAssess_Block\">'%s'!$J$2:$O$39</definedName>" % SHEET)[0])
    pkg.put("xl/workbook.xml", workbook)


def own_property(pkg):
    """The add-in's run stamp in docProps/custom.xml, beside the user's properties (the part and its relationship made if missing)."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    part = "docProps/custom.xml"
    if part not in pkg.parts:
        pkg.add_part(part, '<Properties xmlns="%s" xmlns:vt="%s"/>' % (ns, vt), "application/vnd.openxmlformats-officedocument.custom-properties+xml")
        pkg.add_rel("", "custom-properties", part)
    root = pkg.xml(part)
    if any(p.get("name") == "PlanAssess.run" for p in root):
        return
    pid = 1 + max([int(p.get("pid")) for p in root] or [1])
    prop = etree.SubElement(root, "{%s}property" % ns, fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", pid=str(pid), name="PlanAssess.run")
    etree.SubElement(prop, "{%s}lpwstr" % vt).text = "2023-08-01T02:00:00Z"
    pkg.put(part, root)


def appended_style(pkg):
    """Appends the block's cell style, once: a re-run finds it as the last one and reuses it."""
    styles = pkg.xml("xl/styles.xml")
    xfs = styles.find("{%s}cellXfs" % M)
    mine = fragment('<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>')[0]
    if etree.tostring(xfs[-1], method="c14n", exclusive=True) != etree.tostring(mine, method="c14n", exclusive=True):
        xfs.append(mine)
        xfs.set("count", str(len(xfs)))
        pkg.put("xl/styles.xml", styles)


def model(data, kind=None):
    """The model copy of a package (bytes), with one loss of `kind` if given."""
    pkg = Package(data)
    assessed = pkg.sheet_part(SHEET)
    block(pkg, assessed)
    own_sheet(pkg)
    own_property(pkg)
    appended_style(pkg)
    if kind:
        BREAKS[kind][0](pkg, assessed)
    return pkg


def report(folder, cases):
    """What user_parts.py finds in each case's model copy and model re-run, and in each broken copy (JSON)."""
    import json
    import os

    from user_parts import losses, rerun_problems

    found = {"cases": {}, "breaks": {}}
    for case in cases:
        data = open(os.path.join(folder, case + ".xlsx"), "rb").read()
        first = model(data)
        buffer = os.path.join(folder, case + "-model.xlsx")
        first.save(buffer)
        again = model(open(buffer, "rb").read())
        before = Package(data)
        found["cases"][case] = {"copy": losses(before, first), "again": losses(before, again) + rerun_problems(first, again)}
    for kind, (_, case) in BREAKS.items():
        data = open(os.path.join(folder, case + ".xlsx"), "rb").read()
        before, first = Package(data), model(data)
        if kind.startswith("again"):
            buffer = os.path.join(folder, case + "-model.xlsx")
            first.save(buffer)
            found["breaks"][kind] = rerun_problems(first, model(open(buffer, "rb").read(), kind))
        else:
            found["breaks"][kind] = losses(before, model(data, kind))
    print(json.dumps(found, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2], sys.argv[3:])
    else:
        kind = sys.argv[sys.argv.index("--break") + 1] if "--break" in sys.argv else None
        model(open(sys.argv[1], "rb").read(), kind).save(sys.argv[2])
