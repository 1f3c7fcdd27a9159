"""What a report says, as plain data: the report service fills these, the builders print them.

They hold facts already decided (counts, status words, result texts) so that a builder only
arranges them into an official document and a snapshot of them (JSON) reproduces the report.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from datetime import date

from app.domain.reporting import ReportStatus
from app.domain.task_state import CompletionFigures, StateCounts
from app.exporters.document import DocNumber, Format, Signer

ReportingStatus = ReportStatus  # on time / late / missing / not yet due, as the domain decides


@dataclass
class Letterhead:
    """Who issues the document, its number and date, who signs it and who receives it."""

    format: Format
    issuing_body: str  # SỞ NỘI VỤ / THÀNH ỦY HÀ NỘI (printed in capitals)
    number: DocNumber
    place: str
    date: date | None
    signer: Signer
    parent_body: str | None = None
    short_name: str = ""  # how the body names itself in the text: `Sở Nội vụ`
    recipients: list[str] = field(default_factory=list)
    archive: str = ""  # unit after `Lưu: VT,` (state) or `Văn phòng Thành ủy` (party)
    addressees: list[str] = field(default_factory=list)  # Kính gửi; a report sent upward

    @property
    def self_name(self) -> str:
        return self.short_name or self.issuing_body


@dataclass
class PlanRef:
    """The plan being reported on: `Kế hoạch số 177/KH-UBND ngày 02/8/2021 của UBND Thành phố về ...`."""

    number: str
    date: date | None
    issuer: str
    subject: str
    kind: str = "Kế hoạch"


@dataclass
class SummaryCounts(CompletionFigures):
    """`StateCounts` as a report states them: mutable with defaults, so a snapshot (JSON) or a
    test can give only some counts; `done` and `completion_rate` are the domain's."""

    total: int = 0
    due: int = 0
    done_on_time: int = 0
    done_late: int = 0
    in_progress_on_time: int = 0
    overdue: int = 0
    ongoing: int = 0  # thường xuyên
    not_due: int = 0
    suspended: int = 0

    @classmethod
    def of(cls, counts: StateCounts) -> SummaryCounts:
        """The report's copy of the figures `domain.task_state.summarize` computed."""
        return cls(**{f.name: getattr(counts, f.name) for f in fields(cls)})


@dataclass
class AgencyReport:
    agency: str
    status: ReportingStatus
    submitted_on: date | None = None


@dataclass
class ResultGroup:
    """A heading of the plan's own numbering: `I.`, `1.`, `1.1` with its title."""

    label: str
    title: str
    level: int = 1


@dataclass
class ResultTask:
    stt: str
    text: str
    lead: str = ""
    support: str = ""
    deadline: str = ""  # the deadline phrase as the plan states it
    # latest result text of the responsible agencies; for a group task the service's summary
    # (`56 cơ quan, đơn vị: 20 đã hoàn thành, ...` then one `- ...` line per distinct result)
    result: str = ""
    status: str = ""  # status words (TaskState value)


ResultItem = ResultGroup | ResultTask


@dataclass
class TargetRow:
    indicator: str
    goal: str  # `≥ 15%`, `giảm 10% so với năm 2021`
    latest: str = ""  # latest measurement, `12,5%`
    measured_on: date | None = None
    assessment: str = ""  # Đạt / Chưa đạt / Chưa có số liệu
    deadline: str = ""
    stt: str = ""


@dataclass
class NextTask:
    text: str
    lead: str = ""
    deadline: str = ""
    overdue: bool = False  # already overdue: section V names it with the overdue tasks


@dataclass
class PartSummary:
    """One part of the plan's top-level structure, as section II states it: counts by status, the
    period's results in the agencies' own words (deduplicated, attributed) and the overdue tasks."""

    heading: str  # `1. Đẩy mạnh công tác thông tin, tuyên truyền`, `Phần IV. Tổ chức thực hiện`
    counts: str  # `Có 3 nhiệm vụ: 1 đang thực hiện trong hạn, 2 đang thực hiện quá hạn.`
    results: list[str] = field(default_factory=list)  # `Sở Nội vụ: đã trình ...`
    overdue: list[str] = field(default_factory=list)  # `Rà soát ... (Sở Tư pháp; thời hạn 31/12/2021)`
    depth: int = 0  # 1: a section of an opened part (its heading, with empty counts, comes first)
    tasks: int = 0  # how many tasks `counts` counts (0 in a report saved before it was kept)


