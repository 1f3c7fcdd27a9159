"""Realistic report contents built from two real plans of the corpus (tests/fixtures/corpus).

`plan_177_ubnd` is a UBND Hà Nội plan (state format), `plan_btv_thanhuy` a Ban Thường vụ Thành
ủy plan (party format). Statuses and results are made up but shaped like real reports.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from app.exporters.content import (
    AgencyReport,
    CalendarEntry,
    CalendarMonthContent,
    Letterhead,
    NextTask,
    PlanRef,
    ProgressReportContent,
    ReminderContent,
    ReminderTask,
    ReportingStatus,
    ResultGroup,
    ResultItem,
    ResultTask,
    SummaryCounts,
    TargetRow,
    TargetsContent,
    TaskListContent,
)
from app.exporters.document import Authority, DocNumber, Format, Signer

DATA = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
FILES = {"plan_177_ubnd": "000_5d85a5fb6824ef83", "plan_btv_thanhuy": "001_17deee1f513ea228"}
# the progress annex's header row, as Word, PDF and Excel readers see it
ANNEX_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kết quả thực hiện",
                "Tình trạng"]
STATUSES = (
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Đang thực hiện trong hạn",
    "Đang thực hiện quá hạn",
    "Chưa đến hạn",
    "Thường xuyên",
)
RESULTS = (
    "Đã ban hành Kế hoạch số 45/KH-SNV ngày 12/9/2021 triển khai thực hiện; tổ chức 03 hội nghị "
    "quán triệt cho 1.250 cán bộ, đảng viên.",
    "Đang xây dựng dự thảo, lấy ý kiến các sở, ngành; dự kiến trình UBND Thành phố trong tháng 10/2021.",
    "Chưa triển khai do vướng mắc về kinh phí; đã có Văn bản số 2318/SNV-TCBC đề xuất bổ sung dự toán.",
    "Thường xuyên cập nhật thông tin trên Cổng thông tin điện tử; đăng tải 27 tin, bài về công tác cán bộ.",
)
_HEAD = re.compile(r"^([IVX]+|\d+(?:\.\d+)*)[.\-]\s*(.+?)\s*:?$")


def load_plan(name: str) -> dict:
    return json.loads((DATA / f"{FILES[name]}.gold.json").read_text(encoding="utf-8"))


def _group_titles(name: str) -> dict[tuple[str, ...], str]:
    """Headings of the plan text keyed by their numbering path (I., 1., 1.1.)."""
    titles: dict[tuple[str, ...], str] = {}
    roman: str | None = None
    current: list[str] = []
    for raw in (DATA / f"{FILES[name]}.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip().lstrip("#").strip().strip("*").strip()
        m = _HEAD.match(line)
        if not m:
            continue
        label, title = m.group(1), m.group(2).strip("*").strip().rstrip(":")
        if re.fullmatch(r"[IVX]+", label):
            roman, current = label, [label]
        elif roman is None:
            continue
        else:
            depth = label.count(".")
            current = [roman] + [".".join(label.split(".")[: i + 1]) for i in range(depth + 1)]
        titles.setdefault(tuple(current), title)
    return titles


def result_items(name: str, copies: int = 1) -> list[ResultItem]:
    """Group rows in the plan's numbering and task rows, optionally repeated to make big plans."""
    plan = load_plan(name)
    titles = _group_titles(name)
    items: list[ResultItem] = []
    stt = 0
    for copy in range(copies):
        seen: set[tuple[str, ...]] = set()
        for task in plan["tasks"]:
            groups = [p for p in task["path"] if not p.startswith(("•", "("))]
            for depth in range(1, len(groups) + 1):
                key = tuple(groups[:depth])
                if key in seen or key not in titles:
                    continue
                seen.add(key)
                label = key[-1] if copy == 0 else f"{key[-1]}"
                items.append(ResultGroup(label, titles[key], depth))
            stt += 1
            items.append(
                ResultTask(
                    stt=str(stt),
                    text=task["text"],
                    lead="; ".join(task["lead"]),
                    support="; ".join(task["support"]),
                    deadline=task["deadline_text"] or "Thường xuyên",
                    result=RESULTS[stt % len(RESULTS)],
                    status=STATUSES[stt % len(STATUSES)],
                )
            )
    return items


def state_letterhead(kind_code: str | None = "BC", seq: int | None = 5) -> Letterhead:
    return Letterhead(
        format=Format.STATE,
        parent_body="UBND Thành phố Hà Nội",
        issuing_body="Sở Nội vụ",
        short_name="Sở Nội vụ",
        number=DocNumber(seq, kind_code, "SNV" if kind_code else "SNV-TCBC"),
        place="Hà Nội",
        date=date(2024, 1, 5),
        signer=Signer("Phó Giám đốc", "Trần Đình Cảnh", Authority.KT, "Giám đốc"),
        recipients=["UBND Thành phố", "Giám đốc Sở", "Các Phó Giám đốc Sở"],
        archive="TCBC",
        addressees=["Ủy ban nhân dân Thành phố"],
    )


# A Party document of each guide: HD 36 before 27/5/2026, HD 05 from that day.
PARTY_DATES = {Format.PARTY: date(2023, 12, 8), Format.PARTY_HD05: date(2026, 6, 5)}
PARTY_NUMBERS = {Format.PARTY: 123, Format.PARTY_HD05: 5}


