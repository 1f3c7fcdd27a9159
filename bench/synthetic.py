"""The rows the bench databases are built from (`bench_reports`, `exchange_data`, `make_big_db`).

Each bench writes a large plan straight through SQLAlchemy inserts (the services would take
minutes); the rows a table needs beyond what the bench chooses — folded names for search, the
deadline's parsed meaning, version 1 — are written here once, so they follow the schema together.
The benches keep their own sizes, names and random draws.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.deadline_phrases import parse_deadline
from app.domain.text import fold
from app.models import Agency, Assignment, NodeDeadline, PlanNode, ProgressUpdate

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"
Row = dict[str, Any]


def corpus_texts() -> list[str]:
    """Every gold task text of the five corpus plans: real task wording to draw from."""
    texts = []
    for path in sorted(CORPUS.glob("*.gold.json")):
        texts += [t["text"] for t in json.loads(path.read_text(encoding="utf-8"))["tasks"]]
    return texts


def insert_agencies(s: Session, names: list[str]) -> None:
    """The agencies `names`, ids 1..n in order (the benches draw leads by id)."""
    s.execute(insert(Agency), [dict(id=i + 1, name=n, name_folded=fold(n), kind="so", active=True,
                                    proposed=False, version=1) for i, n in enumerate(names)])


def node_row(node_id: int, plan_id: int, parent_id: int | None, position: int, label: str, kind: str,
             text: str) -> Row:
    return dict(id=node_id, plan_id=plan_id, parent_id=parent_id, position=position, label=label, kind=kind,
                text=text, text_folded=fold(text), version=1)


def deadline_row(node_id: int, phrase: str, plan_year: int) -> Row:
    """The deadline `phrase` with the meaning the program would store for it."""
    meaning = parse_deadline(phrase, plan_year=plan_year)
    return dict(node_id=node_id, phrase=phrase, kind=meaning.kind.value, params=meaning.to_dict(), version=1)


def lead_and_support(node_id: int, lead: int, support: int) -> list[Row]:
    return [dict(node_id=node_id, agency_id=lead, role="lead", position=0),
            dict(node_id=node_id, agency_id=support, role="support", position=1)]


def insert_tasks(s: Session, nodes: list[Row], deadlines: list[Row], assignments: list[Row],
                 progress: list[Row]) -> None:
    """The plan's nodes and what hangs on them, parents before children."""
    s.execute(insert(PlanNode), nodes)
    s.execute(insert(NodeDeadline), deadlines)
    s.execute(insert(Assignment), assignments)
    s.execute(insert(ProgressUpdate), progress)