@dataclass
class AgencyRow:
    """Phụ lục II: one agency's tasks by state at the data date, and its report for the period."""

    agency: str
    led: int = 0
    done_on_time: int = 0
    done_late: int = 0
    in_progress: int = 0
    overdue: int = 0
    report: str = ""  # `Đã nhận 10/12/2021`, `Nhận chậm 20/12/2021`, `Chưa báo cáo`


@dataclass
class Narrative:
    """Texts the clerk may edit before printing; empty means the builder writes its default."""

    opening: str = ""
    deployment: list[str] = field(default_factory=list)
    results: list[str] = field(default_factory=list)
    shortcomings: list[str] = field(default_factory=list)
    difficulties: list[str] = field(default_factory=list)
    direction: list[str] = field(default_factory=list)
    proposals: list[str] = field(default_factory=list)
    closing: str = ""


@dataclass
class ProgressReportContent:
    letterhead: Letterhead
    plan: PlanRef
    period_label: str  # `quý III năm 2021`
    as_of: date
    summary: SummaryCounts
    agencies: list[AgencyReport] = field(default_factory=list)
    # The day `agencies` are counted to: the report's own date when after `as_of` (the agencies' reports fall due
    # after the data cut-off); None in older snapshots, which counted them at `as_of`.
    reports_as_of: date | None = None
    # Names the plan gives that the directory does not know yet, holding tasks of the period: not counted in
    # `agencies`, said once beside the count (`app.domain.register`).
    unconfirmed: int = 0
    results: list[ResultItem] = field(default_factory=list)
    targets: list[TargetRow] = field(default_factory=list)
    difficulties: list[str] = field(default_factory=list)
    proposals: list[str] = field(default_factory=list)
    next_tasks: list[NextTask] = field(default_factory=list)
    narrative: Narrative = field(default_factory=Narrative)
    # Drafted by the service from the period's data (empty in older snapshots: the builder then
    # falls back to its per-task section II and its own defaults).
    parts: list[PartSummary] = field(default_factory=list)
    agency_rows: list[AgencyRow] = field(default_factory=list)
    shortcomings: list[str] = field(default_factory=list)
    direction: list[str] = field(default_factory=list)
    # Section II quotes each task's result up to this many tasks; a bigger plan gets one count
    # sentence per group there (the annex still has every result), or the report would run to
    # hundreds of pages no leader signs.
    detail_limit: int = 120
    # `Số liệu kỳ báo cáo đã được ... phê duyệt lúc ...`: set when the period's report has been
    # approved (issue 14), printed at the foot of the Nơi nhận list (see SignatureBlock.note).
    approval: str | None = None

    def with_narrative(self, narrative: Narrative) -> ProgressReportContent:
        """A copy carrying the clerk's narrative (the loaded content stays pristine)."""
        out = copy.copy(self)
        out.narrative = copy.deepcopy(narrative)
        return out


@dataclass
class TaskListContent:
    """Danh mục nhiệm vụ of a plan, for distribution with the plan."""

    format: Format
    plan: PlanRef
    items: list[ResultItem]


@dataclass
class ReminderTask:
    stt: str
    text: str
    source: str  # văn bản giao: `Kế hoạch số 177/KH-UBND`
    deadline: str
    lead: str
    status: str


@dataclass
class ReminderContent:
    """Công văn đôn đốc to one agency with overdue tasks or a missing period report."""

    letterhead: Letterhead  # number without a type code; addressees = [the agency]
    agency: str
    plan: PlanRef
    period_label: str
    overdue_count: int
    missing_report: bool
    reply_by: date
    tasks: list[ReminderTask]
    due_soon_count: int = 0
    demand: str = ""  # edited demand paragraph; empty = the default wording
    as_of: date | None = None  # the data the letter states (the period's cut-off)


@dataclass
class CalendarEntry:
    day: date
    text: str
    lead: str = ""
    plan: str = ""  # `KH 177/KH-UBND`
    status: str = ""


@dataclass
class CalendarMonthContent:
    format: Format
    issuing_body: str
    year: int
    month: int
    entries: list[CalendarEntry]
    as_of: date | None = None


@dataclass
class TargetsContent:
    format: Format
    plan: PlanRef
    as_of: date
    rows: list[TargetRow]
    issuing_body: str = ""