def party_letterhead(fmt: Format = Format.PARTY) -> Letterhead:
    return Letterhead(
        format=fmt,
        parent_body="Đảng bộ thành phố Hà Nội",
        issuing_body="Thành ủy Hà Nội",
        short_name="Ban Thường vụ Thành ủy",
        number=DocNumber(PARTY_NUMBERS[fmt], "BC", "TU"),
        place="Hà Nội",
        date=PARTY_DATES[fmt],
        signer=Signer("Phó Bí thư Thường trực", "Nguyễn Thị Tuyền", Authority.TM, "Ban Thường vụ"),
        recipients=[
            "Ban Bí thư Trung ương Đảng",
            "Các đồng chí Thành ủy viên",
            "Các huyện ủy, quận ủy, thị ủy",
        ],
        archive="Văn phòng Thành ủy",
    )


def plan_ref(name: str) -> PlanRef:
    plan = load_plan(name)
    when = date.fromisoformat(plan["date"]) if plan["date"] else date(2023, 9, 15)
    return PlanRef(
        plan["number"] or "215-KH/TU",
        when,
        "UBND Thành phố" if plan["number"] else "Ban Thường vụ Thành ủy",
        plan["title"],
    )


def progress_content(fmt: Format = Format.STATE, copies: int = 1) -> ProgressReportContent:
    name = "plan_177_ubnd" if fmt is Format.STATE else "plan_btv_thanhuy"
    head = state_letterhead() if fmt is Format.STATE else party_letterhead(fmt)
    items = result_items(name, copies)
    tasks = [i for i in items if isinstance(i, ResultTask)]
    counts = SummaryCounts(total=len(tasks))
    for t in tasks:
        field = {
            STATUSES[0]: "done_on_time",
            STATUSES[1]: "done_late",
            STATUSES[2]: "in_progress_on_time",
            STATUSES[3]: "overdue",
            STATUSES[4]: "not_due",
            STATUSES[5]: "ongoing",
        }[t.status]
        setattr(counts, field, getattr(counts, field) + 1)
    counts.due = counts.done_on_time + counts.done_late + counts.overdue  # as domain summarize() counts
    return ProgressReportContent(
        letterhead=head,
        plan=plan_ref(name),
        period_label="quý III năm 2021",
        as_of=date(2021, 9, 14),
        summary=counts,
        agencies=[
            AgencyReport("Sở Tài chính", ReportingStatus.ON_TIME, date(2021, 9, 10)),
            AgencyReport("Sở Thông tin và Truyền thông", ReportingStatus.LATE, date(2021, 9, 20)),
            AgencyReport("UBND quận Hoàn Kiếm", ReportingStatus.MISSING),
        ],
        results=items,
        targets=[young_cadres()],
        difficulties=["Kinh phí bố trí cho công tác đào tạo, bồi dưỡng còn hạn chế; một số đơn vị thiếu biên chế."],
        proposals=["Đề nghị UBND Thành phố bổ sung kinh phí đào tạo, bồi dưỡng cán bộ năm 2022."],
        next_tasks=[NextTask(tasks[0].text, tasks[0].lead, "Quý IV năm 2021")],
    )


def young_cadres(deadline: str = "") -> TargetRow:
    """The target both the progress report and the targets report carry (a new row each time:
    TargetRow is mutable)."""
    return TargetRow("Tỷ lệ cán bộ trẻ diện ban thường vụ các cấp ủy quản lý", "≥ 15%", "12,5%", date(2021, 9, 1),
                     "Chưa đạt", deadline)


def reminder_content(fmt: Format = Format.STATE) -> ReminderContent:
    name = "plan_177_ubnd" if fmt is Format.STATE else "plan_btv_thanhuy"
    head = state_letterhead(None, 12) if fmt is Format.STATE else party_letterhead(fmt)
    if fmt is not Format.STATE:
        head.number = DocNumber(45, "CV", "TU")
    tasks = [i for i in result_items(name) if isinstance(i, ResultTask)][:6]
    plan = plan_ref(name)
    return ReminderContent(
        letterhead=head,
        agency="Sở Thông tin và Truyền thông",
        plan=plan,
        period_label="quý III năm 2021",
        overdue_count=4,
        missing_report=True,
        reply_by=date(2024, 1, 20),
        tasks=[
            ReminderTask(str(i), t.text, f"Kế hoạch số {plan.number}", t.deadline, t.lead, "Đang thực hiện quá hạn")
            for i, t in enumerate(tasks, start=1)
        ],
    )


def task_list_content(fmt: Format = Format.STATE) -> TaskListContent:
    name = "plan_177_ubnd" if fmt is Format.STATE else "plan_btv_thanhuy"
    return TaskListContent(fmt, plan_ref(name), result_items(name))


def calendar_content(fmt: Format = Format.STATE) -> CalendarMonthContent:
    tasks = [i for i in result_items("plan_177_ubnd") if isinstance(i, ResultTask)]
    entries = [
        CalendarEntry(date(2021, 8, 1 + (i * 3) % 31), t.text, t.lead, "177/KH-UBND", t.status)
        for i, t in enumerate(tasks[:12])
    ]
    return CalendarMonthContent(fmt, "Sở Nội vụ", 2021, 8, entries, date(2021, 8, 1))


def targets_content(fmt: Format = Format.STATE) -> TargetsContent:
    return TargetsContent(
        fmt,
        plan_ref("plan_177_ubnd"),
        date(2021, 9, 14),
        [
            young_cadres("Đến năm 2025"),
            TargetRow(
                "Số lượng đơn vị sự nghiệp công lập",
                "giảm 10% so với năm 2021",
                "giảm 4,2%",
                date(2021, 6, 30),
                "Chưa đạt",
                "đến năm 2025",
            ),
            TargetRow("Cán bộ có trình độ chuyên môn sau đại học", "= 45%", "", None, "", "Đến đầu nhiệm kỳ 2025"),
        ],
        "Sở Nội vụ",
    )
