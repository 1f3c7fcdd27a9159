"""The importer on a held-out set of full-length real documents (issue 10): `tests/fixtures/real4/`.

One Fatherland Front guidance document of a commune (8637e63aa9f425ca) with gold written before any run (SOURCES.md,
NOTES.md); the set's two Government documents (a resolution and its indicator annex) were spent in session 7, its
provincial guidance in session 8 and the commune's other guidance in session 9, all four moved to real2 (README.md).
The set stays held out: importer authors read only the score lines this test prints. The floors are unchanged since
session 5 (the first run's figures less 0.03, over the documents the set then held); the one document left is above
them at its own first run (main 0181b2f, FIRST_RUN.md: recall 0.900, precision 0.818, lead 0.963, support 0.741,
deadline 0.815), so a later change cannot silently take it below; they are not targets to tune against.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from score_sets import documents, hold_total, score_file

REAL4 = Path(__file__).resolve().parent.parent / "fixtures" / "real4"
DOCUMENTS = documents(REAL4)
# first run of the two held until session 9 (main 0181b2f, per-document mean as the shared scorer) less 0.03 —
# the rule the three documents' floors followed before session 8 moved 997dae6b99cea1fd out (with it:
# 0.543/0.487/0.655/0.664/0.446);
# recall and support lowered, by session 5's one change on this set: the merged task-level rule (`+` sub-items of
# dashes are details) changed which 2 of a095b7d9d45fed2a's 7 gold tasks match (3 before), its recall 0.429 → 0.286
# and support 1.0 → 0.5 while its lead and deadline rose 0.33 → 1.0 (FIRST_RUN.md); floors for those two = that run
# (mean of the two 0.593 / 0.621) less 0.03; session 9 spent a095b7d9d45fed2a and left the floors as they were
FLOORS = {"recall": 0.563, "precision": 0.441, "lead": 0.618, "support": 0.591, "deadline": 0.544,
          "targets": 0.970, "header": 0.970}


@pytest.fixture(scope="module")
def real4_scores() -> dict[str, dict[str, float]]:
    return {name: score_file(REAL4, name) for name in DOCUMENTS}


def test_real4_set_is_complete() -> None:
    assert DOCUMENTS == ["8637e63aa9f425ca"]
    assert all((REAL4 / f"{name}.txt").is_file() for name in DOCUMENTS)


def test_real4_plans_hold_their_scores(real4_scores: dict[str, dict[str, float]],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    hold_total(capsys, real4_scores, FLOORS, "TOTAL real4")
