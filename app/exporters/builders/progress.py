"""Báo cáo kết quả thực hiện Kế hoạch: sections I–VI and the landscape annex (FORMATS.md)."""

from __future__ import annotations

from app.domain.task_state import TaskState
from app.exporters.builders.common import (
    addressees,
    bullets,
    document_reference,
    group_text,
    header_block,
    heading,
    percent,
    plan_citation,
    signature,
    task_rows,
    texts,
)
from app.exporters.content import ProgressReportContent, ReportingStatus, ResultGroup, ResultItem, ResultTask
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
    TitleBlock,
)
from app.exporters.layouts import short_date

ANNEX_TITLE = "TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"
# Task text and result get most of the width: they are the long cells, and a row is as tall
# as its tallest cell (narrow text columns made one task a page in the demo plan).
ANNEX_COLUMNS = [
    Column("STT", 12, Align.CENTER),
    Column("Nội dung nhiệm vụ", 80),
    Column("Cơ quan chủ trì", 26, Align.CENTER),
    Column("Cơ quan phối hợp", 26, Align.CENTER),
    Column("Thời hạn", 20, Align.CENTER),
    Column("Kết quả thực hiện", 82),
    Column("Tình trạng", 26, Align.CENTER),
]
ANNEX_REFERENCE = "(Chi tiết tại Phụ lục kèm theo)"


def report_subject(c: ProgressReportContent) -> str:
    return f"Kết quả thực hiện {plan_citation(c.plan)} ({c.period_label})"


def build_progress_report(c: ProgressReportContent) -> Document:
    head = c.letterhead
    blocks: list[Block] = [header_block(head), TitleBlock("BÁO CÁO", report_subject(c))]
    blocks += addressees(head)
    opening = c.narrative.opening or (
        f"Thực hiện {plan_citation(c.plan)}; {head.self_name} báo cáo kết quả thực hiện {c.period_label} như sau:"
    )
    blocks.append(Paragraph.of(opening))
    blocks += _deployment(c)
    blocks += _results(c)
    blocks.append(heading("III. Tồn tại, hạn chế và nguyên nhân"))
    blocks += bullets(c.narrative.shortcomings or default_shortcomings(c))
    blocks.append(heading("IV. Khó khăn, vướng mắc"))
    blocks += bullets(c.narrative.difficulties or c.difficulties)
    blocks.append(heading("V. Phương hướng, nhiệm vụ thời gian tới"))
    blocks += texts(c.narrative.direction) or bullets(
        [next_task_text(t.text, t.lead, t.deadline) for t in c.next_tasks]
    )
    blocks.append(heading("VI. Đề xuất, kiến nghị"))
    blocks += bullets(c.narrative.proposals or c.proposals)
    closing = c.narrative.closing or (
        f"Trên đây là báo cáo kết quả thực hiện {c.plan.kind} số {c.plan.number} {c.period_label} "
        f"của {head.self_name}./."
    )
    blocks.append(Paragraph.of(closing))
    blocks.append(signature(head))
    annex = Section(
        [
            AnnexTitle("Phụ lục", ANNEX_TITLE, document_reference(head, "Báo cáo")),
            Table(ANNEX_COLUMNS, task_rows(c.results, with_result=True), sheet_name="Phụ lục"),
        ],
        Orientation.LANDSCAPE,
        restart_numbering=True,
    )
    return Document(head.format, [Section(blocks), annex], title=f"Báo cáo {report_subject(c)}", author=head.self_name)


def _deployment(c: ProgressReportContent) -> list[Block]:
    s = c.summary
    out: list[Block] = [heading("I. Tình hình triển khai")]
    out += texts(c.narrative.deployment)
    out.append(
        Paragraph.of(
            f"Tổng số nhiệm vụ của {c.plan.kind}: {s.total} nhiệm vụ. Tính đến ngày {short_date(c.as_of)}, "
            f"số nhiệm vụ đến hạn: {s.due} nhiệm vụ, trong đó: hoàn thành đúng hạn {s.done_on_time}; "
            f"hoàn thành quá hạn {s.done_late}; đang thực hiện quá hạn {s.overdue}. "
            f"Nhiệm vụ đang thực hiện trong hạn: {s.in_progress_on_time}; thường xuyên: {s.ongoing}; "
            f"chưa đến hạn: {s.not_due}" + (f"; không thực hiện, tạm dừng: {s.suspended}." if s.suspended else ".")
        )
    )
    rate = percent(s.completion_rate)
    out.append(
        Paragraph(
            [
                Run("Tỷ lệ hoàn thành nhiệm vụ đến hạn: "),
                Run(rate, bold=True),
                Run(f" ({s.done}/{s.due} nhiệm vụ)."),
            ]
        )
    )
    if c.agencies:
        out.append(Paragraph.of(_agency_sentence(c)))
    return out


