"""Print the register (sổ theo dõi báo cáo): agencies × periods with the rates, and a chart a
leader reads at a glance — the reporting rate and timeliness over the periods, and the agencies
with the lowest reporting rate.

PDF through reportlab (platypus table with the header row repeated, reportlab graphics bar
charts), XLSX through openpyxl (the table, frozen header, and native Excel bar charts over a
data sheet). Both take the same neutral `RegisterSheet`, so they cannot disagree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from app.domain.text import nfc
from app.exporters import fonts
from app.exporters.atomic import atomic_path
from app.exporters.layouts import FONT_NAME
from app.exporters.xlsx_writer import save_workbook

LOWEST = 25  # agencies shown in the "lowest reporting rate" chart


@dataclass(frozen=True)
class RegisterLine:
    name: str
    cells: list[str]
    reporting_rate: float | None
    timeliness: float | None
    counts: str = ""  # `3/4 đúng hạn, 1 chậm`


@dataclass(frozen=True)
class RegisterSheet:
    title: str
    subtitle: str
    note: str
    periods: list[str]
    lines: list[RegisterLine]
    totals: RegisterLine
    trend: list[tuple[str, float | None, float | None]] = field(default_factory=list)  # period, rate, timeliness


def percent(value: float | None) -> str:
    """A rate as a whole percentage, `—` when there was nothing to count."""
    return "—" if value is None else f"{value * 100:.0f}%"


def _lowest(sheet: RegisterSheet) -> list[RegisterLine]:
    rated = [line for line in sheet.lines if line.reporting_rate is not None]
    return sorted(rated, key=lambda line: (line.reporting_rate, line.timeliness or 0, line.name))[:LOWEST]


# -- PDF -----------------------------------------------------------------------------------------

def write_register_pdf(sheet: RegisterSheet, path: str | os.PathLike[str]) -> None:
    """The register sheet as a landscape PDF (glyphs checked before drawing), written atomically."""
    family = fonts.family()
    texts = [sheet.title, sheet.subtitle, sheet.note, *sheet.periods]
    for line in [*sheet.lines, sheet.totals]:
        texts += [line.name, *line.cells, line.counts]
    fonts.check_glyphs(nfc(t) for t in texts)
    regular, bold = family.face(False, False), family.face(True, False)
    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=1)
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=12, alignment=1)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=9.5)
    head = ParagraphStyle("head", fontName=bold, fontSize=8, leading=9.5, alignment=1)
    story: list = [Paragraph(escape(nfc(sheet.title)), title), Paragraph(escape(nfc(sheet.subtitle)), body),
                   Paragraph(escape(nfc(sheet.note)), body), Spacer(1, 4 * mm)]
    header = ["STT", "Cơ quan", *sheet.periods, "Tỷ lệ báo cáo", "Đúng hạn"]
    data = [[Paragraph(escape(h), head) for h in header]]
    for i, line in enumerate(sheet.lines, start=1):
        data.append([str(i), Paragraph(escape(nfc(line.name)), cell), *(Paragraph(escape(c), cell)
                                                                          for c in line.cells),
                     percent(line.reporting_rate), percent(line.timeliness)])
    data.append(["", Paragraph(f"<b>{escape(sheet.totals.name)}</b>", cell),
                 *(Paragraph(escape(c), cell) for c in sheet.totals.cells),
                 percent(sheet.totals.reporting_rate), percent(sheet.totals.timeliness)])
    usable = landscape(A4)[0] - 24 * mm
    name_width = 62 * mm
    rest = (usable - 10 * mm - name_width - 2 * 20 * mm) / max(len(sheet.periods), 1)
    widths = [10 * mm, name_width, *([rest] * len(sheet.periods)), 20 * mm, 20 * mm]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular, 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (-2, 1), (-1, -1), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")), ("FONT", (-2, -1), (-1, -1), bold, 8),
    ]))
    story += [table, PageBreak(), _charts(sheet, regular, bold)]
    with atomic_path(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                                topMargin=12 * mm, bottomMargin=12 * mm, title=nfc(sheet.title))
        doc.build(story)


def _charts(sheet: RegisterSheet, regular: str, bold: str) -> Drawing:
    width, height = landscape(A4)[0] - 24 * mm, landscape(A4)[1] - 30 * mm
    drawing = Drawing(width, height)
    half = width / 2
    drawing.add(String(half / 2, height - 12, "Tỷ lệ báo cáo và đúng hạn theo kỳ (%)", fontName=bold,
                       fontSize=11, textAnchor="middle"))
    trend = VerticalBarChart()
    trend.x, trend.y, trend.width, trend.height = 40, 60, half - 70, height - 110
    trend.data = [[round((r or 0) * 100) for _p, r, _t in sheet.trend] or [0],
                  [round((t or 0) * 100) for _p, _r, t in sheet.trend] or [0]]
    trend.categoryAxis.categoryNames = [p for p, _r, _t in sheet.trend] or [""]
    trend.categoryAxis.labels.fontName = regular
    trend.categoryAxis.labels.angle = 45 if len(sheet.trend) > 8 else 0
    trend.categoryAxis.labels.boxAnchor = "ne" if len(sheet.trend) > 8 else "n"
    trend.valueAxis.valueMin, trend.valueAxis.valueMax, trend.valueAxis.valueStep = 0, 100, 20
    trend.valueAxis.labels.fontName = regular
    trend.bars[0].fillColor, trend.bars[1].fillColor = colors.HexColor("#2F5597"), colors.HexColor("#70AD47")
    drawing.add(trend)
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 50, 20, regular, 9
    legend.alignment, legend.columnMaximum = "right", 1
    legend.colorNamePairs = [(colors.HexColor("#2F5597"), "Tỷ lệ báo cáo"),
                             (colors.HexColor("#70AD47"), "Tỷ lệ đúng hạn")]
    drawing.add(legend)
    lowest = _lowest(sheet)
    drawing.add(String(half + half / 2, height - 12, f"Cơ quan có tỷ lệ báo cáo thấp nhất (%, {len(lowest)} cơ quan)",
                       fontName=bold, fontSize=11, textAnchor="middle"))
    bars = HorizontalBarChart()
    bars.x, bars.y, bars.width, bars.height = half + 150, 30, half - 170, height - 60
    bars.data = [[round((line.reporting_rate or 0) * 100) for line in reversed(lowest)] or [0]]
    bars.categoryAxis.categoryNames = [_short(line.name) for line in reversed(lowest)] or [""]
    bars.categoryAxis.labels.fontName, bars.categoryAxis.labels.fontSize = regular, 7
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, 100, 20
    bars.valueAxis.labels.fontName = regular
    bars.bars[0].fillColor = colors.HexColor("#C55A11")
    drawing.add(bars)
    return drawing


def _short(name: str, limit: int = 34) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


# -- XLSX ----------------------------------------------------------------------------------------

def write_register_xlsx(sheet: RegisterSheet, path: str | os.PathLike[str]) -> None:
    """The register sheet as a workbook with its rates and charts, written atomically."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ theo dõi báo cáo"
    header = ["STT", "Cơ quan", *sheet.periods, "Tỷ lệ báo cáo", "Tỷ lệ đúng hạn", "Tổng hợp"]
    last = len(header)
    for row, (text, size) in enumerate(((sheet.title, 13), (sheet.subtitle, 12), (sheet.note, 11)), start=1):
        ws.cell(row, 1, text).font = Font(name=FONT_NAME, size=size, bold=row == 1)
        ws.cell(row, 1).alignment = Alignment(horizontal="center", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_row = 5
    for c, text in enumerate(header, start=1):
        cell = ws.cell(head_row, c, text)
        cell.font, cell.border = Font(name=FONT_NAME, size=11, bold=True), border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    lines = [*sheet.lines, sheet.totals]
    for r, line in enumerate(lines, start=head_row + 1):
        values = [r - head_row if line is not sheet.totals else "", line.name, *line.cells,
                  line.reporting_rate, line.timeliness, line.counts]
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, value)
            cell.font = Font(name=FONT_NAME, size=11, bold=line is sheet.totals)
            cell.border, cell.alignment = border, Alignment(vertical="top", wrap_text=True)
            if c in (last - 2, last - 1):
                cell.number_format = "0%"
    widths = [6, 40, *([14] * len(sheet.periods)), 12, 12, 24]
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = ws.cell(head_row + 1, 3)
    ws.print_title_rows = f"{head_row}:{head_row}"
    ws.page_setup.orientation, ws.page_setup.paperSize = "landscape", ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _xlsx_charts(wb, sheet)
    save_workbook(wb, path)


