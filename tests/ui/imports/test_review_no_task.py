"""A document in which the importer found no task opens an empty review: the header as read, a line
at the top saying no task was found and what to do, and rows added by hand (the "Add task" button,
the row menu, Insert), each undone by Ctrl+Z like the other review edits. Storing a review still
without a task is refused, and the header the clerk saw and edited stays on the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from app.ui.imports.import_view import ImportView
from app.ui.imports.review_marks import SHOW_UNKNOWN
from app.ui.imports.review_model import Column
from app.ui.shell.state import AppState

# development data (real3 Party openings): Kế hoạch 88-KH/TU cut before its first duty (a heading, a paragraph)
OPENING = Path(__file__).resolve().parents[2] / "fixtures" / "real3" / "fd454a2811cf28e5.txt"
HEADER_ONLY = ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY QUẢNG TRỊ\nSố 90-KH/TU\nQuảng Trị, ngày 24 tháng 12 năm 2021\n"
               "KẾ HOẠCH\nthực hiện Nghị quyết Đại hội XIII của Đảng\n"
               "Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau:\n")
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _review(qtbot, services, prompter, path: Path) -> ImportView:  # noqa: ANN001 - the fixtures' objects
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.resize(1024, 560)
    view.show()
    view._parsed(services.plan_import.read(path))  # what the worker hands back, synchronously
    return view


def _empty(qtbot, services, prompter, tmp_path: Path) -> ImportView:  # noqa: ANN001
    path = tmp_path / "mo-dau.txt"
    path.write_text(HEADER_ONLY, encoding="utf-8")
    return _review(qtbot, services, prompter, path)


def _key(view: ImportView, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    view.tree.setFocus()
    QTest.keyClick(view.tree, key, modifiers)


def _editor(view: ImportView) -> QLineEdit:
    """The content cell's editor, open."""
    editor = view.tree.viewport().findChild(QLineEdit)
    assert view.tree.state() == QAbstractItemView.State.EditingState and editor is not None
    return editor


def _type(view: ImportView, row: int, column: Column, text: str) -> None:
    """A cell typed by the clerk (F2, text, Enter) as the model receives it."""
    view.model.setData(view.model.index_of(row, column), text)


def test_the_empty_review_shows_the_header_and_says_what_to_do(qtbot, services, prompter, tmp_path: Path) -> None:
    view = _empty(qtbot, services, prompter, tmp_path)
    testers = [QAbstractItemModelTester(model, FATAL) for model in (view.model, view.proxy)]
    assert view.pages.currentIndex() == 2 and not prompter.errors
    assert (view.number_edit.text(), view.issuer_edit.text()) == ("90-KH/TU", "Ban Thường vụ Tỉnh ủy Quảng Trị")
    assert view.title_edit.text() == "thực hiện Nghị quyết Đại hội XIII của Đảng"
    assert view.read_as.text() == "Kế hoạch · Quảng Trị, 24/12/2021"
    assert view.empty_note.isVisible()
    assert view.empty_note.text().startswith("Không tìm thấy nhiệm vụ nào trong văn bản này")
    assert "“Thêm nhiệm vụ” hoặc phím Insert" in view.empty_note.text() and "hủy nhập" in view.empty_note.text()
    assert view.warnings.isVisible() and view.warnings.item(0).text().startswith(
        "⚠ Không có nhiệm vụ nào để nhập từ Kế hoạch số 90-KH/TU ngày 24/12/2021")
    assert view.model.rowCount() == 0 and view.proxy.rowCount() == 0
    assert view.tree.placeholder.isVisible()
    assert view.tree.placeholder.text() == "Chưa có dòng nào. Bấm phím Insert (hoặc “Thêm nhiệm vụ”) để thêm nhiệm vụ."
    assert view.add_button.text() == "Thêm nhiệm vụ (Insert)" and view.add_button.isVisible()
    del testers


