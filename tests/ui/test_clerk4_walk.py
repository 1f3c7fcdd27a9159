"""Session 14's walk of the window as a clerk on a fresh database (bench/README.md, "Session 14 (clerk4)"):
session 13's leftovers and what the new walk found, each reproduced here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.shell.main_window import MainWindow

PLAN = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 245/KH-UBND\nNghệ An, ngày 12 tháng 01 năm 2024\nKẾ HOẠCH\n"
        "Cải cách hành chính năm 2024\nI. NHIỆM VỤ\n1. Rà soát văn bản quy phạm pháp luật\n"
        "Đơn vị chủ trì: Sở Tư pháp\nThời gian hoàn thành: Quý IV/2024\n2. Số hóa hồ sơ thủ tục hành chính\n"
        "Đơn vị chủ trì: Sở Nội vụ\nThời gian hoàn thành: thường xuyên\n")


def _store(window: MainWindow, services, path: Path) -> int:
    """The clerk's import: the document read (what the reading worker hands back), then Ctrl+S (which puts
    the focus on Lưu kế hoạch, the button a closing review page takes away)."""
    window.show_view("import")
    window.importer._parsed(services.plan_import.read(path))
    window.importer.confirm_button.setFocus()
    plan_id = window.importer.confirm()
    assert plan_id is not None
    return plan_id


def test_a_stored_plan_opens_on_its_first_row_with_the_focus(make_window, services, prompter, qtbot,
                                                             tmp_path: Path) -> None:
    """On a fresh database, after Ctrl+S the tree had no current row: the task panel said "Chọn một mục…" and
    the clerk's Down went to the filter buttons (the closing review took the focus with it, and Qt gave it to
    the first button above the tree). The plan's first row is now current and the tree has the focus; a
    replaced plan keeps the row the clerk was on."""
    window = make_window(as_of=dt.date(2026, 12, 6))
    with qtbot.waitActive(window):
        window.activateWindow()
    next(iter(window.daily.buttons.values())).setFocus()  # where Qt had put it in the real window
    path = tmp_path / "245-KH-UBND.txt"
    path.write_text(PLAN, encoding="utf-8")
    plan_id = _store(window, services, path)
    first = services.plans.tree(plan_id)[0]
    assert window.tree.current_id() == first.id and window.task_panel.node is not None
    assert QApplication.focusWidget() is window.daily.current_view()

    second = next(n for n in services.plans.tree(plan_id) if n.text.startswith("Số hóa"))
    window.tree.select_node(second.id)
    window.plans.search.setFocus()  # the clerk is elsewhere when the amended plan is stored
    path.write_text(PLAN.replace("thường xuyên", "Quý III/2024"), encoding="utf-8")
    prompter.answers.append(True)  # replace the stored plan: yes
    assert _store(window, services, path) == plan_id
    assert window.tree.current_id() == second.id
    assert QApplication.focusWidget() is window.daily.current_view()


def test_the_history_shows_the_whole_period(window: MainWindow, sample_plan, typed_progress) -> None:
    """At 1366 px the progress history's "Kỳ" column (64 px, fixed) cut "Quý IV năm 2026" to "Quý IV …".
    Period, status and percent now take what their longest cell needs."""
    form = typed_progress(window, sample_plan["t1"], "Quý IV năm 2021", "in_progress", 40)
    assert form.record()
    history = form.history
    assert history.item(0, 1).text() == "Quý IV năm 2021"
    for column in (1, 2):
        text = history.item(0, column).text()
        assert history.columnWidth(column) >= history.sizeHintForColumn(column), text
        assert history.columnWidth(column) > history.fontMetrics().horizontalAdvance(text), text


def test_the_program_window_gives_the_keyboard_to_the_tree(qtbot, services, settings, prompter, sample_plan,
                                                          database) -> None:
    """The program paints its window before the database is open (panels off): the outline could not take
    the keyboard then, and nothing had it afterwards — the clerk's first keys went nowhere and the task
    panel said "Chọn một mục…". Once the plans are listed the outline has the keyboard and a current row."""
    window = MainWindow(services=None, database_url="", settings=settings, prompter=prompter,
                        as_of=dt.date(2021, 11, 1), background=True)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.state.set_services(services, database.display_name)
    qtbot.waitUntil(lambda: window.tree.plan_id == sample_plan["plan"], timeout=10000)
    assert QApplication.focusWidget() is window.daily.current_view()
    assert window.tree.current_id() is not None and window.task_panel.node is not None


def test_ctrl_1_puts_the_keyboard_in_the_tree(window: MainWindow, qtbot, sample_plan) -> None:
    """Ctrl+1 (Xem → Cây kế hoạch) pressed on the tree's own tab left the focus where it was (the clerk's Down
    then moved along the filter buttons) and unticked the toolbar's "Cây kế hoạch" while the tree was shown."""
    with qtbot.waitActive(window):
        window.activateWindow()
    window.tree.select_node(sample_plan["t2"])
    next(iter(window.daily.buttons.values())).setFocus()
    window.registry["view.tree"].trigger()
    assert QApplication.focusWidget() is window.daily.current_view()
    assert window.tree.current_id() == sample_plan["t2"] and window.registry["view.tree"].isChecked()
    window.registry["view.calendar"].trigger()
    window.registry["view.calendar"].trigger()  # again, on its own tab
    assert window.registry["view.calendar"].isChecked() and not window.registry["view.tree"].isChecked()
    window.plans.search.setFocus()
    window.registry["view.tree"].trigger()
    assert QApplication.focusWidget() is window.daily.current_view() and window.tree.current_id() == sample_plan["t2"]


