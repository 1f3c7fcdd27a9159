"""`python -m app demo`: a new database with the sample plans, the agency directory and
deterministic sample progress — what screenshots, reports and benchmarks run on.

Everything is generated from a seeded `random.Random`, so two demo databases built with the
same seed hold the same rows. Progress covers the tasks' lead agencies (group leads expand to
their members) quarter by quarter from each plan's issue (at most 16 quarters, up to 2024-Q4),
with a mix of outcomes: done on time, done late, still in progress past the deadline (overdue),
suspended with a reason, not started, and ongoing tasks reported every quarter. Agencies'
quarterly report documents (some late, some missing) and target measurements are added too.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.domain.dates import quarter_of
from app.domain.deadlines import due_dates, next_due
from app.domain.periods import Period, PeriodKind
from app.domain.plan_names import plan_caption
from app.domain.text import fold
from app.errors import InputError
from app.models import AgencyReport, Assignment, Measurement, NodeDeadline, Plan, PlanNode, ProgressUpdate, Target
from app.models.database import Database, open_database, sqlite_path, to_url
from app.services.agency_directory import load_directory, read_directory
from app.services.base import Service
from app.services.plan_import import PlanImportService
from app.services.reports.office import OfficeProfile, save_profile
from app.services.task_states import group_members, make_deadline

SEED = 2024
LAST_PERIOD = Period(PeriodKind.QUARTER, 2024, 4)
LAST_DAY = date(2024, 12, 31)  # sample data ends here
MAX_QUARTERS = 16
OUTCOMES = ("on_time", "late", "overdue", "not_started", "suspended")
WEIGHTS = (44, 20, 20, 8, 8)
RESULTS = (
    "Đã ban hành kế hoạch triển khai tại cơ quan, đơn vị.",
    "Đã tổ chức hội nghị quán triệt đến cán bộ, công chức, viên chức.",
    "Đang rà soát, dự thảo văn bản; đã lấy ý kiến các phòng, ban chuyên môn.",
    "Đã hoàn thiện dự thảo, trình lãnh đạo xem xét.",
    "Đã triển khai đồng bộ, định kỳ kiểm tra, đôn đốc.",
)
DIFFICULTIES = ("", "", "", "Thiếu biên chế làm công tác tham mưu.", "Kinh phí được giao chậm.",
                "Chờ văn bản hướng dẫn của Bộ, ngành Trung ương.")
SUSPEND_REASONS = ("Tạm dừng chờ chủ trương sắp xếp tổ chức bộ máy.",
                   "Tạm dừng do thay đổi quy định của Trung ương.")


@dataclass
class DemoSummary:
    database: str
    agencies: int
    groups: int
    plans: list[str] = field(default_factory=list)
    tasks: int = 0
    progress_rows: int = 0
    agency_reports: int = 0
    measurements: int = 0
    proposed: int = 0
    exchange_sent: int = 0
    exchange_returned: int = 0
    exchange_folder: str = ""
    exchange_period: str = ""

    @property
    def message(self) -> str:
        return (f"Đã tạo cơ sở dữ liệu demo {self.database}: {self.agencies} cơ quan, {self.groups} nhóm, "
                f"{len(self.plans)} kế hoạch ({', '.join(self.plans)}), {self.tasks} nhiệm vụ, "
                f"{self.progress_rows} báo cáo tiến độ, {self.agency_reports} báo cáo định kỳ, "
                f"{self.measurements} số đo chỉ tiêu; {self.proposed} cơ quan/nhóm mới đề xuất khi nhập; "
                f"phiếu báo cáo {self.exchange_period}: gửi {self.exchange_sent}, nhận lại {self.exchange_returned}"
                + (f" (lưu ở {self.exchange_folder})." if self.exchange_folder else "."))


def sample_files(folder: Path | None = None) -> list[Path]:
    """The sample plans shipped with the program (or in `folder`); none found is an InputError, because the demo and
    the first-run wizard rely on them."""
    from app.resources import resource_path

    folder = folder or resource_path("samples")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".txt", ".md", ".docx", ".pdf"))
    if not files:
        raise InputError(f"Không tìm thấy kế hoạch mẫu trong {folder}.")
    return files


def build_demo(target: str | Path, *, seed: int = SEED, samples: Path | None = None,
               user: str = "demo", profile: str = "state") -> DemoSummary:
    """Create the demo database at `target` (a new file or an empty server database), with the
    office profile `profile` (`state`: a Sở; `party`: a Thành ủy, see `OFFICES`)."""
    if profile not in OFFICES:
        raise InputError(f"Hồ sơ cơ quan «{profile}» không có: chọn {' hoặc '.join(OFFICES)}.")
    from app.importers import blocks_text, import_plan_document
    from app.importers.readers import read_file_bytes
    from app.resources import resource_path

    folder = samples or resource_path("samples")
    path = sqlite_path(to_url(target))
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise InputError(f"Tệp {path} đã tồn tại: lệnh demo chỉ tạo cơ sở dữ liệu mới; hãy chọn tên tệp khác.")
    directory = read_directory(folder / "agencies.json")
    office, follows = OFFICES[profile]
    parsed = []
    for file in sample_files(folder):  # parse everything before the database is touched
        blocks, plan = import_plan_document(file)
        if follows(office(), plan.place):
            parsed.append((file, plan, read_file_bytes(file), blocks_text(blocks)))
    created = path is not None and not path.exists()
    database = open_database(target)
    try:
        with database.session() as s:
            summary = _fill(s, database, directory, parsed, seed, user, office())
    except BaseException:
        database.dispose()
        if created and path is not None:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    try:
        from app.services.demo_exchange import build_exchange_history

        keep = path.with_name(f"{path.stem}-phieu-bao-cao") if path is not None else None
        exchange = build_exchange_history(database, seed, keep, user)
    finally:
        database.dispose()
    summary.exchange_sent, summary.exchange_returned = exchange.sent, exchange.returned
    summary.exchange_folder, summary.exchange_period = exchange.folder, exchange.period
    summary.database = str(path or target)
    return summary


def _fill(s: Session, database: Database, directory: dict, parsed: list, seed: int, user: str,
          office: OfficeProfile) -> DemoSummary:
    loaded = load_directory(s, directory)
    summary = DemoSummary(database="", agencies=loaded.agencies, groups=loaded.groups)
    importer = PlanImportService(database, user)
    plan_ids = []
    for file, plan, original, text in parsed:
        outcome = importer.store_in(s, plan, original=original, filename=file.name, extracted_text=text)
        plan_ids.append(outcome.plan_id)
        summary.plans.append(plan_caption(plan.number, plan.doc_type, plan.title))
        summary.tasks += outcome.tasks
        summary.proposed += len(outcome.proposed_agencies) + len(outcome.proposed_groups)
    generator = _SampleProgress(s, random.Random(seed), user)
    for plan_id in plan_ids:
        generator.plan(plan_id)
    generator.flush()
    save_profile(s, office)
    summary.progress_rows = generator.progress_count
    summary.agency_reports = generator.report_count
    summary.measurements = generator.measurement_count
    Service(database, user).audit(s, "create", s.get(Plan, plan_ids[0]), "demo", None,
                                  f"demo seed={seed}: {summary.progress_rows} báo cáo tiến độ")
    return summary


def demo_office() -> OfficeProfile:
    """The Sở Nội vụ of the sample city: the body that follows up Kế hoạch 177/KH-UBND.

    Without a stored profile every printed report lacked the parent body line and showed a
    placeholder signer, so the demo would not show what a real office prints. The names are
    fictitious; the shape (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, `Lưu: VT, CCVC.`) is the usual one.
    """
    return OfficeProfile(
        issuing_body="Sở Nội vụ",
        parent_body="UBND Thành phố Hà Nội",
        short_name="Sở Nội vụ",
        body_code="SNV",
        letter_code="SNV-CCVC",
        archive="CCVC",  # Phòng Công chức, viên chức drafts the report
        place="Hà Nội",
        signer_authority="KT",
        signer_authority_body="Giám đốc",
        signer_title="Phó Giám đốc",
        signer_name="Nguyễn Văn Minh",
        recipients=["Ban Tổ chức Thành ủy", "Giám đốc Sở (để báo cáo)", "Các Phó Giám đốc Sở"],
        recipients_by_kind={"reminder": ["Giám đốc Sở (để báo cáo)"]},  # a công văn to a sở is not copied
    )


def party_office() -> OfficeProfile:
    """The Thành ủy of the sample city, its reports drafted and archived by the Văn phòng.

    Its documents are Party documents: HD 36 before 27/5/2026, HD 05 from then on (the family
    `party`, no pinned format). The Ban Thường vụ signs collectively (`T/M BAN THƯỜNG VỤ` /
    `PHÓ BÍ THƯ THƯỜNG TRỰC`); numbers read `Số 05-BC/TU`, letters `Số 12-CV/TU`; the list
    ends `- Lưu Văn phòng Thành ủy.` Names are fictitious.
    """
    return OfficeProfile(
        issuing_body="Thành ủy Hà Nội",
        parent_body="Đảng bộ thành phố Hà Nội",
        short_name="Ban Thường vụ Thành ủy",
        body_code="TU",
        letter_code="TU",
        archive="Văn phòng Thành ủy",
        place="Hà Nội",
        format="party",
        signer_authority="TM",
        signer_authority_body="Ban Thường vụ",
        signer_title="Phó Bí thư Thường trực",
        signer_name="Nguyễn Văn Thành",
        recipients=["Ban Bí thư Trung ương Đảng", "Văn phòng Trung ương Đảng", "Các đồng chí Thành ủy viên",
                    "Các huyện ủy, quận ủy, thị ủy, đảng ủy trực thuộc Thành ủy"],
    )


def follows_every_plan(_office: OfficeProfile, _place: str | None) -> bool:
    """The Sở's demo holds every sample, Cần Thơ's too: it shows the directory's second city, a plan of
    2023 and the reports of a plan the office did not issue."""
    return True


def follows_its_own_city(office: OfficeProfile, place: str | None) -> bool:
    """A Thành ủy follows its own Party's documents (printed without a place: the samples of the Ban Chấp hành
    and the Ban Thường vụ) and its city's plans (UBND Hà Nội's, which carry out its resolutions); another
    province's UBND plan (Cần Thơ's 194/KH-UBND) is that province's Party committee's to follow."""
    return not place or fold(place) == fold(office.place)


OFFICES: dict[str, tuple[Callable[[], OfficeProfile], Callable[[OfficeProfile, str | None], bool]]] = {
    "state": (demo_office, follows_every_plan),
    "party": (party_office, follows_its_own_city),
}


def quarters(start: date, count: int = MAX_QUARTERS) -> list[Period]:
    """The quarters from the one containing `start`, at most `count`, ending by LAST_PERIOD."""
    period = Period(PeriodKind.QUARTER, start.year, quarter_of(start))
    out: list[Period] = []
    while len(out) < count and (period.year, period.index) <= (LAST_PERIOD.year, LAST_PERIOD.index):
        out.append(period)
        period = period.next()
    return out


def report_day(period: Period) -> date:
    """Nghị định 09: a quarter's report covers up to the 14th of its last month."""
    return date(period.year, period.index * 3, 14)


