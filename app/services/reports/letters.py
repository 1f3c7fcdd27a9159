"""Công văn đôn đốc: which agencies get one for a period, and what each letter lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.periods import Period, WindowScheme
from app.domain.reporting import period_due_date
from app.domain.task_state import ProgressStatus, TaskState
from app.domain.text import sort_key
from app.exporters.builders.common import plan_short
from app.exporters.content import ReminderContent, ReminderTask
from app.models import Plan, PlanNode, ProgressUpdate
from app.services.register import not_owing, unconfirmed_agencies
from app.services.reports import collect
from app.services.reports.deadline_text import deadline_words
from app.services.reports.office import OfficeProfile
from app.services.reports.progress import ReportOptions, letterhead
from app.services.task_states import lead_agency_ids
from app.services.views import NodeView


def reminder_contents(s: Session, plan: Plan, period: Period, as_of: date, profile: OfficeProfile,
                      options: ReportOptions) -> list[ReminderContent]:
    """One letter per agency of the directory that leads an overdue task it has not finished, or owes the
    period's report; agencies in Vietnamese alphabetical order."""
    views = collect.node_views(s, plan.id, as_of)
    names = collect.agency_names(s)
    done = _done_pairs(s, plan.id, as_of)
    overdue: dict[int, list[NodeView]] = {}
    for v in views:
        if v.kind != "task" or v.state is not TaskState.IN_PROGRESS_OVERDUE:
            continue
        for lead_id in lead_agency_ids(v.assignees):
            if (v.id, lead_id) not in done:
                overdue.setdefault(lead_id, []).append(v)
    scheme = WindowScheme(profile.window)
    reporting = collect.agency_reporting(s, plan.id, period, as_of, scheme)
    # not received by the data date (missing, or due after it): the letter asks for it by the due day
    missing_names = {r.agency for r in reporting if r.submitted_on is None}
    missing = {agency_id for agency_id, name in names.items() if name in missing_names}
    ref = collect.plan_ref(plan)
    source = plan_short(ref)
    head = letterhead(profile, plan, None, options, upward=False, kind="reminder")
    issued_on = head.date or date.today()
    due = period_due_date(collect.reporting_rules(s, plan.id), period, scheme)
    # The reply date is the plan's own due day for the period (the calendar's), unless the letter
    # goes out after it: then the usual margin from the letter's date.
    reply_by = due if due > issued_on else issued_on + timedelta(days=options.reply_days)
    # the office does not send itself a công văn (`Kính gửi: Sở Nội vụ` from Sở Nội vụ), nor is a letter sent to a
    # name the directory does not know yet (`Trưởng thôn`, `Tổ kiểm phiếu`): nobody is chased under an unconfirmed
    # name (`app.domain.register`)
    skipped = unconfirmed_agencies(s) | not_owing(s, plan.id)  # nor to its own bodies or the plan's issuer
    recipients = [a for a in sorted(set(overdue) | missing, key=lambda a: sort_key(names.get(a, "")))
                  if a not in skipped]
    letters = []
    for count, agency_id in enumerate(recipients):
        agency = names.get(agency_id, "?")
        number = replace(head.number, seq=options.number + count) if options.number is not None else head.number
        tasks = [
            ReminderTask(str(i), v.text, source, deadline_words(v, as_of),
                         "; ".join(v.lead_names),
                         v.state.value if v.state else "")
            for i, v in enumerate(overdue.get(agency_id, []), start=1)
        ]
        letters.append(ReminderContent(
            letterhead=replace(head, addressees=[agency], number=number), agency=agency, plan=ref,
            period_label=period.label,
            overdue_count=len(tasks), missing_report=agency_id in missing,
            reply_by=reply_by, tasks=tasks, as_of=as_of,
        ))
    return letters


def _done_pairs(s: Session, plan_id: int, as_of: date) -> set[tuple[int, int]]:
    """(task, agency) whose latest report by the date says done: that agency owes nothing."""
    latest: dict[tuple[int, int], str] = {}
    for node_id, agency_id, status in s.execute(
        select(ProgressUpdate.node_id, ProgressUpdate.agency_id, ProgressUpdate.status)
        .join(PlanNode, PlanNode.id == ProgressUpdate.node_id)
        .where(PlanNode.plan_id == plan_id, ProgressUpdate.reported_on <= as_of)
        .order_by(ProgressUpdate.reported_on, ProgressUpdate.id)
    ):
        latest[(node_id, agency_id)] = status
    return {key for key, status in latest.items() if status == ProgressStatus.DONE.value}
