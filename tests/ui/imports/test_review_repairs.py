"""The import review's row repairs, walked as a clerk with the keyboard on the real 140-task plan
(real2 2ab9f90ee834d2c1): delete the title rows an annex brings (Del), split two items run
together (F2, Shift+Enter at the cursor), merge an item cut in two (Ctrl+Backspace), move a row's
level (Ctrl+Right/Left), undo and redo each (Ctrl+Z, Ctrl+Y); the plan stored is the plan as
repaired; the window does not close on corrections not stored without asking."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from app.services.progress import ProgressEntry
from app.ui.imports.import_view import ImportView
from app.ui.imports.review_model import Column
from tests.ui.imports.conftest import read_with_unsettled_deadlines

SELECT_ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def _texts(view: ImportView) -> list[tuple[str, str]]:
    return [(n.label, n.text) for n in view.nodes]


def _key(view: ImportView, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    view.tree.setFocus()
    QTest.keyClick(view.tree, key, modifiers)


def _go(view: ImportView, row: int, column: int = Column.TEXT) -> None:
    view.tree.setCurrentIndex(view.view_index(row, column))


def test_del_in_the_main_window_deletes_review_rows_not_the_plan_tree(qtbot, window, prompter) -> None:
    """The window's Del deletes an item of the stored plan's tree (after a question); in the review it
    deletes the selected rows — the annex's title rows and its `Phụ lục` heading — and keeps the rows under them."""
    window.show_view("import")
    review = window.importer
    review._parsed(read_with_unsettled_deadlines(window.services))
    before = _texts(review)
    assert [n.text for n in review.nodes[:4]][-1] == "Phụ lục" and len(review.nodes[3].children) >= 5
    _go(review, 0)
    for row in range(4):
        review.tree.selectionModel().select(review.view_index(row), SELECT_ROWS)
    _key(review, Qt.Key.Key_Delete)
    assert not prompter.messages and window.tabs.currentWidget() is review  # no question about the plan tree
    assert _texts(review) == before[4:] and review.nodes[0].label == "I" and review.model.rowCount() > 5
    assert review.current_row() == 0 and review.edited
    _key(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _texts(review) == before and review.current_row() == 0
    _key(review, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _texts(review) == before[4:]
    # Ctrl+Z on the filter or a button of the review (the window's Ctrl+Z undoes the stored plans' edits)
    window.undo_stack.push(QUndoCommand("Sửa mục của kế hoạch đã lưu"))
    review.filter_combo.setFocus()
    QTest.keyClick(review.filter_combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _texts(review) == before and window.undo_stack.index() == 1
    review.number_edit.setFocus()  # a text field undoes its own typing
    QTest.keyClicks(review.number_edit, "12")
    QTest.keyClick(review.number_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _texts(review) == before and review.number_edit.text() == "/NQ-CP"
    review.reset()  # the window closes at the end of the test: no corrections left to ask about


def test_two_items_run_together_are_split_at_the_cursor(qtbot, review: ImportView) -> None:
    row = next(i for i, n in enumerate(review.nodes) if n.kind == "task" and n.lead)
    node = review.nodes[row]
    first = node.text
    node.text = first + ". b) Tổ chức sơ kết việc thực hiện."  # how a paragraph with two items is read
    review._repaint([row])
    _go(review, row)
    _key(review, Qt.Key.Key_F2)
    editor = review.tree.viewport().findChild(QLineEdit)
    assert review.tree.state() == QAbstractItemView.State.EditingState and editor is not None
    editor.setCursorPosition(editor.text().index(" b)"))
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    new = review.nodes[row + 1]
    assert (new.label, new.text, new.lead) == ("b", "Tổ chức sơ kết việc thực hiện.", node.lead)
    assert review.nodes[row].text == first + "."
    assert review.current_row() == row + 1 and review.model.index_of(row + 1, 0).data() == "b"
    _key(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.nodes[row].text.endswith("b) Tổ chức sơ kết việc thực hiện.") and review.current_row() == row
    assert review.start_split()  # the row menu's "split": the editor opens and the line says how
    assert "Shift+Enter" in review.row_note.text() and review.tree.currentIndex().column() == Column.TEXT


def test_merge_move_level_and_undo_from_the_keyboard(qtbot, review: ImportView) -> None:
    before = _texts(review)
    row = next(i for i, n in enumerate(review.nodes) if n.label == "2" and n.kind == "task")
    above, text = review.nodes[row - 1], review.nodes[row].text
    _go(review, row)
    _key(review, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert review.nodes[row - 1] is above and above.text.endswith(text) and review.current_row() == row - 1
    assert len(review.nodes) == len(before) - 1
    _key(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _texts(review) == before
    parent = review.model.parents[row]
    _go(review, row)
    _key(review, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # under the row before
    assert review.model.parents[row] == row - 1 and review.current_row() == row
    assert _texts(review) == before  # the document's order kept
    _key(review, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert review.model.parents[row] == parent
    _key(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _key(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.model.parents[row] == parent and _texts(review) == before


def test_a_typed_cell_and_an_accepted_row_are_undone(qtbot, review: ImportView) -> None:
    row = next(i for i, m in enumerate(review.marks) if m.deadline_unknown)
    old = review.nodes[row].deadline_text
    review.proxy.setData(review.view_index(row, Column.DEADLINE), "30/6/2025")
    assert "30/06/2025" in review.marks[row].reading
    review.proxy.setData(review.view_index(row, Column.DEADLINE), "30/6/2025")  # nothing changed: no step
    _go(review, row)
    review.mark_checked()
    assert row in review.accepted
    assert review.undo() and row not in review.accepted and review.nodes[row].deadline_text == "30/6/2025"
    assert review.undo() and review.nodes[row].deadline_text == old and review.marks[row].deadline_unknown
    assert not review.undo()  # nothing before the first edit
    assert review.redo() and review.nodes[row].deadline_text == "30/6/2025"


def test_the_plan_stored_is_the_plan_as_repaired(qtbot, review: ImportView, services) -> None:
    _go(review, 0)
    for row in range(4):
        review.tree.selectionModel().select(review.view_index(row), SELECT_ROWS)
    assert review.delete_rows()
    first = review.nodes[1]  # task 1, under section I
    review.split_at(review.view_index(1, Column.TEXT), first.text, first.text.index(" và tổ chức"))
    plan_id = review.confirm()
    assert plan_id is not None
    texts = [v.text for v in services.plans.tree(plan_id)]
    assert "Phụ lục" not in texts and "PHỤ LỤC II" not in texts and len(texts) == 151 - 4 + 1
    assert texts.count(first.text) == 1 and any(t.startswith("và tổ chức") for t in texts)


def test_the_menu_key_opens_the_menu_of_the_current_row(qtbot, review: ImportView) -> None:
    row = next(i for i, m in enumerate(review.marks) if m.unknown)
    _go(review, row, Column.LEAD)
    shown = []
    review.tree.menu_requested.connect(lambda index, _where: shown.append(review.row_of(index)))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), review.tree.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(review.tree, event)
    assert shown == [row]
    menu = review._row_menu(review.view_index(row), QPoint(0, 0))
    texts = [a.text() for a in menu.actions()]
    menu.close()
    assert any(t.startswith("Thêm “") for t in texts) and any(t.endswith("\tDel") for t in texts)
    assert any("Ctrl+Z" in t for t in texts)


def test_closing_the_window_asks_about_corrections_not_stored(qtbot, window, prompter) -> None:
    window.show_view("calendar")
    review = window.importer
    review._parsed(read_with_unsettled_deadlines(window.services))
    assert window.close() is True and not prompter.messages  # nothing corrected yet: no question
    window.show()
    window.show_view("calendar")
    _go(review, 0)
    review.delete_rows()
    prompter.answers.append(False)  # keep the window
    assert window.close() is False and window.isVisible()
    assert "chưa được lưu" in prompter.messages[-1] and window.tabs.currentWidget() is review
    prompter.answers.append(True)
    assert window.close() is True


def test_repairs_on_the_140_row_plan_stay_quick(qtbot, review: ImportView) -> None:
    """Each repair lays the whole outline out again; on the real 151-row plan that must not be felt."""
    row = next(i for i, n in enumerate(review.nodes) if n.label == "2" and n.kind == "task")
    slowest = 0.0
    for step in (review.lower_rows, review.raise_rows, review.merge_up, review.undo, review.delete_rows,
                 review.undo):
        _go(review, row)
        start = time.perf_counter()
        assert step()
        slowest = max(slowest, time.perf_counter() - start)
    assert slowest < 0.5, f"slowest repair {slowest:.3f} s"


def test_a_plan_stored_from_a_repaired_review_is_replaced_from_a_repaired_review(qtbot, review: ImportView,
                                                                                   services, prompter) -> None:
    """The clerk stores the annex plan without its title rows and records progress; the plan comes again
    (amended: two tasks are one now): repaired the same way in the review, it replaces the stored plan in
    place, the progress kept."""
    def drop_title_rows(view: ImportView) -> None:
        _go(view, 0)
        for row in range(4):
            view.tree.selectionModel().select(view.view_index(row), SELECT_ROWS)
        assert view.delete_rows()

    drop_title_rows(review)
    plan_id = review.confirm()
    task = next(n for n in services.plans.tree(plan_id) if n.label == "2" and n.kind == "task")
    agency = services.agencies.create("Đài Truyền hình Việt Nam")
    services.progress.record(ProgressEntry(task.id, agency, "2025-Q2", "in_progress", 30, "Đã xây dựng đề cương"),
                             today=dt.date(2025, 5, 1))
    review._parsed(read_with_unsettled_deadlines(services))
    assert review.existing == plan_id
    drop_title_rows(review)
    merged = next(i for i, n in enumerate(review.nodes) if n.label == "5" and n.kind == "task")
    _go(review, merged)
    assert review.merge_up()
    prompter.answers.append(True)
    assert review.confirm() == plan_id
    assert "Thay thế kế hoạch đã lưu" in prompter.messages[-2]
    tree = services.plans.tree(plan_id)
    assert [h.result for h in services.progress.history(task.id)] == ["Đã xây dựng đề cương"]
    assert len(tree) == 151 - 4 - 1 and "Phụ lục" not in [n.text for n in tree]


def test_a_row_deleted_under_a_filter_leaves_the_next_row_shown_current(qtbot, review: ImportView) -> None:
    review.filter_combo.setCurrentIndex(1)  # rows to check
    shown = [i for i in range(len(review.nodes)) if review.is_row_shown(i) and review.marks[i].needs_check]
    _go(review, shown[0])
    text = review.nodes[shown[1]].text
    assert review.delete_rows()
    assert review.current_row() is not None and review.nodes[review.current_row()].text == text


def test_a_cell_bar_read_as_an_agency_is_marked_and_the_task_counts_as_without_lead(qtbot, review: ImportView) -> None:
    row = next(i for i, n in enumerate(review.nodes) if n.kind == "task" and n.lead and not review.marks[i].reasons)
    review.nodes[row].lead = ["|"]  # as the .docx LibreOffice makes of the plan reads some rows
    review.nodes[row].support = [*review.nodes[row].support, "| Kế hoạch công tác"]
    review._repaint([row])
    marks = review.marks[row]
    assert marks.junk == ["|", "| Kế hoạch công tác"] and marks.missing_lead and marks.needs_check
    assert any(r.startswith("Không phải tên cơ quan") for r in marks.reasons)
    assert review.model.index_of(row, Column.SUPPORT).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert "không phải tên cơ quan" in review.model.index_of(row, Column.SUPPORT).data(Qt.ItemDataRole.ToolTipRole)


def test_another_database_opened_during_the_review_is_the_one_matched(qtbot, review: ImportView, services,
                                                                        tmp_path) -> None:
    """Storing goes to the database open when the clerk confirms: the marks follow it."""
    from app.models.database import open_database
    from app.services import Services

    mention = "Bộ Khoa học và Công nghệ"
    rows = [i for i, m in enumerate(review.marks) if mention in m.unknown]
    assert rows
    other = Services(open_database(str(tmp_path / "khac.sqlite")), "tester")
    other.agencies.create(mention, kind="trung_uong")
    review.state.set_services(other, str(tmp_path / "khac.sqlite"))
    assert not any(mention in review.marks[i].unknown for i in rows)
