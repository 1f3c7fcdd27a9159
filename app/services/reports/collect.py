"""Reading what a report states from the database: one plan, one as-of date, set-based queries.

Everything here returns plain values; `progress.py`, `letters.py` and `listings.py` arrange them
into the content dataclasses the exporters print.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.doc_kinds import kind_name
from app.domain.periods import Period, PeriodKind, WindowScheme, period_containing
from app.domain.register import Register, build_register
from app.domain.reporting import ReportingRule, ReportStatus, period_due_date
from app.domain.targets import Comparator, TargetSpec, evaluate
from app.domain.text import sort_key
from app.exporters.builders.common import group_text
from app.exporters.content import AgencyReport as ReportRow
from app.exporters.content import PlanRef, ResultGroup, ResultItem, ResultTask, TargetRow
from app.models import Agency, Plan, ProgressUpdate, Target
from app.services.register import plan_reporting_rules, received_dates, task_duties, unconfirmed_agencies
from app.services.reports import summary
from app.services.reports.condense import brief, plan_updates
from app.services.reports.deadline_text import deadline_words
from app.services.task_states import lead_agency_ids, load_node_views
from app.services.views import NodeView

# A group task's cell in Phụ lục I: the counts, then the two most shared results; names only for
# a result two agencies share at most (the per-agency detail is in Phụ lục II and their reports).
ANNEX_TEXTS = 0
ANNEX_NAMES = 2
ANNEX_WORDS = 12  # a task's first clause, cut to this many words
SUPPORT_NAMES = 2
SUPPORT_RESULTS = 2  # supporting agencies' results quoted beside the lead's; more are counted
_COMPARATOR_SIGN = {Comparator.GE: "≥", Comparator.LE: "≤", Comparator.EQ: ""}


@dataclass
class Latest:
    """The latest result text, status and report day of one agency on one task."""

    agency: str
    result: str
    status: str
    reported_on: date
    agency_id: int | None = None


def plan_ref(plan: Plan) -> PlanRef:
    """How a report cites the plan: number, date, issuer, title and the document's kind word.

    A number without its serial (`/NQ-CP`, a draft or an annex published before it was numbered)
    is no number: the plan is cited by date and issuer, not as `Nghị quyết số /NQ-CP`."""
    number = plan.number or ""
    return PlanRef(number if any(ch.isdigit() for ch in number) else "", plan.issued_on, plan.issuer or "",
                   plan.title or "", kind_name(plan.doc_type or "KH"))


def plan_name(plan: Plan) -> str:
    """The plan as a one-line message names it: `Kế hoạch số 177/KH-UBND` or, without a number,
    `Kế hoạch ngày 12/3/2023 của Ban Thường vụ Thành ủy`."""
    from app.exporters.builders.common import plan_short

    return plan_short(plan_ref(plan))


def node_views(s: Session, plan_id: int, as_of: date) -> list[NodeView]:
    """The plan's outline with states as of `as_of`: the one read every report section starts from."""
    return load_node_views(s, plan_id, as_of)


def agency_names(s: Session) -> dict[int, str]:
    """Every agency's name by id, to name who wrote a result or a remark."""
    return dict(s.execute(select(Agency.id, Agency.name)).all())


def latest_results(s: Session, plan_id: int, as_of: date) -> dict[int, list[Latest]]:
    """Per task, each agency's latest non-empty result (as of the date), leads first later."""
    rows = plan_updates(s, plan_id, as_of, ProgressUpdate.result, ProgressUpdate.status, ProgressUpdate.reported_on)
    latest: dict[tuple[int, int], Latest] = {}
    for node_id, agency_id, name, result, status, reported_on in rows:
        previous = latest.get((node_id, agency_id))
        text = (result or "").strip() or (previous.result if previous else "")
        latest[(node_id, agency_id)] = Latest(name, text, status, reported_on, agency_id)
    out: dict[int, list[Latest]] = defaultdict(list)
    for (node_id, _agency), value in latest.items():
        out[node_id].append(value)
    return out


