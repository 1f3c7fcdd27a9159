"""Each task's printed deadline phrase → its parsed deadline (`domain.deadline_phrases`), and the warnings the
clerk completes in the preview: a phrase the parser does not understand, a task with no presiding agency."""
from __future__ import annotations

from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import DeadlineKind
from app.importers.result import ImportedNode


def attach_deadlines(node: ImportedNode, plan_year: int | None) -> None:
    """Fill the deadline of each task under `node` (itself included) and flag what the clerk must complete.

    A time wholly before the document's year (`người tham gia kháng chiến trong giai đoạn 1974 - 1975`) says who or
    what, not when: a plan sets work ahead of it, so it is no deadline, and an item dated only by it is no task."""
    for n in node.walk():
        unknown = None
        if n.kind == "task" and n.deadline_text:
            try:
                parsed = parse_deadline(n.deadline_text, plan_year=plan_year)
            except Exception:  # a phrase the parser rejects must not stop an import
                parsed, unknown = None, "Không hiểu thời hạn"
            if parsed is not None and _before(parsed.to_dict(), plan_year):
                n.deadline_text, n.kind = None, "task" if n.lead else "text"
            elif parsed is not None:
                n.deadline = parsed.to_dict()
                if parsed.kind == DeadlineKind.UNKNOWN:
                    unknown = f"Không hiểu thời hạn: {n.deadline_text}"
        if n.kind == "task" and not n.lead:
            n.warnings.append("Chưa xác định cơ quan chủ trì")
        if unknown:
            n.warnings.append(unknown)


def _before(deadline: dict, plan_year: int | None) -> bool:
    """Does the parsed deadline end in a year before `plan_year`?"""
    date = deadline.get("date")
    last = deadline.get("end_year") or deadline.get("year") or (int(date[:4]) if isinstance(date, str) else None)
    return plan_year is not None and isinstance(last, int) and last < plan_year
