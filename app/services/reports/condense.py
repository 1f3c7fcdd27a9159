"""A report a leader reads in minutes: the plan's parts, the period's words, who is late.

Why: quoting every task with every agency's result made the quarterly report of a 32-task plan
45 pages. Section II now follows the plan's top-level structure (`plan_parts`) and, for each
part, gives the counts by status, the results of the period condensed from what the agencies
wrote (each distinct text once, attributed: `Sở Nội vụ: ...`; a group's members counted per
text), and the overdue tasks with their lead agency. The per-task detail is Phụ lục I, the
per-agency table Phụ lục II (`agency_rows`). Sections III–VI are drafted from the same data in
`conclusions.py`, so they state facts, never filler, and the clerk edits them in the dialog.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.domain.body_kinds import FIXED_BODY_NAMES
from app.domain.periods import DateRange
from app.domain.task_state import TaskState, derive_state
from app.domain.text import canonical, fold, heading_label, plan_part_heading, sort_key
from app.exporters.builders.common import tally
from app.exporters.content import AgencyReport, AgencyRow, PartSummary, ReportingStatus
from app.exporters.layouts import short_date
from app.models import Agency, PlanNode, ProgressUpdate
from app.services.reports.summary import AGENCIES
from app.services.task_states import NO_DEADLINE, lead_agency_ids, load_latest_progress, missed_due, plan_scope
from app.services.views import NodeView

RESULT_LINES = 6  # attributed result lines per part; more are counted
SUPPORT_LINES = 3  # of them, supporting agencies' (after the leads'); more are counted
AGENCY_TEXTS = 2  # distinct results quoted for one agency in one part (in the plan's order)
GROUP_TEXTS = 2  # distinct texts quoted for a group's members in one part (the most shared)
OVERDUE_SHOWN = 4  # overdue tasks named per part; the rest are counted (all are in Phụ lục I)
OVERDUE_WORDS = 14
TASK_WORDS = 24  # a task named in the body: its first clause, at most this many words
STATE_ORDER = (TaskState.DONE_ON_TIME, TaskState.DONE_LATE, TaskState.IN_PROGRESS_ON_TIME,
               TaskState.IN_PROGRESS_OVERDUE, TaskState.ONGOING, TaskState.NOT_DUE, TaskState.SUSPENDED)


@dataclass(frozen=True)
class Said:
    """One agency's latest words of the period on one task."""

    node_id: int
    agency_id: int
    agency: str
    result: str
    difficulty: str
    proposal: str


def plan_updates(s: Session, plan_id: int, as_of: date, *columns: Any) -> Sequence[Row[*tuple[Any, ...]]]:
    """The plan's progress updates received by `as_of`, oldest first (ties in entry order), as
    rows `(node_id, agency_id, agency name, *columns)`: read in this order, the last row of a task
    and agency is its latest word, which is what the report quotes."""
    return s.execute(
        select(ProgressUpdate.node_id, ProgressUpdate.agency_id, Agency.name, *columns)
        .join(PlanNode, PlanNode.id == ProgressUpdate.node_id)
        .join(Agency, Agency.id == ProgressUpdate.agency_id)
        .where(PlanNode.plan_id == plan_id, ProgressUpdate.reported_on <= as_of)
        .order_by(ProgressUpdate.reported_on, ProgressUpdate.id)
    ).all()


def period_words(s: Session, plan_id: int, codes: Sequence[str], window: DateRange, as_of: date) -> list[Said]:
    """What each agency wrote for the period (its updates tagged with the period, or dated in its
    window, received by the data date): the latest per task and agency."""
    rows = plan_updates(s, plan_id, as_of, ProgressUpdate.result, ProgressUpdate.difficulties,
                        ProgressUpdate.proposals, ProgressUpdate.period, ProgressUpdate.reported_on)
    latest: dict[tuple[int, int], Said] = {}
    for node_id, agency_id, name, result, difficulty, proposal, code, reported_on in rows:
        if code not in codes and reported_on not in window:
            continue
        latest[(node_id, agency_id)] = Said(node_id, agency_id, name, _clean(result), _clean(difficulty),
                                            _clean(proposal))
    return list(latest.values())


