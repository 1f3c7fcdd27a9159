"""The content of a Báo cáo kết quả thực hiện Kế hoạch for one plan, period and as-of date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.deadlines import DeadlineKind, due_dates
from app.domain.periods import DateRange, Period, WindowScheme
from app.domain.task_state import summarize
from app.domain.text import sort_key
from app.exporters.content import Letterhead, NextTask, ProgressReportContent, SummaryCounts
from app.exporters.document import DocNumber
from app.exporters.layouts import layout_for
from app.models import Plan, PlanNode, ProgressUpdate
from app.services.reports import collect, summary
from app.services.reports.office import OfficeProfile
from app.services.views import NodeView

NEXT_TASKS_SHOWN = 30  # more would turn section V into a second annex


@dataclass
class ReportOptions:
    """What the clerk decides for one report rather than the data."""

    number: int | None = None  # None leaves the number blank for the văn thư
    issued_on: date | None = None  # default: today
    addressees: list[str] | None = None  # Kính gửi; default the plan's issuer, when not ourselves
    recipients: list[str] | None = None
    detail_limit: int = 120
    reply_days: int = 10  # reminders: answer within this many days
    extra: dict[str, str] = field(default_factory=dict)


def letterhead(profile: OfficeProfile, plan: Plan | None, type_code: str | None, options: ReportOptions,
               *, upward: bool) -> Letterhead:
    issued_on = options.issued_on or date.today()
    fmt = profile.format_on(issued_on)
    code = profile.letter_code if type_code is None else profile.body_code
    if type_code is None:
        type_code = layout_for(fmt).letter_type_code
    addressees = options.addressees
    if addressees is None and upward and plan is not None and plan.issuer:
        addressees = [] if _same_body(plan.issuer, profile.issuing_body) else [plan.issuer]
    recipients = options.recipients if options.recipients is not None else list(profile.recipients)
    return Letterhead(
        format=fmt, issuing_body=profile.issuing_body, number=DocNumber(options.number, type_code, code),
        place=profile.place or "", date=issued_on, signer=profile.signer(),
        parent_body=profile.parent_body, short_name=profile.short_name, recipients=recipients,
        archive=profile.archive, addressees=list(addressees or []),
    )


def _same_body(a: str, b: str) -> bool:
    from app.domain.text import fold

    return fold(a) == fold(b)


def progress_content(s: Session, plan: Plan, period: Period, as_of: date, profile: OfficeProfile,
                     options: ReportOptions) -> ProgressReportContent:
    scheme = WindowScheme(profile.window)
    views = collect.node_views(s, plan.id, as_of)
    tasks = [v for v in views if v.kind == "task"]
    counts = summarize(v.state for v in tasks if v.state is not None)
    summary = SummaryCounts(
        total=counts.total, due=counts.due, done_on_time=counts.done_on_time, done_late=counts.done_late,
        in_progress_on_time=counts.in_progress_on_time, overdue=counts.overdue, ongoing=counts.ongoing,
        not_due=counts.not_due, suspended=counts.suspended,
    )
    results = collect.latest_results(s, plan.id, as_of)
    difficulties, proposals = _remarks(s, plan.id, period, as_of, scheme)
    return ProgressReportContent(
        letterhead=letterhead(profile, plan, "BC", options, upward=True),
        plan=collect.plan_ref(plan),
        period_label=period.label,
        as_of=as_of,
        summary=summary,
        agencies=collect.agency_reporting(s, plan.id, views, period, as_of, scheme),
        results=collect.result_items(views, results),
        targets=collect.target_rows(s, plan.id, as_of),
        difficulties=difficulties,
        proposals=proposals,
        next_tasks=next_tasks(tasks, period.next().window(scheme)),
        detail_limit=options.detail_limit,
    )


def _remarks(s: Session, plan_id: int, period: Period, as_of: date,
             scheme: WindowScheme) -> tuple[list[str], list[str]]:
    """Difficulties and proposals the agencies wrote for this period: identical texts (folded)
    merged with their agencies and counts, so that forty `Thiếu biên chế` make one line."""
    window = period.window(scheme)
    rows = s.execute(
        select(collect.Agency.name, ProgressUpdate.difficulties, ProgressUpdate.proposals,
               ProgressUpdate.period, ProgressUpdate.reported_on)
        .join(PlanNode, PlanNode.id == ProgressUpdate.node_id)
        .join(collect.Agency, collect.Agency.id == ProgressUpdate.agency_id)
        .where(PlanNode.plan_id == plan_id, ProgressUpdate.reported_on <= as_of)
        .order_by(ProgressUpdate.reported_on, ProgressUpdate.id)
    ).all()
    difficulties: list[tuple[str, str]] = []
    proposals: list[tuple[str, str]] = []
    for agency, difficulty, proposal, code, reported_on in rows:
        if code != period.code and reported_on not in window:
            continue
        difficulties.append((agency, difficulty or ""))
        proposals.append((agency, proposal or ""))
    # names in Vietnamese order, so `A, B, C và 46 cơ quan khác` reads like a directory
    difficulties.sort(key=lambda pair: sort_key(pair[0]))
    proposals.sort(key=lambda pair: sort_key(pair[0]))
    return summary.remarks(difficulties), summary.remarks(proposals)


def next_tasks(tasks: list[NodeView], window: DateRange) -> list[NextTask]:
    """Tasks not yet done that fall due in the next period's window."""
    out = []
    for v in tasks:
        if v.deadline is None or (v.state is not None and v.state.is_done):
            continue
        if v.deadline.kind is DeadlineKind.ONGOING:
            continue
        if due_dates(v.deadline, window.start, window.end):
            out.append(NextTask(v.text, "; ".join(v.lead_names), v.deadline_phrase))
    if len(out) > NEXT_TASKS_SHOWN:
        rest = len(out) - NEXT_TASKS_SHOWN
        more = NextTask(f"Và {rest} nhiệm vụ khác đến hạn trong kỳ tới (chi tiết tại Phụ lục)")
        out = out[:NEXT_TASKS_SHOWN] + [more]
    return out
