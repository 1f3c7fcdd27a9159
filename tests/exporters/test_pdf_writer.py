"""The PDF draws every Vietnamese letter with an embedded font, numbers pages as NĐ 30 asks."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pdf_read import body_text, squash, stroked_segments, text_spans, top_margin_texts
from pypdf import PdfReader

from app.exporters import pdf_writer
from app.exporters.content import ResultTask
from app.exporters.document import (
    Align,
    AnnexTitle,
    Column,
    Document,
    Format,
    Orientation,
    Paragraph,
    Section,
    Table,
    TableRow,
)
from app.exporters.errors import ExportCancelled, MissingGlyphError


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name -> embedded (has a FontFile2 stream)."""
    out: dict[str, bool] = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            out[str(font["/BaseFont"])] = desc is not None and "/FontFile2" in desc.get_object()
    return out


def test_fonts_are_embedded_truetype(state_pdf: Path) -> None:
    fonts = _fonts(PdfReader(str(state_pdf)))
    assert fonts and all(fonts.values()), fonts
    assert any("Liberation" in name or "Times" in name for name in fonts)


def test_every_task_text_extracts_exactly(state_pdf: Path, state_report: Document) -> None:
    import samples

    text = body_text(state_pdf)
    tasks = [i for i in samples.progress_content(Format.STATE).results if isinstance(i, ResultTask)]
    assert len(tasks) == 32
    for task in tasks:
        assert squash(unicodedata.normalize("NFC", task.text)) in text, task.text[:60]


def test_page_one_has_no_number_and_page_two_has_one(state_pdf: Path) -> None:
    reader = PdfReader(str(state_pdf))
    assert top_margin_texts(reader, 0) == []
    assert top_margin_texts(reader, 1) == ["2"]
    assert top_margin_texts(reader, 2) == ["3"]


def test_annex_is_landscape_and_numbered_on_its_own(state_pdf: Path) -> None:
    reader = PdfReader(str(state_pdf))
    first_annex = next(i for i, p in enumerate(reader.pages) if "TỔNG HỢP TÌNH HÌNH" in p.extract_text())
    for page in reader.pages[:first_annex]:
        assert float(page.mediabox.width) < float(page.mediabox.height)
    for page in reader.pages[first_annex:]:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    assert top_margin_texts(reader, first_annex) == []
    assert top_margin_texts(reader, first_annex + 1) == ["2"]
    # the header row is repeated on the annex's second page
    assert "Nội dung nhiệm vụ" in reader.pages[first_annex + 1].extract_text()


def test_header_lines_and_signature(party_pdf: Path, state_pdf: Path) -> None:
    state = body_text(state_pdf)
    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/BC-SNV",
        "Hà Nội, ngày 05 tháng 01 năm 2024",
        "Nơi nhận:",
        "- Lưu: VT, TCBC.",
        "KT. GIÁM ĐỐC",
        "Trần Đình Cảnh",
    ):
        assert line in state
    party = body_text(party_pdf)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in party and "Số 123-BC/TU" in party and "T/M BAN THƯỜNG VỤ" in party


def _doc(*texts: str) -> Document:
    return Document(Format.STATE, [Section([Paragraph.of(t) for t in texts])])


def test_missing_glyph_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MissingGlyphError) as err:
        pdf_writer.write(_doc("Nhiệm vụ 漢字"), tmp_path / "x.pdf")
    assert "U+6F22" in err.value.message
    assert not list(tmp_path.iterdir())


