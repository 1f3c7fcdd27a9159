"""Session 11's walk of the window as a clerk on a fresh database with a real plan (bench/README.md,
"Session 11 (clerk)"): each place that slowed or confused the clerk, reproduced in the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.ui.imports.import_view import ImportView
from app.ui.shell.main_window import MainWindow
from app.ui.shell.state import AppState
from app.ui.task.progress_panel import ProgressPanel

PLAN = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 12/KH-UBND
KẾ HOẠCH
Phát triển hạ tầng số tại các khu công nghiệp
I. NHIỆM VỤ
1. Rà soát nhu cầu hạ tầng số của các khu công nghiệp
Đơn vị chủ trì: Các Sở, ban, ngành cấp tỉnh
Thời gian hoàn thành: trong quý II/2026
2. Lắp đặt trạm phát sóng
Đơn vị chủ trì: Sở Khoa học và Công nghệ
Thời gian hoàn thành: trong năm 2026
"""
MENTION = "Các Sở, ban, ngành cấp tỉnh"


@pytest.fixture
def review(review_of, services, tmp_path: Path) -> ImportView:
    """The import review of a plan that names the directory's group "Các sở, ban, ngành" its own way."""
    members = [services.agencies.create("Sở Khoa học và Công nghệ"), services.agencies.create("Sở Tài chính")]
    services.agencies.create_group("Các sở, ban, ngành", members)
    path = tmp_path / "12-KH-UBND.txt"
    path.write_text(PLAN, encoding="utf-8")
    return review_of(path)


def test_a_group_named_its_own_way_is_recorded_as_another_name_of_the_group(review: ImportView, services) -> None:
    """The plan's "Các Sở, ban, ngành cấp tỉnh" is the directory's group "Các sở, ban, ngành": the row
    menu's "… is another name of…" refused the group's name ("Không tìm thấy đúng một cơ quan … trong
    danh mục"), leaving only "add it", a second, empty group whose tasks reach nobody."""
    row = next(i for i, n in enumerate(review.nodes) if MENTION in n.lead)
    assert MENTION in review.marks[row].unknown
    review.prompter.answers.append("Các sở, ban, ngành")
    assert review.alias_mention(MENTION)
    assert review.prompter.errors == []
    assert not review.marks[row].unknown and not review.marks[row].empty_groups
    assert [g.name for g in services.agencies.list_groups()] == ["Các sở, ban, ngành"]


def test_a_refused_alias_says_what_to_do_next(review: ImportView, services) -> None:
    """The refusal named the problem only, in a word the window does not use ("danh mục"): now it
    says where the names are and what else to do, and changes nothing."""
    assert not review.alias_mention(MENTION, "Sở Không Có")
    (error,) = review.prompter.errors
    assert "danh bạ" in error and "Cơ quan, đơn vị" in error and "Thêm" in error and "danh mục" not in error
    assert [g.name for g in services.agencies.list_groups()] == ["Các sở, ban, ngành"]


def _record(window: MainWindow, task: int, period: str) -> bool:
    window.tree.select_node(task)
    form = window.task_panel.progress
    form.period.setText(period)
    form.status.setCurrentIndex(form.status.findData("in_progress"))
    form.percent.setValue(40)
    form.result.setPlainText("Đã tổ chức hội nghị")
    return form.record()


def test_recording_progress_says_it_was_recorded(window: MainWindow, sample_plan) -> None:
    """"Đã ghi." was written and wiped at once by the tree showing the task again: the clerk had no
    word that the entry went in."""
    assert _record(window, sample_plan["t1"], "Quý IV năm 2021")
    assert window.task_panel.progress.message.text() == "Đã ghi."


def test_undo_names_the_period_in_words(window: MainWindow, sample_plan) -> None:
    """Edit → Undo read "…, 2021-Q4": the stored code, not the period the clerk typed."""
    assert _record(window, sample_plan["t1"], "Quý IV năm 2021")
    text = window.registry["edit.undo"].text()
    assert "Quý IV năm 2021" in text and "2021-Q4" not in text


@pytest.mark.parametrize("typed", ["Q4/2021", "quy 4 2021", "Q.IV/2021"])
def test_a_period_typed_the_short_way_is_recorded(window: MainWindow, services, sample_plan, typed: str) -> None:
    """"Q4/2021" (the short form of registers and spreadsheets) and "quy 4 2021" (no diacritics, a
    space before the year) were refused with "Không đọc được kỳ báo cáo"."""
    assert _record(window, sample_plan["t1"], typed)
    assert [p.period for p in services.progress.history(sample_plan["t1"])] == ["2021-Q4"]


