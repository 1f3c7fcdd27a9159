"""An imported plan's parts → the rows that store them: its bases, its outline (nodes, assignments, deadlines),
its targets and its reporting rules.

Kept apart from `plan_import` (the use case: refuse a stored plan or replace it, one transaction, one audit entry,
the outcome) because writing the rows is one job of its own, the same for a new plan and a replaced one: a node or
target `Replacement` matched keeps its row (and so its id, progress and measurements) and takes the document's
fields, and what the clerk set by hand (a deadline override or trigger, a reporting rule switched off) stays.
"""
from __future__ import annotations

import re

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.deadline_phrases import parse_deadline
from app.domain.reporting import parse_reporting_rules
from app.domain.text import fold
from app.importers.result import ImportedNode, ImportedPlan
from app.models import Assignment, NodeDeadline, Plan, PlanBasis, PlanNode, PlanReportingRule, SourceDocument, Target
from app.services.mention_matching import MentionMatcher, is_name
from app.services.plan_replace import Replacement

FREQUENCY_CODES = {"month": "M", "quarter": "Q", "half": "H", "nine_months": "9M", "year": "Y"}
_FOCAL = re.compile(r"\bvề\s+((?:Sở|Văn phòng|Ban|Thanh tra)\s[^,.;(]+?)(?=\s+(?:để|trước|theo)\b|[,.;(]|$)")
_DOC_TYPE = re.compile(r"[-/]([A-ZĐ]{1,4})(?:[-/]|$)")


def write_bases(s: Session, row: Plan, plan: ImportedPlan) -> None:
    """The documents the plan is based on (`Căn cứ …`), each stored once however many plans cite it."""
    for number in dict.fromkeys(plan.bases):
        source = s.scalar(select(SourceDocument).where(SourceDocument.number == number))
        if source is None:
            match = _DOC_TYPE.search(number)
            source = SourceDocument(number=number, doc_type=match.group(1) if match else None)
            s.add(source)
            s.flush()
        s.add(PlanBasis(plan_id=row.id, source_document_id=source.id))


def write_outline(s: Session, row: Plan, plan: ImportedPlan, matcher: MentionMatcher,
                  replacement: Replacement | None = None) -> dict[tuple[str, ...], int]:
    """Write the tree level by level (one flush per depth), then assignments and deadlines.

    When replacing, a node matched with a stored one updates that row (same id) instead of
    inserting: its place, label, kind and text, assignments and deadline phrase come from the
    document; a deadline override or trigger the clerk entered stays."""
    plan_year = plan.date.year if plan.date else None
    reuse = replacement.node_reuse if replacement else {}
    deadlines: dict[int, NodeDeadline] = {}
    if reuse:
        kept = [n.id for n in reuse.values()]
        for start in range(0, len(kept), 500):
            chunk = kept[start:start + 500]
            s.execute(delete(Assignment).where(Assignment.node_id.in_(chunk)),
                      execution_options={"synchronize_session": False})
            deadlines.update((d.node_id, d) for d in s.scalars(
                select(NodeDeadline).where(NodeDeadline.node_id.in_(chunk))))
    by_path: dict[tuple[str, ...], int] = {}
    level: list[tuple[ImportedNode, int | None, int]] = [(n, None, i) for i, n in enumerate(plan.nodes)]
    while level:
        rows = []
        for node, parent_id, position in level:
            text = node.text or ""
            fields = dict(plan_id=row.id, parent_id=parent_id, position=position,
                          label=(node.label or "")[:40], kind=node.kind, text=text, text_folded=fold(text))
            stored = reuse.get(id(node))
            if stored is None:
                stored = PlanNode(**fields)
                s.add(stored)
            else:
                for key, value in fields.items():
                    setattr(stored, key, value)
            rows.append(stored)
        s.flush()
        following: list[tuple[ImportedNode, int | None, int]] = []
        for (node, _, _), node_row in zip(level, rows, strict=True):
            by_path.setdefault(tuple(node.path), node_row.id)
            _assign(s, node_row.id, node, matcher)
            _deadline(s, node_row.id, node, plan_year, deadlines.get(node_row.id))
            following.extend((child, node_row.id, i) for i, child in enumerate(node.children))
        level = following
    return by_path


def write_targets(s: Session, row: Plan, plan: ImportedPlan, by_path: dict[tuple[str, ...], int],
                  replacement: Replacement | None) -> None:
    """The document's targets; a target matched with a stored one keeps its row (and so its
    measurements), with the figures of the new document."""
    reuse = replacement.target_reuse if replacement else {}
    for position, target in enumerate(plan.targets):
        fields = dict(plan_id=row.id, node_id=by_path.get(tuple(target.path)), position=position,
                      path=list(target.path), indicator=target.indicator, comparator=target.comparator,
                      value=float(target.value), unit=target.unit or "", baseline_year=target.baseline_year,
                      deadline_phrase=target.deadline_text)
        stored = reuse.get(position)
        if stored is None:
            s.add(Target(**fields))
        else:
            for key, value in fields.items():
                setattr(stored, key, value)


def write_reporting(s: Session, row: Plan, plan: ImportedPlan, matcher: MentionMatcher) -> None:
    """The reporting rules of the document (replacing: a rule the clerk switched off stays off)."""
    stored = s.scalars(select(PlanReportingRule).where(PlanReportingRule.plan_id == row.id)).all()
    inactive = {(r.frequency, r.day, r.month) for r in stored if not r.active}
    for old in stored:
        s.delete(old)
    for clause in plan.reporting:
        for rule in parse_reporting_rules(clause):
            frequency = FREQUENCY_CODES[rule.frequency.value]
            s.add(PlanReportingRule(plan_id=row.id, frequency=frequency, day=rule.day, month=rule.month,
                                    phrase=clause, active=(frequency, rule.day, rule.month) not in inactive))
        focal = _FOCAL.search(clause)
        if focal and row.focal_agency_id is None:
            found = matcher.known(focal.group(1))
            if found is not None and found[0] == "agency":
                row.focal_agency_id = found[1]


def _assign(s: Session, node_id: int, node: ImportedNode, matcher: MentionMatcher) -> None:
    """The node's lead and support agencies, each matched against the directory once per role."""
    position = 0
    seen: set[tuple[str, str, int]] = set()
    for role, mentions in (("lead", node.lead), ("support", node.support)):
        for mention in mentions:
            if not is_name(mention):
                continue  # a cell bar or a figure read as an agency (shown in the review), never stored
            kind, ident = matcher.resolve(mention)
            if (role, kind, ident) in seen:
                continue
            seen.add((role, kind, ident))
            s.add(Assignment(node_id=node_id, role=role, mention=mention[:300], position=position,
                             agency_id=ident if kind == "agency" else None,
                             group_id=ident if kind == "group" else None))
            position += 1


def _deadline(s: Session, node_id: int, node: ImportedNode, plan_year: int | None,
              stored: NodeDeadline | None) -> None:
    """The node's deadline from the document; a stored override or trigger is kept."""
    if node.deadline_text:
        meaning = parse_deadline(node.deadline_text, plan_year=plan_year)
        fields = dict(phrase=node.deadline_text, kind=meaning.kind.value, params=meaning.to_dict())
    elif stored is not None and (stored.override_date or stored.trigger_date):
        fields = dict(phrase="", kind="unknown", params={})
    else:
        if stored is not None:
            s.delete(stored)
        return
    if stored is None:
        s.add(NodeDeadline(node_id=node_id, **fields))
    else:
        for key, value in fields.items():
            setattr(stored, key, value)
