"""Công văn đôn đốc: one letter per agency with overdue tasks or a missing period report; its tasks in the letter
when they are one or two, else in a landscape Phụ lục."""

from __future__ import annotations

from dataclasses import replace

from app.exporters.builders.common import (
    addressees,
    document_reference,
    header_block,
    plan_citation,
    plan_short,
    signature,
)
from app.exporters.content import ReminderContent, ReminderTask
from app.exporters.document import (
    Align,
    AnnexTitle,
    Block,
    Column,
    Document,
    Orientation,
    Paragraph,
    Run,
    Section,
    Table,
    TableRow,
)
from app.exporters.layouts import short_date

ANNEX_TITLE = "DANH MỤC NHIỆM VỤ CẦN ĐÔN ĐỐC"
COLUMNS = [
    Column("STT", 12, Align.CENTER),
    Column("Nội dung nhiệm vụ", 95),
    Column("Văn bản giao", 40, Align.CENTER),
    Column("Thời hạn", 30, Align.CENTER),
    Column("Cơ quan chủ trì", 38, Align.CENTER),
    Column("Tình trạng", 32, Align.CENTER),
]


def reminder_subject(c: ReminderContent) -> str:
    """The letter's `V/v` line: reminding of the tasks of the plan, by number, date and issuer; a plan
    without a number by date and issuer (its subject, said in the body, made the line nine lines long)."""
    plan = plan_citation(c.plan, with_subject=False) if c.plan.number else plan_short(c.plan)
    return f"V/v đôn đốc thực hiện nhiệm vụ tại {plan}"


IN_BODY = 2  # tasks a letter names in its body; more go to its Phụ lục


def in_annex(c: ReminderContent) -> bool:
    """Whether the letter lists its tasks in a Phụ lục: an office names one or two tasks in the letter itself (a
    landscape annex page for one row was a second sheet to read for one line)."""
    return len(c.tasks) > IN_BODY


def reminder_body(c: ReminderContent, office: str) -> list[Block]:
    """What the agency owes, what it is asked to do and by when: each clause only when it applies
    (no `các nhiệm vụ nêu trên` in a letter that lists none)."""
    facts = []
    if c.overdue_count:
        facts.append(f"còn {c.overdue_count} nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành")
    if c.due_soon_count:
        facts.append(f"{c.due_soon_count} nhiệm vụ sắp đến hạn")
    annex = in_annex(c)
    if c.missing_report:  # before the task clauses when the tasks follow them in the letter
        facts.insert(len(facts) if annex or not c.tasks else 0, f"chưa gửi báo cáo kết quả thực hiện {c.period_label}")
    out: list[Block] = []
    if facts:
        end = " (chi tiết tại Phụ lục kèm theo)." if annex else ":" if c.tasks else "."
        when = f"đến ngày {short_date(c.as_of)}" if c.as_of else "đến nay"
        out.append(Paragraph.of(f"Qua theo dõi, {when}, {c.agency} " + "; ".join(facts) + end))
    if c.tasks and not annex:
        out += [Paragraph.of(_task_line(c, t)) for t in c.tasks]
    asks = []
    if c.tasks:
        where = "nêu tại Phụ lục kèm theo" if annex else "nêu trên"
        count = f"{len(c.tasks)} nhiệm vụ" if len(c.tasks) > 1 else "nhiệm vụ"
        asks.append(f"khẩn trương tập trung thực hiện, hoàn thành {count} {where}")
    detail = ", nêu rõ khó khăn, vướng mắc và đề xuất giải pháp (nếu có)" if c.tasks else ""
    asks.append(f"báo cáo kết quả thực hiện {c.period_label}{detail}")
    demand = c.demand or (
        f"Để bảo đảm tiến độ thực hiện {c.plan.kind}, {office} đề nghị {c.agency} " + "; ".join(asks)
        + f", gửi về {office} trước ngày {short_date(c.reply_by)} để tổng hợp, báo cáo theo quy định."
    )
    out.append(Paragraph([Run(demand)], keep_with_next=True))  # its last lines go with the signature
    out.append(Paragraph([Run(f"{office} đề nghị {c.agency} quan tâm, phối hợp thực hiện./.")], keep_with_next=True))
    return out


def _task_line(c: ReminderContent, t: ReminderTask) -> str:
    """`- Xây dựng kế hoạch …. Thời hạn: 31/12/2025; tình trạng: đang thực hiện quá hạn.` — the annex row in
    sentences (its deadline may hold brackets of its own); the document that gave the task only when it is not the
    plan the letter cites."""
    facts = [] if c.plan.number and c.plan.number in t.source else [f"văn bản giao: {t.source}"] if t.source else []
    facts += [f"thời hạn: {' '.join(t.deadline.split())}"] if t.deadline.strip() else []
    facts += [f"tình trạng: {t.status[:1].lower() + t.status[1:]}"] if t.status else []
    said = "; ".join(facts)
    return f"- {' '.join(t.text.split()).rstrip('.;:')}." + (f" {said[:1].upper()}{said[1:]}." if said else "")


def build_reminder(c: ReminderContent) -> Document:
    """One reminder letter to one agency: what it owes and by when, with its overdue and due tasks in an annex."""
    head = replace(c.letterhead, addressees=[c.agency])  # the letter goes to the agency itself
    blocks: list[Block] = [header_block(head, reminder_subject(c))]
    blocks += addressees(head)
    blocks.append(
        Paragraph.of(
            f"Thực hiện {plan_citation(c.plan)}, {head.self_name} theo dõi, tổng hợp tình hình thực hiện "
            f"nhiệm vụ {c.period_label} của các cơ quan, đơn vị."
        )
    )
    blocks += reminder_body(c, head.self_name)
    blocks.append(signature(head))
    rows = [TableRow([t.stt, t.text, t.source, t.deadline, t.lead, t.status]) for t in c.tasks]
    annex = Section(
        [
            AnnexTitle("Phụ lục", ANNEX_TITLE, document_reference(head, "Công văn")),
            Table(COLUMNS, rows, sheet_name="Nhiệm vụ cần đôn đốc"),
        ],
        Orientation.LANDSCAPE,
        restart_numbering=True,
    )
    sections = [Section(blocks)] + ([annex] if in_annex(c) else [])
    return Document(head.format, sections, title=reminder_subject(c), author=head.self_name)