def result_text(view: NodeView, latest: list[Latest]) -> str:
    """One agency: its text; a few: `Agency A, Agency B: text` lines, agencies that wrote the
    same words sharing one line, leads first; a group (or more than `NAME_LIMIT` lead agencies):
    counts by state, then the distinct results in short form (`summary.group_result`)."""
    leads = set(view.lead_names)
    lead_ids = lead_agency_ids(view.assignees)
    if any(a.role == "lead" and a.agency_id is None for a in view.assignees) or len(lead_ids) > summary.NAME_LIMIT:
        return _group_result(lead_ids, latest)
    with_text = sorted((x for x in latest if x.result), key=lambda x: (x.agency not in leads, sort_key(x.agency)))
    if len(with_text) == 1:
        return with_text[0].result
    led = [x for x in with_text if x.agency in leads]
    supports = [x for x in with_text if x.agency not in leads]
    lines = summary.remarks((x.agency, x.result) for x in led)
    supporting = summary.remarks((x.agency, x.result) for x in supports)
    if len(supporting) > SUPPORT_RESULTS and led:
        # The lead answers for the task; fifteen supporting agencies' own words made one row
        # of the 2024-Q4 annex three pages long. Their states are counted instead.
        states = summary.state_parts([summary.AgencyResult(x.agency, x.status) for x in supports])
        supporting = [f"{len(supports)} {summary.AGENCIES} phối hợp đã báo cáo: {states}."]
    return "\n".join(f"- {line}" for line in lines + supporting)


def _group_result(lead_ids: list[int], latest: list[Latest]) -> str:
    """Every lead member counts (silent ones as `chưa báo cáo`), plus any other agency that
    reported on the task; names in Vietnamese order so the `A, B, C và N` prefix is stable."""
    by_id = {x.agency_id: x for x in latest}
    results = [summary.AgencyResult(x.agency, x.status, x.result) for x in by_id.values()]
    results += [summary.AgencyResult("", None) for agency in lead_ids if agency not in by_id]
    results.sort(key=lambda r: sort_key(r.agency))
    return summary.group_result(results, limit=ANNEX_NAMES, distinct_limit=ANNEX_TEXTS, count_rest=False)


def result_items(views: list[NodeView], results: dict[int, list[Latest]] | None,
                 concise: bool = False, as_of: date | None = None) -> list[ResultItem]:
    """The plan's sections that hold tasks (as groups, in its numbering) and its tasks.

    `concise` (a report's Phụ lục I): each task by its first clause (`condense.brief`: its words after a lead it
    names itself) and at most `SUPPORT_NAMES` supporting agencies; the full wording is the plan's, which the
    reader has, and quoting it made the annex of a 32-task plan 14 landscape pages."""
    has_task: set[int] = set()
    by_id = {v.id: v for v in views}
    for v in views:
        if v.kind == "task":
            parent = v.parent_id
            while parent is not None and parent not in has_task:
                has_task.add(parent)
                parent = by_id[parent].parent_id if parent in by_id else None
    items: list[ResultItem] = []
    grouped: set[int | None] = set()  # parents with a group row printed: a task after it shows its own label
    stt = 0
    for v in views:
        if v.kind == "task":
            stt += 1
            text = brief(v, ANNEX_WORDS) if concise else v.text
            if v.parent_id in grouped and v.label.strip():  # `b` after the group `a. Công an tỉnh`: not a's row
                text = group_text(ResultGroup(v.label.strip(), text, v.depth + 1))
            support = "; ".join(v.support_names)
            if concise and len(v.support_names) > SUPPORT_NAMES:
                rest = len(v.support_names) - SUPPORT_NAMES + 1
                support = "; ".join(v.support_names[:SUPPORT_NAMES - 1]) + f" và {rest} cơ quan, đơn vị khác"
            items.append(ResultTask(
                stt=str(stt), text=text,
                lead="; ".join(v.lead_names), support=support,
                deadline=deadline_words(v, as_of) if concise and as_of else v.deadline_phrase,
                result=result_text(v, results.get(v.id, [])) if results is not None else "",
                status=v.state.value if v.state else "",
            ))
        elif v.id in has_task:
            items.append(ResultGroup(v.label.strip(), _title(v.text), v.depth + 1))
            grouped.add(v.parent_id)
    return items


