"""The corpus plans rendered as Word (layout tables, automatic numbering) and as PDF (wrapped
lines, page artefacts) import as well as the text files: same bars, same scorer."""
from __future__ import annotations

from pathlib import Path

import pytest
from plan_renderers import render_docx, render_pdf
from score_sets import hold_total, score_file
from test_corpus_scores import BARS, CORPUS, DOCUMENTS

from app.importers.blocks import Paragraph
from app.importers.readers import read_blocks


@pytest.mark.parametrize("render", [render_docx, render_pdf], ids=["docx", "pdf"])
def test_rendered_corpus_meets_the_bars(tmp_path: Path, render, capsys: pytest.CaptureFixture[str]) -> None:
    suffix = ".docx" if render is render_docx else ".pdf"
    scores = {name: score_file(CORPUS, name, render(CORPUS / f"{name}.txt", tmp_path / f"{name}{suffix}"))
              for name in DOCUMENTS}
    hold_total(capsys, scores, BARS, f"TOTAL {suffix}")


def test_docx_rendering_uses_word_numbering(tmp_path: Path) -> None:
    path = render_docx(CORPUS / f"{DOCUMENTS[0]}.txt", tmp_path / "plan.docx")
    labels = {b.numbering_label for b in read_blocks(path) if isinstance(b, Paragraph)}
    assert {"-", "+", "a."} <= labels
