"""Báo cáo kết quả thực hiện Kế hoạch: sections I–VI and the landscape annex (FORMATS.md)."""

from __future__ import annotations

from dataclasses import replace

from app.domain.task_state import TaskState
from app.domain.text import plan_part_heading
from app.exporters.builders.common import (
    addressees,
    bullets,
    document_reference,
    group_text,
    header_block,
    heading,
    percent,
    plan_citation,
    plan_short,
    signature,
    tally,
    task_rows,
    texts,
)
from app.exporters.content import (
    PartSummary,
    ProgressReportContent,
    ReportingStatus,
    ResultGroup,
    ResultItem,
    ResultTask,
)
from app.exporters.document import (
    Align,
    AnnexTitle,
    Block,
    Column,
    Document,
    Heading,
    Orientation,
    Paragraph,
    Run,
    Section,
    Table,
    TableRow,
    TitleBlock,
)
from app.exporters.layouts import short_date

ANNEX_TITLE = "TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"
# Task text and result get most of the width: they are the long cells, and a row is as tall
# as its tallest cell (narrow text columns made one task a page in the demo plan).
ANNEX_COLUMNS = [
    Column("STT", 9, Align.CENTER),
    Column("Nội dung nhiệm vụ", 58),
    Column("Cơ quan chủ trì", 58, Align.CENTER),
    Column("Cơ quan phối hợp", 27, Align.CENTER),
    Column("Thời hạn", 20, Align.CENTER),
    Column("Kết quả thực hiện", 50),
    Column("Tình trạng", 30, Align.CENTER),
]


AGENCY_ANNEX_TITLE = "TÌNH HÌNH THỰC HIỆN CỦA CÁC CƠ QUAN, ĐƠN VỊ"
AGENCY_COLUMNS = [  # portrait: one line per agency fits more rows on a page than landscape
    Column("STT", 9, Align.CENTER),
    Column("Cơ quan, đơn vị", 66),
    Column("Chủ trì", 12, Align.CENTER),
    Column("Xong đúng hạn", 12, Align.CENTER),
    Column("Xong quá hạn", 12, Align.CENTER),
    Column("Đang làm", 12, Align.CENTER),
    Column("Quá hạn", 12, Align.CENTER),
    Column("Nhận báo cáo", 30, Align.CENTER),
]
def agency_note(kind: str) -> str:
    """Phụ lục II's note; `kind` the plan's (`Kế hoạch`, `Chương trình`, `Nghị quyết`)."""
    return ("Ghi chú: số nhiệm vụ chủ trì và tình trạng tính đến ngày chốt số liệu; nhiệm vụ giao chung cho nhiều cơ "
            "quan, đơn vị được tính cho từng cơ quan, đơn vị theo báo cáo của cơ quan, đơn vị đó; nhiệm vụ của "
            f"{kind} chỉ hoàn thành khi mọi cơ quan chủ trì hoàn thành.")


# When a drafted section has nothing to say (content without drafts, e.g. an old snapshot).
NOTHING = {
    "shortcomings": "Trong kỳ, không phát sinh tồn tại, hạn chế đáng kể trong thực hiện Kế hoạch.",
    "difficulties": "Trong kỳ, các cơ quan, đơn vị không báo cáo khó khăn, vướng mắc phát sinh.",
    "direction": "Tiếp tục theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nhiệm vụ của Kế hoạch.",
    "proposals": "Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị.",
}


def report_subject(c: ProgressReportContent) -> str:
    """The report's subject line: which plan's results, for which period."""
    return f"Kết quả thực hiện {plan_citation(c.plan)} ({c.period_label})"


def default_opening(c: ProgressReportContent) -> str:
    """The plan by number, date and issuer: its subject is the report's own trích yếu just above
    (a plan without a number keeps it, or nothing would tell which plan)."""
    return (f"Thực hiện {plan_citation(c.plan, with_subject=False)}; {c.letterhead.self_name} báo cáo kết quả "
            f"thực hiện {c.period_label} như sau:")


def default_closing(c: ProgressReportContent) -> str:
    """`Trên đây là báo cáo của Sở Nội vụ về kết quả thực hiện Kế hoạch số ... trong quý IV năm 2021./.`"""
    return (f"Trên đây là báo cáo của {c.letterhead.self_name} về kết quả thực hiện {plan_short(c.plan)} "
            f"trong {c.period_label}./.")


def section_lines(c: ProgressReportContent, key: str) -> list[str]:
    """The lines of section III–VI: the clerk's text, else the service's draft, else the
    builder's own wording (content from before the drafts), never an empty section."""
    edited = getattr(c.narrative, key)
    if edited:
        return list(edited)
    drafted = {"shortcomings": c.shortcomings or default_shortcomings(c), "difficulties": c.difficulties,
               "direction": c.direction or [next_task_text(t.text, t.lead, t.deadline) for t in c.next_tasks],
               "proposals": c.proposals}[key]
    return list(drafted) or [NOTHING[key]]


