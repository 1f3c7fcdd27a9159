"""Export → an agency fills its workbook → review → apply, on real files and a real database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.domain import exchange as x
from app.domain.periods import Period
from app.exporters import sheet_rows
from app.services import Services
from app.services.nodes import AssigneeSpec
from app.services.progress import ProgressEntry
from tests.services.exchange.conftest import AS_OF
from tests.services.exchange.helpers import FILLED, columns, fill

Q4 = Period.parse("2021-Q4")


def test_export_writes_one_protected_workbook_per_expected_agency(services: Services, plan, tmp_path: Path) -> None:
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    assert [f.agency_name for f in files] == ["Sở Nội vụ", "Sở Tài chính", "UBND quận Ba Đình", "UBND quận Đống Đa"]
    assert [f.rows for f in files] == [2, 2, 1, 1]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f.path.name for f in files)
    snv = files[0].path
    assert snv.name == "2021-Q4_so-noi-vu.xlsx"
    wb = load_workbook(snv)
    assert wb.sheetnames[0] == "Phiếu báo cáo"
    ws = wb["Phiếu báo cáo"]
    cols = columns(ws)
    for title in x.EDITABLE:
        assert title in cols
    assert ws.protection.sheet and not ws.protection.password
    assert ws.cell(9, cols[x.STATUS]).protection.locked is False
    assert ws.cell(9, cols["Nội dung nhiệm vụ"]).protection.locked is True
    assert ws.column_dimensions[ws.cell(8, cols[x.ROW_KEY]).column_letter].hidden
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.print_title_rows == "$8:$8" and ws.freeze_panes == "C9"
    # it opens on the first task's status, where the agency types (was A1, the merged title: "protected")
    assert [(v.pane, v.activeCell) for v in ws.sheet_view.selection][-1] == ("bottomRight", "E9")
    assert [ws.cell(r, 1).value for r in (9, 10)] == ["1", "2"]
    assert ws.cell(9, cols["Vai trò"]).value == "Chủ trì"
    assert wb["_theodoi"].sheet_state == "veryHidden"
    assert "Sở Nội vụ" in ws.cell(4, 1).value and "25/12/2021" in ws.cell(5, 1).value


def test_round_trip_writes_progress_and_the_second_import_changes_nothing(
        services: Services, plan, tmp_path: Path) -> None:
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    filled = fill(files[0].path, {0: FILLED, 1: {x.STATUS: "Đã hoàn thành", x.RESULT: "Đăng 12 tin, bài"}},
                  out=tmp_path / "back.xlsx")
    [review] = services.exchange.review([filled], today=date(2021, 12, 20))
    assert not review.error
    assert review.agency_name == "Sở Nội vụ" and review.period == "2021-Q4"
    assert review.counts == {"new": 2, "changed": 0, "unchanged": 0, "conflict": 0, "refused": 0}
    assert services.progress.history(plan["t1"]) == [], "review writes nothing"
    result = services.exchange.apply([review], today=date(2021, 12, 20))
    assert result.written == 2
    [entry] = services.progress.history(plan["t1"])
    assert (entry.status, entry.percent, entry.result, entry.difficulties, entry.proposals, entry.reported_on) == (
        "in_progress", 60, "Đã tổ chức 3 hội nghị quán triệt", "Thiếu kinh phí", "Bổ sung dự toán",
        date(2021, 12, 10))
    [again] = services.exchange.review([filled], today=date(2021, 12, 21))
    assert again.counts["unchanged"] == 2 and again.counts["new"] == again.counts["changed"] == 0
    assert services.exchange.apply([again]).written == 0
    reg = services.register.register(plan["plan"], Q4, as_of=date(2021, 12, 30)).register
    assert reg.cell(plan["Sở Nội vụ"], "2021-Q4").received_on == date(2021, 12, 10)


def test_undo_puts_everything_back(services: Services, plan, tmp_path: Path) -> None:
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    filled = fill(files[0].path, {0: FILLED}, out=tmp_path / "back.xlsx")
    result = services.exchange.apply(services.exchange.review([filled]))
    assert len(services.progress.history(plan["t1"])) == 1
    services.exchange.undo(result)
    assert services.progress.history(plan["t1"]) == []


def test_stt_numbers_the_rows_not_the_stored_bullet_labels(services: Services, plan, tmp_path: Path) -> None:
    """Bullet items are stored as `•1`, `•2` under each heading; the agency's clerk reads a row
    number (1, 2, 3), as on every form, not `•1 •2 •1`."""
    section = services.nodes.add(plan["plan"], None, None, label="III", kind="section", text="TỔ CHỨC THỰC HIỆN")
    for n in (1, 2):
        task = services.nodes.add(plan["plan"], section, None, label=f"•{n}", text=f"Nhiệm vụ gạch đầu dòng {n}")
        services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=plan["Sở Nội vụ"])])
        services.nodes.set_deadline(task, "trong Quý IV/2021")
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    ws = load_workbook(files[0].path)["Phiếu báo cáo"]
    assert files[0].agency_name == "Sở Nội vụ"
    assert [ws.cell(r, 1).value for r in range(9, 13)] == ["1", "2", "3", "4"]
    assert ws.cell(12, 2).value == "Nhiệm vụ gạch đầu dòng 2"


def test_a_forms_rows_are_judged_and_written_without_a_read_per_row(services: Services, database, plan,
                                                                      tmp_path: Path) -> None:
    """The review reads the agency's entries and import marks once per file, not once per row; the
    apply takes SQLite's write lock and checks the period's approval once per transaction (the
    demo's 1,159 rows cost 14,000 statements before, 5,100 since). On a server, without SQLite's
    write lock, the approval is read again for each row."""
    from collections import Counter

    from sqlalchemy import event

    services.progress.record(ProgressEntry(plan["t2"], plan["Sở Nội vụ"], "2021-Q4", "in_progress", 20, "Bắt đầu"),
                             today=date(2021, 11, 20))  # one row changes an entry, the other creates one
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    filled = fill(files[0].path, {0: FILLED, 1: {x.STATUS: "Đã hoàn thành", x.RESULT: "Đăng 12 tin, bài"}},
                  out=tmp_path / "back.xlsx")
    statements: Counter[str] = Counter()

    def count(_conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
        words = statement.split()
        table = next((w for w in words[1:] if w.startswith(("progress_updates", "exchange_entries",
                                                             "period_approvals", "alembic_version"))), "")
        statements[f"{words[0]} {table.split('.')[0]}"] += 1

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        [review] = services.exchange.review([filled], today=date(2021, 12, 20))
        assert review.counts["new"] == 1 and review.counts["changed"] == 1
        read = dict(statements)
        statements.clear()
        assert services.exchange.apply([review], today=date(2021, 12, 20)).written == 2
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert read["SELECT progress_updates"] == 1 and read["SELECT exchange_entries"] == 1
    if database.engine.dialect.name == "sqlite":
        assert statements["UPDATE alembic_version"] == 1 and statements["SELECT period_approvals"] == 1
    else:  # no write lock on a server: each row's period is checked as it is written
        assert statements["UPDATE alembic_version"] == 0 and statements["SELECT period_approvals"] == 2
    # the file's entries and marks once, then the progress service's own read of each row it writes
    # and the changed entry's locked re-read
    assert statements["SELECT progress_updates"] == 1 + 2 + 1 and statements["SELECT exchange_entries"] == 1
    [entry] = services.progress.history(plan["t1"])
    assert entry.result == FILLED[x.RESULT]


def test_the_form_names_the_plan_by_its_kind_and_never_an_empty_number(services: Services, plan,
                                                                       tmp_path: Path) -> None:
    """A government programme's annex is a Nghị quyết published before it was numbered (`/NQ-CP`): the form
    said `PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ /NQ-CP` — the wrong kind and a number with no number. It
    names the plan as the reports do: by its kind, then its number or else its date and issuer."""
    resolution = services.plans.create_plan("Chương trình hành động thực hiện Nghị quyết 57-NQ/TW",
                                            number="/NQ-CP", doc_type="NQ", issuer="Chính phủ",
                                            issued_on=date(2021, 1, 1))
    task = services.nodes.add(resolution, None, None, label="1", text="Xây dựng chương trình tuyên truyền")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=plan["Sở Nội vụ"])])
    services.nodes.set_deadline(task, "trong Quý IV/2021")
    [numberless] = services.exchange.export(resolution, Q4, tmp_path / "nq", as_of=AS_OF)
    [numbered, *_] = services.exchange.export(plan["plan"], Q4, tmp_path / "kh", as_of=AS_OF)
    titles = [load_workbook(f.path)["Phiếu báo cáo"].cell(2, 1).value for f in (numberless, numbered)]
    assert titles == ["PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NGÀY 01/01/2021 CỦA CHÍNH PHỦ",
                      "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 5/KH-UBND"]


def test_the_day_is_a_text_cell_read_day_first_whatever_the_machines_language(services: Services, plan,
                                                                              tmp_path: Path) -> None:
    """Typed into LibreOffice Calc on an English desktop (Xvfb, xdotool), `5/3/2026` in the day cell was stored as
    3 May 2026 — month first, by the machine's language — and taken in as such, silently; `15/3/2026` stayed
    text and the cell's date check refused it though typed as the instruction asks. The day is now a text cell
    with a hint: what the agency types is what the import reads, day first. A day already reported is written
    as `dd/mm/yyyy` text, and the form sent back unchanged changes nothing."""
    services.progress.record(ProgressEntry(plan["t1"], plan["Sở Nội vụ"], "2021-Q4", "in_progress", 30, "Đã họp",
                                           "", "", "", date(2021, 11, 5)))
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    wb = load_workbook(files[0].path)
    ws = wb["Phiếu báo cáo"]
    day = columns(ws)[x.REPORTED_ON]
    assert [(ws.cell(r, day).value, ws.cell(r, day).number_format) for r in (9, 10)] == [
        ("05/11/2021", "@"), (None, "@")]
    [check] = [v for v in ws.data_validations.dataValidation if ws.cell(9, day).coordinate in v.sqref]
    assert check.type is None and check.showInputMessage and "dd/mm/yyyy" in check.prompt
    [unchanged] = services.exchange.review([files[0].path], today=date(2021, 12, 20))
    assert unchanged.counts["unchanged"] == 1 and unchanged.counts["new"] == 0
    ws.cell(10, columns(ws)[x.STATUS]).value = "Đang thực hiện"
    ws.cell(10, day).value = "5/12/2021"
    wb.save(tmp_path / "typed.xlsx")
    [review] = services.exchange.review([tmp_path / "typed.xlsx"], today=date(2021, 12, 20))
    assert [r.incoming.reported_on for r in review.rows if r.outcome.value == "new"] == [date(2021, 12, 5)]


def test_the_header_frozen_above_the_tasks_is_as_tall_as_its_text(services: Services, plan, tmp_path: Path) -> None:
    """The two 10-pt instruction lines and a plan title that fit across the page each had two lines' height (the
    header frozen above the tasks took 240 points; on a 1366×768 screen Calc showed two tasks of the 140-row
    annex at a time). Each is as tall as the lines it wraps into across the printed columns (the instructions are
    11 pt since session 13, so that they print at 9 pt or more: the first takes two lines, the second — which says
    how to fit the rows since session 14 — two); a title in capitals longer than the page gets two; the table's
    header, its titles' two lines and one for the filter buttons below them."""
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    ws = load_workbook(files[0].path)["Phiếu báo cáo"]
    assert [ws.cell(r, 1).font.sz for r in (3, 6, 7)] == [12, 11, 11]
    assert len(ws.cell(6, 1).value) > 170 and len(ws.cell(7, 1).value) > 170
    assert [ws.row_dimensions[r].height for r in (3, 6, 7, 8)] == [
        sheet_rows.row_height(1, 12), sheet_rows.row_height(2, 11), sheet_rows.row_height(2, 11),
        sheet_rows.row_height(3, 11)]
    capitals = services.plans.create_plan("DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG " * 4,
                                          number="6/KH-UBND", issued_on=date(2021, 1, 10))
    task = services.nodes.add(capitals, None, None, label="1", text="Tuyên truyền")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=plan["Sở Nội vụ"])])
    services.nodes.set_deadline(task, "trong Quý IV/2021")
    [form] = services.exchange.export(capitals, Q4, tmp_path / "capitals", as_of=AS_OF)
    assert load_workbook(form.path)["Phiếu báo cáo"].row_dimensions[3].height == sheet_rows.row_height(2, 12)


def test_the_instruction_promises_filtering_not_sorting(services: Services, plan, tmp_path: Path) -> None:
    """The instruction said `có thể sắp xếp, lọc`; in Calc, Data → Sort Descending (and the filter button's sort)
    on the protected sheet answers "Protected cells can not be modified" — as Excel does for a range with locked
    cells. The agency is told what works: filtering by the header's buttons."""
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    ws = load_workbook(files[0].path)["Phiếu báo cáo"]
    assert "sắp xếp" not in ws.cell(6, 1).value
    assert ws.cell(6, 1).value.endswith("có thể lọc dòng bằng nút lọc ở tiêu đề cột.")
    assert ws.auto_filter.ref == "A8:M10" and ws.protection.sheet and not ws.protection.autoFilter
