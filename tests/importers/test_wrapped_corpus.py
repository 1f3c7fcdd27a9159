"""The corpus plans hard-wrapped as a PDF or an e-mail saves them (every line cut at a column)
import as well as the originals: same bars, same scorer, at narrow and wide columns."""
from __future__ import annotations

import json
import textwrap

import pytest
from scoring import line, score, total
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
        gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = _wrapped((CORPUS / f"{name}.txt").read_text(encoding="utf-8"), width)
        scores[name] = score(gold, extract_plan(parse_text(text)).to_annotation_dict())
    overall = total(list(scores.values()))
    report = "\n".join([line(n, s) for n, s in scores.items()] + [line(f"TOTAL wrapped at {width}", overall)])
    with capsys.disabled():
        print("\n" + report)
    below = {m: round(overall[m], 3) for m, bar in BARS.items() if overall[m] < bar}
    assert not below, report