def test_an_ongoing_task_is_listed_once_on_a_day_several_reports_fall_due(make_window, services,
                                                                         tmp_path: Path) -> None:
    """A plan reported "hằng quý, 6 tháng và năm": on 25/12 the quarter's, the half-year's and the year's
    reports fall due together, and the calendar listed its ongoing task three times, word for word, in the
    day's cell and in the agenda. It is listed once (the three reports are still listed)."""
    path = tmp_path / "245-KH-UBND.txt"
    path.write_text(PLAN + "II. TỔ CHỨC THỰC HIỆN\nSở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả "
                    "thực hiện định kỳ hằng quý, 6 tháng và năm.\n", encoding="utf-8")
    plan_id = services.plan_import.store_read(services.plan_import.read(path)).plan_id
    window = make_window(as_of=dt.date(2026, 12, 6))
    window.open_plan(plan_id)
    window.registry["view.calendar"].trigger()
    day = dt.date(2026, 12, 25)
    assert len([i for i in window.calendar.model.items_on(day) if i.kind == "report_due"]) == 3  # Q, H and Y
    window.calendar.go_to(day)
    tasks = [window.calendar.agenda.topLevelItem(r).text(2) for r in range(window.calendar.agenda.topLevelItemCount())]
    ongoing = [t for t in tasks if "Số hóa hồ sơ" in t]
    assert len(ongoing) == 1, tasks


