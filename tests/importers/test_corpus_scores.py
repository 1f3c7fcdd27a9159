"""The whole importer (reader + extraction rules) meets DESIGN.md §8's bars on the corpus.

The five plans and their gold files are copied under tests/fixtures/corpus so the suite is
self-contained; `scoring.py` implements ANNOTATION.md's rules. The bars are on the TOTAL line
(the average over documents), like `score_import.py`.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring import line, score, total

from app.importers.extract import extract_plan
from app.importers.readers import read_blocks

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
BARS = {"recall": 0.95, "precision": 0.90, "lead": 0.90, "support": 0.85, "deadline": 0.90,
        "targets": 0.80, "header": 0.90}
DOCUMENTS = sorted(p.name[: -len(".gold.json")] for p in CORPUS.glob("*.gold.json"))


def _score(name: str) -> dict[str, float]:
    gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
    plan = extract_plan(read_blocks(CORPUS / f"{name}.txt"))
    return score(gold, plan.to_annotation_dict())


def test_corpus_is_complete() -> None:
    assert len(DOCUMENTS) == 5
    assert all((CORPUS / f"{name}.txt").is_file() for name in DOCUMENTS)


def test_total_scores_meet_the_bars(capsys: pytest.CaptureFixture[str]) -> None:
    scores = {name: _score(name) for name in DOCUMENTS}
    overall = total(list(scores.values()))
    report = "\n".join([line(name, s) for name, s in scores.items()] + [line("TOTAL", overall)])
    with capsys.disabled():
        print("\n" + report)
    below = {m: round(overall[m], 3) for m, bar in BARS.items() if overall[m] < bar}
    assert not below, f"below the bars {BARS}:\n{report}"
