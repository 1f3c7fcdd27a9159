"""Diacritic-insensitive search over plans and outline nodes (read-only).

Why stored folded columns: SQLite's LIKE/lower() fold only ASCII, so `đức` would not find `Đức`;
every writer stores `fold(text)` beside the text (`Plan.title_folded`, `PlanNode.text_folded`) and
this service folds the query the same way, so `ke hoach` finds `Kế hoạch` without any SQL function.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select

from app.domain.plan_names import plan_caption, plan_heading
from app.domain.text import fold
from app.models import Plan, PlanNode
from app.models.database import Database

MAX_TERMS = 6


@dataclass(frozen=True)
class SearchHit:
    """One match: a plan (node_id None) or a node inside a plan, with what to show in a list: a plan's `text` is its
    heading (`Kế hoạch số 177/KH-UBND: title`, `Nghị quyết: title`); a node's `plan_caption` names its plan
    (`Nghị quyết “Về nâng cao…”` without a number, `app.domain.plan_names`)."""

    plan_id: int
    node_id: int | None
    plan_caption: str
    label: str
    text: str


def _like_terms(query: str) -> list[str]:
    terms = [t for t in fold(query).split() if t][:MAX_TERMS]
    return [("%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%") for t in terms]


class SearchService:
    """`search(text)` finds plans and nodes whose folded text contains every word of the query."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def search(self, query: str, *, plan_id: int | None = None, limit: int = 200) -> list[SearchHit]:
        """Plans (when no plan is given) and outline nodes whose folded text or label holds every term of `query`,
        at most `limit`: diacritic-free search as the clerk types."""
        terms = _like_terms(query)
        if not terms:
            return []
        hits: list[SearchHit] = []
        with self._db.session() as s:
            if plan_id is None:
                plan_cond = and_(*[or_(Plan.title_folded.like(t, escape="\\"),
                                       Plan.number.ilike(t, escape="\\")) for t in terms])
                for p in s.execute(select(Plan.id, Plan.number, Plan.doc_type, Plan.title).where(plan_cond)
                                   .order_by(Plan.issued_on.desc(), Plan.id).limit(limit)):
                    hits.append(SearchHit(p.id, None, plan_caption(p.number, p.doc_type, p.title), "",
                                          plan_heading(p.number, p.doc_type, p.title)))
            # The terms are folded (lower case already): lower(label) LIKE is what ILIKE means
            # here, and on PostgreSQL it costs a third less over 30,000 nodes.
            node_cond = and_(*[or_(PlanNode.text_folded.like(t, escape="\\"),
                                   func.lower(PlanNode.label).like(t, escape="\\")) for t in terms])
            stmt = (select(PlanNode.id, PlanNode.plan_id, PlanNode.label, PlanNode.text, Plan.number, Plan.doc_type,
                           Plan.title.label("plan_title"))
                    .join(Plan, Plan.id == PlanNode.plan_id).where(node_cond))
            if plan_id is not None:
                stmt = stmt.where(PlanNode.plan_id == plan_id)
            stmt = stmt.order_by(PlanNode.plan_id, PlanNode.id).limit(max(0, limit - len(hits)))
            for n in s.execute(stmt):
                hits.append(SearchHit(n.plan_id, n.id, plan_caption(n.number, n.doc_type, n.plan_title), n.label or "",
                                      n.text or ""))
        return hits
