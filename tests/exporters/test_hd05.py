"""A Party report in the 2026 format (Hướng dẫn 05-HD/VPTW), measured in the DOCX and the PDF.

The rules and their sources are in docs/formats-hd05.md; a report dated before 27/5/2026 keeps
HD 36 (the last test).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import samples
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx_read import open_docx, paragraph_texts
from pdf_read import body_text, stroked_segments, text_spans, top_margin_texts
from pypdf import PdfReader

from app.exporters import docx_writer, pdf_writer
from app.exporters.builders import (
    build_calendar_month,
    build_progress_report,
    build_reminder,
    build_targets,
    build_task_list,
)
from app.exporters.document import Format
from app.exporters.layouts import format_for

MM = 72 / 25.4  # points per millimetre
A4_HEIGHT = 297 * MM


def _mm(length: int) -> float:
    return round(length / Mm(1), 1)


def _body_paragraphs(path: Path) -> list[DocxParagraph]:
    """The paragraphs of the text itself: outside tables, indented on their first line."""
    return [p for p in open_docx(path).paragraphs if p.paragraph_format.first_line_indent and p.text.strip()]


def _paragraph(path: Path, text: str) -> DocxParagraph:
    doc = open_docx(path)
    cells = [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return next(p for p in [*doc.paragraphs, *cells] if p.text.strip() == text)


# ---- DOCX ------------------------------------------------------------------------------------


def test_docx_margins_are_20_20_30_15_in_every_section(hd05_docx: Path) -> None:
    doc = open_docx(hd05_docx)
    assert len(doc.sections) == 2  # the text and its landscape annex
    for sec in doc.sections:
        margins = (_mm(sec.top_margin), _mm(sec.bottom_margin), _mm(sec.left_margin), _mm(sec.right_margin))
        assert margins == (20.0, 20.0, 30.0, 15.0)
        assert _mm(sec.header_distance) == 10.0  # page number 10 mm from the top edge


def test_docx_header_block_number_without_colon_and_zero_padded_date(hd05_docx: Path) -> None:
    table = open_docx(hd05_docx).tables[0]
    texts = [["\n".join(p.text for p in cell.paragraphs if p.text) for cell in row.cells] for row in table.rows]
    assert texts == [
        ["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nTHÀNH ỦY HÀ NỘI\n*", "ĐẢNG CỘNG SẢN VIỆT NAM"],
        ["Số 05-BC/TU", "Hà Nội, ngày 05 tháng 6 năm 2026"],
    ]
    left, right = table.rows[0].cells
    parent, body, star = (p.runs[0] for p in left.paragraphs[:3])
    assert (parent.font.size.pt, bool(parent.bold)) == (14, False)
    assert (body.font.size.pt, bool(body.bold)) == (14, True) and star.text == "*"
    motto = right.paragraphs[0].runs[0]
    assert (motto.font.size.pt, bool(motto.bold)) == (15, True)
    # one solid line, under ĐẢNG CỘNG SẢN VIỆT NAM; the issuing body has its * instead
    assert len(list(table._tbl.iter(qn("w:pBdr")))) == 1
    number = table.rows[1].cells[0].paragraphs[-1].runs[0]
    when = table.rows[1].cells[1].paragraphs[-1].runs[0]
    assert number.font.size.pt == 14 and not number.bold
    assert when.font.size.pt == 14 and when.italic


def test_docx_title_subject_with_ve_and_five_hyphens(hd05_docx: Path) -> None:
    texts = [t for t in paragraph_texts(open_docx(hd05_docx)) if t.strip()]
    i = texts.index("BÁO CÁO")
    cited = " ".join(texts[i + 1].split())  # its numbers bound by no-break spaces, its lines balanced
    assert cited.startswith("về kết quả thực hiện Kế hoạch số 215-KH/TU") and texts[i + 2] == "-----"
    name = _paragraph(hd05_docx, "BÁO CÁO").runs[0]
    assert name.bold and name.font.size.pt == 16
    subject = _paragraph(hd05_docx, texts[i + 1]).runs[0]
    assert subject.bold and subject.font.size.pt == 14


def test_docx_body_14pt_justified_10mm_indent_exact_18pt_lines(hd05_docx: Path) -> None:
    paragraphs = _body_paragraphs(hd05_docx)
    assert len(paragraphs) > 20
    for p in paragraphs:
        pf = p.paragraph_format
        assert _mm(pf.first_line_indent) == 10.0, p.text[:40]
        assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY and pf.line_spacing == Pt(18), p.text[:40]
        assert pf.space_after == Pt(6)
        assert all(r.font.size == Pt(14) for r in p.runs)
    justified = [p for p in paragraphs if p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY]
    assert len(justified) == len(paragraphs)


def _closing(path: Path) -> str:
    return next(p.text.strip() for p in open_docx(path).paragraphs if p.text.startswith("Trên đây là báo cáo"))


def test_docx_text_ends_with_a_full_stop_not_slash(hd05_docx: Path) -> None:
    # (a plan's heading quoted in section II may carry its own `./.`: the report's paragraphs count)
    texts = [p.text.strip() for p in open_docx(hd05_docx).paragraphs if p.text.strip() and not p.runs[0].bold]
    assert len(texts) > 20 and not [t for t in texts if t.endswith("./.")]
    closing = _closing(hd05_docx)  # `Trên đây là báo cáo của <cơ quan> về kết quả thực hiện ... trong <kỳ>.`
    assert closing.startswith("Trên đây là báo cáo của Ban Thường vụ Thành ủy về kết quả thực hiện")
    assert closing.endswith(".") and not closing.endswith("./.")


def test_docx_underlined_noi_nhan_and_collective_signature(hd05_docx: Path) -> None:
    texts = [t for t in paragraph_texts(open_docx(hd05_docx)) if t.strip()]
    j = texts.index("Nơi nhận:")
    assert texts[j + 1 : j + 5] == [
        "- Ban Bí thư Trung ương Đảng;",
        "- Các đồng chí Thành ủy viên;",
        "- Các huyện ủy, quận ủy, thị ủy;",
        "- Lưu Văn phòng Thành ủy.",
    ]
    assert texts[j + 5 : j + 8] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Thị Tuyền"]
    label = _paragraph(hd05_docx, "Nơi nhận:").runs[0]
    assert label.underline and not label.bold and not label.italic and label.font.size.pt == 14
    assert _paragraph(hd05_docx, "- Lưu Văn phòng Thành ủy.").runs[0].font.size.pt == 12
    authority = _paragraph(hd05_docx, "T/M BAN THƯỜNG VỤ").runs[0]
    title = _paragraph(hd05_docx, "PHÓ BÍ THƯ THƯỜNG TRỰC").runs[0]
    name = _paragraph(hd05_docx, "Nguyễn Thị Tuyền").runs[0]
    assert authority.bold and not title.bold and name.bold
    assert {authority.font.size.pt, title.font.size.pt, name.font.size.pt} == {14}


def test_docx_page_number_is_14pt_and_hidden_on_page_one(hd05_docx: Path) -> None:
    sec = open_docx(hd05_docx).sections[0]
    sizes = {e.get(qn("w:val")) for e in sec.header.part.element.iter(qn("w:sz"))}
    assert sizes == {"28"}  # half-points
    assert sec.different_first_page_header_footer and not sec.first_page_header.paragraphs[0].text


# ---- PDF -------------------------------------------------------------------------------------


def test_pdf_texts(hd05_pdf: Path, hd05_docx: Path) -> None:
    text = body_text(hd05_pdf)
    closing = _closing(hd05_docx)
    assert closing in text and f"{closing}/." not in text
    for line in ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BC/TU", "Hà Nội, ngày 05 tháng 6 năm 2026", "-----",
                 "Nơi nhận:", "- Lưu Văn phòng Thành ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC",
                 "(Kèm theo Báo cáo số 05-BC/TU ngày 05/6/2026 của Ban Thường vụ Thành ủy)"):
        assert line in text, line
    assert "Số:" not in text and "K/T" not in text


def test_pdf_margins_indent_and_exact_line_pitch(hd05_pdf: Path) -> None:
    reader = PdfReader(str(hd05_pdf))
    spans = [s for s in text_spans(reader, 1) if s[2] == 14 and s[1] < A4_HEIGHT - 20 * MM]  # page 2, body
    xs = Counter(round(x, 1) for x, _, _, _ in spans)
    assert abs(min(xs) - 30 * MM) < 0.2  # left margin 30 mm
    assert round(30 * MM + 10 * MM, 1) in xs  # first lines indented 10 mm
    assert max(y for _, y, _, _ in spans) < A4_HEIGHT - 20 * MM  # top margin 20 mm
    assert min(y for _, y, _, _ in spans) > 20 * MM  # bottom margin 20 mm
    pitches = Counter(round(a[1] - b[1], 1) for a, b in zip(spans, spans[1:], strict=False))
    assert pitches.most_common(1)[0][0] == 18.0  # exact 18 pt lines; 24 between paragraphs
    assert 24.0 in pitches
    number = [s for s in text_spans(reader, 1) if s[3] == "2"]
    assert number and number[0][2] == 14 and number[0][1] > A4_HEIGHT - 20 * MM
    assert top_margin_texts(reader, 0) == []


def test_pdf_noi_nhan_is_underlined(hd05_pdf: Path) -> None:
    reader = PdfReader(str(hd05_pdf))
    page = next(i for i, p in enumerate(reader.pages) if "Nơi nhận:" in p.extract_text())
    x, y, size, _ = next(s for s in text_spans(reader, page) if s[3] == "Nơi nhận:")
    assert size == 14
    under = [s for s in stroked_segments(reader, page)
             if abs(s[1] - s[3]) < 0.01 and y - 4 < s[1] < y and abs(s[0] - x) < 0.5 and s[2] - s[0] > 40]
    assert under, "no line under Nơi nhận:"


# ---- every kind -----------------------------------------------------------------------------

HD05 = Format.PARTY_HD05
KINDS = {
    "progress": lambda: build_progress_report(samples.progress_content(HD05)),
    "reminder": lambda: build_reminder(samples.reminder_content(HD05)),
    "tasklist": lambda: build_task_list(samples.task_list_content(HD05)),
    "calendar": lambda: build_calendar_month(samples.calendar_content(HD05)),
    "targets": lambda: build_targets(samples.targets_content(HD05)),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_on_a4_with_hd05_margins_in_docx_and_pdf(kind: str, tmp_path: Path) -> None:
    document = KINDS[kind]()
    docx_writer.write(document, tmp_path / "a.docx")
    pdf_writer.write(document, tmp_path / "a.pdf")
    for sec in open_docx(tmp_path / "a.docx").sections:
        assert (_mm(sec.top_margin), _mm(sec.bottom_margin), _mm(sec.left_margin), _mm(sec.right_margin)) == (
            20.0, 20.0, 30.0, 15.0)
    reader = PdfReader(str(tmp_path / "a.pdf"))
    for i, page in enumerate(reader.pages):
        size = sorted((round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM)))
        assert size == [210, 297]
        portrait = float(page.mediabox.width) < float(page.mediabox.height)
        left = min(x for x, y, _, t in text_spans(reader, i) if y < float(page.mediabox.height) - 20 * MM)
        assert left >= 30 * MM - 0.5, (kind, i)  # nothing drawn into the left margin
        if portrait and kind == "progress":
            assert abs(left - 30 * MM) < 0.5


def test_reminder_subject_is_ve_viec_and_ends_with_a_full_stop(tmp_path: Path) -> None:
    document = KINDS["reminder"]()
    docx_writer.write(document, tmp_path / "cv.docx")
    pdf_writer.write(document, tmp_path / "cv.pdf")
    number_cell = open_docx(tmp_path / "cv.docx").tables[0].rows[1].cells[0]
    number, subject = (p for p in number_cell.paragraphs if p.text)
    assert number.text == "Số 45-CV/TU"
    # set in balanced lines (line breaks between its words, `test_balanced_lines.py`)
    assert " ".join(subject.text.split()).startswith("về việc đôn đốc thực hiện nhiệm vụ tại Kế hoạch số 215-KH/TU")
    assert subject.runs[0].italic and subject.runs[0].font.size.pt == 12
    assert _closing_cv(tmp_path / "cv.docx").endswith("quan tâm, phối hợp thực hiện.")
    text = body_text(tmp_path / "cv.pdf")
    assert "V/v" not in text and "về việc đôn đốc" in text and "phối hợp thực hiện./." not in text


def _closing_cv(path: Path) -> str:
    return next(p.text.strip() for p in open_docx(path).paragraphs if "quan tâm, phối hợp" in p.text)


# ---- the boundary ----------------------------------------------------------------------------


def test_party_report_dated_before_27_5_2026_is_still_hd36(tmp_path: Path) -> None:
    day = date(2026, 5, 26)
    fmt = format_for("party", day)
    assert fmt is Format.PARTY
    content = samples.progress_content(Format.PARTY)
    number = replace(content.letterhead.number, seq=5)
    content.letterhead = replace(content.letterhead, format=fmt, date=day, number=number)
    document = build_progress_report(content)
    docx_writer.write(document, tmp_path / "hd36.docx")
    pdf_writer.write(document, tmp_path / "hd36.pdf")
    texts = [t for t in paragraph_texts(open_docx(tmp_path / "hd36.docx")) if t.strip()]
    assert "Số 05-BC/TU" in texts and "Hà Nội, ngày 26 tháng 5 năm 2026" in texts
    assert "-----" not in texts  # HD 36: a drawn line under the subject
    assert next(t for t in texts if t.startswith("Trên đây là báo cáo")).endswith("./.")
    body = _body_paragraphs(tmp_path / "hd36.docx")
    assert body and all(p.paragraph_format.line_spacing_rule != WD_LINE_SPACING.EXACTLY for p in body)
    assert _mm(body[0].paragraph_format.first_line_indent) == 12.7
    pdf = body_text(tmp_path / "hd36.pdf")
    assert "./." in pdf and "-----" not in pdf and "Số 05-BC/TU" in pdf