def test_import_plan_document_opens_the_file_chooser_at_once(window: MainWindow, prompter) -> None:
    """Ctrl+I ("Nhập văn bản kế hoạch…") showed a page with one button to press before the file
    chooser; a document under review is never dropped by pressing it again."""
    prompter.answers.append(None)  # the clerk closes the file chooser
    window.registry["plan.import"].trigger()
    assert not prompter.answers and window.tabs.currentWidget() is window.importer
    window.show_view("tree")
    window.importer.pages.setCurrentIndex(2)  # a document under review: nothing is asked
    window.registry["plan.import"].trigger()
    assert window.tabs.currentWidget() is window.importer and window.importer.pages.currentIndex() == 2


def test_recording_progress_writes_once_and_shows_the_task_once(window: MainWindow, services, sample_plan,
                                                              database, monkeypatch) -> None:
    """One "Ghi tiến độ" took 0.5–1 s at the clerk's desk: the entry was written twice (the undo
    command's first run wrote it again) and the tree was read and the task panel filled three
    times, each listing the directory with one query per agency's other names."""
    from sqlalchemy import event

    reads: list[int] = []
    tree = services.plans.tree
    monkeypatch.setattr(services.plans, "tree", lambda *a, **k: reads.append(1) or tree(*a, **k))
    for number in range(12):
        services.agencies.create(f"Phòng {number}")
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        statements.append(statement)

    window.tree.select_node(sample_plan["t1"])
    reads.clear()
    event.listen(database.engine, "before_cursor_execute", count)
    try:
        assert _record(window, sample_plan["t1"], "Quý IV năm 2021")
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert [p.version for p in services.progress.history(sample_plan["t1"])] == [1]
    assert len(reads) == 1
    assert sum("FROM agency_aliases" in s for s in statements) < 12  # a query per listing, not per agency
    window.registry["edit.undo"].trigger()  # and the step still undoes and redoes
    assert services.progress.history(sample_plan["t1"]) == []
    window.registry["edit.redo"].trigger()
    assert [p.percent for p in services.progress.history(sample_plan["t1"])] == [40]


def test_the_audit_trail_reads_in_vietnamese(window: MainWindow, services, sample_plan, prompter) -> None:
    """Công cụ → Nhật ký thay đổi showed what the code stores: "percent", "in_progress",
    "2021-Q4 in_progress 40", "export", "exchange", and a time cut to "16:50 ngày 0…"."""
    assert _record(window, sample_plan["t1"], "Quý IV năm 2021")
    form = window.task_panel.progress
    form.percent.setValue(60)
    assert form.record()
    seen: dict[str, object] = {}

    def handle(dialog) -> bool:  # noqa: ANN001
        seen["rows"] = dialog.rows()
        first = dialog.list.topLevelItem(0)
        seen["fits"] = dialog.list.columnWidth(0) >= dialog.list.fontMetrics().horizontalAdvance(first.text(0))
        return True

    prompter.dialog_handler = handle
    assert window.commands.audit_trail()
    rows = seen["rows"]
    assert ["Quý IV năm 2021: Đang thực hiện, 40%"] == [r[6] for r in rows if r[3].startswith("báo cáo tiến độ")
                                                      and r[2] == "thêm"]
    assert ("tỷ lệ hoàn thành", "40", "60") in {tuple(r[4:7]) for r in rows}
    words = " ".join(" ".join(r) for r in rows)
    assert not any(raw in words for raw in ("percent", "in_progress", "2021-Q4", "entered"))
    assert seen["fits"]


def test_a_new_group_name_is_counted_once(review: ImportView) -> None:
    """"10 tên cơ quan chưa có trong danh bạ · 8 nhóm chưa có thành viên": each group name the
    directory lacks was counted, and said in the row's note, twice."""
    row = next(i for i, n in enumerate(review.nodes) if MENTION in n.lead)
    assert "1 tên cơ quan chưa có trong danh bạ" in review.count_label.text()
    assert "nhóm chưa có thành viên" not in review.count_label.text()
    review.tree.setCurrentIndex(review.view_index(row, 2))
    assert review.row_note.text().count(MENTION) == 1


def test_the_alias_field_of_the_directory_is_readable_at_1024(window: MainWindow) -> None:
    """At 1024×600 the field for another name sat beside its two buttons and read "Cách…"."""
    from PySide6.QtWidgets import QApplication

    window.resize(1024, 600)
    window.show_view("agencies")
    window.agencies.table.selectRow(0)
    QApplication.processEvents()
    edit = window.agencies.alias_edit
    assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 8


def test_a_filter_of_the_tree_chosen_on_another_tab_shows_the_tree(window: MainWindow) -> None:
    """Xem → Quá hạn (Ctrl+Shift+Q) pressed on the calendar filtered the hidden tree: nothing changed
    on the screen."""
    from app.ui.tree.daily_filter import Mode

    window.show_view("calendar")
    window.registry["view.filter_overdue"].trigger()
    assert window.tabs.currentWidget() is window.daily and window.daily.criteria().mode is Mode.OVERDUE
    window.show_view("agencies")
    window.registry["view.filter_agency"].trigger()
    assert window.tabs.currentWidget() is window.daily
    window.daily.agency.hidePopup()


