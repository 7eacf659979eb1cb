#!/usr/bin/python3
"""Workbooks as openpyxl saves them, from a base workbook: python3 openpyxl_corpus.py BASE.xlsx OUTDIR.

openpyxl writes absolute relationship targets, its own part names (xl/comments/comment1.xml,
xl/drawings/commentsDrawing1.vml) and drawings in the default namespace: valid packages that
other readers must take as they are. Each case is one file OUTDIR/<case>.xlsx; the sheet 表2 is the
assessed table.
"""
import os
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table


def note(wb):
    wb["表2"]["A1"].comment = Comment("数据来源：区统计局", "张三")


def two_notes(wb):
    note(wb)
    other = wb.create_sheet("备注")
    other["B2"] = "说明"
    other["B2"].comment = Comment("第二张表的批注", "李四")


def chart(wb):
    sheet = wb.create_sheet("图表")
    for i in range(1, 6):
        sheet.append([i, i * i])
    bars = BarChart()
    bars.add_data(Reference(sheet, min_col=2, min_row=1, max_row=5))
    sheet.add_chart(bars, "D2")


def table(wb):
    sheet = wb.create_sheet("台账")
    for line in (["项目", "金额"], ["甲", 1], ["乙", 2]):
        sheet.append(line)
    sheet.add_table(Table(displayName="台账表", ref="A1:B3"))


def picture(wb):
    from openpyxl.drawing.image import Image
    from PIL import Image as Pil

    path = os.path.join(sys.argv[2], "red.png")
    Pil.new("RGB", (12, 12), "red").save(path)
    wb["表2"].add_image(Image(path), "Z2")


def names(wb):
    from openpyxl.workbook.defined_name import DefinedName

    wb.defined_names.append(DefinedName("增长目标", attr_text="0.07"))
    wb.defined_names.append(DefinedName("目标增量", attr_text="'表2'!$D$4*增长目标"))
    wb.defined_names.append(DefinedName("指标范围", attr_text="'表2'!$B$4:$B$39"))
    note(wb)


CASES = {"names": names, "note": note, "two-notes": two_notes, "chart": chart, "table": table, "picture": picture, "plain": lambda wb: None}

if __name__ == "__main__":
    base, out = sys.argv[1], sys.argv[2]
    for name, edit in CASES.items():
        wb = openpyxl.load_workbook(base)
        edit(wb)
        wb.save(os.path.join(out, name + ".xlsx"))
    print(" ".join(CASES))
