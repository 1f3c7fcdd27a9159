"""What a clerk asks the report service for, and the one rule that dates it.

The window and the command line both build a `ReportRequest` and hand it to
`ReportService.produce` / `ReportService.content`, so the same choices give the same document
whichever way it was asked for: the kind, the plan, the period, and what the clerk overrides.

The dating rule (`report_dates`), the same for every kind:
- the data are taken at the period's cut-off (ND 09: the 14th of its last month; calendar windows:
  its last day) unless the clerk sets another as-of date; a period still running (its cut-off
  after today) takes today's data, so a report dated 05/12 never states figures "as of 14/12" nor
  counts as overdue a task due on 10/12; a document without a period (a task list, a targets
  table) takes today's data;
- the document is dated today, or — for a period whose report was due before today — on that
  due date, so the 2021-Q4 report reproduced in 2026 carries the date it would have been signed
  (a reminder of such a period: on its cut-off, asking for the report by the due day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.domain.periods import Period, PeriodKind, WindowScheme
from app.domain.text import fold
from app.errors import InputError
from app.exporters.content import Narrative

FORMATS = ("docx", "pdf", "xlsx")


class DocKind(StrEnum):
    """The documents the program prints; values are the command line's `--kind`."""

    PROGRESS = "progress"
    TASKLIST = "tasklist"
    REMINDER = "reminder"
    CALENDAR = "calendar"
    TARGETS = "targets"

    @property
    def needs_period(self) -> bool:
        return self in (DocKind.PROGRESS, DocKind.REMINDER, DocKind.CALENDAR)

    @property
    def needs_plan(self) -> bool:
        return self is not DocKind.CALENDAR  # a month's calendar may cover every plan

    @property
    def file_stem(self) -> str:
        return {DocKind.PROGRESS: "bao-cao", DocKind.TASKLIST: "danh-muc-nhiem-vu",
                DocKind.REMINDER: "cong-van-don-doc", DocKind.CALENDAR: "lich-thang",
                DocKind.TARGETS: "bang-chi-tieu"}[self]


KINDS = tuple(k.value for k in DocKind)


@dataclass(frozen=True)
class ReportRequest:
    """Everything the clerk chose; None means "the rule decides" (see the module docstring)."""

    kind: DocKind
    plan_id: int | None
    period: Period | None = None
    as_of: date | None = None  # data date; None: the period's cut-off (today without a period)
    issued_on: date | None = None  # document date; None: today, or the due date of a past period
    number: int | None = None  # None leaves the number blank for the văn thư; letters: N, N+1, ...
    narrative: Narrative = field(default_factory=Narrative)  # only the sections the clerk changed
    outside_plan: bool = False  # the clerk confirmed a period before the plan or after its end

    def check(self) -> None:
        """Refuse, with one Vietnamese line, a request its kind cannot be printed from (no plan, no period, a
        calendar not by month, a bad number)."""
        if self.kind.needs_plan and self.plan_id is None:
            raise InputError("Hãy chọn một kế hoạch.")
        if self.kind.needs_period and self.period is None:
            raise InputError(f"Loại {self.kind.value} cần kỳ báo cáo, ví dụ --period 2021-Q3.")
        if self.kind is DocKind.CALENDAR and self.period is not None and self.period.kind is not PeriodKind.MONTH:
            raise InputError("Lịch nhiệm vụ in theo tháng: dùng kỳ dạng 2021-M08.")
        if self.number is not None and self.number < 1:
            raise InputError("Số văn bản phải là số nguyên dương.")

    @property
    def code(self) -> str | None:
        return self.period.code if self.period is not None else None

    def suggested_name(self, file_format: str) -> str:
        """The file name offered for the report: its kind's stem and the period code."""
        stem = self.kind.file_stem + (f"-{self.code}" if self.code else "")
        return f"{stem}.{file_format}"


@dataclass(frozen=True)
class ReportDates:
    as_of: date
    issued_on: date


def cutoff(period: Period, scheme: WindowScheme) -> date:
    """The period's data cut-off: the last day of its window."""
    return period.window(scheme).end


def report_dates(period: Period | None, scheme: WindowScheme, due: date | None, today: date,
                 as_of: date | None = None, issued_on: date | None = None,
                 kind: DocKind = DocKind.PROGRESS) -> ReportDates:
    """The one dating rule (module docstring); `due` is the period's report due date.

    A reminder of a past period is dated on its cut-off instead: it is the day the office sees
    who has not reported and what is overdue, and it asks for the report by the due day."""
    data_day = as_of or (min(cutoff(period, scheme), today) if period is not None else today)
    if issued_on is None:
        past = kind is DocKind.REMINDER and period is not None and due is not None and due < today
        issued_on = (data_day if past else due) if due is not None and due < today else today
        issued_on = max(issued_on, min(data_day, today))  # never dated before the data it states
    return ReportDates(data_day, issued_on)


def letter_file_name(agency: str, file_format: str, number: int | None = None) -> str:
    """`don-doc-so-tai-chinh.docx` (`07-don-doc-...` when numbered, so files sort as the register)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(agency)).strip("-")[:60] or "co-quan"
    prefix = f"{number:02d}-" if number is not None else ""
    return f"{prefix}don-doc-{slug}.{file_format}"
