"""A letterhead name one word too long for its column (`SỞ KHOA HỌC VÀ CÔNG NGHỆ` is 70.2 mm at 13 pt
bold, the column 70 mm) printed `NGHỆ` alone on its own line in both files; offices set it as two
balanced lines, and both writers must print the same ones (LibreOffice prints the DOCX)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from app.exporters.builders.common import header_block
from app.exporters.document import Document, Paragraph, Section
from tests.exporters.samples import party_letterhead, state_letterhead
from tests.services.reports.libreoffice import printed_both_ways


def _first_lines(pdf: Path) -> list[str]:
    return [x.strip() for x in PdfReader(str(pdf)).pages[0].extract_text().splitlines() if x.strip()]


def test_a_long_body_name_is_printed_in_balanced_lines_in_both_writers(tmp_path: Path) -> None:
    state = replace(state_letterhead(), issuing_body="Sở Khoa học và Công nghệ", parent_body="UBND tỉnh Đồng Nai")
    party = replace(party_letterhead(), issuing_body="Huyện ủy Đức Trọng",
                    parent_body="Đảng bộ tỉnh Lâm Đồng và các đảng bộ trực thuộc")
    documents = {name: Document(head.format, [Section([header_block(head), Paragraph.of("Nội dung.")])])
                 for name, head in (("state", state), ("party", party))}
    printed = printed_both_ways(documents, tmp_path)
    for own, libreoffice in printed.values():
        for pdf in (own, libreoffice):
            lines = _first_lines(pdf)
            assert all(len(line.split()) > 1 for line in lines if line not in ("*", "Nội dung.")), (pdf.name, lines)
    own, libreoffice = printed["state"]
    for pdf in (own, libreoffice):
        lines = _first_lines(pdf)
        assert any(line.startswith("SỞ KHOA HỌC") for line in lines), lines
        assert "NGHỆ" not in lines
