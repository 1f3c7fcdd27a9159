"""The importer on real3's Party half (issue 10): seven real document openings spent in session 10.

`tests/fixtures/real3/` holds thirteen openings of real documents (the first ~2,000 characters a website showed),
gold written in session 4 before any run. The seven of the Party share (Party committees, an HĐND, the Youth
Union; SOURCES_party.md, NOTES_party.md) were held out until session 10 and are now development data; the six
state openings stay held out and are not scored here (importer authors read only their score lines).

Five of the seven are cut before their duties or hold one, so the set tests the header and that nothing of a
preamble is taken for a task; lead/support/deadline totals are means over documents with no matched task (0 by
the scorer's definition) and say little, so the floors hold the total recall, precision and header and each
document's own fixed fields. Scored on the extraction (`extract_plan`), which reads the header of a document with
no task too (`import-plan` refuses it: no task to import). Session 10 (spendparty), main 0d6c55e → branch:
header 0.457 → 0.829, 515abff7 lead 0.500 → 1.000 (FIRST_RUN.md, "Session 10 (spendparty)"). Session 15 (outline2):
header 0.829 → 1.000 (826eaadb's header exported on one line, 933fcdaf's title from the submission it considers).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from score_sets import below, hold_total, score_file

REAL3 = Path(__file__).resolve().parent.parent / "fixtures" / "real3"
PARTY = ("515abff7855ccc13", "826eaadb8bebff8e", "933fcdafd5f9f91d", "b0c9d793c34d4bf3", "b7ad7dcc77633cbd",
         "fd2557311207fb98", "fd454a2811cf28e5")
# reached in session 10 (0.857/0.857/header 0.829), less a margin; one more missed or false task drops recall or
# precision by 0.14
FLOORS = {"recall": 0.85, "precision": 0.85, "targets": 0.97, "header": 0.97}
# what each document reached in session 10 (its header read; 515abff7's lead), less a margin
PER_DOCUMENT = {
    "515abff7855ccc13": {"recall": 0.99, "precision": 0.99, "lead": 0.99, "header": 0.99},  # a page's caption
    "826eaadb8bebff8e": {"recall": 0.99, "precision": 0.99, "header": 0.99},  # the whole header on one line
    "933fcdafd5f9f91d": {"recall": 0.99, "precision": 0.99, "lead": 0.99, "header": 0.99},  # no title printed
    "b0c9d793c34d4bf3": {"precision": 0.99, "header": 0.99},  # number row flattened with its place-date
    "b7ad7dcc77633cbd": {"precision": 0.99, "header": 0.99},  # a scan's type line; a conference title block
    "fd2557311207fb98": {"precision": 0.99, "header": 0.99},  # a portal's lead above the reposted document
    "fd454a2811cf28e5": {"precision": 0.99, "header": 0.99},  # a header hard-wrapped cell by cell
}


@pytest.fixture(scope="module")
def party_scores() -> dict[str, dict[str, float]]:
    return {name: score_file(REAL3, name) for name in PARTY}


def test_real3_party_half_is_complete() -> None:
    assert all((REAL3 / f"{name}.txt").is_file() and (REAL3 / f"{name}.gold.json").is_file() for name in PARTY)


def test_real3_party_openings_hold_their_scores(party_scores: dict[str, dict[str, float]],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    hold_total(capsys, party_scores, FLOORS, "TOTAL real3 party")
    low = {name: fell for name, floors in PER_DOCUMENT.items() if (fell := below(party_scores[name], floors))}
    assert not low, low
