"""Export: one workbook per agency for a plan and a period, with the rows it must report on.

The rows are the tasks `app.domain.register` says the agency is expected to report on (lead or
support, through groups too), in the plan's order. Each row is prefilled with the agency's entry
for this period when one exists (its `id:version` goes into the row key, so an edit at the desk
after the export is recognised as a conflict on import) and shows its latest earlier result.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.exchange import RowKey
from app.domain.periods import Period
from app.domain.reporting import period_due_date
from app.domain.task_state import ProgressStatus
from app.domain.text import fold, sort_key
from app.errors import InputError
from app.exporters.exchange_workbook import ExchangeHeader, ExchangeRow
from app.models import Agency, Plan, PlanNode, ProgressUpdate
from app.services.exchange.unreached import empty_groups, unreached_message
from app.services.register import expected_in, plan_reporting_rules, unconfirmed_agencies, window_scheme
from app.services.reports.collect import plan_name
from app.services.task_states import load_node_views
from app.services.views import NodeView

ROLE = {"lead": "Chủ trì", "support": "Phối hợp"}


@dataclass(frozen=True)
class WorkbookPlan:
    """One workbook to write: where, for whom, and its content."""

    agency_id: int
    agency_name: str
    file_name: str
    header: ExchangeHeader
    rows: list[ExchangeRow]


def plan_workbooks(s: Session, plan: Plan, period: Period, identity: str, agency_ids: list[int] | None,
                   as_of: dt.date, office: str) -> list[WorkbookPlan]:
    """The workbooks to write (nothing written yet), agencies in Vietnamese alphabetical order."""
    expected = expected_in(s, plan.id, period, as_of)
    names = dict(s.execute(select(Agency.id, Agency.name)).all())
    # by default none to a name the directory does not know yet: it owes no report (`app.domain.register`); the
    # clerk may still name one
    unconfirmed = unconfirmed_agencies(s)
    wanted = [a for a in expected if a not in unconfirmed] if agency_ids is None else agency_ids
    named = plan_name(plan)
    for agency in wanted:
        if agency not in expected:
            raise InputError(f"{names.get(agency, agency)} không có nhiệm vụ phải báo cáo trong kỳ {period.code} "
                             f"của {named[:1].lower()}{named[1:]}.")
    if not wanted and expected:
        raise InputError(f"{len(expected)} cơ quan phải báo cáo kỳ {period.code} của {named[:1].lower()}{named[1:]} "
                         "đều là tên từ kế hoạch chưa có trong danh bạ: hãy thêm vào danh bạ (hoặc cho biết đó là tên "
                         "khác của cơ quan nào) rồi gửi phiếu.")
    if not wanted:
        groups = empty_groups(s, plan.id, period, as_of)
        raise InputError(f"{named} không có nhiệm vụ nào phải báo cáo trong kỳ {period.code}"
                         + (f" gửi được cho cơ quan nào. {unreached_message(groups, period.code)}" if groups else "."))
    views = {v.id: v for v in load_node_views(s, plan.id, as_of)}
    order = {node_id: i for i, node_id in enumerate(views)}
    current, previous = _entries(s, plan.id, period.code, as_of)
    scheme = window_scheme(s)
    window = period.window(scheme)
    due = period_due_date(plan_reporting_rules(s, plan.id), period, scheme)
    used: set[str] = set()
    out = []
    for agency in sorted(wanted, key=lambda a: sort_key(names.get(a, ""))):
        header = ExchangeHeader(
            office=office, plan_number=plan.number or "", plan_title=plan.title or "",
            agency_name=names.get(agency, "?"), period_code=period.code, period_label=period.label,
            window_start=window.start, window_end=window.end, due=due, database=identity, plan_id=plan.id,
            agency_id=agency, file_id=uuid.uuid4().hex, exported_on=dt.date.today(), plan_name=named,
        )
        tasks = [node for node in sorted(expected[agency], key=lambda n: order.get(n, 0)) if node in views]
        rows = [_row(views[node], stt, agency, period.code, identity, current.get((node, agency)),
                     previous.get((node, agency), ""))
                for stt, node in enumerate(tasks, start=1)]
        out.append(WorkbookPlan(agency, header.agency_name, _file_name(header.agency_name, period.code, agency, used),
                                header, rows))
    return out


def _entries(s: Session, plan_id: int, code: str, as_of: dt.date
             ) -> tuple[dict[tuple[int, int], ProgressUpdate], dict[tuple[int, int], str]]:
    """This period's entries by (node, agency), and each pair's latest earlier non-empty result."""
    current: dict[tuple[int, int], ProgressUpdate] = {}
    previous: dict[tuple[int, int], str] = {}
    rows = s.scalars(select(ProgressUpdate).join(PlanNode, PlanNode.id == ProgressUpdate.node_id)
                     .where(PlanNode.plan_id == plan_id)
                     .order_by(ProgressUpdate.reported_on, ProgressUpdate.id))
    for row in rows:
        pair = (row.node_id, row.agency_id)
        if row.period == code:
            current[pair] = row
        elif row.reported_on <= as_of and row.result.strip():
            previous[pair] = row.result.strip()
    return current, previous


def _row(view: NodeView, stt: int, agency: int, code: str, identity: str, entry: ProgressUpdate | None,
         previous: str) -> ExchangeRow:
    """STT is the row's number in this workbook, as on every form an agency fills: the stored
    label of a bullet item (`•1`, `-2`) means nothing to the agency's clerk."""
    role = "lead" if any(a.role == "lead" and (a.agency_id == agency or agency in a.member_ids)
                         for a in view.assignees) else "support"
    key = RowKey(identity, view.plan_id, code, agency, view.id, f"{entry.id}:{entry.version}" if entry else "")
    state = view.state.label if view.state else ""
    if entry is None:
        return ExchangeRow(key, str(stt), view.text, ROLE[role], view.deadline_phrase, state, previous)
    return ExchangeRow(key, str(stt), view.text, ROLE[role], view.deadline_phrase, state, previous,
                       status=ProgressStatus(entry.status).label, percent=entry.percent, result=entry.result,
                       difficulties=entry.difficulties, proposals=entry.proposals, reported_on=entry.reported_on)


def _file_name(agency: str, code: str, agency_id: int, used: set[str]) -> str:
    """`2021-Q4_so-noi-vu.xlsx`: ASCII survives e-mail, zip and USB sticks; unique in the folder."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(agency)).strip("-")[:60] or "co-quan"
    name = f"{code}_{slug}.xlsx"
    if name in used:
        name = f"{code}_{slug}-{agency_id}.xlsx"
    used.add(name)
    return name


def target_paths(folder: Path, plans: list[WorkbookPlan]) -> list[Path]:
    """Where each plan's workbook is written in `folder`, so the caller can check them all before writing any."""
    return [folder / p.file_name for p in plans]