def _xlsx_charts(wb: Workbook, sheet: RegisterSheet) -> None:
    data = wb.create_sheet("Biểu đồ")
    data.append(["Kỳ", "Tỷ lệ báo cáo (%)", "Tỷ lệ đúng hạn (%)"])
    for period, rate, timely in sheet.trend:
        data.append([period, round((rate or 0) * 100), round((timely or 0) * 100)])
    trend = BarChart()
    trend.title, trend.y_axis.title = "Tỷ lệ báo cáo và đúng hạn theo kỳ", "%"
    trend.y_axis.scaling.min, trend.y_axis.scaling.max = 0, 100
    count = len(sheet.trend)
    trend.add_data(Reference(data, min_col=2, max_col=3, min_row=1, max_row=count + 1), titles_from_data=True)
    trend.set_categories(Reference(data, min_col=1, min_row=2, max_row=count + 1))
    trend.width, trend.height = 24, 10
    data.add_chart(trend, "E2")
    lowest = _lowest(sheet)
    start = count + 4
    data.cell(start, 1, "Cơ quan")
    data.cell(start, 2, "Tỷ lệ báo cáo (%)")
    for i, line in enumerate(lowest, start=start + 1):
        data.cell(i, 1, line.name)
        data.cell(i, 2, round((line.reporting_rate or 0) * 100))
    bars = BarChart()
    bars.type = "bar"
    bars.title = "Cơ quan có tỷ lệ báo cáo thấp nhất"
    bars.y_axis.scaling.min, bars.y_axis.scaling.max = 0, 100
    bars.add_data(Reference(data, min_col=2, min_row=start, max_row=start + len(lowest)), titles_from_data=True)
    bars.set_categories(Reference(data, min_col=1, min_row=start + 1, max_row=start + len(lowest)))
    bars.width, bars.height = 24, max(8, len(lowest) * 0.6)
    data.add_chart(bars, "E24")
    data.column_dimensions["A"].width = 40
