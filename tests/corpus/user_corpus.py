#!/usr/bin/python3
"""The user workbooks the command line's copy must keep whole: python3 user_corpus.py BASE.xlsx OUTDIR [CASE...].

Each case is one file OUTDIR/<case>.xlsx made from BASE (the monitoring workbook exceljs writes; the
sheet 表2 is the assessed table), first edited with openpyxl where openpyxl can make the feature,
then, for what it cannot write (Excel 2010 extensions, threaded comments, a pivot table, escaped
characters), with a hand-written part put in place by package_edit.py. What the add-in writes
(the block beside the table, J2:O39) is left free, so every user cell of a case lies outside it.
Prints the names of the cases written.
"""
import datetime
import io
import os
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from package_edit import Package  # noqa: E402
import extensions  # noqa: E402

SHEET = "表2"


def other_sheet(wb, name="备注", text="说明"):
    sheet = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
    sheet["B2"] = text
    return sheet


def note(wb):
    wb[SHEET]["A1"].comment = Comment("数据来源：区统计局", "张三")


def two_notes(wb):
    note(wb)
    other_sheet(wb)["B2"].comment = Comment("第二张表的批注", "李四")


def note_authors(wb):
    """Three notes by three authors, one on another sheet: each must keep its own author."""
    sheet = wb[SHEET]
    sheet["B4"].comment = Comment("口径：当年价", "统计科 王五")
    sheet["C5"].comment = Comment("2020 年为快报数", "发改委 赵六")
    other_sheet(wb)["B2"].comment = Comment("说明由办公室填写", "办公室")


def note_table(wb):
    """A note and a table on the assessed sheet: with the add-in's data bar, the order Excel cannot repair."""
    note(wb)
    table_assessed(wb)


def conditional_format(wb):
    """The user's own rule with its own format (a dxf the add-in's must not renumber)."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill

    rule = CellIsRule(operator="lessThan", formula=["C4"], fill=PatternFill(bgColor="FFFFC7CE", fill_type="solid"), font=Font(color="FF9C0006"))
    wb[SHEET].conditional_formatting.add("F4:F39", rule)


def fit_to_page(wb):
    sheet = wb[SHEET]
    sheet.sheet_properties.outlinePr.summaryBelow = False
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4


def print_area_columns(wb):
    wb[SHEET].print_area = "A:I"
    wb[SHEET].print_title_rows = "3:3"


def picture(wb):
    from openpyxl.drawing.image import Image
    from PIL import Image as Pil

    png = io.BytesIO()
    Pil.new("RGB", (12, 12), "red").save(png, format="PNG")
    wb[SHEET].add_image(Image(png), "Q2")


def ledger(wb):
    sheet = wb.create_sheet("台账")
    for line in (["项目", "金额"], ["甲", 1], ["乙", 2]):
        sheet.append(line)
    return sheet


def table_assessed(wb):
    wb[SHEET].add_table(Table(displayName="监测表", ref="A3:I39"))


def table_other(wb):
    ledger(wb).add_table(Table(displayName="台账表", ref="A1:B3"))


def chart(wb):
    sheet = wb.create_sheet("图表")
    bars = BarChart()
    bars.title = "地区生产总值"
    bars.add_data(Reference(wb[SHEET], min_col=6, max_col=9, min_row=4, max_row=4), from_rows=True)
    sheet.add_chart(bars, "B2")


def names(wb):
    """A constant, a formula, a range, and one name local to two sheets (the same name on each)."""
    other_sheet(wb)
    for name, text in (
        ("增长目标", "0.07"),
        ("目标增量", "'表2'!$C$4*增长目标"),
        ("指标范围", "'表2'!$B$4:$B$39"),
        ("近期数", "OFFSET('表2'!$C$4,0,COUNTA('表2'!$F$3:$I$3))"),
    ):
        wb.defined_names.append(DefinedName(name, attr_text=text))
    # openpyxl 3.0 (Debian's) keeps a sheet's own names in the workbook list with localSheetId.
    wb.defined_names.append(DefinedName("本表范围", localSheetId=wb.sheetnames.index(SHEET), attr_text="'表2'!$A$3:$I$39"))
    wb.defined_names.append(DefinedName("本表范围", localSheetId=wb.sheetnames.index("备注"), attr_text="'备注'!$B$2"))


def hyperlinks(wb):
    other_sheet(wb)
    wb[SHEET]["B4"].hyperlink = Hyperlink(ref="B4", location="'备注'!A1", display="见备注")
    wb[SHEET]["A40"].hyperlink = "https://tjj.example.gov.cn/tjsj/"
    wb["备注"]["B3"] = "返回"
    wb["备注"]["B3"].hyperlink = Hyperlink(ref="B3", location="'表2'!A1")


def validations(wb):
    sheet = wb[SHEET]
    kinds = DataValidation(type="list", formula1='"预期性,约束性"', allow_blank=True)
    kinds.add("E4:E39")
    numbers = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", showErrorMessage=True, error="请输入非负数")
    numbers.add("C4:C20")
    numbers.add("C25:C39")
    for rule in (kinds, numbers):
        sheet.add_data_validation(rule)


def hidden_rows(wb):
    sheet = wb[SHEET]
    for row in (2, 43, 44, 45):
        sheet.row_dimensions[row].hidden = True
    sheet.row_dimensions[44].height = 30


def protection(wb):
    wb[SHEET].protection.sheet = True
    wb[SHEET].protection.password = "tjj2023"


def formulas(wb):
    sheet = wb[SHEET]
    sheet["B43"] = "合计"
    sheet["C43"] = "=SUM(C4:C39)"
    sheet["F43"] = "=SUM(F4:F39)"
    sheet["H43"] = "=IFERROR(H4/F4-1,\"\")"
    other_sheet(wb)["B3"] = "='表2'!C4*2"


def dates(wb):
    sheet = wb[SHEET]
    sheet["A43"] = "填报日期"
    sheet["B43"] = datetime.date(2023, 7, 15)
    sheet["B43"].number_format = "yyyy\"年\"m\"月\"d\"日\""
    sheet["C43"] = datetime.datetime(2023, 7, 15, 9, 30)
    sheet["C43"].number_format = "yyyy-mm-dd hh:mm"


def merged(wb):
    sheet = wb[SHEET]
    sheet.merge_cells("A40:I40")
    sheet.merge_cells("A41:I41")
    sheet["A43"] = "审核人"
    sheet.merge_cells("A43:B44")
    other = other_sheet(wb)
    other.merge_cells("B2:D2")


def whole_column_validation(wb):
    whole = DataValidation(type="whole", operator="between", formula1="1", formula2="100", allow_blank=True)
    whole.add("A1")
    wb[SHEET].add_data_validation(whole)


def whole_column_sqref(pkg):
    """openpyxl writes a range it was given as cells; Excel writes a whole column as A:A."""
    part = pkg.sheet_part(SHEET)
    pkg.parts[part] = pkg.parts[part].replace(b'sqref="A1"', b'sqref="A:A"')


def choices(wb):
    sheet = other_sheet(wb, "选项", "预期性")
    sheet["B3"] = "约束性"


def sheets_around(wb):
    """The assessed sheet second, after a cover sheet that is active, and a hidden sheet after it; names local to each."""
    cover = wb.create_sheet("封面", 0)
    cover["A1"] = "“十四五”规划纲要实施情况监测"
    hidden = wb.create_sheet("隐藏")
    hidden["A1"] = "底稿"
    hidden.sheet_state = "hidden"
    wb.active = 0
    wb.defined_names.append(DefinedName("标题", localSheetId=0, attr_text="'封面'!$A$1"))
    wb.defined_names.append(DefinedName("底稿", localSheetId=2, attr_text="'隐藏'!$A$1"))
    wb[SHEET].print_title_rows = "3:3"


def everything(wb):
    """Most of the above in one workbook, as a user's real file mixes them."""
    for edit in (note_authors, table_assessed, picture, names, hyperlinks, fit_to_page, print_area_columns, conditional_format, protection, chart, ledger, choices):
        edit(wb)
    wb[SHEET].freeze_panes = "C4"


