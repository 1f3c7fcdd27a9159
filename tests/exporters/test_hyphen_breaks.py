"""A cell's line breaks after a hyphen inside a word, as Word and LibreOffice break it (`80/2020/NĐ-` / `CP`).

Session 16's walk: Phụ lục I of the /NQ-CP plan's reports (140 tasks citing decrees `…/NĐ-CP`) put row 36 on the
fourth annex page in LibreOffice and on the fifth in the PDF: LibreOffice broke `Sửa đổi Nghị định số 80/2020/NĐ-` /
`CP về quản lý…` where the PDF's wrap (spaces only) moved the whole number down, a line more per such row — the same
page count, other pages. Measured in LibreOffice: a break after `-` inside a word, digits after it too
(`2025-` / `2026`), none after `/`, a spaced ` - ` breaks at its spaces."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from app.exporters import fonts
from app.exporters.document import Align, Column, Document, Format, Orientation, Section, Table, TableRow
from tests.services.reports.libreoffice import printed_both_ways

CITES = ["Nghị định số 80/2020/NĐ-CP", "Quyết định số 1234/QĐ-UBND", "Thông tư liên tịch số 01/2024/TTLT-BNV-BTC",
         "Nghị quyết số 57-NQ/TW", "giai đoạn 2025-2026", "kinh tế-xã hội"]
WORDS = "sửa đổi bổ sung quy định về quản lý và sử dụng kinh phí thực hiện".split()


def _rows() -> list[TableRow]:
    """Rows whose text reaches a hyphen near the cell's edge at ever other offsets."""
    rows = []
    for n in range(1, 91):
        lead = " ".join(WORDS[: n % 9 + 1])
        rows.append(TableRow([str(n), f"Việc {n} {lead} {CITES[n % len(CITES)]} {' '.join(WORDS[n % 5:])}", "-"]))
    return rows


def _pages(pdf: Path) -> dict[str, int]:
    return {hit: number for number, page in enumerate(PdfReader(str(pdf)).pages, start=1)
            for hit in re.findall(r"Việc \d+", page.extract_text())}


def test_rows_break_after_a_hyphen_alike_in_both_writers(tmp_path: Path) -> None:
    columns = [Column("STT", 10, Align.CENTER), Column("Nội dung nhiệm vụ", 38), Column("Ghi chú", 117)]
    doc = Document(Format.STATE, [Section([Table(columns, _rows())], Orientation.PORTRAIT)])
    pdf, libreoffice = printed_both_ways({"table": doc}, tmp_path)["table"]
    pages = _pages(pdf)
    assert max(pages.values()) >= 3
    assert pages == _pages(libreoffice)


def test_the_wrap_breaks_after_a_hyphen_inside_a_word_only() -> None:
    width = fonts.text_width_mm("Sửa đổi Nghị định số 80/2020/NĐ-", 12) + 0.5
    assert fonts.split_lines("Sửa đổi Nghị định số 80/2020/NĐ-CP về", width, 12) == [
        "Sửa đổi Nghị định số 80/2020/NĐ-", "CP về"]
    width = fonts.text_width_mm("Bộ Lao động -", 12) - 0.5
    assert fonts.split_lines("Bộ Lao động - Thương binh", width, 12)[:2] == ["Bộ Lao động", "- Thương"]
    width = fonts.text_width_mm("hệ sinh thái số/khu", 12) - 0.5
    assert fonts.split_lines("hệ sinh thái số/khu công nghiệp", width, 12)[0] == "hệ sinh thái"