def _clean(text: str | None) -> str:
    """One line of the agency's words; a paragraph that ends without punctuation ends with a full stop, else two
    paragraphs ran together (`… triển khai Đã tổ chức …`)."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    return " ".join(line if line[-1] in ".!?…:;," else f"{line}." for line in lines).rstrip(" .;")


def sentence(text: str) -> str:
    """The text cleaned and closed with a full stop (empty stays empty)."""
    text = _clean(text)
    return f"{text}." if text else ""


def in_sentence(name: str) -> str:
    """A group's name inside a sentence: `do các sở, ban, ngành chủ trì`, not `do Các sở ...`."""
    return "; ".join("c" + part[1:] if part.startswith("Các ") else part for part in name.split("; "))


def lower_first(text: str) -> str:
    """`Đã tổ chức ...` → `đã tổ chức ...` to follow a count; `UBND ...` and a body's name (`Thành ủy ...`,
    `Ủy ban ...`: `FIXED_BODY_NAMES`) stay as written."""
    if text.startswith(FIXED_BODY_NAMES):
        return text
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


_PLACE_NOTE = re.compile(r"\s*\([^()]*\)$")  # `Sở Xây dựng (Lào Cai)`: the directory's note on a namesake
LEAD_SPAN = 24  # the most words one lead's name takes at the start of a task


def lead_words(view: NodeView) -> int:
    """How many words open the task's text by naming its own leads (`Ban Quản lý Khu kinh tế và Ban Quản lý các Khu
    công nghiệp tỉnh chủ trì …`, `UBND cấp xã chủ trì, …` led by `Ủy ban nhân dân cấp xã`): the leads' names joined
    by `và` or a comma, with the `chủ trì` after them; 0 when the text does not open so. These are no task words: a
    shortened task counts its words after them, else the annex printed `Ban Quản lý Khu kinh tế và Ban Quản lý các
    Khu…` beside the same lead."""
    words = " ".join(view.text.split()).split(" ")
    names = {canonical(_PLACE_NOTE.sub("", name)) for name in view.lead_names} - {""}
    taken = 0
    while True:
        span = next((k for k in range(1, min(len(words) - taken, LEAD_SPAN) + 1)
                     if canonical(" ".join(words[taken:taken + k])) in names), None)
        if span is None:
            break
        taken += span
        if taken < len(words) and fold(words[taken]) in ("va", ","):
            taken += 1
        elif not words[taken - 1].endswith(","):
            break
    end = taken - (taken > 0 and fold(words[taken - 1]) == "va")
    if 0 < end < len(words) - 1 and fold(words[end]) == "chu" and fold(words[end + 1]).startswith("tri"):
        return end + 2  # `… chủ trì`, `… chủ trì,`, `… chủ trì:`
    return end


def brief(view: NodeView, words: int) -> str:
    """The task as a list names it: the lead it names itself (`lead_words`), then its first clause after that cut to
    `words` words (`UBND tỉnh chủ trì: Ít nhất 30% …` is not cut at its colon)."""
    parts = " ".join(view.text.split()).split(" ")
    own = lead_words(view)
    if 0 < own < len(parts):
        return " ".join(parts[:own] + [short_task(" ".join(parts[own:]), words)])
    return short_task(view.text, words)


def short_task(text: str, words: int = TASK_WORDS) -> str:
    """The task as the body names it: its first clause, cut to `words` words."""
    first = re.split(r"(?<=[^\d])[.;:](?=\s|$)", " ".join(text.split()), maxsplit=1)[0].strip()
    parts = first.split()
    if len(parts) > words:
        return " ".join(parts[:words]).rstrip(",;:-–— ") + "…"  # never `khai sinh -…`
    return first


