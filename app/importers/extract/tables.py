"""Annex tables of tasks (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành).

Rows with a number in STT are tasks; rows that only carry a group title (`I`, `A`, or text
spanning the row) are sections whose following rows are their children.
"""
from __future__ import annotations

import re

from app.importers.blocks import Table
from app.importers.extract.agencies import split_mentions
from app.importers.extract.deadline_text import clean_value
from app.importers.extract.textutil import clean_line, squash, strip_trailing_punct
from app.importers.result import ImportedNode

_COLS = {
    "stt": re.compile(r"^(?:stt|tt|số thứ tự)$", re.IGNORECASE),
    "task": re.compile(r"nhiệm vụ|nội dung|tên (?:nhiệm vụ|đề án|công việc)|công việc|giải pháp", re.IGNORECASE),
    "lead": re.compile(r"chủ trì|thực hiện|đơn vị chịu trách nhiệm|cơ quan thực hiện", re.IGNORECASE),
    "support": re.compile(r"phối hợp", re.IGNORECASE),
    "deadline": re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành", re.IGNORECASE),
    "product": re.compile(r"sản phẩm|kết quả|hình thức", re.IGNORECASE),
}


def _columns(header: list[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for i, cell in enumerate(header):
        text = squash(cell)
        for key in ("stt", "support", "lead", "deadline", "product", "task"):
            if key not in cols and _COLS[key].search(text) and (key != "stt" or _COLS["stt"].match(text)):
                cols[key] = i
                break
    if "task" in cols and ("lead" in cols or "deadline" in cols):
        return cols
    return None


def table_nodes(tables: list[Table], start_index: int = 0) -> list[ImportedNode]:
    """One section node per task table, with a task node per numbered row."""
    out: list[ImportedNode] = []
    count = 0
    for table in tables:
        rows = [[clean_line(c or "") for c in row] for row in table.rows]
        header_i = next((i for i, r in enumerate(rows[:4]) if _columns(r)), None)
        if header_i is None:
            continue
        cols = _columns(rows[header_i]) or {}
        count += 1
        label = f"PL{count}" if len(tables) > 1 else "PL"
        section = ImportedNode(label=label, kind="section", text="Phụ lục", path=[label])
        group: ImportedNode | None = None
        for row in rows[header_i + 1:]:
            def cell(key: str, row: list[str] = row) -> str:
                i = cols.get(key)
                return row[i].strip() if i is not None and i < len(row) else ""
            if re.fullmatch(r"\(?\d+\)?", cell("task")) or not any(c.strip() for c in row):
                continue  # a numbering row `(1) (2) (3)` under the header
            stt = re.sub(r"[.)]$", "", cell("stt"))
            task_text = strip_trailing_punct(cell("task"))
            lead, support, dl = cell("lead"), cell("support"), cell("deadline")
            distinct = {c.strip() for c in row if c.strip()}
            if not (lead or support or dl) or len(distinct) == 1:
                title = task_text or next(iter(distinct), "")
                group = ImportedNode(label=stt or title[:10], kind="section", text=strip_trailing_punct(title),
                                     path=[label, stt or title[:10]])
                section.children.append(group)
                continue
            parent = group or section
            node = ImportedNode(label=stt or str(len(parent.children) + 1), kind="task", text=task_text,
                                path=[*parent.path, stt or str(len(parent.children) + 1)])
            node.lead = split_mentions(strip_trailing_punct(lead)) if lead else []
            node.support = split_mentions(strip_trailing_punct(support)) if support else []
            node.deadline_text = clean_value(dl) if dl else None
            if not node.lead and not node.deadline_text:
                node.kind = "text"
            parent.children.append(node)
        out.append(section)
    return out
