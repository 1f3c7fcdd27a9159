"""Centred names and titles one word too long for their width left that word alone on a line: the
letterhead's `SỞ KHOA HỌC VÀ CÔNG` / `NGHỆ` (70.2 mm at 13 pt bold, the column 70 mm) and Phụ lục II's
`(Kèm theo Báo cáo số … của Sở Khoa học và Công` / `nghệ)`. Offices set them as balanced lines, and
both writers must print the same ones (LibreOffice prints the DOCX)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.exporters.builders.common import header_block
from app.exporters.document import AnnexTitle, Document, Format, Paragraph, Section, TitleBlock
from tests.exporters.samples import party_letterhead, state_letterhead
from tests.services.reports.libreoffice import printed_both_ways

REFERENCE = "(Kèm theo Báo cáo số 07/BC-SKHCN ngày 25/9/2026 của Sở Khoa học và Công nghệ)"


def _first_lines(pdf: Path) -> list[str]:
    return [x.strip() for x in PdfReader(str(pdf)).pages[0].extract_text().splitlines() if x.strip()]


def _names_and_references() -> dict[str, Document]:
    state = replace(state_letterhead(), issuing_body="Sở Khoa học và Công nghệ", parent_body="UBND tỉnh Đồng Nai")
    party = replace(party_letterhead(), issuing_body="Huyện ủy Đức Trọng",
                    parent_body="Đảng bộ tỉnh Lâm Đồng và các đảng bộ trực thuộc")
    documents = {name: Document(head.format, [Section([header_block(head), Paragraph.of("Nội dung.")])])
                 for name, head in (("state", state), ("party", party))}
    annex = AnnexTitle("Phụ lục II", "TÌNH HÌNH THỰC HIỆN CỦA CÁC CƠ QUAN, ĐƠN VỊ", REFERENCE)
    documents["annex"] = Document(Format.STATE, [Section([annex, Paragraph.of("Nội dung.")])])
    return documents


def test_long_names_and_references_are_printed_in_balanced_lines_in_both_writers(
        printed: dict[str, tuple[Path, Path]]) -> None:
    for name in _names_and_references():
        for pdf in printed[name]:
            lines = _first_lines(pdf)
            assert all(len(line.split()) > 1 for line in lines if line not in ("*", "Nội dung.")), (pdf.name, lines)
    for pdf in printed["state"]:
        assert any(line.startswith("SỞ KHOA HỌC") for line in _first_lines(pdf))
    for pdf in printed["annex"]:
        assert " ".join(" ".join(_first_lines(pdf)[2:4]).split()) == REFERENCE  # its numbers bound by no-break spaces


SUBJECT = ("Kết quả thực hiện Nghị quyết ngày 01/01/2025 của Chính phủ về danh mục các nhiệm vụ triển khai "
           "chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của "
           "Bộ Chính trị về đột phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia "
           "(6 tháng đầu năm 2025)")


def test_the_period_closing_a_report_subject_stays_on_one_line(printed: dict[str, tuple[Path, Path]]) -> None:
    """The half-year report of the /NQ-CP plan (real2) was titled `… chuyển đổi số quốc gia (6` / `tháng đầu năm
    2025)`, in both files."""
    for pdf in printed["title"]:
        lines = [" ".join(line.split()) for line in _first_lines(pdf)]
        assert "(6 tháng đầu năm 2025)" in lines[-2], lines  # the subject's last line, above the body
        assert not any(line.endswith("(6") for line in lines), lines


LETTER = "V/v đôn đốc thực hiện nhiệm vụ tại Kế hoạch số 210/KH-UBND ngày 27/5/2024 của Ủy ban nhân dân tỉnh Lào Cai"


def test_a_letters_subject_is_printed_in_balanced_lines(printed: dict[str, tuple[Path, Path]]) -> None:
    """Walked (session 15): the reminder's `V/v` under the number wrapped greedily, leaving the place's last word
    alone (`… Ủy ban nhân dân tỉnh Lào` / `Cai`). It is set in balanced lines, the same in both writers."""
    for pdf in printed["letter"]:
        lines = _first_lines(pdf)
        start = next(i for i, line in enumerate(lines) if line.startswith("V/v"))
        subject = [line for line in lines[start:] if line != "Nội dung."][:4]
        assert " ".join(" ".join(subject).split()).endswith("tỉnh Lào Cai"), (pdf.name, lines)
        assert all(len(line.split()) > 1 for line in subject), (pdf.name, subject)


WALKED = ("Kết quả thực hiện Kế hoạch số 210/KH-UBND ngày 27/5/2024 của Ủy ban nhân dân tỉnh Lào Cai về thực hiện Đề "
          "án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia” "
          "(Đề án 06) trên địa bàn tỉnh Lào Cai năm 2024 (quý IV năm 2026)")
CITED = ("Kết quả thực hiện Kế hoạch số 210/KH-UBND ngày 27/5/2024 của Ủy ban nhân dân tỉnh Lào Cai triển khai phát "
         "triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) trên địa bàn tỉnh, thực hiện "
         "Nghị quyết số 57-NQ/TW của Bộ Chính trị (quý IV năm 2026)")


def test_a_number_and_a_short_bracketed_group_in_the_title_stay_on_one_line(
        printed: dict[str, tuple[Path, Path]]) -> None:
    """Walked (session 15): the progress report's title printed `… quốc gia” (Đề án` / `06) trên địa bàn …` (WALKED,
    a greedy wrap at the page's 165 mm). A short bracketed group and a number with its noun are bound, and the
    subject is set in balanced lines, the same in both writers."""
    for name, subject, bound in (
            ("walked", WALKED, ("(Đề án 06)", "Kế hoạch số 210/KH-UBND", "ngày 27/5/2024", "(quý IV năm 2026)")),
            ("cited", CITED, ("(Đề án 06)", "Nghị quyết số 57-NQ/TW", "Kế hoạch số 210/KH-UBND"))):
        own, libreoffice = ([" ".join(line.split()) for line in _first_lines(pdf)] for pdf in printed[name])
        assert own == libreoffice, (own, libreoffice)  # the same lines in both writers
        assert " ".join(own[1:-1]) == subject, own
        for words in bound:
            assert any(words in line for line in own), (words, own)


def _titled(subject: str) -> Document:
    return Document(Format.STATE, [Section([TitleBlock("BÁO CÁO", subject), Paragraph.of("Nội dung.")])])


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Every document of this module printed by both writers, LibreOffice started once for all of them (its start
    is most of a print's cost); the tests only read the files."""
    letter_head = replace(state_letterhead(), issuing_body="Sở Nội vụ tỉnh Hà Tĩnh", parent_body="UBND tỉnh Hà Tĩnh")
    documents = {**_names_and_references(), "title": _titled(SUBJECT), "walked": _titled(WALKED),
                 "cited": _titled(CITED),
                 "letter": Document(Format.STATE, [Section([header_block(letter_head, LETTER),
                                                            Paragraph.of("Nội dung.")])])}
    return printed_both_ways(documents, tmp_path_factory.mktemp("balanced-lines"))
