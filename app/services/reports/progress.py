"""The content of a Báo cáo kết quả thực hiện Kế hoạch for one plan, period and as-of date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.domain.dates import month_end
from app.domain.deadlines import DeadlineKind, due_dates
from app.domain.periods import DateRange, Period, PeriodKind, WindowScheme
from app.domain.reporting import period_due_date
from app.domain.task_state import TaskState, summarize
from app.exporters.content import Letterhead, NextTask, ProgressReportContent, SummaryCounts
from app.exporters.document import DocNumber
from app.exporters.layouts import layout_for
from app.models import Plan
from app.services.reports import collect, conclusions, condense
from app.services.reports.office import OfficeProfile, signs_for
from app.services.views import NodeView


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
               *, upward: bool, kind: str = "progress") -> Letterhead:
    """Who issues the document of `kind` (`progress`, `reminder`, ...), its number, date and Nơi nhận."""
    issued_on = options.issued_on or date.today()
    fmt = profile.format_on(issued_on)
    code = profile.letter_code if type_code is None else profile.body_code
    if type_code is None:
        type_code = layout_for(fmt).letter_type_code
    addressees = options.addressees
    if addressees is None and upward and plan is not None and plan.issuer:
        addressees = [] if signs_for(profile, plan.issuer) else [plan.issuer]
    recipients = options.recipients if options.recipients is not None else profile.recipients_for(kind)
    return Letterhead(
        format=fmt, issuing_body=profile.issuing_body, number=DocNumber(options.number, type_code, code),
        place=profile.place or "", date=issued_on, signer=profile.signer(),
        parent_body=profile.parent_body, short_name=profile.short_name, recipients=recipients,
        archive=profile.archive, addressees=list(addressees or []),
    )


def progress_content(s: Session, plan: Plan, period: Period, as_of: date, profile: OfficeProfile,
                     options: ReportOptions) -> ProgressReportContent:
    """Everything the periodic progress report prints, read in one session: summary counts, section II by parts,
    sections III–VI drafted from the period's words, the agencies' reporting, and the annexes."""
    scheme = WindowScheme(profile.window)
    window = period.window(scheme)
    views = collect.node_views(s, plan.id, as_of)
    tasks = [v for v in views if v.kind == "task"]
    counts = summarize(v.state for v in tasks if v.state is not None)
    summary = SummaryCounts.of(counts)
    results = collect.latest_results(s, plan.id, as_of)
    names = collect.agency_names(s)
    said = condense.period_words(s, plan.id, collect.same_cutoff_codes(period, scheme), window, as_of)
    kinds = conclusions.agency_kinds(s)
    difficulties = conclusions.remark_lines(conclusions.first_said(said, "difficulty"), names, kinds)
    proposals = conclusions.remark_lines(conclusions.first_said(said, "proposal"), names, kinds)
    head = letterhead(profile, plan, "BC", options, upward=True)
    # The agencies' reports as received by the day the report is signed, not by the data cut-off: they fall due
    # after it (25/9 for a quarter cut off on 14/9), so a report dated 25/9 named agencies that had reported on
    # time on the 20th as not reporting. The tasks' figures stay the cut-off's.
    reports_as_of = max(as_of, head.date) if head.date else as_of
    register = collect.period_register(s, plan.id, period, reports_as_of, scheme)  # as the register counts
    reporting = collect.reporting_rows(s, register, period)
    # Were the agencies' reports due by the report's own date? A report printed before then (the
    # current period, today) names none as failing to report.
    reports_due = (head.date or date.today()) >= period_due_date(collect.reporting_rules(s, plan.id), period, scheme)
    # What falls due from the day after the cut-off to the end of the next period's last month:
    # a task due 31/12 belongs to "6 tháng cuối năm" in a reader's eyes, whatever ND 09's window.
    following = following_period(period)
    ref = collect.plan_ref(plan)
    upcoming = next_tasks(tasks, DateRange(window.end + timedelta(days=1),
                                           month_end(following.year, following.last_month)))
    return ProgressReportContent(
        letterhead=head,
        plan=ref,
        period_label=period.label,
        as_of=as_of,
        summary=summary,
        agencies=reporting,
        reports_as_of=reports_as_of,
        unconfirmed=len(register.unconfirmed_in(period.code)),
        results=collect.result_items(views, results, concise=True, as_of=as_of),
        targets=collect.target_rows(s, plan.id, as_of),
        difficulties=difficulties,
        proposals=conclusions.draft_proposals(proposals, views, head.addressees[0] if head.addressees else "",
                                             following.label),
        next_tasks=upcoming,
        detail_limit=options.detail_limit,
        parts=condense.part_summaries(views, said, as_of, ref.kind),
        agency_rows=condense.agency_rows(s, plan.id, views, reporting, as_of, plan.issued_on, names, reports_due),
        shortcomings=conclusions.draft_shortcomings(views, reporting, period.label, difficulties, reports_due,
                                                    reports_as_of),
        direction=conclusions.draft_direction(views, [t for t in upcoming if not t.overdue], following.label),
    )


def following_period(period: Period) -> Period:
    """The period section V looks ahead to: the next of the report's kind, but the year's for a 9-month report —
    its next report is the year's, so `đến hết 9 tháng năm 2027` counted a year of tasks as the next period's."""
    if period.kind is PeriodKind.NINE_MONTHS:
        return Period(PeriodKind.YEAR, period.year, 1)
    return period.next()


def next_tasks(tasks: list[NodeView], window: DateRange) -> list[NextTask]:
    """Tasks not yet done that fall due in the next period's window."""
    out = []
    for v in tasks:
        if v.deadline is None or (v.state is not None and v.state.is_done):
            continue
        if v.deadline.kind is DeadlineKind.ONGOING:
            continue
        if due_dates(v.deadline, window.start, window.end):
            out.append(NextTask(v.text, "; ".join(v.lead_names), v.deadline_phrase,
                                v.state is TaskState.IN_PROGRESS_OVERDUE))
    return out