def _agency_sentence(c: ProgressReportContent) -> str:
    by = {st: [a.agency for a in c.agencies if a.status is st] for st in ReportingStatus}
    total = len(c.agencies) - len(by[ReportingStatus.NOT_DUE])
    if total <= 0:
        return f"Các cơ quan, đơn vị chưa đến hạn gửi báo cáo {c.period_label}."
    parts = [f"{len(by[ReportingStatus.ON_TIME])}/{total} cơ quan, đơn vị báo cáo đúng hạn"]
    if by[ReportingStatus.LATE]:
        names = ", ".join(by[ReportingStatus.LATE])
        parts.append(f"{len(by[ReportingStatus.LATE])} cơ quan, đơn vị báo cáo chậm ({names})")
    if by[ReportingStatus.MISSING]:
        names = ", ".join(by[ReportingStatus.MISSING])
        parts.append(f"{len(by[ReportingStatus.MISSING])} cơ quan, đơn vị chưa báo cáo ({names})")
    return f"Tình hình báo cáo {c.period_label} của các cơ quan, đơn vị: " + "; ".join(parts) + "."


def _results(c: ProgressReportContent) -> list[Block]:
    out: list[Block] = [heading("II. Kết quả thực hiện")]
    out += texts(c.narrative.results)
    several_parts = sum(isinstance(i, ResultGroup) and i.level == 1 for i in c.results) > 1  # I., II. ...
    detailed = sum(isinstance(i, ResultTask) for i in c.results) <= c.detail_limit
    for n, item in enumerate(c.results):
        if isinstance(item, ResultGroup):
            out += _group_heading(item, several_parts)
            if not detailed:
                out += _group_counts(c.results, n)
        elif isinstance(item, ResultTask) and detailed:
            out += _task_paragraphs(item)
    if c.targets:
        out.append(Heading("Kết quả thực hiện các chỉ tiêu", 2))
        for t in c.targets:
            latest = t.latest or "chưa có số liệu"
            when = f" (số liệu ngày {short_date(t.measured_on)})" if t.measured_on else ""
            judged = f"; {t.assessment[0].lower() + t.assessment[1:]}" if t.assessment else ""
            out.append(Paragraph.of(f"- {t.indicator}: mục tiêu {t.goal}; kết quả {latest}{when}{judged}."))
    out.append(Paragraph.of("Kết quả thực hiện từng nhiệm vụ được tổng hợp tại Phụ lục kèm theo Báo cáo này."))
    return out


def _group_heading(group: ResultGroup, several_parts: bool) -> list[Block]:
    """The plan's numbering inside the report's section II.

    The plan's own parts (`III. NHIỆM VỤ, GIẢI PHÁP`) would read as the report's sections III…,
    so they are named `Phần III` (or left out when the plan has only one) and never capitalised.
    """
    label = group.label.strip().rstrip(".-")
    if group.level <= 1 and label and set(label) <= set("IVXLC"):
        if not several_parts:
            return []
        title = group.title[:1] + group.title[1:].lower() if group.title.isupper() else group.title
        return [Heading(f"Phần {label}. {title}", 2)]
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
    parts = "; ".join(f"{(s or 'chưa xác định').lower()} {counts[s]}" for s in order)
    return [Paragraph.of(f"Có {sum(counts.values())} nhiệm vụ: {parts}.")]


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
    extra = "; ".join(x for x in (f"chủ trì: {lead}" if lead else "", f"thời hạn: {deadline}" if deadline else "") if x)
    return f"{text.strip().rstrip('.;')}" + (f" ({extra})" if extra else "") + ";"
