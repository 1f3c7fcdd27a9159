"""Công văn đôn đốc: one letter per agency with overdue tasks or a missing period report."""

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
from app.exporters.content import ReminderContent
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


def reminder_body(c: ReminderContent, office: str) -> list[Block]:
    """What the agency owes, what it is asked to do and by when: each clause only when it applies
    (no `các nhiệm vụ nêu trên` in a letter that lists none)."""
    facts = []
    if c.overdue_count:
        facts.append(f"còn {c.overdue_count} nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành")
    if c.due_soon_count:
        facts.append(f"{c.due_soon_count} nhiệm vụ sắp đến hạn")
    if c.missing_report:
        facts.append(f"chưa gửi báo cáo kết quả thực hiện {c.period_label}")
    out: list[Block] = []
    if facts:
        note = " (chi tiết tại Phụ lục kèm theo)" if c.tasks else ""
        when = f"đến ngày {short_date(c.as_of)}" if c.as_of else "đến nay"
        out.append(Paragraph.of(f"Qua theo dõi, {when}, {c.agency} " + "; ".join(facts) + note + "."))
    asks = []
    if c.tasks:
        asks.append(f"khẩn trương tập trung thực hiện, hoàn thành {len(c.tasks)} nhiệm vụ nêu tại Phụ lục kèm theo")
    detail = ", nêu rõ khó khăn, vướng mắc và đề xuất giải pháp (nếu có)" if c.tasks else ""
    asks.append(f"báo cáo kết quả thực hiện {c.period_label}{detail}")
    demand = c.demand or (
        f"Để bảo đảm tiến độ thực hiện {c.plan.kind}, {office} đề nghị {c.agency} " + "; ".join(asks)
        + f", gửi về {office} trước ngày {short_date(c.reply_by)} để tổng hợp, báo cáo theo quy định."
    )
    out.append(Paragraph([Run(demand)], keep_with_next=True))  # its last lines go with the signature
    out.append(Paragraph([Run(f"{office} đề nghị {c.agency} quan tâm, phối hợp thực hiện./.")], keep_with_next=True))
    return out


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
    sections = [Section(blocks)] + ([annex] if c.tasks else [])
    return Document(head.format, sections, title=reminder_subject(c), author=head.self_name)
