"""Bảng theo dõi chỉ tiêu: each target of a plan, its goal and its latest measurement."""

from __future__ import annotations

from app.exporters.builders.common import plain, plan_citation
from app.exporters.content import TargetsContent
from app.exporters.document import Align, AnnexTitle, Block, Column, Document, Orientation, Section, Table, TableRow
from app.exporters.layouts import short_date

TITLE = "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU"
COLUMNS = [
    Column("STT", 12, Align.CENTER),
    Column("Chỉ tiêu", 95),
    Column("Mục tiêu", 40, Align.CENTER),
    Column("Thời hạn", 30, Align.CENTER),
    Column("Kết quả mới nhất", 32, Align.CENTER),
    Column("Ngày số liệu", 24, Align.CENTER),
    Column("Đánh giá", 26, Align.CENTER),
]


def build_targets(c: TargetsContent) -> Document:
    """The targets table: goal, deadline, latest figure and date, assessment (`Chưa có số liệu` when never
    measured)."""
    rows = [
        TableRow(
            [
                r.stt or str(i),
                r.indicator,
                r.goal,
                r.deadline,
                r.latest or "-",
                short_date(r.measured_on) if r.measured_on else "-",
                r.assessment or "Chưa có số liệu",
            ]
        )
        for i, r in enumerate(c.rows, start=1)
    ]
    reference = f"(Theo {plan_citation(c.plan, with_subject=False)}; số liệu đến ngày {short_date(c.as_of)})"
    label = c.issuing_body.upper() if c.issuing_body else "Phụ lục"
    # a plan with no target (78-KH/HU) printed a header row over an empty page
    body: Block = (Table(COLUMNS, rows, sheet_name="Chỉ tiêu") if rows else
                   plain(f"{plan_citation(c.plan, with_subject=False)} không đặt chỉ tiêu định lượng."))
    section = Section([AnnexTitle(label, TITLE, reference), body], Orientation.LANDSCAPE)
    return Document(c.format, [section], title=f"Chỉ tiêu {plan_citation(c.plan, False)}")