def test_receiving_forms_says_how_many_rows_were_applied(window: MainWindow, services, sample_plan, prompter,
                                                         tmp_path: Path) -> None:
    """After "Nhập các dòng đã chọn" the rows only turned "Không đổi" and the line read "đã chọn 0
    dòng": the clerk could not tell that anything was stored."""
    from app.domain.periods import Period
    from tests.services.exchange.helpers import FILLED, fill

    window.open_plan(sample_plan["plan"])
    files = services.exchange.export(sample_plan["plan"], Period.parse("2021-Q4"), tmp_path / "out",
                                     as_of=window.as_of())
    sent = next(f.path for f in files if f.agency_name == "Sở Nội vụ")
    filled = fill(sent, {0: FILLED}, out=tmp_path / "back.xlsx")
    window.registry["plan.exchange_receive"].trigger()
    receive = window.exchange.dialogs["receive"]
    assert receive.load([str(filled)]) and receive.ticked() == 1
    assert receive.apply()
    assert receive.summary.text().startswith("Đã nhập 1 dòng (Chỉnh sửa → Hoàn tác")
    receive.close()


def test_sending_forms_says_what_to_do_next(window: MainWindow, sample_plan, prompter, tmp_path: Path) -> None:
    """"Đã ghi 5 phiếu báo cáo vào …" ended the step: nothing said which file goes to whom or how the
    filled forms come back in."""
    window.open_plan(sample_plan["plan"])
    window.registry["plan.exchange_send"].trigger()
    send = window.exchange.dialogs["send"]
    send.period.set_code("2021-Q4")
    prompter.answers.append(str(tmp_path / "out"))
    assert send.send()
    assert "Kế hoạch → Nhận phiếu báo cáo…" in prompter.messages[-1] and "tên tệp" in prompter.messages[-1]
    send.close()


def test_an_office_spreadsheet_of_agencies_is_read_in_the_assistant(qtbot, services, prompter,
                                                                    tmp_path: Path) -> None:
    """The clerk's own Excel list (a title, then STT | Tên cơ quan, đơn vị | Loại | Ghi chú) was refused:
    "Dòng 1: không hiểu loại “Tên cơ quan, đơn vị”" — the STT column was read as the names."""
    import openpyxl

    from app.ui.onboarding.wizard import FirstRunWizard

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH CƠ QUAN, ĐƠN VỊ BÁO CÁO"])
    sheet.append(["STT", "Tên cơ quan, đơn vị", "Loại", "Ghi chú"])
    for number, (name, kind) in enumerate((("Sở Tài chính", "Sở"), ("UBND huyện Nghi Lộc", ""),
                                           ("Các sở, ban, ngành", "Nhóm")), start=1):
        sheet.append([number, name, kind, "đầu mối" if number == 1 else None])
    path = tmp_path / "danh-sach.xlsx"
    book.save(path)
    wizard = FirstRunWizard(services, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # past the office page, nothing typed
    prompter.answers.append(str(path))
    assert wizard.agencies.read_file()
    assert wizard.agencies.text.toPlainText().splitlines() == [
        "Sở Tài chính; Sở", "UBND huyện Nghi Lộc", "Các sở, ban, ngành; Nhóm"]
    assert "2 cơ quan và 1 nhóm" in wizard.agencies.summary.text()


def test_reports_printed_before_are_listed_by_period_name(qtbot, demo, prompter, tmp_path: Path) -> None:
    """The report dialog's "Đã in" list read "bao-cao.docx (2021-Q4, …)": the stored code."""
    from app.services.reports import ReportRequest
    from app.ui.reports.report_jobs import DocKind
    from tests.ui.reports.test_report_dialog import AS_OF, PERIOD, loaded, make_dialog, wait

    plan = demo.plans.find_by_number("177/KH-UBND")
    dialog = make_dialog(qtbot, demo, prompter, plan)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan, PERIOD, AS_OF))
    loaded(qtbot, dialog)
    dialog.save("docx", str(tmp_path / "bao-cao.docx"))
    wait(qtbot, dialog)
    shown = dialog.form.history.itemText(0)
    assert "bao-cao.docx (Quý IV năm 2021," in shown and "2021-Q4" not in shown


def test_example_periods_are_of_the_year_the_clerk_works_in(qtbot, services) -> None:
    """The period field's example named 2021 in a 2026 office; it now names the year of the date the
    window works at."""
    form = ProgressPanel(AppState(services, as_of=dt.date(2026, 12, 4)))
    qtbot.addWidget(form)
    assert "Quý III năm 2026" in form.period.placeholderText() and "2021" not in form.period.placeholderText()