def build_progress_report(c: ProgressReportContent) -> Document:
    """The periodic progress report: header, sections I–VI (the clerk's text, else the drafts), signature, and the
    annexes (the tasks on landscape pages, the agencies on portrait ones)."""
    head = c.letterhead
    blocks: list[Block] = [header_block(head), TitleBlock("BÁO CÁO", report_subject(c))]
    blocks += addressees(head)
    blocks.append(Paragraph.of(c.narrative.opening or default_opening(c)))
    blocks += _deployment(c)
    blocks += _parts(c) if c.parts else _results(c)
    for title, key in (("III. Tồn tại, hạn chế và nguyên nhân", "shortcomings"),
                       ("IV. Khó khăn, vướng mắc", "difficulties"),
                       ("V. Phương hướng, nhiệm vụ thời gian tới", "direction"),
                       ("VI. Đề xuất, kiến nghị", "proposals")):
        blocks.append(heading(title))
        lines = bullets(section_lines(c, key))
        blocks += lines
    lines[-1].keep_with_next = True  # the last lines of VI go over with the closing line and signature
    blocks.append(Paragraph([Run(c.narrative.closing or default_closing(c))], keep_with_next=True))
    blocks.append(replace(signature(head), note=c.approval))
    two = bool(c.agency_rows)
    annexes = [Section(
        [
            AnnexTitle("Phụ lục I" if two else "Phụ lục", ANNEX_TITLE, document_reference(head, "Báo cáo")),
            Table(ANNEX_COLUMNS, task_rows(c.results, with_result=True), sheet_name="Phụ lục I" if two else "Phụ lục"),
        ],
        Orientation.LANDSCAPE,
        restart_numbering=True,
    )]
    if two:
        rows = [TableRow([str(n), r.agency, _n(r.led), _n(r.done_on_time), _n(r.done_late), _n(r.in_progress),
                          _n(r.overdue), r.report]) for n, r in enumerate(c.agency_rows, start=1)]
        annexes.append(Section(
            [AnnexTitle("Phụ lục II", AGENCY_ANNEX_TITLE, document_reference(head, "Báo cáo")),
             Table(AGENCY_COLUMNS, rows, sheet_name="Phụ lục II", note=agency_note(c.plan.kind))],
            Orientation.PORTRAIT,
            restart_numbering=True,
        ))
    return Document(head.format, [Section(blocks), *annexes], title=f"Báo cáo {report_subject(c)}",
                    author=head.self_name)


def _n(value: int) -> str:
    return str(value) if value else "-"


def _deployment(c: ProgressReportContent) -> list[Block]:
    s = c.summary
    out: list[Block] = [heading("I. Tình hình triển khai")]
    out += texts(c.narrative.deployment)
    states = [f"hoàn thành đúng hạn {s.done_on_time}", f"hoàn thành quá hạn {s.done_late}",
              f"đang thực hiện quá hạn {s.overdue}"]
    # The tasks not due are named by the states they are in (`thường xuyên 0` says nothing).
    others = [f"{words} {n}" for words, n in (("đang thực hiện trong hạn", s.in_progress_on_time),
                                              ("thường xuyên", s.ongoing), ("chưa đến hạn", s.not_due),
                                              ("không thực hiện, tạm dừng", s.suspended)) if n]
    if s.due:
        due = f"số nhiệm vụ đến hạn: {s.due} nhiệm vụ, trong đó: {'; '.join(states)}."
        due += f" Các nhiệm vụ còn lại: {'; '.join(others)}." if others else ""
    else:
        due = "chưa có nhiệm vụ nào đến hạn" + (f" ({'; '.join(others)})." if others else ".")
    out.append(Paragraph.of(
        f"Tổng số nhiệm vụ của {c.plan.kind}: {s.total} nhiệm vụ. Tính đến ngày {short_date(c.as_of)}, {due}"))
    if s.due:
        out.append(Paragraph([Run("Tỷ lệ hoàn thành nhiệm vụ đến hạn: "), Run(percent(s.completion_rate), bold=True),
                              Run(f" ({s.done}/{s.due} nhiệm vụ).")]))
    if c.agencies or c.unconfirmed:
        out.append(Paragraph.of(_agency_sentence(c)))
    return out


