"""The importer on real plans written by provinces and ministries (issue 10), not by this project.

`tests/fixtures/real/` holds 23 documents as a legal-document website exports them, with gold
annotated by hand before the importer was run on them (NOTES-gold*.md, FIRST_RUN.md). The rules
were fixed on 18 of them; five were held aside at random and only scored (FIRST_RUN.md), so their
figures estimate what a plan nobody has seen gets. The floors below are the figures reached,
less a small margin, so that no later change slides back.

One document (a decision publishing administrative procedures) has no tasks at all: the scorer
gives it lead/support/deadline 0 even for a perfect empty answer, so the totals leave it out.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring import line, score, total

from app.importers.extract import extract_plan
from app.importers.readers import read_blocks

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"
DOCUMENTS = sorted(p.name[: -len(".gold.json")] for p in REAL.glob("*.gold.json"))
HELD_ASIDE = ("001c610b2efdcf0c", "192068354fd1ffe5", "99c7d8fff9e4572e", "a83fffe08d7aeed7", "ceb89a53c7b93f00")
NO_TASKS = "6e205b75bcc588b5"
# figures reached on the 22 documents with tasks, and on the five held aside, less a margin
# (session 5 structure, FIRST_RUN.md: 22 with tasks 0.955/0.953/0.967/0.961/0.944/0.973, held aside
# 0.870/0.862/0.948/0.976/0.771/1.000; session 6 leadsup: lead 0.979, support 0.972 on the 22; session 7
# actors: support 0.978; session 8 inherit: lead 0.981, support 0.986)
FLOORS_ALL = {"recall": 0.945, "precision": 0.945, "lead": 0.975, "support": 0.98, "deadline": 0.93,
              "header": 0.96}
FLOORS_HELD = {"recall": 0.86, "precision": 0.865, "lead": 0.94, "support": 0.96, "deadline": 0.76,
               "header": 0.97}
# a document whose failure the deadline work fixed: its broken annex table's time column
FIXED = {"ae8d299abf846604": {"deadline": 0.99, "lead": 0.99, "support": 0.99},
         # session 8 inherit: paragraphs under a body's heading one duty; `b) Chủ trì, phối hợp` over dashes
         "ad5aff6c13929815": {"precision": 0.95, "lead": 0.99},
         "f069c23c942c1ec6": {"lead": 0.99, "support": 0.97}}


def _score(name: str) -> dict[str, float]:
    gold = json.loads((REAL / f"{name}.gold.json").read_text(encoding="utf-8"))
    return score(gold, extract_plan(read_blocks(REAL / f"{name}.txt")).to_annotation_dict())


@pytest.fixture(scope="module")
def real_scores() -> dict[str, dict[str, float]]:
    return {name: _score(name) for name in DOCUMENTS}


def test_real_set_is_complete() -> None:
    assert len(DOCUMENTS) == 23
    assert set(HELD_ASIDE) <= set(DOCUMENTS) and NO_TASKS in DOCUMENTS


def _check(scores: dict[str, dict[str, float]], floors: dict[str, float], title: str) -> None:
    overall = total(list(scores.values()))
    report = "\n".join([line(name, s) for name, s in scores.items()] + [line(f"TOTAL {title}", overall)])
    print("\n" + report)
    below = {m: round(overall[m], 3) for m, floor in floors.items() if overall[m] < floor}
    assert not below, f"below the floors {floors}:\n{report}"


def test_real_plans_hold_their_scores(real_scores: dict[str, dict[str, float]],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        _check({n: s for n, s in real_scores.items() if n != NO_TASKS}, FLOORS_ALL, "22 with tasks")


def test_plans_held_aside_hold_their_scores(real_scores: dict[str, dict[str, float]],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        _check({n: real_scores[n] for n in HELD_ASIDE}, FLOORS_HELD, "held aside")


def test_fixed_documents_stay_fixed(real_scores: dict[str, dict[str, float]]) -> None:
    for name, floors in FIXED.items():
        below = {m: round(real_scores[name][m], 3) for m, floor in floors.items() if real_scores[name][m] < floor}
        assert not below, f"{name}: {below} below {floors}"


def test_the_decision_without_tasks_yields_none(real_scores: dict[str, dict[str, float]]) -> None:
    assert real_scores[NO_TASKS]["pred"] == 0
