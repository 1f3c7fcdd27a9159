"""PDF reader: text layer read, running headers and page numbers dropped, wrapped lines joined;
a scanned PDF (no text layer) refused with the message that says so."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from app.errors import InputError
from app.importers import read_plan_file
from app.importers.readers.pdffile import SCANNED
from app.resources import resource_path

PARAGRAPHS = [
    "KẾ HOẠCH",
    "I. NHIỆM VỤ",
    "1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và các cơ quan, đơn vị có liên quan rà soát, sửa đổi, "
    "bổ sung quy chế làm việc của các sở, ban, ngành Thành phố, bảo đảm rõ người, rõ việc, rõ trách nhiệm.",
    "- Thời gian thực hiện: Quý II/2024.",
    "2. Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành của Thành phố.",
]


def _font() -> str:
    if "LiberationSerif" not in pdfmetrics.getRegisteredFontNames():
        font = resource_path("fonts", "LiberationSerif-Regular.ttf")
        pdfmetrics.registerFont(TTFont("LiberationSerif", str(font)))
    return "LiberationSerif"


def _pdf(path: Path, paragraphs: list[str], *, pages: int = 2) -> Path:
    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(1, pages + 1):
        c.setFont(font, 9)
        c.drawString(72, 800, "CÔNG BÁO THÀNH PHỐ")
        c.drawString(290, 30, str(page))
        c.setFont(font, 13)
        y = 760
        other = [f"{i}. Nội dung trang {page} mục {i}." for i in range(3, 6)]
        for text in paragraphs if page == 1 else other:
            for line in simpleSplit(text, font, 13, 400):
                c.drawString(72, y, line)
                y -= 18
            y -= 8
        c.showPage()
    c.save()
    return path


def test_text_layer_read_and_cleaned(tmp_path: Path) -> None:
    texts = [b.text for b in read_plan_file(_pdf(tmp_path / "plan.pdf", PARAGRAPHS, pages=3))]
    assert "CÔNG BÁO THÀNH PHỐ" not in texts
    assert not any(t.strip().isdigit() for t in texts)
    assert texts[:5] == PARAGRAPHS  # the wrapped item 1 is one paragraph again
    assert texts[5:] == [f"{i}. Nội dung trang {p} mục {i}." for p in (2, 3) for i in range(3, 6)]


def test_scanned_pdf_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.rect(50, 50, 400, 700, fill=1)  # what a scan is to us: marks without text
        c.showPage()
    c.save()
    with pytest.raises(InputError) as info:
        read_plan_file(path)
    assert info.value.message == SCANNED


def test_halves_of_characters_from_a_damaged_font_map_are_dropped(tmp_path: Path, monkeypatch) -> None:
    """A broken ToUnicode map makes pypdf return lone surrogates, which no file or database can
    store (the fuzzer met one): they are dropped, the rest of the text is kept."""
    from pypdf import PageObject

    real = PageObject.extract_text

    def damaged(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        visitor = kwargs.get("visitor_text")
        if visitor is not None:
            kwargs["visitor_text"] = lambda text, *rest: visitor(text.replace("a", "a\udcef", 1), *rest)
        return real(self, *args, **kwargs).replace("a", "a\udcef", 1)

    monkeypatch.setattr(PageObject, "extract_text", damaged)
    texts = [b.text for b in read_plan_file(_pdf(tmp_path / "plan.pdf", PARAGRAPHS, pages=1))]
    joined = "\n".join(texts)
    joined.encode("utf-8")  # storable
    assert "\udcef" not in joined and PARAGRAPHS[0][:20] in joined


def test_a_title_in_capitals_does_not_run_into_the_line_under_it() -> None:
    from app.importers.readers.lines import Line, join_broken_lines

    def joined(*texts: str) -> list[str]:
        return [x.text for x in join_broken_lines([Line(t, starts_paragraph=False) for t in texts], wrapped=True)]

    title, under = "DANH MỤC CÁC CHỈ TIÊU", "(Kèm theo Nghị quyết số 12/NQ-CP ngày 01 tháng 01 năm 2025)"
    assert joined(title, under) == [title, under]
    assert joined("KẾ HOẠCH", "triển khai chương trình") == ["KẾ HOẠCH triển khai chương trình"]  # it goes on
    assert joined("V. TỔ CHỨC", "THỰC HIỆN") == ["V. TỔ CHỨC THỰC HIỆN"]
