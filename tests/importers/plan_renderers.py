"""Render a plan text (the corpus `.txt`) as the files offices really send: a Word document with
the header and signature in layout tables and Word automatic numbering for bullets and lettered
items, and a PDF with wrapped lines, page numbers and a running header.

Used to check that every reader feeds the extraction rules the same outline as the text file.
"""
from __future__ import annotations

import re
from pathlib import Path

from docx_factory import DocxBuilder
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from app.importers.blocks import Paragraph
from app.importers.readers.numbering import VIETNAMESE_LETTERS
from app.importers.readers.textfile import parse_text
from app.resources import resource_path

_LETTER = re.compile(r"^([a-zđ])([).])\s+(.*)$")
_BULLET = re.compile(r"^([-+])\s+(.*)$")
_HEADER = re.compile(r"^(Số\s*:|.*, ngày\b)")


def plan_paragraphs(text_file: Path) -> list[Paragraph]:
    return [b for b in parse_text(text_file.read_text(encoding="utf-8")) if isinstance(b, Paragraph)]


def render_docx(text_file: Path, out: Path) -> Path:
    paragraphs = plan_paragraphs(text_file)
    builder = DocxBuilder()
    header = [p.text for p in paragraphs[:3] if _HEADER.match(p.text)]
    table = builder.document.add_table(rows=2, cols=2)
    cells = table.rows[0].cells
    cells[0].text = "ỦY BAN NHÂN DÂN"
    cells[0].add_paragraph("THÀNH PHỐ")
    cells[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    cells[1].add_paragraph("Độc lập - Tự do - Hạnh phúc")
    cells = table.rows[1].cells
    for cell, text in zip(cells, header + [""] * (2 - len(header)), strict=False):
        cell.text = text
    bullets = {"-": builder.add_list([("bullet", "-")]), "+": builder.add_list([("bullet", "+")])}
    letters: dict[str, str] = {}
    expected: dict[str, int] = {}
    for p in paragraphs:
        if p.text in header:
            continue
        bullet, letter = _BULLET.match(p.text), _LETTER.match(p.text)
        if bullet:
            builder.paragraph(bullet.group(2), num=bullets[bullet.group(1)], bold=p.bold)
        elif letter and (letter.group(1) == "a" or expected.get(letter.group(2)) ==
                         VIETNAMESE_LETTERS.index(letter.group(1))):
            style = letter.group(2)
            if letter.group(1) == "a":
                letters[style] = builder.add_list([("lowerLetter", f"%1{style}")])
                expected[style] = 0
            builder.paragraph(letter.group(3), num=letters[style], bold=p.bold)
            expected[style] += 1
        else:
            builder.paragraph(p.text, bold=p.bold)
    return builder.save(out)


def render_pdf(text_file: Path, out: Path) -> Path:
    regular, bold = "LiberationSerif", "LiberationSerif-Bold"
    for name, file in ((regular, "LiberationSerif-Regular.ttf"), (bold, "LiberationSerif-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    c = canvas.Canvas(str(out), pagesize=A4)
    state = {"y": 770.0, "page": 1}

    def new_page() -> None:
        c.setFont(regular, 9)
        c.drawString(72, 810, "CÔNG BÁO THÀNH PHỐ")
        c.drawString(295, 30, str(state["page"]))
        c.showPage()
        state["page"] += 1
        state["y"] = 770.0

    for p in plan_paragraphs(text_file):
        font = bold if p.bold else regular
        for k, line in enumerate(simpleSplit(p.text, font, 13, 440)):
            if state["y"] < 60:
                new_page()
            c.setFont(font, 13)
            c.drawString(72 + (20 if k == 0 and not p.bold else 0), state["y"], line)
            state["y"] -= 17
        state["y"] -= 5
    new_page()
    c.save()
    return out
