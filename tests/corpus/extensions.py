"""The corpus cases neither exceljs nor openpyxl can write, as hand-written valid parts.

Excel 2010 extensions go in a sheet's extLst under the URIs Excel uses ([MS-XLSX] 2.2.4.x:
{78C0D931-…} conditional formats, {CCE6A557-…} data validations, {05C60535-…} sparkline groups);
threaded comments follow [MS-XLSX] 2.6.20x (namespace …/2018/threadedcomments, a person list
related from the workbook, and the legacy note Excel keeps beside each thread with the author
"tc={id}"); the pivot table is the smallest definition ECMA-376 Part 1 §18.10 allows with its
cache and records. Characters Excel escapes in text (ST_Xstring, §22.9.2.19) are written as Excel
writes them: CR as _x000D_, ESC as _x001B_, a literal "_x000D_" as _x005F_x000D_.
"""
from openpyxl.comments import Comment

from package_edit import M, Package, WORKBOOK_ORDER, fragment, insert_in_order

SHEET = "表2"
THREAD_ID = "{2D5A6A2B-7C3E-4F1A-9B0D-1E2F3A4B5C6D}"
PERSON_ID = "{8E9F0A1B-2C3D-4E5F-8A7B-9C0D1E2F3A4B}"
USER_BAR_ID = "{6B2C7E4A-1111-4C2B-9E55-0A1B2C3D4E5F}"
TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml."


def pivot_table(pkg: Package):
    """A pivot table on 台账 (D3:E6) summing 金额 by 项目 over 台账!A1:B3, with its cache."""
    ledger = pkg.sheet_part("台账")
    cache = "xl/pivotCache/pivotCacheDefinition1.xml"
    records = "xl/pivotCache/pivotCacheRecords1.xml"
    table = "xl/pivotTables/pivotTable1.xml"
    pkg.add_part(records, '<pivotCacheRecords xmlns="%s" count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>' % M, TYPE + "pivotCacheRecords+xml")
    records_id = pkg.add_rel(cache, "pivotCacheRecords", records)
    pkg.add_part(
        cache,
        '<pivotCacheDefinition xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="%s" '
        'refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2">'
        '<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="台账"/></cacheSource><cacheFields count="2">'
        '<cacheField name="项目" numFmtId="0"><sharedItems count="2"><s v="甲"/><s v="乙"/></sharedItems></cacheField>'
        '<cacheField name="金额" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField>'
        "</cacheFields></pivotCacheDefinition>" % (M, records_id),
        TYPE + "pivotCacheDefinition+xml",
    )
    cache_id = pkg.add_rel("xl/workbook.xml", "pivotCacheDefinition", cache)
    pkg.add_part(
        table,
        '<pivotTableDefinition xmlns="%s" name="透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" '
        'applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" '
        'minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1">'
        '<location ref="D3:E6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2">'
        '<pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField>'
        '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>'
        '<rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>'
        '<dataFields count="1"><dataField name="求和项:金额" fld="1" baseField="0" baseItem="0"/></dataFields>'
        '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>'
        "</pivotTableDefinition>" % M,
        TYPE + "pivotTable+xml",
    )
    pkg.add_rel(table, "pivotCacheDefinition", cache)
    pkg.add_rel(ledger, "pivotTable", table)
    text = lambda t: ('t="inlineStr"', "<is><t>%s</t></is>" % t)  # noqa: E731
    number = lambda n: ("", "<v>%d</v>" % n)  # noqa: E731
    pkg.set_cells(ledger, {"D3": text("行标签"), "E3": text("求和项:金额"), "D4": text("甲"), "E4": number(1), "D5": text("乙"), "E5": number(2), "D6": text("总计"), "E6": number(3)})
    workbook = pkg.xml("xl/workbook.xml")
    insert_in_order(workbook, fragment('<pivotCaches><pivotCache cacheId="1" r:id="%s"/></pivotCaches>' % cache_id)[0], WORKBOOK_ORDER)
    pkg.put("xl/workbook.xml", workbook)