def _title(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first.rstrip(":").strip()


def reporting_rules(s: Session, plan_id: int) -> list[ReportingRule]:
    """The plan's reporting rules (what is due when), as the register reads them."""
    return plan_reporting_rules(s, plan_id)


def same_cutoff_codes(period: Period, scheme: WindowScheme) -> list[str]:
    """The period and the shorter periods with the same data cut-off (2022-H1: 2022-Q2, 2022-M06),
    whose reports agencies send for it."""
    end = period.window(scheme).end
    codes = [period.code]
    for kind in (PeriodKind.QUARTER, PeriodKind.MONTH):
        covering = period_containing(kind, end, scheme)
        if covering is not None and covering.window(scheme).end == end and covering.code not in codes:
            codes.append(covering.code)
    return codes


def agency_reporting(s: Session, plan_id: int, period: Period, as_of: date,
                     scheme: WindowScheme) -> list[ReportRow]:
    """Each agency the register expects to report for the period, with the day its report arrived."""
    return reporting_rows(s, period_register(s, plan_id, period, as_of, scheme), period)


def period_register(s: Session, plan_id: int, period: Period, as_of: date, scheme: WindowScheme) -> Register:
    """The register of one period (`app.domain.register`, the one definition shared with the register
    and the exchange) as the reports read it.

    Agencies that report by quarter send no `2022-H1` report: their report for the quarter with
    the same cut-off (2022-Q2) is their report for the half-year. Due day: the plan's rule for
    the period as the calendar shows it (`period_due_date`).
    """
    codes = same_cutoff_codes(period, scheme)
    received: dict[tuple[int, str], date] = {}
    for (agency, _code), day in received_dates(s, plan_id, codes).items():
        received[(agency, period.code)] = min(day, received.get((agency, period.code), day))
    due = period_due_date(reporting_rules(s, plan_id), period, scheme)
    return build_register(task_duties(s, plan_id, as_of), [(period, period.window(scheme), due)], received, as_of,
                          unconfirmed_agencies(s))


def reporting_rows(s: Session, register: Register, period: Period) -> list[ReportRow]:
    """The agencies the register expects for the period, by status then name, with the day each report arrived."""
    names = agency_names(s)
    rows = [ReportRow(names.get(agency, "?"), cell.status, cell.received_on)
            for agency in register.agencies
            if (cell := register.cell(agency, period.code)) is not None and cell.expected and cell.status]
    order = list(ReportStatus)
    rows.sort(key=lambda r: (order.index(r.status), sort_key(r.agency)))
    return rows


def target_rows(s: Session, plan_id: int, as_of: date) -> list[TargetRow]:
    """The plan's targets as table rows: goal, the latest measurement on or before `as_of` and its assessment."""
    out = []
    for i, t in enumerate(s.scalars(select(Target).where(Target.plan_id == plan_id)
                                    .order_by(Target.position, Target.id)), start=1):
        measured = [m for m in t.measurements if m.measured_on <= as_of]
        last = measured[-1] if measured else None
        spec = TargetSpec(t.indicator, Comparator(t.comparator), t.value, t.unit, t.baseline_year, t.baseline_value)
        status = evaluate(spec, last.value if last else None)
        out.append(TargetRow(
            indicator=_capitalised(t.indicator), goal=goal_text(spec),
            latest=number_text(last.value, t.unit) if last else "",
            measured_on=last.measured_on if last else None, assessment=status.outcome.label,
            deadline=t.deadline_phrase or "", stt=str(i),
        ))
    return out


def _capitalised(text: str) -> str:
    """`tỷ lệ cán bộ trẻ` (as cut out of a plan's sentence) starts a table cell or a bullet."""
    text = text.strip()
    return text[:1].upper() + text[1:]


def goal_text(spec: TargetSpec) -> str:
    """`≥ 15%`, `giảm 10% so với năm 2021`: the goal as a report prints it."""
    value = number_text(spec.value, spec.unit)
    comparator = Comparator(spec.comparator)
    if comparator in _COMPARATOR_SIGN:
        return f"{_COMPARATOR_SIGN[comparator]} {value}".strip()
    verb = "giảm" if comparator is Comparator.REDUCE_BY else "tăng"
    base = f" so với năm {spec.baseline_year}" if spec.baseline_year else ""
    return f"{verb} {value}{base}"


def number_text(value: float, unit: str = "") -> str:
    """Vietnamese number: decimal comma, thousands dot (`1.250`, `12,5`)."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    unit = unit.strip()
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}".strip()
