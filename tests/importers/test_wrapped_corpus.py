"""The corpus plans hard-wrapped as a PDF or an e-mail saves them (every line cut at a column)
import as well as the originals: same bars, same scorer, at narrow and wide columns."""
from __future__ import annotations

import textwrap

import pytest
from score_sets import gold_of, hold_total
from scoring import score
from test_corpus_scores import BARS, CORPUS, DOCUMENTS

from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text


def _wrapped(text: str, width: int) -> str:
    out: list[str] = []
    for raw in text.split("\n"):
        if len(raw) <= width or raw.lstrip().startswith("|"):
            out.append(raw)
        else:
            out.extend(textwrap.wrap(raw, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


@pytest.mark.parametrize("width", [60, 72, 88])
def test_hard_wrapped_corpus_meets_the_bars(width: int, capsys: pytest.CaptureFixture[str]) -> None:
    scores = {}
    for name in DOCUMENTS:
        text = _wrapped((CORPUS / f"{name}.txt").read_text(encoding="utf-8"), width)
        scores[name] = score(gold_of(CORPUS, name), extract_plan(parse_text(text)).to_annotation_dict())
    hold_total(capsys, scores, BARS, f"TOTAL wrapped at {width}")