def threaded_note(wb):
    """The legacy note Excel writes beside a threaded comment (what older versions show)."""
    text = (
        "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it "
        "will get removed if the file is opened in a newer version of Excel. Learn more: "
        "https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    请核实 2020 年数据来源"
    )
    wb[SHEET]["B4"].comment = Comment(text, "tc=" + THREAD_ID)


def threaded_comment(pkg: Package):
    """The thread on 表2!B4 (a comment and a reply) and the person list it names."""
    ns = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
    rel = "http://schemas.microsoft.com/office/2017/10/relationships/"
    persons = "xl/persons/person.xml"
    pkg.add_part(persons, '<personList xmlns="%s" xmlns:x="%s"><person displayName="王五" id="%s" userId="王五" providerId="None"/></personList>' % (ns, M, PERSON_ID), "application/vnd.ms-excel.person+xml")
    pkg.add_rel("xl/workbook.xml", rel + "person", persons)
    thread = "xl/threadedComments/threadedComment1.xml"
    pkg.add_part(
        thread,
        '<ThreadedComments xmlns="%s" xmlns:x="%s">'
        '<threadedComment ref="B4" dT="2023-07-01T08:00:00.00" personId="%s" id="%s"><text>请核实 2020 年数据来源</text></threadedComment>'
        '<threadedComment ref="B4" dT="2023-07-02T09:30:00.00" personId="%s" id="{5F6A7B8C-9D0E-4F1A-8B2C-3D4E5F6A7B8C}" parentId="%s"><text>已核实，为快报数</text></threadedComment>'
        "</ThreadedComments>" % (ns, M, PERSON_ID, THREAD_ID, PERSON_ID, THREAD_ID),
        "application/vnd.ms-excel.threadedcomments+xml",
    )
    pkg.add_rel(pkg.sheet_part(SHEET), rel + "threadedComment", thread)


def x14_validation(pkg: Package):
    """An Excel 2010 list validation on 表2!E4:E39 whose list is on another sheet (选项!B2:B3)."""
    pkg.extend_sheet(
        pkg.sheet_part(SHEET),
        '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1">'
        '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="指标属性" prompt="从选项表中选择">'
        "<x14:formula1><xm:f>'选项'!$B$2:$B$3</xm:f></x14:formula1><xm:sqref>E4:E39</xm:sqref></x14:dataValidation>"
        "</x14:dataValidations></ext>",
    )


def sparklines(pkg: Package):
    """A group of line sparklines in Q4:Q9, each over its row's observations (F:I)."""
    lines = "".join("<x14:sparkline><xm:f>'表2'!F%d:I%d</xm:f><xm:sqref>Q%d</xm:sqref></x14:sparkline>" % (r, r, r) for r in range(4, 10))
    pkg.extend_sheet(
        pkg.sheet_part(SHEET),
        '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups>'
        '<x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/>'
        '<x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/>'
        '<x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines>%s</x14:sparklines></x14:sparklineGroup>'
        "</x14:sparklineGroups></ext>" % lines,
    )


def user_data_bar(pkg: Package):
    """The user's own data bar on 表2!C4:C39 with its Excel 2010 settings (border, negative colours, axis)."""
    part = pkg.sheet_part(SHEET)
    priority = 1 + max([int(r.get("priority")) for r in pkg.xml(part).iter("{%s}cfRule" % M)] or [0])
    pkg.extend_sheet(
        part,
        '<conditionalFormatting sqref="C4:C39"><cfRule type="dataBar" priority="%d"><dataBar><cfvo type="min"/><cfvo type="max"/>'
        '<color rgb="FF63C384"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"><x14:id>%s</x14:id></ext></extLst>'
        "</cfRule></conditionalFormatting>"
        '<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting>'
        '<x14:cfRule type="dataBar" id="%s"><x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0">'
        '<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:borderColor rgb="FF63C384"/><x14:negativeFillColor rgb="FFFF0000"/>'
        '<x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>'
        "<xm:sqref>C4:C39</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>" % (priority, USER_BAR_ID, USER_BAR_ID),
    )