# ---- the plan's parts --------------------------------------------------------------------------
def plan_parts(views: list[NodeView]) -> list[tuple[NodeView | None, list[NodeView], int]]:
    """The plan's top-level structure: (section, its tasks, depth) in document order.

    The roots that hold tasks, a part that holds more than half of all tasks opened into its
    own sections (the usual `III. NHIỆM VỤ, GIẢI PHÁP` holds nearly all of them). Tasks outside
    any section form a part of their own (section None).

    An opened part whose sections are numbered like the plan's own parts (`I.`, `II.`), or that is
    not one of the plan's roots, keeps its own heading (an entry with its direct tasks, often none)
    and its sections go one level below it: a plan's annex `Phụ lục` with its `I.`, `II.` otherwise
    read as the plan's `Phần I`, `Phần II` after its `Phần VI`. The headings the plan gives between
    the sections that hold nothing (`A. PHÁT TRIỂN NỀN MÓNG …` before its `I.`, `II.`) are kept.
    When the opened part is the plan's only one, its heading says nothing and its sections are the
    parts; the usual `III. NHIỆM VỤ, GIẢI PHÁP` with its `1.`, `2.` is opened without its heading,
    a line more that pushed the signature of a 13-page report onto a 14th."""
    by_id = {v.id: v for v in views}
    children: dict[int | None, list[NodeView]] = defaultdict(list)
    for v in views:
        children[v.parent_id].append(v)
    tasks_under: dict[int | None, list[NodeView]] = defaultdict(list)
    for v in views:
        if v.kind != "task":
            continue
        parent = v.parent_id
        tasks_under[None].append(v)
        while parent is not None:
            tasks_under[parent].append(v)
            parent = by_id[parent].parent_id if parent in by_id else None
    total = len(tasks_under[None])

    def split(node: NodeView | None, depth: int) -> list[tuple[NodeView | None, list[NodeView], int]]:
        key = node.id if node is not None else None
        inner = [c for c in children.get(key, []) if c.kind != "task"]
        sections = [c for c in inner if tasks_under.get(c.id)]
        direct = [c for c in children.get(key, []) if c.kind == "task"]
        big = node is None or len(tasks_under[key]) * 2 > total
        if not big or len(sections) < (1 if node is None else 2):
            return [(node, tasks_under[key], depth)]
        out: list[tuple[NodeView | None, list[NodeView], int]] = []
        announced = node is not None and (node.parent_id is not None or any(_roman(c.label) for c in sections))
        if announced or (direct and node is not None):
            out.append((node, direct, depth))
        below = depth + 1 if announced else depth
        last = max(inner.index(c) for c in sections)
        for n, section in enumerate(inner[: last + 1]):
            if section in sections:
                out += split(section, below)
            elif node is not None and section.label.strip() and n < last and not children.get(section.id):
                # a heading of the plan's between the parts (`A.` above its `I.`, `II.`); a section with text of its
                # own and no task is a part with nothing to report, not a heading
                out.append((section, [], below))
        if direct and node is None:
            # the tasks outside any section (`Các nhiệm vụ khác`, most often the plan's closing request after its
            # last part) come after the parts: read first, they stood before `Phần I` as if the plan opened with them
            out.append((None, direct, depth))
        return out

    parts = split(None, 0) if total else []
    tops = [p for p in parts if p[2] == 0]
    if len(tops) == 1 and tops[0][0] is not None and not tops[0][1] and len(parts) > 1:
        parts = [(section, tasks, depth - 1) for section, tasks, depth in parts[1:]]
    return parts


_BARE_ANNEX = re.compile(r"^Phụ lục(?: [IVX\d]+)?$", re.IGNORECASE)


def _roman(label: str) -> bool:
    label = label.strip().rstrip(".-")
    return bool(label) and set(label) <= set("IVXLC")


def part_heading(section: NodeView | None, parts: int, depth: int = 0, plan_kind: str = "Kế hoạch") -> str:
    """The heading of one part of section II from the plan's section (`… (Phần I của Kế hoạch)` for a part of the
    plan's own top level, a shouted title in sentence case); the tasks outside any section are `Các nhiệm vụ khác`.
    The plan's annex says whose it is (`Phụ lục kèm theo Kế hoạch`): a bare `Phụ lục` in section II read as the
    report's own."""
    if section is None:
        return "Các nhiệm vụ khác" if parts > 1 else ""
    first = section.text.strip().splitlines()[0].rstrip(":").strip() if section.text.strip() else ""
    title = first[:1] + first[1:].lower() if first.isupper() else first
    label = heading_label(section.label, title).rstrip(".-")
    if _roman(label) and depth == 0:
        return plan_part_heading(label, title, plan_kind)
    heading = f"{label}. {title}" if label else title
    return f"{heading} kèm theo {plan_kind}" if _BARE_ANNEX.match(heading) else heading


def state_counts(tasks: Iterable[NodeView]) -> str:
    """`Có 7 nhiệm vụ: 2 hoàn thành đúng hạn, 5 đang thực hiện quá hạn.`"""
    counts = Counter(v.state for v in tasks if v.state is not None)
    # `không thực hiện / tạm dừng` is a table's label; in a sentence listing counts by commas the slash reads as typed
    return tally([(counts[st], st.value.lower().replace(" / ", " hoặc ")) for st in STATE_ORDER])


