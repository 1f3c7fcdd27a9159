"""The month's due items as a printable list, grouped by week (a grid of 7 cells cannot hold
the long task texts of a real plan legibly; a dated list can)."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from app.exporters.content import CalendarMonthContent
from app.exporters.document import (
    Align,
    AnnexTitle,
    Block,
    Column,
    Document,
    Orientation,
    Paragraph,
    Role,
    Section,
    Table,
    TableRow,
)
from app.exporters.layouts import short_date

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
COLUMNS = [
    Column("Ngày", 24, Align.CENTER),
    Column("Nội dung nhiệm vụ", 110),
    Column("Kế hoạch", 36, Align.CENTER),
    Column("Cơ quan chủ trì", 42, Align.CENTER),
    Column("Tình trạng", 35, Align.CENTER),
]


def build_calendar_month(c: CalendarMonthContent) -> Document:
    """The month's due items as a list grouped by week (one row group per week, `Không có nhiệm vụ đến hạn` in an
    empty one), landscape."""
    first = date(c.year, c.month, 1)
    last = date(c.year, c.month, _cal.monthrange(c.year, c.month)[1])
    entries = sorted(c.entries, key=lambda e: e.day)
    rows: list[TableRow] = []
    week_start = first - timedelta(days=first.weekday())
    while week_start <= last:
        week_end = week_start + timedelta(days=6)
        in_week = [e for e in entries if week_start <= e.day <= week_end]
        lo, hi = max(week_start, first), min(week_end, last)
        span = f"Ngày {short_date(lo)}" if lo == hi else f"Tuần từ {short_date(lo)} đến {short_date(hi)}"
        rows.append(TableRow.group(span))
        if not in_week:
            rows.append(TableRow(["", "Không có nhiệm vụ đến hạn.", "", "", ""]))
        for e in in_week:
            rows.append(
                TableRow([f"{WEEKDAYS[e.day.weekday()]}\n{short_date(e.day)}", e.text, e.plan, e.lead, e.status])
            )
        week_start += timedelta(days=7)
    note = f"(Số liệu đến ngày {short_date(c.as_of)})" if c.as_of else None
    blocks: list[Block] = [
        AnnexTitle(c.issuing_body.upper(), f"Lịch nhiệm vụ đến hạn tháng {c.month} năm {c.year}", note),
    ]
    if entries:
        blocks += [
            Table(COLUMNS, rows, sheet_name=f"Tháng {c.month:02d}-{c.year}",
                  note=f"Tổng số: {len(entries)} nhiệm vụ đến hạn trong tháng."),
        ]
    else:  # five weeks of `Không có nhiệm vụ đến hạn.` rows said this at length
        blocks.append(Paragraph.of(f"Không có nhiệm vụ nào đến hạn trong tháng {c.month} năm {c.year}.",
                                   role=Role.PLAIN))
    return Document(c.format, [Section(blocks, Orientation.LANDSCAPE)], title=f"Lịch nhiệm vụ tháng {c.month}/{c.year}")
