"""The importer on real plans written by provinces and ministries (issue 10), not by this project.

`tests/fixtures/real/` holds 23 documents as a legal-document website exports them, with gold
annotated by hand before the importer was run on them (NOTES-gold*.md, FIRST_RUN.md). The rules
were fixed on 18 of them; five were held aside at random and only scored (FIRST_RUN.md), so their
figures estimate what a plan nobody has seen gets (two of them, 99c7d8fff9e4572e and ceb89a53c7b93f00, were
spent as development data in session 8; their first-run figures stay in FIRST_RUN.md). The floors below are the
figures reached,
less a small margin, so that no later change slides back.

One document (a decision publishing administrative procedures) has no tasks at all: the scorer
gives it lead/support/deadline 0 even for a perfect empty answer, so the totals leave it out.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from score_sets import below, documents, hold_total, score_file

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"
DOCUMENTS = documents(REAL)
# spent in session 8 (development data since; their first-run lines stay in FIRST_RUN.md): 99c7d8fff9e4572e,
# ceb89a53c7b93f00
HELD_ASIDE = ("001c610b2efdcf0c", "192068354fd1ffe5", "a83fffe08d7aeed7")
NO_TASKS = "6e205b75bcc588b5"
# figures reached on the 22 documents with tasks, and on the five held aside, less a margin
# (session 5 structure, FIRST_RUN.md: 22 with tasks 0.955/0.953/0.967/0.961/0.944/0.973, held aside
# 0.870/0.862/0.948/0.976/0.771/1.000; session 6 leadsup: lead 0.979, support 0.972 on the 22; session 7
# actors: support 0.978; session 8 inherit: lead 0.981, support 0.986; 99c7d8fff9e4572e and ceb89a53c7b93f00
# spent, all session-8 branches merged: 22 with tasks 0.975/0.983/0.990/0.986/0.989/0.973, the three held
# aside 0.981/0.989/0.979/0.972/0.952/1.000; session 10 spendparty: header 0.973 → 1.000 on the 22, a `V/V`
# subject in capitals and a decision named by the caption of the plan it issues)
FLOORS_ALL = {"recall": 0.965, "precision": 0.973, "lead": 0.98, "support": 0.976, "deadline": 0.979,
              "header": 0.99}
FLOORS_HELD = {"recall": 0.97, "precision": 0.98, "lead": 0.97, "support": 0.96, "deadline": 0.94,
               "header": 0.99}
# documents whose failure a fix removed: ae8d299abf846604's broken annex table's time column (deadline work);
# session 8: 99c7d8fff9e4572e's time field written as a sentence, its emulation contents and closing words;
# ceb89a53c7b93f00's agency headings holding a verb, closing request and labelled-figure targets; ad5aff6c's
# paragraphs under a body's heading one duty; f069c23c's `b) Chủ trì, phối hợp` over dashes; session 10: ae8d299's
# number and date from its plan's caption, 62f25a03's `V/V …` subject no item V; session 15: the paragraph naming
# its own actors below a numbered item a task of its own (86367f2d IV/2, f004d93b VI/18)
FIXED = {"86367f2ddb2225cd": {"recall": 0.94}, "f004d93b21e7fc5f": {"recall": 0.99},
         "ae8d299abf846604": {"deadline": 0.99, "lead": 0.99, "support": 0.99, "header": 0.99},
         "62f25a030c183151": {"header": 0.99, "precision": 0.92},
         "99c7d8fff9e4572e": {"deadline": 0.99, "precision": 0.99, "lead": 0.99, "recall": 0.85},
         "ceb89a53c7b93f00": {"recall": 0.99, "precision": 0.99, "lead": 0.99, "targets": 0.99},
         "ad5aff6c13929815": {"precision": 0.95, "lead": 0.99},
         "f069c23c942c1ec6": {"lead": 0.99, "support": 0.97}}


@pytest.fixture(scope="module")
def real_scores() -> dict[str, dict[str, float]]:
    return {name: score_file(REAL, name) for name in DOCUMENTS}


def test_real_set_is_complete() -> None:
    assert len(DOCUMENTS) == 23
    assert set(HELD_ASIDE) <= set(DOCUMENTS) and NO_TASKS in DOCUMENTS


def test_real_plans_hold_their_scores(real_scores: dict[str, dict[str, float]],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    hold_total(capsys, {n: s for n, s in real_scores.items() if n != NO_TASKS}, FLOORS_ALL, "TOTAL 22 with tasks")


def test_plans_held_aside_hold_their_scores(real_scores: dict[str, dict[str, float]],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    hold_total(capsys, {n: real_scores[n] for n in HELD_ASIDE}, FLOORS_HELD, "TOTAL held aside")


def test_fixed_documents_stay_fixed(real_scores: dict[str, dict[str, float]]) -> None:
    for name, floors in FIXED.items():
        low = below(real_scores[name], floors)
        assert not low, f"{name}: {low} below {floors}"


def test_the_decision_without_tasks_yields_none(real_scores: dict[str, dict[str, float]]) -> None:
    assert real_scores[NO_TASKS]["pred"] == 0