def test_insert_adds_a_first_level_row_open_for_typing_and_ctrl_z_removes_it(qtbot, services, prompter,
                                                                             tmp_path: Path) -> None:
    view = _empty(qtbot, services, prompter, tmp_path)
    testers = [QAbstractItemModelTester(model, FATAL) for model in (view.model, view.proxy)]
    _key(view, Qt.Key.Key_Insert)
    assert view.model.rowCount() == 1 and view.model.parent(view.model.index_of(0)) == QModelIndex()
    assert view.nodes[0].kind == "task" and view.nodes[0].text == ""
    assert view.tree.state() == QAbstractItemView.State.EditingState
    assert view.tree.currentIndex().column() == Column.TEXT and view.current_row() == 0
    assert not view.tree.placeholder.isVisible() and view.edited
    editor = _editor(view)
    editor.setText("Tổ chức quán triệt Nghị quyết")  # (QTest types ASCII only)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.nodes[0].text == "Tổ chức quán triệt Nghị quyết")  # the delegate commits queued
    assert view.undo_text == "Sửa cột nội dung"
    _key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing, then the row
    assert view.nodes[0].text == "" and view.undo_text == "Thêm dòng"
    _key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 0 and view.plan is not None and view.plan.nodes == []
    assert view.tree.placeholder.isVisible() and not view.edited
    _key(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 1 and view.plan.nodes[0].kind == "task"
    del testers


def test_a_row_added_takes_agencies_and_a_deadline_and_is_stored_with_the_header(qtbot, services, prompter,
                                                                                  tmp_path: Path) -> None:
    view = _empty(qtbot, services, prompter, tmp_path)
    tester = QAbstractItemModelTester(view.model, FATAL)
    assert view.add_button.isEnabled()
    view.add_button.click()
    QTest.keyClick(_editor(view), Qt.Key.Key_Escape)  # the editor closed untouched
    _type(view, 0, Column.TEXT, "Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên")
    _type(view, 0, Column.LEAD, "Ban Tuyên giáo Tỉnh ủy")
    _type(view, 0, Column.SUPPORT, "Sở Nội vụ; Sở Tư pháp")
    _type(view, 0, Column.DEADLINE, "quý I/2022")
    node = view.nodes[0]
    assert (node.lead, node.support, node.deadline_text) == (["Ban Tuyên giáo Tỉnh ủy"], ["Sở Nội vụ", "Sở Tư pháp"],
                                                             "quý I/2022")
    assert view.marks[0].reading and not view.marks[0].missing_deadline and not view.marks[0].missing_lead
    view.number_edit.setText("90-KH/TU-bs")  # the clerk corrects the header too
    plan_id = view.confirm()
    assert plan_id and not prompter.errors
    [plan] = services.plans.list_plans()
    assert plan.number == "90-KH/TU-bs"
    [task] = [n for n in services.plans.tree(plan_id) if n.kind == "task"]
    assert task.text == "Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên" and task.deadline_phrase == "quý I/2022"
    del tester


def test_storing_a_review_without_task_is_refused_and_keeps_the_header(qtbot, services, prompter,
                                                                       tmp_path: Path) -> None:
    view = _empty(qtbot, services, prompter, tmp_path)
    view.number_edit.end(False)
    QTest.keyClicks(view.number_edit, "-sua")  # edited before the refusal: not lost
    assert view.confirm() is None
    assert prompter.errors == ["Kế hoạch chưa có nhiệm vụ nào nên chưa được lưu: kế hoạch chỉ có phần đầu văn bản "
                               "thì không theo dõi được. Hãy thêm các nhiệm vụ (“Thêm nhiệm vụ” hoặc phím Insert), "
                               "hoặc hủy nhập."]
    assert view.pages.currentIndex() == 2 and view.number_edit.text() == "90-KH/TU-sua"
    assert view.read is not None and services.plans.list_plans() == []
    # Insert from the header's field adds the row (the window's Ins would add to the plan tree elsewhere)
    view.number_edit.setFocus()
    QTest.keyClick(view.number_edit, Qt.Key.Key_Insert)
    assert view.model.rowCount() == 1 and view.number_edit.text() == "90-KH/TU-sua"
    QTest.keyClick(_editor(view), Qt.Key.Key_Escape)
    # a row added and left empty: not stored, the clerk is taken to it and told
    assert view.marks[0].needs_check and view.marks[0].reasons[0].startswith("Chưa có nội dung")
    assert view.confirm() is None
    assert prompter.errors[-1] == "Có dòng nhiệm vụ chưa có nội dung: gõ nội dung nhiệm vụ (F2), hoặc xóa dòng (Del)."
    assert view.current_row() == 0 and services.plans.list_plans() == []


def test_the_row_menu_adds_a_row_after_the_current_block(qtbot, services, prompter) -> None:
    """The cut opening of 88-KH/TU reads one heading and its paragraph, no task: a row added on the
    paragraph goes after the heading's block, at the first level; a filter that would hide it gives way."""
    view = _review(qtbot, services, prompter, OPENING)
    tester = QAbstractItemModelTester(view.proxy, FATAL)
    assert view.empty_note.isVisible() and view.model.rowCount() == 1 and len(view.nodes) == 2
    view.filter_combo.setCurrentIndex(SHOW_UNKNOWN)
    view.filter_combo.setCurrentIndex(0)
    view.tree.setCurrentIndex(view.view_index(1))
    menu = view._row_menu(view.view_index(1), QPoint(0, 0))
    [add] = [a for a in menu.actions() if a.text() == "Thêm một dòng nhiệm vụ\tIns"]
    assert add.isEnabled()
    view.filter_combo.setCurrentIndex(SHOW_UNKNOWN)  # the new row names no agency: it would be hidden
    add.trigger()
    menu.close()
    assert view.filter_combo.currentIndex() == 0 and view.model.rowCount() == 2
    assert [n.text for n in view.plan.nodes][0] == "NHẬN ĐỊNH TÌNH HÌNH" and view.plan.nodes[1].text == ""
    assert view.current_row() == 2 and view.tree.state() == QAbstractItemView.State.EditingState
    del tester


def test_insert_in_the_main_window_adds_a_review_row_not_a_plan_tree_item(qtbot, window, prompter,
                                                                          tmp_path: Path) -> None:
    """The window's Ins adds an item to the stored plan's tree (on another tab); in the review, from
    the outline or a header field, it adds a row to the review."""
    path = tmp_path / "mo-dau.txt"
    path.write_text(HEADER_ONLY, encoding="utf-8")
    window.show_view("import")
    review = window.importer
    review._parsed(window.services.plan_import.read(path))
    window.activateWindow()  # the window's shortcuts work in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    assert window.tree.plan_id is not None and window.registry["edit.add_sibling"].isEnabled()
    stored = len(window.services.plans.tree(window.tree.plan_id))
    _key(review, Qt.Key.Key_Insert)
    QTest.keyClick(_editor(review), Qt.Key.Key_Escape)
    review.issuer_edit.setFocus()
    QTest.keyClick(review.issuer_edit, Qt.Key.Key_Insert)
    assert review.model.rowCount() == 2 and window.tabs.currentWidget() is review
    assert len(window.services.plans.tree(window.tree.plan_id)) == stored and not prompter.messages
    review.reset()  # the window closes at the end of the test: no corrections left to ask about


def test_the_empty_review_fits_a_600_pixel_screen_its_warning_whole(qtbot, window) -> None:
    """The warning saying why no task was found wraps at the list's width (it ran off the side behind a
    scroll bar), and the list, sized while hidden, no longer grew the window past 600 pixels."""
    window.resize(1024, 600)
    window.show_view("import")
    review = window.importer
    review._parsed(window.services.plan_import.read(OPENING))
    qtbot.waitUntil(lambda: review.warnings.isVisible() and review.warnings.width() > 500)
    QApplication.processEvents()
    assert window.height() == 600
    rect = review.warnings.visualItemRect(review.warnings.item(0))
    assert rect.height() > review.warnings.fontMetrics().height()  # wrapped on two lines or more
    assert review.warnings.viewport().rect().contains(rect)
    assert not review.warnings.horizontalScrollBar().isVisible()
    review.reset()