def part_summaries(views: list[NodeView], said: list[Said], as_of: date,
                   plan_kind: str = "Kế hoạch") -> list[PartSummary]:
    """Section II part by part: the counts by state, the period's results condensed and attributed, and the overdue
    tasks; `plan_kind` names the plan's own annex (`Phụ lục kèm theo Kế hoạch`)."""
    parts = plan_parts(views)
    by_task: dict[int, list[Said]] = defaultdict(list)
    for x in said:
        by_task[x.node_id].append(x)
    out = []
    for section, tasks, depth in parts:
        if not tasks:  # an opened part's own heading: its sections follow
            out.append(PartSummary(part_heading(section, len(parts), depth, plan_kind), "", depth=depth))
            continue
        out.append(PartSummary(part_heading(section, len(parts), depth, plan_kind), state_counts(tasks),
                               part_results(tasks, by_task), overdue_lines(tasks, as_of), depth,
                               sum(v.state is not None for v in tasks)))
    return out


def part_results(tasks: list[NodeView], by_task: dict[int, list[Said]]) -> list[str]:
    """Named leads: `Sở Nội vụ: text; text.`; a group's members: `Các sở, ban, ngành: 13 cơ quan,
    đơn vị đã ...; 12 ...`. Each distinct text once per agency or group."""
    single: dict[str, list[str]] = defaultdict(list)
    supporting: dict[str, list[str]] = defaultdict(list)
    group_texts: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    group_first: dict[str, dict[str, str]] = defaultdict(dict)
    for v in tasks:
        leads = lead_agency_ids(v.assignees)
        is_group = any(a.role == "lead" and a.agency_id is None for a in v.assignees)
        for x in by_task.get(v.id, []):
            if not x.result:
                continue
            if is_group and x.agency_id in leads:
                key = "; ".join(v.lead_names)
                folded = fold(x.result)
                group_texts[key][folded].add(x.agency_id)  # agencies, not agency-task pairs
                group_first[key].setdefault(folded, x.result)
            elif x.agency_id in leads or not is_group:
                texts = (single if x.agency_id in leads else supporting)[x.agency]
                if len(texts) < AGENCY_TEXTS and all(fold(t) != fold(x.result) for t in texts):
                    texts.append(x.result)
    # The leads answer for their tasks: their words first, then the supporting agencies' while
    # there is room (sorted by name they used to push a lead's result out of the report).
    lines = _said_lines(single)
    if len(lines) > RESULT_LINES:
        rest = len(lines) - RESULT_LINES + 1
        lines = lines[: RESULT_LINES - 1] + [f"{rest} {AGENCIES} chủ trì khác báo cáo kết quả tại Phụ lục I."]
    others = _said_lines(supporting)
    room = max(0, min(SUPPORT_LINES, RESULT_LINES - len(lines)))
    if len(others) > room:
        shown = others[: max(0, room - 1)]
        others = shown + [f"{len(others) - len(shown)} {AGENCIES} phối hợp khác đã báo cáo (Phụ lục I)."]
    lines += others
    for key, by_text in group_texts.items():
        common = sorted(by_text.items(), key=lambda kv: -len(kv[1]))[:GROUP_TEXTS]
        quoted = "; ".join(f"{len(who)} {AGENCIES} {lower_first(group_first[key][t])}" for t, who in common)
        lines.append(f"{key}: {quoted}.")
    return lines


def _said_lines(by_agency: dict[str, list[str]]) -> list[str]:
    """`Sở Nội vụ: text; text.` per agency, in Vietnamese order."""
    return [f"{agency}: " + "; ".join(lower_first(t) if i else t for i, t in enumerate(texts)) + "."
            for agency, texts in sorted(by_agency.items(), key=lambda kv: sort_key(kv[0]))]


