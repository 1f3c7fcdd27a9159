"""Annex tables of indicators (`TT | Chỉ tiêu | ĐVT | Năm 2025 | Mục tiêu đến 2030 | Cơ quan theo dõi`).

Such a table lists targets, not tasks: each row names a measured quantity, its unit and the
figures planned for each period. It is known by its columns — an indicator column (`Chỉ tiêu`,
`Tên chỉ tiêu`, `Chỉ số`) beside a unit column and/or columns of figures, and no column of duties
(`Nhiệm vụ`, `Nội dung`, `Thời gian hoàn thành`) — and by rows that name quantities, not duties
(rows opening with a verb are tasks). Each planned figure becomes one target dated by its
column's heading; figures already achieved (`Thực hiện 2024`, `Ước thực hiện`) are baselines,
not objectives.

Headers are short and vary (`Đơn vị` for the unit, `Kết quả` or `Mục tiêu` for the figure), so where the
header words do not say it the cells do: a bare `Đơn vị` column is the unit when its cells name no body,
and a column whose cells are mostly figures (`≥ 5`, `100%`, `40 - 50`, `≤ 3 Đông Nam Á; ≤ 50 Thế giới`) is
the planned figure when no header names one. A group row naming a time (`I | Đến năm 2030`) dates the
figures below it. A column naming the monitoring agency does not make the rows tasks: it says who
follows the indicator, not who does a duty.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.importers.blocks import Table
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import starts_predicate
from app.importers.extract.targets import GE_BEFORE, LE_BEFORE, NUM, parse_number
from app.importers.extract.textutil import clean_line, squash
from app.importers.result import ImportedTarget

_INDICATOR_HEAD = re.compile(r"^(?:tên )?(?:các )?(?:chỉ tiêu|chỉ số)\b", re.IGNORECASE)
_UNIT_HEAD = re.compile(r"^(?:đơn vị tính|đơn vị đo|đvt)\b", re.IGNORECASE)
_VALUE_HEAD = re.compile(r"\b(?:19|20)\d{2}\b|kế hoạch|mục tiêu|giá trị|chỉ tiêu (?:năm|giao|đến)", re.IGNORECASE)
_ACHIEVED = re.compile(r"thực hiện|\bước\b|thực tế|đã đạt|kết quả|cùng kỳ|hiện trạng|hiện nay", re.IGNORECASE)
_PLANNED = re.compile(r"kế hoạch|mục tiêu|phấn đấu|chỉ tiêu", re.IGNORECASE)
# a column of duties or of their timing: the rows are tasks even with a `Chỉ tiêu` column beside
_DUTY_HEAD = re.compile(r"nhiệm vụ|nội dung|giải pháp|công việc|hoạt động|đề án|dự án|thời gian|thời hạn|"
                        r"tiến độ", re.IGNORECASE)
_FIGURE_CELL = re.compile(
    rf"^(?P<pre>[^\d]{{0,20}}?)\s*(?P<lo>{NUM})\s*(?P<pct>%)?\s*(?:(?P<dash>[-–]|đến)\s*(?P<hi>{NUM})\s*%?)?"
    r"(?P<tail>\s+\D.*)?\s*$",
    re.IGNORECASE)
# a bare `Đơn vị` header: the unit of measure, or the body in charge (told apart by the cells)
_BARE_UNIT_HEAD = re.compile(r"^đơn vị$", re.IGNORECASE)
# achieved figures, when the header names no plan: `Kết quả` alone is what the row is to reach
_ACHIEVED_ONLY = re.compile(r"thực hiện|\bước\b|thực tế|đã đạt|đạt được|cùng kỳ|hiện trạng|hiện nay|"
                            r"\b(?:19|20)\d{2}\b", re.IGNORECASE)
_TIME_GROUP = re.compile(r"\b(?:19|20)\d{2}\b")
_GROUP_STT = re.compile(r"^(?:[IVXL]{1,5}|[A-Z])$")


@dataclass(frozen=True)
class IndicatorColumns:
    """Where a table keeps its indicator, its unit and its planned figures."""

    indicator: int
    unit: int | None
    values: list[int]
    stt: int | None


def _header_columns(header: list[str], body: list[list[str]]) -> IndicatorColumns | None:
    cells = [squash(c) for c in header]
    ind = next((i for i, c in enumerate(cells) if _INDICATOR_HEAD.search(c)), None)
    if ind is None or any(_DUTY_HEAD.search(c) for c in cells):
        return None
    unit = next((i for i, c in enumerate(cells) if _UNIT_HEAD.search(c)), None)
    if unit is None:
        unit = next((i for i, c in enumerate(cells) if i != ind and _BARE_UNIT_HEAD.match(c)
                     and _mostly(body, i, lambda cell: not head_at(cell))), None)
    values = [i for i, c in enumerate(cells) if i not in (ind, unit) and _VALUE_HEAD.search(c)
              and (_PLANNED.search(c) or not _ACHIEVED.search(c))]
    stt = 0 if ind > 0 and re.fullmatch(r"(?:stt|tt|số tt|số thứ tự)\.?", cells[0], re.IGNORECASE) else None
    if not values:
        # `Kết quả`, `Giá trị phấn đấu`...: the column whose cells are figures holds what each row is to reach
        values = [i for i, c in enumerate(cells) if i not in (ind, unit, stt) and not _ACHIEVED_ONLY.search(c)
                  and _mostly(body, i, lambda cell: bool(_figures(cell)))]
    if unit is None and not values:
        return None
    return IndicatorColumns(ind, unit, values, stt)


def _mostly(body: list[list[str]], col: int, test) -> bool:
    """Are most filled cells of the column (at least two) of the kind `test` accepts?"""
    cells = [r[col] for r in body if col < len(r) and r[col]]
    return len(cells) >= 2 and sum(1 for c in cells if test(c)) * 2 > len(cells)


def _figures(cell: str) -> list[tuple[str, float, bool]]:
    """Every figure of a cell, one per `;`-separated part (`≤ 3 Đông Nam Á; ≤ 50 Thế giới`)."""
    parts = [_figure(part) for part in squash(cell).split(";")]
    return [f for f in parts if f is not None]


def _figure(cell: str) -> tuple[str, float, bool] | None:
    """(comparator, value, printed with `%`) of a cell holding one figure (`≥ 95`, `7-7,5`, `giảm 5%`,
    `20% - 50%`); words after it (`≤ 3 Đông Nam Á`, `≥ 3% và tăng dần`) only after a comparator."""
    match = _FIGURE_CELL.match(squash(cell))
    if match is None:
        return None
    pre = match.group("pre").strip()
    if match.group("tail") and not (GE_BEFORE.search(pre) or LE_BEFORE.search(pre)):
        return None
    if pre and not (GE_BEFORE.search(pre) or LE_BEFORE.search(pre) or re.fullmatch(r"giảm|tăng|đạt", pre, re.I)):
        return None
    comp = "="
    if match.group("hi") or GE_BEFORE.search(pre):
        comp = ">="
    elif LE_BEFORE.search(pre):
        comp = "<="
    elif re.fullmatch(r"giảm", pre, re.IGNORECASE):
        comp = "reduce_by"
    elif re.fullmatch(r"tăng", pre, re.IGNORECASE):
        comp = "increase_by"
    return comp, parse_number(match.group("lo")), bool(match.group("pct"))


def _rows(table: Table) -> list[list[str]]:
    return [[squash(clean_line(c or "")) for c in row] for row in table.rows]


def _find(rows: list[list[str]]) -> tuple[int, IndicatorColumns] | None:
    for i, row in enumerate(rows[:4]):
        cols = _header_columns(row, rows[i + 1:])
        if cols is None:
            continue
        body = [r for r in rows[i + 1:] if cols.indicator < len(r) and r[cols.indicator]]
        figured = [r for r in body if any(v < len(r) and _figures(r[v]) for v in cols.values)]
        duties = [r for r in body if starts_predicate(r[cols.indicator].lower())]
        if figured and len(duties) * 2 <= len(body):
            return i, cols
        return None
    return None


def is_indicator_table(table: Table) -> bool:
    """Does the table list indicators (targets) rather than tasks?"""
    return _find(_rows(table)) is not None


def indicator_targets(table: Table, label: str = "PL") -> list[ImportedTarget]:
    """One target per planned figure of an indicator table (none for any other table)."""
    rows = _rows(table)
    found = _find(rows)
    if found is None:
        return []
    header_i, cols = found
    header = rows[header_i]
    out: list[ImportedTarget] = []
    group: str | None = None
    group_time: str | None = None
    for n, row in enumerate(rows[header_i + 1:], start=1):
        def at(i: int | None, row: list[str] = row) -> str:
            return row[i] if i is not None and i < len(row) else ""
        indicator = at(cols.indicator).strip(" :;.")
        stt = re.sub(r"[.)]$", "", at(cols.stt))
        if not indicator or row == header or re.fullmatch(r"\(?\d+\)?", indicator):
            continue
        figures = [(v, _figures(at(v))) for v in cols.values]
        if not any(f for _, f in figures):
            if _GROUP_STT.match(stt) or len({c for c in row if c}) == 1:
                group = stt or indicator[:10]  # `I. Chỉ tiêu kinh tế`: a group title
                # `II | Đến năm 2045`: the time of the figures below it
                group_time = indicator if _TIME_GROUP.search(indicator) else None
            continue
        path = [label, *([group] if group else []), stt or str(n)]
        unit = at(cols.unit)
        for v, figs in figures:
            for comp, value, pct in figs:
                out.append(ImportedTarget(path=path, indicator=indicator, comparator=comp, value=value,
                                          unit=unit or ("%" if pct else None),
                                          deadline_text=group_time or header[v] or None))
    return out