class _SampleProgress:
    """Generates and bulk-inserts the sample rows (Core executemany: tens of thousands of rows)."""

    def __init__(self, s: Session, rng: random.Random, user: str) -> None:
        self.s, self.rng, self.user = s, rng, user
        self.members = group_members(s)
        self.progress: list[dict] = []
        self.reports: list[dict] = []
        self.measurements: list[dict] = []
        self.progress_count = self.report_count = self.measurement_count = 0

    def plan(self, plan_id: int) -> None:
        plan = self.s.get(Plan, plan_id)
        assert plan is not None
        start = plan.issued_on or date(2021, 1, 1)
        periods = quarters(start)
        reporting_agencies: set[int] = set()
        tasks = self.s.scalars(select(PlanNode).where(PlanNode.plan_id == plan_id, PlanNode.kind == "task")
                               .order_by(PlanNode.id)).all()
        for task in tasks:
            leads = self._leads(task.id)
            if not leads:
                continue
            reporting_agencies.update(leads)
            due = self._occurrences(task.id, start)
            outcome = self.rng.choices(OUTCOMES, WEIGHTS)[0] if due else self.rng.choice(
                ("ongoing", "ongoing", "ongoing", "suspended"))
            for index, agency_id in enumerate(leads):
                self._story(task.id, agency_id, periods, start, due, outcome, first=index == 0)
        for agency_id in sorted(reporting_agencies):
            for period in periods:
                if self.rng.random() < 0.1:
                    continue  # never sent: the reminder list has something to show
                late = self.rng.random() < 0.2
                received = report_day(period) + timedelta(days=self.rng.randint(8, 40) if late
                                                          else -self.rng.randint(0, 10))
                if received <= LAST_DAY:
                    self.reports.append({"agency_id": agency_id, "plan_id": plan_id, "period": period.code,
                                         "received_on": received,
                                         "document_number": f"{self.rng.randint(10, 999)}/BC-{agency_id}"})
        self._measurements(plan_id, start)

    def _leads(self, node_id: int) -> list[int]:
        leads: list[int] = []
        for agency_id, group_id in self.s.execute(select(Assignment.agency_id, Assignment.group_id).where(
                Assignment.node_id == node_id, Assignment.role == "lead").order_by(Assignment.position)):
            if agency_id is not None:
                leads.append(agency_id)
            elif group_id is not None:
                leads.extend(self.members.get(group_id, ()))
        return list(dict.fromkeys(leads))

    def _occurrences(self, node_id: int, start: date) -> list[date]:
        """The task's due dates from the plan's start to the last day of sample data."""
        row = self.s.scalar(select(NodeDeadline).where(NodeDeadline.node_id == node_id))
        if row is None:
            return []
        deadline = make_deadline(row.kind, row.phrase, row.params, row.override_date, row.trigger_date)
        if deadline.is_recurring:
            return [d for d in due_dates(deadline, start, LAST_DAY) if d < LAST_DAY]
        first = next_due(deadline, start - timedelta(days=1))
        return [first] if first else []

    def _story(self, node_id: int, agency_id: int, periods: list[Period], start: date, due: list[date],
               outcome: str, *, first: bool) -> None:
        """Quarterly reports of one lead agency: one work cycle per due date (recurring tasks have
        several); the outcome decides whether the cycles end on time, late, or not at all."""
        rng = self.rng
        if outcome == "not_started" or (outcome == "overdue" and rng.random() < 0.1):
            return
        finishes: list[date] = []
        for number, occurrence in enumerate(due):
            last = number == len(due) - 1
            if outcome == "on_time" or (outcome in ("overdue", "late") and not last):
                finishes.append(max(start + timedelta(days=20), occurrence - timedelta(days=rng.randint(5, 75))))
            elif outcome == "late":
                finishes.append(occurrence + timedelta(days=rng.randint(20, 200)))
        suspend_at = rng.randrange(len(periods)) if outcome == "suspended" and first else None
        cycle_start, cycle = start, 0
        for number, period in enumerate(periods):
            reported = report_day(period) + timedelta(days=rng.randint(-6, 6))
            if reported < start:
                continue
            if reported > LAST_DAY:
                break
            row = {"node_id": node_id, "agency_id": agency_id, "period": period.code, "reported_on": reported,
                   "entered_by": self.user, "evidence": "", "proposals": "",
                   "difficulties": rng.choice(DIFFICULTIES), "done_on": None}
            if suspend_at is not None and number >= suspend_at:
                row.update(status="suspended", percent=None, result=rng.choice(SUSPEND_REASONS))
                self.progress.append(row)
                break
            if cycle < len(finishes) and finishes[cycle] <= reported:
                row.update(status="done", percent=100, done_on=finishes[cycle], difficulties="",
                           result="Đã hoàn thành nhiệm vụ; sản phẩm đã gửi cơ quan đầu mối.")
                self.progress.append(row)
                cycle_start, cycle = finishes[cycle], cycle + 1
                if cycle >= len(due) and due and outcome != "ongoing":
                    break  # the last cycle is done: nothing more to report
                continue
            if rng.random() < 0.07:
                continue  # a skipped quarter: the agency did not report
            target = finishes[cycle] if cycle < len(finishes) else (due[cycle] if cycle < len(due) else LAST_DAY)
            span = max(1, (target - cycle_start).days)
            percent = None if outcome == "ongoing" else min(95, 5 + int(90 * (reported - cycle_start).days / span))
            row.update(status="in_progress", percent=max(5, percent) if percent is not None else None,
                       result=rng.choice(RESULTS))
            self.progress.append(row)
        if len(self.progress) > 5000:
            self.flush()

    def _measurements(self, plan_id: int, start: date) -> None:
        for target in self.s.scalars(select(Target).where(Target.plan_id == plan_id).order_by(Target.id)):
            value = target.value
            begin = value * (0.5 if target.comparator in (">=", "=", "increase_by") else 1.6) or 1.0
            for year in range(max(start.year, 2021), 2025):
                share = (year - start.year + 1) / max(1, 2025 - start.year)
                measured = round(begin + (value - begin) * share * self.rng.uniform(0.7, 1.05), 1)
                self.measurements.append({"target_id": target.id, "measured_on": date(year, 12, 15),
                                          "value": measured, "note": "Số liệu mẫu", "entered_by": self.user})

    def flush(self) -> None:
        for model, rows, counter in ((ProgressUpdate, self.progress, "progress_count"),
                                     (AgencyReport, self.reports, "report_count"),
                                     (Measurement, self.measurements, "measurement_count")):
            if rows:
                self.s.execute(insert(model), rows)
                setattr(self, counter, getattr(self, counter) + len(rows))
                rows.clear()