def calc_chain(pkg: Package):
    """The calculation chain Excel saves beside formulas (§18.6): 表2's sums and 备注's product, by sheet id."""
    ids = {s.get("name"): s.get("sheetId") for s in pkg.xml("xl/workbook.xml").iter("{%s}sheet" % M)}
    cells = [("C43", SHEET), ("F43", SHEET), ("H43", SHEET), ("B3", "备注")]
    chain = "".join('<c r="%s" i="%s"/>' % (ref, ids[sheet]) for ref, sheet in cells)
    pkg.add_part("xl/calcChain.xml", '<calcChain xmlns="%s">%s</calcChain>' % (M, chain), TYPE + "calcChain+xml")
    pkg.add_rel("xl/workbook.xml", "calcChain", "xl/calcChain.xml")


def excel_note(pkg: Package):
    """A note on 表2!A3 as Excel itself saves one: xl/comments1.xml with formatted runs, a VML drawing with block 1 and shape _x0000_s1025."""
    sheet = pkg.sheet_part(SHEET)
    run = '<r><rPr>%s<sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">%s</t></r>'
    comments = '<comments xmlns="%s"><authors><author>统计科</author></authors><commentList><comment ref="A3" authorId="0"><text>%s%s</text></comment></commentList></comments>' % (
        M, run % ("<b/>", "统计科:"), run % ("", "\n序号按规划纲要附表顺序"))
    pkg.add_part("xl/comments1.xml", comments, TYPE + "comments+xml")
    vml = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
        '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:30pt;width:108pt;height:59.25pt;'
        'z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
        '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
        '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 2, 2, 3, 15, 6, 4</x:Anchor>'
        "<x:AutoFill>False</x:AutoFill><x:Row>2</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>"
    )
    pkg.add_part("xl/drawings/vmlDrawing1.vml", vml, "application/vnd.openxmlformats-officedocument.vmlDrawing")
    pkg.add_rel(sheet, "comments", "xl/comments1.xml")
    drawing = pkg.add_rel(sheet, "vmlDrawing", "xl/drawings/vmlDrawing1.vml")
    pkg.extend_sheet(sheet, '<legacyDrawing r:id="%s"/>' % drawing)


def custom_properties(pkg: Package):
    """The user's own document properties (docProps/custom.xml, which the add-in also writes to), related from the package."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    props = [("填报单位", "<vt:lpwstr>区统计局</vt:lpwstr>"), ("报送期次", "<vt:i4>3</vt:i4>")]
    body = "".join('<property fmtid="%s" pid="%d" name="%s">%s</property>' % (fmtid, i + 2, name, value) for i, (name, value) in enumerate(props))
    pkg.add_part("docProps/custom.xml", '<Properties xmlns="%s" xmlns:vt="%s">%s</Properties>' % (ns, vt, body), "application/vnd.openxmlformats-officedocument.custom-properties+xml")
    pkg.add_rel("", "custom-properties", "docProps/custom.xml")


def text_cell(pkg: Package, address, escaped):
    """A cell on 表2 holding text as Excel escapes it: a shared string, or inline where the package has none (openpyxl's)."""
    text = '<t xml:space="preserve">%s</t>' % escaped
    if "xl/sharedStrings.xml" in pkg.parts:
        cell = ('t="s"', "<v>%d</v>" % pkg.add_shared_string(text))
    else:
        cell = ('t="inlineStr"', "<is>%s</is>" % text)
    pkg.set_cells(pkg.sheet_part(SHEET), {address: cell})


def carriage_returns(pkg: Package):
    text_cell(pkg, "A43", "注：（4）第一行_x000D_\n第二行_x000D_\n第三行")


def control_character(pkg: Package):
    text_cell(pkg, "A43", "数据_x001B_待核")


def literal_escape(pkg: Package):
    text_cell(pkg, "A43", "代码 _x005F_x000D_ 照原样")