def _agency_sentence(c: ProgressReportContent) -> str:
    """One set of numbers with Phụ lục II: expected, received (on time, late), missing; then, once, how many of
    the plan's assignees it leaves out because the directory does not know them yet (`app.domain.register`)."""
    left_out = (f"Chưa tổng hợp tình hình gửi báo cáo của {c.unconfirmed} cơ quan, tổ chức được giao nhiệm vụ trong "
                f"{c.plan.kind} nhưng chưa có trong danh sách theo dõi báo cáo." if c.unconfirmed else "")
    if not c.agencies:
        return left_out
    by = {st: [a.agency for a in c.agencies if a.status is st] for st in ReportingStatus}
    expected = len(c.agencies)
    received = len(by[ReportingStatus.ON_TIME]) + len(by[ReportingStatus.LATE])
    text = (f"Đến ngày {short_date(c.reports_as_of or c.as_of)}, {received}/{expected} cơ quan, đơn vị phải báo cáo "
            f"đã gửi báo cáo {c.period_label}")
    if by[ReportingStatus.LATE]:
        text += f" ({len(by[ReportingStatus.LATE])} báo cáo chậm)"
    missing = len(by[ReportingStatus.MISSING]) + len(by[ReportingStatus.NOT_DUE])
    if missing:
        text += f"; {missing} cơ quan, đơn vị chưa báo cáo"
    where = " (chi tiết tại Phụ lục II)" if c.agency_rows else ""
    return f"{text}{where}. {left_out}".strip()


def _parts(c: ProgressReportContent) -> list[Block]:
    """Section II by the plan's parts: counts, results of the period, overdue tasks named."""
    out: list[Block] = [heading("II. Kết quả thực hiện")]
    out += texts(c.narrative.results)
    if any(part.results or part.overdue for part in c.parts):
        for part in c.parts:
            out += _part(part)
    else:
        # Nothing reported and nothing overdue in any part: one sentence, not one a part (a new plan's first
        # quarter printed it 30 times, each after `Có N nhiệm vụ: N chưa đến hạn`); section I has the counts.
        out.append(Paragraph.of(f"Trong kỳ, các cơ quan, đơn vị chưa báo cáo kết quả thực hiện các nhiệm vụ của "
                                f"{c.plan.kind}; chưa có nhiệm vụ nào đang thực hiện quá hạn."))
    out += _targets(c)
    out.append(Paragraph.of("Kết quả từng nhiệm vụ tại Phụ lục I kèm theo."))
    return out


def _part(part: PartSummary) -> list[Block]:
    """One part of section II: its heading, counts leading into the period's results, its overdue tasks."""
    out: list[Block] = [Heading(part.heading, 3 if part.depth else 2)] if part.heading else []
    if not part.counts:  # an opened part's heading: its sections follow
        return out
    if part.results:  # the counts lead into the results: one paragraph less per part
        out.append(Paragraph([Run(part.counts + " "), Run("Kết quả trong kỳ:", italic=True)]))
        out += [Paragraph.of(f"- {line}") for line in part.results]
    else:
        these = "nhiệm vụ này" if part.tasks == 1 else "các nhiệm vụ này"
        out.append(Paragraph.of(f"{part.counts} Trong kỳ, các cơ quan, đơn vị chưa báo cáo kết quả mới đối với "
                                f"{these}."))
    if part.overdue:
        first, *rest = part.overdue
        out.append(Paragraph([Run("Nhiệm vụ đang thực hiện quá hạn: ", italic=True), Run(first)]))
        out += [Paragraph.of(line) for line in rest]
    return out


def _targets(c: ProgressReportContent) -> list[Block]:
    if not c.targets:
        return []
    # One measuring day for all (the usual case) is said once, in the heading, not on each line.
    days = {t.measured_on for t in c.targets if t.latest}
    common = days.pop() if len(days) == 1 else None
    title = "Kết quả thực hiện các chỉ tiêu"
    out: list[Block] = [Heading(f"{title} (số liệu ngày {short_date(common)})" if common else title, 2)]
    for t in c.targets:
        if t.latest:
            when = f" (số liệu ngày {short_date(t.measured_on)})" if t.measured_on and not common else ""
            judged = f"; {t.assessment[0].lower() + t.assessment[1:]}" if t.assessment else ""
            out.append(Paragraph.of(f"- {t.indicator}: mục tiêu {t.goal}; kết quả {t.latest}{when}{judged}."))
    # The targets without a measurement in one sentence: 27 lines each ending `chưa có số liệu đo
    # trong kỳ` took two pages of a new plan's first reports. None measured: their number (the goals
    # are the plan's); some: the others named, so the leader sees which are missing.
    unmeasured = [t.indicator for t in c.targets if not t.latest]
    if len(unmeasured) == len(c.targets):
        out.append(Paragraph.of(f"Chưa có số liệu đo trong kỳ đối với {len(unmeasured)} chỉ tiêu của {c.plan.kind}."))
    elif unmeasured:
        out.append(Paragraph.of(f"- Chưa có số liệu đo trong kỳ: {'; '.join(unmeasured)}."))
    return out