def overdue_lines(tasks: list[NodeView], as_of: date) -> list[str]:
    """The part's overdue tasks, one line per lead (its name once, not on every task):
    `Các sở, ban, ngành chủ trì: Tổ chức nghiên cứu… (31/12/2021); Đẩy mạnh… (31/12/2021).`"""
    overdue = [v for v in tasks if v.state is TaskState.IN_PROGRESS_OVERDUE]
    by_lead: dict[str, list[NodeView]] = defaultdict(list)
    for v in overdue[:OVERDUE_SHOWN]:
        by_lead["; ".join(v.lead_names) or "Chưa giao cơ quan"].append(v)
    lines = []
    for lead, items in by_lead.items():
        # A task worded `Ban Tổ chức Tỉnh ủy chủ trì, phối hợp …` names its lead itself (`Ban Tổ chức Tỉnh ủy
        # chủ trì: Ban Tổ chức Tỉnh ủy chủ trì, …` said it twice): it is quoted on its own.
        own = [v for v in items if lead_words(v)]
        rest = [v for v in items if v not in own]
        if own:
            lines.append("; ".join(_with_due(brief(v, OVERDUE_WORDS), v, as_of) for v in own) + ".")
        if rest:
            named = "; ".join(_with_due(short_task(v.text, OVERDUE_WORDS), v, as_of) for v in rest)
            lines.append(f"{lead} chủ trì: {named}.")
    if len(overdue) > OVERDUE_SHOWN:
        lines.append(f"Và {len(overdue) - OVERDUE_SHOWN} nhiệm vụ khác (chi tiết tại Phụ lục I).")
    return lines


_DMY = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b")


def _with_due(shown: str, v: NodeView, as_of: date) -> str:
    """The task's words, then the due date it missed — unless the words already say that date (`… hoàn thành trước
    ngày 15/6/2024 (thời hạn 15/6/2024)` reads as a slip)."""
    due = judged_due(v, as_of)
    if not due or (due.day, due.month, due.year) in {tuple(map(int, m)) for m in _DMY.findall(shown)}:
        return shown
    return f"{shown} (thời hạn {short_date(due)})"


def judged_due(v: NodeView, as_of: date) -> date | None:
    """The due date a task's state is judged by: for an overdue task the one it missed (a yearly
    task overdue in June 2022 missed 31/12/2021, not the coming 31/12/2022), else the current one."""
    return missed_due(v.deadline, v.state, as_of) or v.due_date


# ---- Phụ lục II ---------------------------------------------------------------------------------
def agency_rows(s: Session, plan_id: int, views: list[NodeView], reporting: list[AgencyReport], as_of: date,
                since: date | None, names: dict[int, str], reports_due: bool = True) -> list[AgencyRow]:
    """Every agency that leads a task or is expected to report: its tasks by its own state (a
    group task counts for each member by that member's progress) and its report (`reports_due`:
    whether the agencies' reports were due by the report's date)."""
    latest = load_latest_progress(s, plan_scope([plan_id]), as_of)
    rows: dict[int, AgencyRow] = {}
    for v in views:
        if v.kind != "task":
            continue
        for agency in lead_agency_ids(v.assignees):
            row = rows.setdefault(agency, AgencyRow(names.get(agency, "?")))
            row.led += 1
            state = derive_state(v.deadline or NO_DEADLINE, [latest.get((v.id, agency))], as_of, since=since)
            _count(row, state)
    reports = {r.agency: r for r in reporting}
    by_name = {row.agency: row for row in rows.values()}
    for r in reporting:
        by_name.setdefault(r.agency, AgencyRow(r.agency))
    for name, row in by_name.items():
        report = reports.get(name)
        row.report = report_words(report, reports_due) if report is not None else "-"  # not expected this period
    return sorted(by_name.values(), key=lambda row: sort_key(row.agency))


def _count(row: AgencyRow, state: TaskState) -> None:
    if state is TaskState.DONE_ON_TIME:
        row.done_on_time += 1
    elif state is TaskState.DONE_LATE:
        row.done_late += 1
    elif state is TaskState.IN_PROGRESS_OVERDUE:
        row.overdue += 1
    elif state in (TaskState.IN_PROGRESS_ON_TIME, TaskState.ONGOING):
        row.in_progress += 1


def report_words(r: AgencyReport, due: bool = True) -> str:
    """When the agency's report came, as Phụ lục II prints it: the date, marked late, `Chưa báo cáo`,
    or `Chưa đến hạn` when the report is printed before the agencies' reports are due (a leader
    does not sign that an agency failed to send what it did not owe yet)."""
    if r.submitted_on is None:
        return "Chưa báo cáo" if due else "Chưa đến hạn"
    if r.status is ReportingStatus.LATE:
        return f"{short_date(r.submitted_on)} (chậm)"
    return short_date(r.submitted_on)
