"""Every line of the PDF sits where LibreOffice prints the DOCX (`layouts.first_baseline`): reportlab put a
paragraph's first baseline one font size under its line box's top, 0.8–0.9 pt lower than LibreOffice, which keeps
the descent under the baseline and the rest of the box above it (an exact line: 80 % of it above), and the annex
cells' lines 0.25 pt higher. Measured from the text matrix of both printings of the same document."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.exporters.builders import build_progress_report
from app.exporters.document import Format
from tests.exporters.samples import progress_content
from tests.services.reports.libreoffice import printed_both_ways


def _baselines(pdf: Path, pages: int = 3) -> dict[tuple[int, str], float]:
    """The baseline (pt from the page's top) of the first text drawn with each string, page by page."""
    out: dict[tuple[int, str], float] = {}
    for number, page in enumerate(PdfReader(str(pdf)).pages[:pages]):
        height = float(page.mediabox.height)

        def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float,
                  number: int = number, height: float = height) -> None:
            if len(text.strip()) > 3:
                out.setdefault((number, text.strip()), height - (tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=visit)
    return out


def test_the_pdf_sets_its_lines_where_libreoffice_does(tmp_path: Path) -> None:
    docs = {"state": build_progress_report(progress_content()),  # single lines; the annex tables
            "hd05": build_progress_report(progress_content(Format.PARTY_HD05))}  # exact 18 pt lines
    for name, (pdf, printed) in printed_both_ways(docs, tmp_path).items():
        ours, theirs = _baselines(pdf), _baselines(printed)
        shared = ours.keys() & theirs.keys()
        assert len(shared) >= 20, name
        worst = max(shared, key=lambda k: abs(ours[k] - theirs[k]))
        assert abs(ours[worst] - theirs[worst]) < 0.2, (name, worst, ours[worst], theirs[worst])