def _results(c: ProgressReportContent) -> list[Block]:
    out: list[Block] = [heading("II. Kết quả thực hiện")]
    out += texts(c.narrative.results)
    several_parts = sum(isinstance(i, ResultGroup) and i.level == 1 for i in c.results) > 1  # I., II. ...
    detailed = sum(isinstance(i, ResultTask) for i in c.results) <= c.detail_limit
    for n, item in enumerate(c.results):
        if isinstance(item, ResultGroup):
            out += _group_heading(item, several_parts, c.plan.kind)
            if not detailed:
                out += _group_counts(c.results, n)
        elif isinstance(item, ResultTask) and detailed:
            out += _task_paragraphs(item)
    out += _targets(c)
    out.append(Paragraph.of("Kết quả thực hiện từng nhiệm vụ được tổng hợp tại Phụ lục kèm theo Báo cáo này."))
    return out


def _group_heading(group: ResultGroup, several_parts: bool, plan_kind: str) -> list[Block]:
    """The plan's numbering inside the report's section II.

    The plan's own parts (`III. NHIỆM VỤ, GIẢI PHÁP`) would read as the report's sections III…,
    so they are named as the plan's (`plan_part_heading`; left out when the plan has only one) and never capitalised.
    """
    label = group.label.strip().rstrip(".-")
    if group.level <= 1 and label and set(label) <= set("IVXLC"):
        if not several_parts:
            return []
        title = group.title[:1] + group.title[1:].lower() if group.title.isupper() else group.title
        return [Heading(plan_part_heading(label, title, plan_kind), 2)]
    return [Heading(group_text(group), 2 if group.level <= 2 else 3)]


STATUS_ORDER = tuple(
    s.value
    for s in (
        TaskState.DONE_ON_TIME,
        TaskState.DONE_LATE,
        TaskState.IN_PROGRESS_ON_TIME,
        TaskState.IN_PROGRESS_OVERDUE,
        TaskState.NOT_DUE,
        TaskState.ONGOING,
        TaskState.SUSPENDED,
    )
)


def _group_counts(items: list[ResultItem], start: int) -> list[Block]:
    """`Có 12 nhiệm vụ: hoàn thành đúng hạn 5; ...` for the tasks directly under a group."""
    counts: dict[str, int] = {}
    for item in items[start + 1 :]:
        if isinstance(item, ResultGroup):
            break
        counts[item.status] = counts.get(item.status, 0) + 1
    if not counts:
        return []
    order = sorted(counts, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else len(STATUS_ORDER))
    return [Paragraph.of(tally([(counts[s], (s or "chưa xác định").lower()) for s in order]))]


def _task_paragraphs(t: ResultTask) -> list[Paragraph]:
    """`- task (lead): result. Tình trạng: ...`.

    A result of several lines (a group's counts and distinct results) follows the status in
    paragraphs of its own: a line break inside a justified paragraph makes Word and LibreOffice
    stretch the broken line across the page, and the status would trail the last line.
    """
    text = t.text.strip().rstrip(".;:")
    runs = [Run(f"- {text}", italic=True)]
    if t.lead:
        runs.append(Run(f" ({t.lead})", italic=True))
    lines = [x.strip() for x in t.result.strip().splitlines() if x.strip()]
    if len(lines) > 1:
        runs.append(Run(f". Tình trạng: {t.status}." if t.status else "."))
        return [Paragraph(runs), *(Paragraph.of(x) for x in lines)]
    runs.append(Run(f": {lines[0] if lines else 'Chưa có báo cáo kết quả.'}"))
    if t.status:
        runs.append(Run(f" Tình trạng: {t.status}."))
    return [Paragraph(runs)]


def default_shortcomings(c: ProgressReportContent) -> list[str]:
    """Section III from the counts alone, for report content saved before the service drafted it (printed-report
    snapshots)."""
    s = c.summary
    out = []
    if s.overdue:
        out.append(f"Còn {s.overdue} nhiệm vụ đang thực hiện quá hạn, chưa hoàn thành theo yêu cầu.")
    if s.done_late:
        out.append(f"Có {s.done_late} nhiệm vụ hoàn thành nhưng chậm so với thời hạn.")
    missing = [a.agency for a in c.agencies if a.status in (ReportingStatus.LATE, ReportingStatus.MISSING)]
    if missing:
        out.append(f"Một số cơ quan, đơn vị báo cáo chậm hoặc chưa báo cáo: {', '.join(missing)}.")
    return out


def next_task_text(text: str, lead: str, deadline: str) -> str:
    """A task due next period as a section V line, with its lead and deadline, for content saved before the service
    drafted V."""
    extra = "; ".join(x for x in (f"chủ trì: {lead}" if lead else "", f"thời hạn: {deadline}" if deadline else "") if x)
    return f"{text.strip().rstrip('.;')}" + (f" ({extra})" if extra else "") + ";"