def everything_else(pkg):
    for edit in (extensions.pivot_table, extensions.x14_validation, extensions.sparklines, extensions.user_data_bar, extensions.carriage_returns):
        edit(pkg)


CASES = {
    "plain": (None, None),
    "note-databar": (note, None),
    "two-notes": (two_notes, None),
    "excel-note": (None, extensions.excel_note),
    "note-authors": (note_authors, None),
    "note-table-databar": (note_table, None),
    "user-conditional-format": (conditional_format, None),
    "auto-filter": (lambda wb: setattr(wb[SHEET].auto_filter, "ref", "A3:I39"), None),
    "freeze-panes": (lambda wb: setattr(wb[SHEET], "freeze_panes", "C4"), None),
    "fit-to-page": (fit_to_page, None),
    "print-area-columns": (print_area_columns, None),
    "picture": (picture, None),
    "table-assessed": (table_assessed, None),
    "table-other": (table_other, None),
    "chart": (chart, None),
    "pivot": (ledger, extensions.pivot_table),
    "threaded-comment": (extensions.threaded_note, extensions.threaded_comment),
    "names": (names, None),
    "hyperlinks": (hyperlinks, None),
    "x14-validation": (choices, extensions.x14_validation),
    "validations": (validations, None),
    "sparklines": (None, extensions.sparklines),
    "hidden-rows": (hidden_rows, None),
    "protection": (protection, None),
    "full-calc": (lambda wb: setattr(wb.calculation, "fullCalcOnLoad", True), None),
    "cr-characters": (None, extensions.carriage_returns),
    "control-character": (None, extensions.control_character),
    "x005f-escape": (None, extensions.literal_escape),
    "user-databar": (None, extensions.user_data_bar),
    "whole-column-validation": (whole_column_validation, whole_column_sqref),
    "formulas": (formulas, extensions.calc_chain),
    "dates": (dates, None),
    "merged": (merged, None),
    "stray-cell": (lambda wb: wb[SHEET].cell(1048576, 16384, "末格"), None),
    "sheets-around": (sheets_around, None),
    "custom-properties": (None, extensions.custom_properties),
    "everything": (everything, everything_else),
}


def build(base, out, name):
    """Writes one case from the base workbook."""
    edit_book, edit_package = CASES[name]
    data = open(base, "rb").read()
    if edit_book is not None:
        wb = openpyxl.load_workbook(io.BytesIO(data))
        edit_book(wb)
        saved = io.BytesIO()
        wb.save(saved)
        data = saved.getvalue()
    pkg = Package(data)
    if edit_package is not None:
        edit_package(pkg)
    pkg.save(os.path.join(out, name + ".xlsx"))


if __name__ == "__main__":
    base, out = sys.argv[1], sys.argv[2]
    chosen = sys.argv[3:] or list(CASES)
    for case in chosen:
        build(base, out, case)
    print(" ".join(chosen))