def test_decomposed_text_is_drawn_composed_and_markup_is_escaped(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Ứng dụng công nghệ thông tin")
    pdf_writer.write(_doc(nfd, "Chỉ số <b>A & B</b> > 5"), tmp_path / "x.pdf")
    text = body_text(tmp_path / "x.pdf")
    assert "Ứng dụng công nghệ thông tin" in text
    assert "Chỉ số <b>A & B</b> > 5" in text


def _big(rows: int) -> Document:
    cols = [
        Column("STT", 10, Align.CENTER),
        Column("Nội dung nhiệm vụ", 90),
        Column("Chủ trì", 35),
        Column("Kết quả", 70),
        Column("Tình trạng", 25),
    ]
    body = []
    for i in range(rows):
        if i % 25 == 0:
            body.append(TableRow.group(f"{i // 25 + 1}. Đẩy mạnh cải cách hành chính, chuyển đổi số"))
        body.append(
            TableRow(
                [
                    str(i + 1),
                    "Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước",
                    "Sở Nội vụ; Văn phòng UBND Thành phố",
                    "Đã ban hành Kế hoạch số 45/KH-SNV; tổ chức 03 hội nghị quán triệt",
                    "Hoàn thành đúng hạn",
                ]
            )
        )
    return Document(
        Format.STATE, [Section([AnnexTitle("Phụ lục", "Tổng hợp"), Table(cols, body)], Orientation.LANDSCAPE)]
    )


def test_thousand_row_annex_is_written_whole(tmp_path: Path) -> None:
    """Speed is measured by `python -m bench.bench_reports`, not here: a timed assert flakes on a busy machine."""
    pdf_writer.write(_big(1000), tmp_path / "big.pdf")
    assert "1000" in PdfReader(str(tmp_path / "big.pdf")).pages[-1].extract_text()


def test_cancel_during_layout_leaves_nothing(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    with pytest.raises(ExportCancelled):
        pdf_writer.write(
            _big(400), tmp_path / "x.pdf", progress=lambda *a: calls.append(a), cancel=lambda: len(calls) > 3
        )
    assert not list(tmp_path.iterdir())


def _annex_with_row(lines: int, filler: int) -> Document:
    cols = [Column("STT", 12, Align.CENTER), Column("Nội dung nhiệm vụ", 120), Column("Kết quả", 120)]
    body = "\n".join(f"Dòng {i:03d}" for i in range(1, lines + 1))
    rows = [TableRow.group("I. NHÓM NHIỆM VỤ THỨ NHẤT"), TableRow.group("1. Tiểu mục"), TableRow(["1", body, "x"])]
    blocks = [AnnexTitle("Phụ lục", "Tổng hợp")] + [Paragraph.of(f"Đoạn mở đầu {i}.") for i in range(filler)]
    return Document(Format.STATE, [Section([*blocks, Table(cols, rows)], Orientation.LANDSCAPE)])


def _page_of(reader: PdfReader, text: str) -> int:
    return next(i for i, p in enumerate(reader.pages) if text in p.extract_text())


def test_row_that_fits_a_fresh_page_moves_with_its_group_headings(tmp_path: Path) -> None:
    """Nothing but group headings at a page's foot: headings and row move together."""
    pdf_writer.write(_annex_with_row(lines=22, filler=5), tmp_path / "x.pdf")
    reader = PdfReader(str(tmp_path / "x.pdf"))
    assert len(reader.pages) == 2
    assert "NHÓM NHIỆM VỤ" not in reader.pages[0].extract_text()
    assert "Nội dung nhiệm vụ" not in reader.pages[0].extract_text()  # no lone header row either
    assert _page_of(reader, "I. NHÓM NHIỆM VỤ") == _page_of(reader, "Dòng 001") == _page_of(reader, "Dòng 022") == 1


def test_row_that_fits_stays_and_a_row_taller_than_a_page_splits(tmp_path: Path) -> None:
    pdf_writer.write(_annex_with_row(lines=8, filler=0), tmp_path / "a.pdf")
    assert len(PdfReader(str(tmp_path / "a.pdf")).pages) == 1
    pdf_writer.write(_annex_with_row(lines=70, filler=0), tmp_path / "b.pdf")
    reader = PdfReader(str(tmp_path / "b.pdf"))
    first, last = _page_of(reader, "Dòng 001"), _page_of(reader, "Dòng 070")
    assert first == 0 and last > first  # the piece starts under the title, the rest follows
    assert all("Nội dung nhiệm vụ" in p.extract_text() for p in reader.pages)  # header repeated


def test_a_row_broken_at_a_page_foot_never_leaves_a_number_without_its_task(tmp_path: Path) -> None:
    """A two-line task moves whole (every row that fits a page does) instead of leaving its STT and deadline
    alone at the page's foot."""
    cols = [Column("STT", 12, Align.CENTER), Column("Nội dung nhiệm vụ", 60), Column("Thời hạn", 30)]
    rows = [TableRow([str(n), f"Nhiệm vụ số {n} dòng đầu\nNhiệm vụ số {n} dòng cuối", "31/12/2024"])
            for n in range(1, 121)]
    for filler in range(4):  # the foot of the page falls on another line of a row each time
        doc = Document(Format.STATE, [Section([AnnexTitle("Phụ lục", "Tổng hợp"),
                                               *[Paragraph.of(f"Đoạn {i}.") for i in range(filler)],
                                               Table(cols, rows)], Orientation.LANDSCAPE)])
        pdf_writer.write(doc, tmp_path / f"x{filler}.pdf")
        reader = PdfReader(str(tmp_path / f"x{filler}.pdf"))
        for page in reader.pages:
            text = page.extract_text()
            numbers = {n for n in range(1, 121) if f"Nhiệm vụ số {n} dòng" in text}
            assert numbers, text
            assert text.count("31/12/2024") <= len(numbers)  # no deadline printed for a task shown elsewhere


def test_a_row_going_on_under_the_repeated_header_is_ruled_off_it(tmp_path: Path) -> None:
    """A row continued on the next page gets the rule between it and the repeated header row,
    as Word and LibreOffice draw it (it had none: header and row read as one box)."""
    pdf_writer.write(_annex_with_row(lines=70, filler=0), tmp_path / "b.pdf")
    reader = PdfReader(str(tmp_path / "b.pdf"))
    page = _page_of(reader, "Dòng 070")
    assert page > 0
    spans = text_spans(reader, page)
    header = min(y for _, y, _, text in spans if text.startswith("Nội dung nhiệm vụ"))
    first = max(y for _, y, _, text in spans if text.startswith("Dòng"))
    assert first < header
    rules = [(x1, x2) for x1, y1, x2, y2 in stroked_segments(reader, page)
             if abs(y1 - y2) < 0.1 and first < y1 < header and abs(x2 - x1) > 500]
    assert rules, "no rule between the repeated header and the continued row"
