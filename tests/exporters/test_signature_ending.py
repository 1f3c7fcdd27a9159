"""A signature never stands alone on a page: the closing line goes over with it, and so does the
paragraph above it (keep-with-next), whole, as LibreOffice moves it; the PDF does the same, so both
files end their pages on the same line."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.exporters.document import Authority, Document, Format, Paragraph, Run, Section, SignatureBlock, Signer
from tests.services.reports.libreoffice import printed_both_ways

LAST = ("Đề nghị UBND Thành phố chỉ đạo các sở, ngành, UBND các quận, huyện, thị xã khẩn trương hoàn thành các "
        "nhiệm vụ đang quá hạn, bố trí đủ kinh phí, nhân lực cho việc rà soát, sắp xếp tổ chức bộ máy; kịp thời "
        "tháo gỡ khó khăn, vướng mắc phát sinh và báo cáo kết quả về Sở Nội vụ để tổng hợp, báo cáo theo quy "
        "định trước ngày 15 của tháng cuối quý, đúng hạn.")
CLOSING = "Trên đây là báo cáo của Sở Nội vụ về kết quả thực hiện Kế hoạch số 177/KH-UBND trong quý IV năm 2024./."


def _document(fillers: int) -> Document:
    blocks: list = [Paragraph.of(f"Đoạn {n + 1}: nội dung của báo cáo, một dòng.") for n in range(fillers)]
    blocks += [Paragraph([Run(LAST)], keep_with_next=True), Paragraph([Run(CLOSING)], keep_with_next=True),
               SignatureBlock(Signer("Phó Giám đốc", "Nguyễn Văn Minh", Authority.KT, "Giám đốc"),
                              ["UBND Thành phố"], "VP")]
    return Document(Format.STATE, [Section(blocks)])


def _signature_page(pdf: Path) -> tuple[list[str], list[str]]:
    """The body lines of the page before the signature's and of the signature's page."""
    pages = [p.extract_text() for p in PdfReader(str(pdf)).pages]
    at = next(i for i, t in enumerate(pages) if "Nơi nhận" in t)
    def body(text: str) -> list[str]:
        return [x.strip() for x in text.split("Nơi nhận")[0].splitlines() if x.strip() and not x.strip().isdigit()]
    return (body(pages[at - 1]) if at else []), body(pages[at])


def test_the_paragraph_above_the_closing_goes_over_with_it_in_both_writers(tmp_path: Path) -> None:
    printed = printed_both_ways({str(fillers): _document(fillers) for fillers in range(20, 34, 2)}, tmp_path)
    moved = 0  # the ending reaches the page's foot from 22 fillers on
    for name, (own, libreoffice) in printed.items():
        pdf, lo = _signature_page(own), _signature_page(libreoffice)
        assert pdf == lo, (name, pdf, lo)  # the same lines on either side of the break
        before, on = pdf
        assert not on[0].startswith("Trên đây"), (name, on)  # never the closing alone
        if before:
            moved += 1
            assert on[0].startswith("Đề nghị") and before[-1].startswith("Đoạn"), (name, before[-1:], on[:1])
    assert moved >= 4


def test_the_last_heading_goes_over_with_its_paragraph_and_the_signature(tmp_path: Path) -> None:
    """Session 19's walk: with ten lines in V, the PDF left `VI. ĐỀ XUẤT, KIẾN NGHỊ` alone at page 9's foot and
    moved its paragraph, the closing line and the signature over: the room kept for a heading missed the space after
    the closing line. The heading now goes over with them, as LibreOffice prints the DOCX."""
    from dataclasses import replace as _replace

    from app.exporters import pdf_writer
    from app.exporters.builders import build_progress_report
    from tests.exporters import samples

    content = samples.progress_content(Format.STATE)
    content.narrative = _replace(content.narrative, direction=[
        f"Tiếp tục theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nhiệm vụ số {k} của Kế hoạch, báo cáo kết quả "
        "đúng hạn." for k in range(10)],
        proposals=["Đề nghị Tỉnh ủy hỗ trợ kinh phí nâng cấp hạ tầng công nghệ thông tin cho các cơ quan đảng."])
    out = tmp_path / "bao-cao.pdf"
    pdf_writer.write(build_progress_report(content), out)
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    holding = next(n for n, text in enumerate(pages) if "VI. ĐỀ XUẤT, KIẾN NGHỊ" in text)
    assert "Đề nghị Tỉnh ủy hỗ trợ kinh phí" in pages[holding] and "Trên đây là báo cáo" in pages[holding]
