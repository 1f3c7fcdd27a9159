"""A task's deadline as a report's table prints it: the plan's words when short, else the form the
program understood (`15/12 hằng năm`, `Thường xuyên`, the date a one-off task is judged by), or
the first words of a condition (`Theo kế hoạch tổ chức, sắp xếp lại cơ sở giáo dục…`, as the task's own text is cut).

Why: `Hằng năm, trước ngày 15 tháng 12 để tổng hợp báo cáo ...` in a narrow `Thời hạn` column made
a row of Phụ lục I five lines tall for what a signer reads as `15/12 hằng năm`. The plan's full
wording stays where it is the subject: the plan itself and its printed task list (Danh mục nhiệm
vụ), and the task form where the clerk reads it beside its meaning.

Every report says a deadline one way (`deadline_words`: the progress report's Phụ lục I, the
reminder's letter and its annex): the words above, then the date the task is judged by only when
the words do not say it already — `Tháng 7/2024 (31/7/2024)` and `2025 (31/12/2025)` said one
deadline twice, while `15/12 hằng năm (15/12/2025)` names the year missed and `Trước 15/12
(15/12/2025)` the year the plan left out. A bare year reads `Năm 2025` (`Thời hạn: 2025` reads
like a count).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from app.domain.dates import ROMAN_QUARTER
from app.domain.deadlines import Deadline, DeadlineKind
from app.exporters.layouts import day_text, month_text, short_date
from app.services.reports.condense import short_task
from app.services.task_states import missed_due
from app.services.views import NodeView

K = DeadlineKind
SHORT_CHARS = 16  # a phrase up to this long is printed as the plan wrote it
PHRASE_WORDS = 8  # a phrase the program has no short form for keeps its first words, as the task does
_YEAR = re.compile(r"\d{4}")


def table_deadline(phrase: str, deadline: Deadline | None, due: date | None) -> str:
    """The text of a `Thời hạn` cell: `phrase` when short, else its understood short form; `due`
    is the date the task is judged by (None when it has none)."""
    if len(phrase) <= SHORT_CHARS:  # a cell starts with a capital, as the rules' own forms do (`Thường xuyên`)
        return phrase[:1].upper() + phrase[1:]
    rule = recurring_text(deadline) if deadline is not None else None
    if rule:
        return rule
    return short_date(due) if due is not None else short_task(phrase, PHRASE_WORDS)


def deadline_words(v: NodeView, as_of: date) -> str:
    """A task's deadline as every report prints it (module docstring): the short words, then the judged date in
    brackets when they do not say it — for a rule, only once the task missed an occurrence."""
    missed = missed_due(v.deadline, v.state, as_of)
    due = missed or v.due_date
    text = table_deadline(v.deadline_phrase, v.deadline, due)
    if _YEAR.fullmatch(text):
        text = f"Năm {text}"
    if due is None or short_date(due) in text:
        return text
    if not text:
        return short_date(due)
    d = v.deadline
    said = d is not None and d.override is None and (
        (d.is_recurring and missed is None) or d.kind is K.ONGOING or (not d.is_recurring and str(due.year) in text))
    return text if said else f"{text} ({short_date(due)})"


def recurring_text(d: Deadline) -> str | None:
    """`15/12 hằng năm`, `Quý I hằng năm`, `Ngày 25 hằng tháng`, `Thường xuyên`; None for a
    deadline that falls due once (its date says it)."""
    k = d.kind
    if k is K.ONGOING:
        return "Thường xuyên"
    if k in (K.YEARLY, K.YEAR_ONWARD, K.FROM_YEAR):
        month = d.month or 12
        day = d.day or calendar.monthrange(2001, month)[1]
        return f"{day_text(date(2001, month, day))}/{month_text(date(2001, month, 1))} hằng năm"
    if k is K.YEARLY_IN_QUARTER:
        return f"Quý {ROMAN_QUARTER.get(d.quarter or 0, '')} hằng năm".replace("  ", " ")
    if k is K.MONTHLY:
        return f"Ngày {d.day} hằng tháng" if d.day else "Hằng tháng"
    if k is K.QUARTERLY:
        return f"Ngày {d.day} tháng cuối quý" if d.day else "Hằng quý"
    if k is K.HALF_YEARLY:
        return "Định kỳ 6 tháng"
    return None