def test_a_long_message_fits_the_screen(qtbot, services) -> None:
    """After sending, the list of groups without members (nine groups, their tasks, the step that fixes it: some
    sixty rows) made the message box taller than a 768-pixel screen: its OK button was below the screen. A long
    message shows its first rows in a box that fits, and the whole text under "Xem chi tiết..."."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.widgets.prompts import fitted_box

    lines = ["Đã ghi 5 phiếu báo cáo vào /tmp/Documents.", ""]
    for n in range(12):
        lines += [f"- Nhóm «Các sở, ban, ngành {n}»: 1 nhiệm vụ, không có trong phiếu nào:",
                  "    b. Các sở, ban, ngành cấp tỉnh và Ủy ban nhân dân các huyện, thành phố, thị xã quản lý chặt… "
                  "(nhóm chủ trì; không có trong phiếu nào)"]
    text = "\n".join(lines)

    def shown_height(box: QMessageBox) -> int:
        qtbot.addWidget(box)
        box.show()  # Qt wraps the text and sizes the box when it is shown (never exec in a test)
        height = box.height()
        box.close()
        return height

    assert shown_height(QMessageBox(QMessageBox.Icon.Information, "", text)) > 768  # as it was shown
    box = fitted_box(None, QMessageBox.Icon.Information, "Gửi phiếu báo cáo", text)
    assert shown_height(box) < 560 and box.detailedText() == text
    assert box.text().startswith("Đã ghi 5 phiếu") and "Xem chi tiết..." in box.text()
    short = fitted_box(None, QMessageBox.Icon.Information, "", "Đã lưu kế hoạch.")
    qtbot.addWidget(short)
    assert short.text() == "Đã lưu kế hoạch." and short.detailedText() == ""


def test_the_send_window_names_the_period_it_asks_to_send_again(window: MainWindow, services, sample_plan, prompter,
                                                                tmp_path: Path) -> None:
    """The message after sending ended "rồi gửi phiếu kỳ 2026-Q4 cho các cơ quan thành viên đó": the period's
    code, which the clerk never sees anywhere else. It names the period as the window does."""
    from app.services.nodes import AssigneeSpec

    group = services.agencies.create_group("Các sở, ban, ngành", [])
    services.nodes.set_assignments(sample_plan["t2"], [AssigneeSpec("lead", group_id=group)])
    window.state.set_as_of(dt.date(2021, 12, 20))
    window.registry["plan.exchange_send"].trigger()
    send = window.exchange.dialogs["send"]
    send.period.set_code("2021-Q4")
    assert send.send(str(tmp_path / "out"))
    assert "gửi phiếu Quý IV năm 2021 cho" in prompter.messages[-1] and "2021-Q4" not in prompter.messages[-1]
    send.close()


def test_tab_leaves_the_tables_and_the_exchange_buttons_have_letters(window: MainWindow, qtbot, services,
                                                                     sample_plan) -> None:
    """In the receive window Tab walked the preview's cells one by one (nine a row) and never reached "Nhập
    các dòng đã chọn", and no button of the send, receive, register and report windows had an Alt letter
    (Alt+X did nothing; the report's Lưu PDF was some thirty Tabs away). Tab now leaves every table of the
    window (arrows move inside) and the buttons have their letters."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    window.registry["plan.exchange_receive"].trigger()
    receive = window.exchange.dialogs["receive"]
    window.registry["plan.exchange_send"].trigger()
    send = window.exchange.dialogs["send"]
    window.registry["plan.register"].trigger()
    register = window.exchange.dialogs["register"]
    tables = [t for w in (window, receive, send, register) for t in w.findChildren(QTableView)]
    assert len(tables) >= 5 and not [t.objectName() for t in tables if t.tabKeyNavigation()]

    with qtbot.waitActive(receive):
        receive.activateWindow()
    receive.rows.setFocus()
    QTest.keyClick(receive.rows, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not receive.rows
    for buttons in ((send.send_button,), (receive.files_button, receive.folder_button, receive.apply_button),
                    (register.refresh_button, register.pdf_button, register.xlsx_button, register.remind_button)):
        letters = [QKeySequence.mnemonic(b.text()).toString() for b in buttons]
        assert all(letters) and len(set(letters)) == len(buttons), letters
    window.registry["report.progress"].trigger()
    report = window.report_menu().dialog
    assert report is not None
    form = report.form
    letters = [QKeySequence.mnemonic(b.text()).toString() for b in (
        form.preview_button, form.save_docx, form.save_pdf, form.save_xlsx, form.print_button)]
    assert all(letters) and len(set(letters)) == 5, letters
    for dialog in (receive, send, register, report):
        dialog.close()


def test_the_progress_form_shows_the_report_already_stored(window: MainWindow, sample_plan, services) -> None:
    """Sở Tư pháp's workbook for Quý IV was received (Đã hoàn thành, 100 %, its result). Showing the task, the
    form said "Sở Tư pháp — Quý IV — Chưa triển khai — 0 %" beside that history, and Ctrl+Enter wrote the empty
    form over the report. The form shows the stored entry of its agency and period; another agency with
    nothing stored, an empty form."""
    from app.services.progress import ProgressEntry

    services.progress.record(ProgressEntry(sample_plan["t1"], sample_plan["agency"], "2021-Q4", "done", 100,
                                           "Đã rà soát 145 văn bản", evidence="Số 12/BC"), today=dt.date(2021, 10, 20))
    window.tree.select_node(sample_plan["t2"])
    window.tree.select_node(sample_plan["t1"])
    form = window.task_panel.progress
    assert form.agency.currentData() == sample_plan["agency"] and form.period.text() == "Quý IV năm 2021"
    assert (form.status.currentData(), form.percent.value()) == ("done", 100)
    assert form.result.toPlainText() == "Đã rà soát 145 văn bản" and form.evidence.text() == "Số 12/BC"
    assert not form.has_unsaved_edits()
    assert form.record()  # Ctrl+Enter now records the same report again, nothing lost
    assert [(h.status, h.result) for h in services.progress.history(sample_plan["t1"])] == [
        ("done", "Đã rà soát 145 văn bản")]
    other = form.agency.findData(sample_plan["other"])
    form.agency.setCurrentIndex(other)
    form.agency.activated.emit(other)
    assert (form.status.currentData(), form.percent.value(), form.result.toPlainText()) == ("not_started", 0, "")


def test_dates_are_asked_for_as_ngay_thang_nam(qtbot, services, sample_plan, prompter) -> None:
    """Thuộc tính kế hoạch asked "Ngày ban hành (ngày/tháng/năm)" and, one line below, "Theo dõi báo cáo từ
    (dd/mm/yyyy)"; the audit trail's date boxes showed "dd/mm/yyyy" (a literal, never translated) and its error
    "Ngày viết dạng dd/mm/yyyy". Every date is asked for as ngày/tháng/năm."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    from app.ui.admin.audit_dialog import AuditDialog
    from app.ui.plans.plan_dialog import PlanDialog

    dialog = PlanDialog(services.plans.plan(sample_plan["plan"]))
    audit = AuditDialog(prompter, services)
    qtbot.addWidget(dialog)
    qtbot.addWidget(audit)
    labels = [w.text() for d in (dialog, audit) for w in d.findChildren(QLabel)]
    labels += [audit.since_edit.placeholderText(), audit.until_edit.placeholderText(),
               QCoreApplication.translate("AuditDialog", "Dates are written dd/mm/yyyy.")]
    assert "Theo dõi báo cáo từ (ngày/tháng/năm):" in labels and audit.since_edit.placeholderText() == "ngày/tháng/năm"
    assert not [t for t in labels if "dd/mm" in t or "yyyy" in t]


def test_the_search_results_are_readable(window: MainWindow, qtbot) -> None:
    """Ctrl+F opened the search beside the task panel at its minimum width (214 px at 1366): every result read
    "[245/KH-UBND] 1 Thủ trưởng …". It opens wider; Ctrl+F again keeps the width the clerk gave it."""
    window.resize(1366, 768)
    qtbot.wait(20)
    window.show_search()
    qtbot.wait(20)
    assert window.search_dock.width() >= 350  # some forty letters of a task after its plan's number
    window.resizeDocks([window.search_dock], [600], Qt.Orientation.Horizontal)  # the clerk drags it wider
    qtbot.wait(20)
    chosen = window.search_dock.width()
    window.show_search()
    qtbot.wait(20)
    assert window.search_dock.width() == chosen > 450
