"""The importer on a held-out set of full-length real documents (issue 10): `tests/fixtures/real4/`.

One Fatherland Front guidance document of a commune (8637e63aa9f425ca) with gold written before any run (SOURCES.md,
NOTES.md); the set's two Government documents (a resolution and its indicator annex) were spent in session 7, its
provincial guidance in session 8 and the commune's other guidance in session 9, all four moved to real2 (README.md).
The set stays held out: importer authors read only the score lines this test prints. The floors are the
one document's own first run (main 0181b2f, FIRST_RUN.md: recall 0.900, precision 0.818, lead 0.963, support 0.741,
deadline 0.815) less 0.03, so a later change cannot silently take it below; they are not targets to tune against.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from score_sets import documents, hold_total, score_file

REAL4 = Path(__file__).resolve().parent.parent / "fixtures" / "real4"
DOCUMENTS = documents(REAL4)
# the one document's own first run (main 0181b2f: 0.900/0.818/0.963/0.741/0.815) less 0.03, the rule every floor of
# this set followed; session 9 raised them to it after spending a095b7d9d45fed2a (the two held until then had floors
# from their mean: 0.563/0.441/0.618/0.591/0.544)
FLOORS = {"recall": 0.870, "precision": 0.788, "lead": 0.933, "support": 0.711, "deadline": 0.785,
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
