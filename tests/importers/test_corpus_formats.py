"""The corpus plans rendered as Word (layout tables, automatic numbering) and as PDF (wrapped
lines, page artefacts) import as well as the text files: same bars, same scorer."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from plan_renderers import render_docx, render_pdf
from scoring import line, score, total
from test_corpus_scores import BARS, CORPUS, DOCUMENTS

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.readers import read_blocks


@pytest.mark.parametrize("render", [render_docx, render_pdf], ids=["docx", "pdf"])
def test_rendered_corpus_meets_the_bars(tmp_path: Path, render, capsys: pytest.CaptureFixture[str]) -> None:
    scores = {}
    suffix = ".docx" if render is render_docx else ".pdf"
    for name in DOCUMENTS:
        path = render(CORPUS / f"{name}.txt", tmp_path / f"{name}{suffix}")
        gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
        scores[name] = score(gold, extract_plan(read_blocks(path)).to_annotation_dict())
    overall = total(list(scores.values()))
    report = "\n".join([line(n, s) for n, s in scores.items()] + [line(f"TOTAL {suffix}", overall)])
    with capsys.disabled():
        print("\n" + report)
    below = {m: round(overall[m], 3) for m, bar in BARS.items() if overall[m] < bar}
    assert not below, report


def test_docx_rendering_uses_word_numbering(tmp_path: Path) -> None:
    path = render_docx(CORPUS / f"{DOCUMENTS[0]}.txt", tmp_path / "plan.docx")
    labels = {b.numbering_label for b in read_blocks(path) if isinstance(b, Paragraph)}
    assert {"-", "+", "a."} <= labels
