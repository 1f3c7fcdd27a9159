"""The whole importer (reader + extraction rules) meets DESIGN.md §8's bars on the corpus.

The five plans and their gold files are copied under tests/fixtures/corpus so the suite is
self-contained; `scoring.py` implements ANNOTATION.md's rules. The bars are on the TOTAL line
(the average over documents), like `score_import.py`.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from score_sets import documents, hold_total, score_file

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
BARS = {"recall": 0.95, "precision": 0.90, "lead": 0.90, "support": 0.85, "deadline": 0.90,
        "targets": 0.80, "header": 0.90}
DOCUMENTS = documents(CORPUS)


def test_corpus_is_complete() -> None:
    assert len(DOCUMENTS) == 5
    assert all((CORPUS / f"{name}.txt").is_file() for name in DOCUMENTS)


def test_total_scores_meet_the_bars(capsys: pytest.CaptureFixture[str]) -> None:
    hold_total(capsys, {name: score_file(CORPUS, name) for name in DOCUMENTS}, BARS)
