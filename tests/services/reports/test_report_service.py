"""Report contents computed from a real (demo) database, exported, snapshotted, reproduced."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
from sqlalchemy import select

from app.domain.periods import Period
from app.domain.reporting import ReportStatus
from app.domain.task_state import TaskState, summarize
from app.exporters.content import ResultGroup, ResultTask
from app.exporters.document import Format
from app.models import ProgressUpdate, ReportSnapshot
from app.models.database import Database
from app.services import Services
from app.services.progress import ProgressEntry
from app.services.reports import OfficeProfile, ReportOptions, ReportService
from app.services.reports.progress import signs_for

Q3 = Period.parse("2021-Q3")
Q4 = Period.parse("2021-Q4")


def _plan(db: Database) -> int:
    return Services(db).plans.find_by_number("177/KH-UBND")


def test_progress_figures_agree_with_the_task_states(demo_db: Database) -> None:
    plan_id = _plan(demo_db)
    options = ReportOptions(number=5, issued_on=date(2021, 12, 20))
    content = ReportService(demo_db).progress(plan_id, Q4, options=options)
    assert content.as_of == date(2021, 12, 14)  # ND09 quarter cut-off
    tree = Services(demo_db).plans.tree(plan_id, content.as_of)
    expected = summarize(v.state for v in tree if v.kind == "task")
    s = content.summary
    assert (s.total, s.due, s.done_on_time, s.done_late, s.in_progress_on_time, s.overdue, s.ongoing, s.not_due) == (
        expected.total, expected.due, expected.done_on_time, expected.done_late, expected.in_progress_on_time,
        expected.overdue, expected.ongoing, expected.not_due,
    )
    tasks = [i for i in content.results if isinstance(i, ResultTask)]
    assert len(tasks) == expected.total
    assert [t.status for t in tasks] == [v.state.value for v in tree if v.kind == "task"]
    assert isinstance(content.results[0], ResultGroup) and content.results[0].label == "III"
    assert any(t.result for t in tasks)
    assert content.period_label == "quý IV năm 2021"
    assert content.plan.number == "177/KH-UBND" and content.plan.date == date(2021, 8, 2)
    assert content.letterhead.number.seq == 5 and content.letterhead.number.type_code == "BC"
    assert content.letterhead.addressees == ["UBND Thành phố Hà Nội"]
    assert content.agencies and all(isinstance(a.status, ReportStatus) for a in content.agencies)
    assert content.targets and content.targets[0].goal == "≥ 15%"


def test_content_ignores_what_was_reported_after_the_as_of_date(demo_db: Database) -> None:
    plan_id = _plan(demo_db)
    service = ReportService(demo_db)
    before = service.progress(plan_id, Q3, options=ReportOptions(issued_on=date(2021, 9, 20)))
    task = next(v for v in Services(demo_db).plans.tree(plan_id, before.as_of) if v.kind == "task")
    lead = next(a.agency_id or a.member_ids[0] for a in task.assignees if a.role == "lead")
    progress = Services(demo_db).progress
    shown = progress.current(task.id, lead, "2021-Q4")
    progress.record(ProgressEntry(
        node_id=task.id, agency_id=lead, period="2021-Q4", status="done", result="Báo cáo muộn sau kỳ",
        reported_on=date(2021, 11, 30)), expected_version=shown.version if shown else None)
    after = service.progress(plan_id, Q3, options=ReportOptions(issued_on=date(2021, 9, 20)))
    assert after == before


def test_export_records_a_snapshot_that_reproduces_the_file(demo_db: Database, tmp_path: Path) -> None:
    plan_id = _plan(demo_db)
    service = ReportService(demo_db)
    content = service.progress(plan_id, Q3, options=ReportOptions(number=7, issued_on=date(2021, 9, 20)))
    snapshot_id = service.export(content, "docx", tmp_path / "bc.docx", plan_id=plan_id, period=Q3.code)
    with demo_db.session() as s:
        row = s.get(ReportSnapshot, snapshot_id)
        assert (row.kind, row.period, row.as_of, row.file_format) == ("progress", "2021-Q3", date(2021, 9, 14), "docx")
        s.execute(select(ProgressUpdate)).scalars().first().result = "Đã sửa sau khi in"
    assert service.snapshot_content(snapshot_id) == content
    service.reproduce(snapshot_id, "docx", tmp_path / "again.docx")
    files = (tmp_path / "bc.docx", tmp_path / "again.docx")
    texts = [[p.text for p in docx.Document(str(f)).paragraphs] for f in files]
    assert texts[0] == texts[1]


def test_reminders_go_to_agencies_that_owe_something(demo_db: Database) -> None:
    plan_id = _plan(demo_db)
    day = date(2021, 10, 20)
    letters = ReportService(demo_db).reminders(plan_id, Q3, day, ReportOptions(issued_on=day))
    assert letters
    for letter in letters:
        assert letter.overdue_count or letter.missing_report
        assert letter.letterhead.addressees == [letter.agency]
        assert letter.letterhead.number.type_code is None  # a công văn has no type code
        assert all(t.status == TaskState.IN_PROGRESS_OVERDUE.value for t in letter.tasks)
        assert letter.reply_by == date(2021, 10, 30)


def test_office_profile_sets_the_format_and_the_signer(demo_db: Database) -> None:
    service = ReportService(demo_db)
    service.save_office(OfficeProfile(
        issuing_body="Thành ủy Hà Nội", parent_body="Đảng bộ thành phố Hà Nội", short_name="Ban Thường vụ Thành ủy",
        body_code="TU", place="Hà Nội", format="party", signer_authority="TM", signer_authority_body="Ban Thường vụ",
        signer_title="Phó Bí thư Thường trực", signer_name="Nguyễn Thị Tuyền", archive="Văn phòng Thành ủy",
    ))
    content = service.progress(_plan(demo_db), Q3, options=ReportOptions(number=5, issued_on=date(2021, 9, 20)))
    head = content.letterhead
    assert head.format is Format.PARTY and head.issuing_body == "Thành ủy Hà Nội"
    assert head.signer.name == "Nguyễn Thị Tuyền" and head.archive == "Văn phòng Thành ủy"


def test_party_office_prints_hd36_before_27_5_2026_and_hd05_from_then(demo_db: Database) -> None:
    from dataclasses import replace

    from app.exporters.layouts import format_for
    from app.services.demo import party_office

    service = ReportService(demo_db)
    plan_id = _plan(demo_db)

    def printed(day: date) -> Format:
        options = ReportOptions(number=5, issued_on=day)
        head = service.progress(plan_id, Q3, options=options).letterhead
        letters = service.reminders(plan_id, Q3, options=options)
        assert letters and {letter.letterhead.format for letter in letters} == {head.format}
        return head.format

    service.save_office(party_office())
    assert printed(date(2026, 5, 26)) is Format.PARTY
    assert printed(date(2026, 5, 27)) is Format.PARTY_HD05
    # a list has no date line: printed today, it takes today's format whatever its as-of date
    assert service.targets(plan_id, date(2021, 9, 14)).format is format_for("party", date.today())
    service.save_office(replace(party_office(), party_format="hd36"))  # pinned
    assert printed(date(2026, 6, 15)) is Format.PARTY
    service.save_office(replace(party_office(), format="state", party_format=None))
    assert printed(date(2026, 6, 15)) is Format.STATE


def test_lists_of_a_plan(demo_db: Database) -> None:
    plan_id = _plan(demo_db)
    service = ReportService(demo_db)
    tasks = service.task_list(plan_id, date(2021, 12, 31))
    assert sum(isinstance(i, ResultTask) for i in tasks.items) == 32
    targets = service.targets(plan_id, date(2024, 12, 31))
    assert targets.rows and any(r.latest for r in targets.rows)
    month = service.calendar_month(Period.parse("2021-M12"), plan_id, date(2021, 12, 1))
    assert month.month == 12 and month.entries
    assert all(e.day.month == 12 for e in month.entries)


def test_group_tasks_give_counts_not_every_agency(demo_db: Database) -> None:
    """In Phụ lục I a task led by `Các sở, ban, ngành` (dozens of agencies) reads as counts by
    state (their words are condensed in section II); a single-agency task keeps its own result."""
    plan_id = _plan(demo_db)
    content = ReportService(demo_db).progress(plan_id, Period.parse("2024-Q3"))
    views = [v for v in Services(demo_db).plans.tree(plan_id, content.as_of) if v.kind == "task"]
    tasks = [i for i in content.results if isinstance(i, ResultTask)]
    assert len(tasks) == len(views)
    grouped = [t for t, v in zip(tasks, views, strict=True)
               if any(a.role == "lead" and a.group_id for a in v.assignees)]
    single = [t for t, v in zip(tasks, views, strict=True) if [a.role for a in v.assignees].count("lead") == 1
              and t not in grouped and t.result]
    assert grouped and single
    for task in grouped:
        if task.result:
            assert re.fullmatch(r"\d+ cơ quan, đơn vị: \d+ [^\n]*\.", task.result), task.result
    for task in single:
        assert "\n" not in task.result and "cơ quan, đơn vị:" not in task.result


def test_difficulties_and_proposals_are_merged_by_text(demo_db: Database) -> None:
    from app.domain.text import fold

    content = ReportService(demo_db).progress(_plan(demo_db), Period.parse("2024-Q3"))
    assert content.difficulties
    texts = [fold(line.split(" (", 1)[0]) for line in content.difficulties]
    assert len(texts) == len(set(texts)) <= 3  # the demo's three difficulties, each once
    # many agencies: counted by kind of body, never a list of dozens of names
    assert all(re.search(r"\(\d+ cơ quan, đơn vị nêu: \d+ ", line) for line in content.difficulties)


def test_demo_saves_the_office_profile_of_the_sample_city(demo_db: Database) -> None:
    content = ReportService(demo_db).progress(_plan(demo_db), Period.parse("2024-Q3"))
    head = content.letterhead
    assert head.parent_body == "UBND Thành phố Hà Nội" and head.issuing_body == "Sở Nội vụ"
    assert head.number.body_code == "SNV" and head.number.seq is None  # the clerk numbers it
    assert head.place == "Hà Nội" and head.archive == "CCVC" and head.recipients
    assert head.signer.authority is not None and head.signer.authority.value == "KT"
    assert head.signer.title == "Phó Giám đốc" and head.signer.name


def test_the_office_sends_no_reminder_to_itself(demo_db: Database) -> None:
    letters = ReportService(demo_db).reminders(_plan(demo_db), Period.parse("2024-Q3"), date(2024, 9, 14),
                                               ReportOptions(issued_on=date(2024, 9, 20)))
    assert letters and all(letter.agency != "Sở Nội vụ" for letter in letters)


def test_target_indicators_start_with_a_capital(demo_db: Database) -> None:
    """Indicators cut out of a plan's sentence (`tỷ lệ cán bộ trẻ ...`) open a cell or a bullet."""
    rows = ReportService(demo_db).targets(_plan(demo_db), date(2024, 12, 31)).rows
    assert rows and all(r.indicator[:1].isupper() for r in rows)


def test_a_body_qualified_by_the_offices_own_place_is_the_office() -> None:
    """The directory names another city's namesake `Sở Khoa học và Công nghệ (Đồng Nai)`; to the office of
    Đồng Nai that is itself (no reminder to itself), while the same department of another place is not."""
    office = OfficeProfile(issuing_body="Sở Khoa học và Công nghệ", place="Đồng Nai")
    assert signs_for(office, "Sở Khoa học và Công nghệ (Đồng Nai)")
    assert signs_for(office, "Sở Khoa học và Công nghệ")
    assert not signs_for(office, "Sở Khoa học và Công nghệ (Hà Nội)")
    assert not signs_for(office, "Sở Nội vụ (Đồng Nai)")
