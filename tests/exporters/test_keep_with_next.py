"""A heading at a page's foot goes over with its text in LibreOffice as in the PDF.

Session 16 left `Phụ lục kèm theo Kế hoạch` (the plan's annex heading in section II) at the foot of page 1 of
78-KH/HU's report in LibreOffice, its `I. Hạ tầng kỹ thuật …` and the text on page 2, although both headings carry
`w:keepNext`; the PDF moved the two headings with their text. Tried on the DOCX without effect: keepLines on the
headings or on the text, keepNext on the text, no widow control, no different first page, Word 2013 compatibility,
no East Asian layout, no indent or justification on the headings, no space before. What mends it: a paragraph
between the letterhead's table and the title (`docx_writer`, a paragraph of no height after every layout table).

The report is the walk's (session 17, `demo --profile party` + genre/05 with two quarters of progress), kept as its
content snapshot so that the page falls where it fell.
"""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from app.exporters.builders import build_progress_report
from app.exporters.content_json import load
from tests.services.reports.libreoffice import printed_both_ways

SNAPSHOT = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "78-KH-HU_2026-Q1.json"
HEADINGS = ("Phụ lục kèm theo Kế hoạch", "I. Hạ tầng kỹ thuật và an toàn thông tin")


def _page_of(pdf: Path, text: str) -> int:
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(pdf)).pages]
    return next(n for n, page in enumerate(pages) if text in page)


def test_headings_at_a_page_foot_go_over_with_their_text(tmp_path: Path) -> None:
    content = load(json.loads(SNAPSHOT.read_text(encoding="utf-8")))
    (pdf, printed), = printed_both_ways({"78": build_progress_report(content)}, tmp_path).values()
    for heading in HEADINGS:
        assert _page_of(printed, heading) == _page_of(pdf, heading) == 1, heading  # page 2, with its text
    first_page = " ".join((PdfReader(str(printed)).pages[0].extract_text() or "").split())
    assert not first_page.endswith(HEADINGS[0])
