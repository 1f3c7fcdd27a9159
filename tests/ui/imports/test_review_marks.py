"""The import review on a real 140-task plan (real2 2ab9f90ee834d2c1), walked as a clerk with the
keyboard: the count of rows to check is shown, F8 goes to the next one (on the cell to fix), F2
edits it, Ctrl+Enter accepts it; each deadline shows how it was read; agencies are matched
against the directory, and one alias made in the review repairs every row naming it and is
used by the next import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app.importers.result import ImportedNode
from app.ui.imports.import_view import ImportView
from app.ui.imports.review_marks import SHOW_CHECK, SHOW_UNKNOWN, row_marks
from app.ui.shell.state import AppState
from tests.ui.imports.conftest import read_with_unsettled_deadlines

BIG = Path(__file__).resolve().parents[2] / "fixtures" / "real2" / "2ab9f90ee834d2c1.txt"
MOST = "Bộ Khoa học và Công nghệ"  # the mention of most rows of the plan


def _to_check(view: ImportView) -> int:
    return sum(m.needs_check for m in view.marks)


def test_rows_to_check_are_counted_filtered_and_walked_with_the_keyboard(qtbot, review: ImportView) -> None:
    assert sum(n.kind == "task" for n in review.nodes) >= 100
    count = _to_check(review)
    assert count > 0 and f"{count} dòng cần kiểm tra" in review.count_label.text()
    review.filter_combo.setCurrentIndex(SHOW_CHECK)
    shown = [i for i in range(len(review.nodes)) if review.is_row_shown(i)]
    assert {i for i in shown if review.marks[i].needs_check} == {i for i, m in enumerate(review.marks) if m.needs_check}
    assert len(shown) < len(review.nodes)  # the rows that need nothing are out of the way
    review.tree.setFocus()
    QTest.keyClick(review.tree, Qt.Key.Key_F8)
    index = review.current_row()
    assert review.marks[index].needs_check
    QTest.keyClick(review.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # accept, go on
    assert not review.marks[index].needs_check and _to_check(review) == count - 1
    assert review.current_row() > index and review.marks[review.current_row()].needs_check  # the next one
    # the next row alone selected: the Ctrl held made Qt add it to the accepted row's selection, and the
    # lead typed next went into both rows
    assert review.selected_rows() == [review.current_row()]
    assert f"{count - 1} dòng cần kiểm tra" in review.count_label.text()


def test_a_deadline_retyped_from_the_keyboard_is_read_again(qtbot, review: ImportView) -> None:
    index = next(i for i, m in enumerate(review.marks) if m.deadline_unknown and m.reasons)
    reading = review.model.index_of(index, 5)
    assert review.marks[index].reading == "chưa hiểu" and reading.data() == "chưa hiểu"
    # the row says what is wrong and how to settle it, in the clerk's words
    phrase = review.nodes[index].deadline_text
    assert f"Chưa hiểu thời hạn: {phrase} — gõ lại thành ngày, quý hoặc năm (F2)" in review.marks[index].reasons[-1]
    review.tree.setCurrentIndex(review.view_index(index - 1))
    review.tree.setFocus()
    while review.current_row() != index:  # F8 lands on the deadline cell of the row
        QTest.keyClick(review.tree, Qt.Key.Key_F8)
    assert review.tree.currentIndex().column() == 4
    QTest.keyClick(review.tree, Qt.Key.Key_F2)
    assert review.tree.state() == QAbstractItemView.State.EditingState
    editor = review.tree.viewport().findChild(QLineEdit)
    assert editor.text() == review.nodes[index].deadline_text
    editor.selectAll()
    QTest.keyClicks(editor, "30/6/2025")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the edit from the event loop
    qtbot.waitUntil(lambda: review.tree.state() != QAbstractItemView.State.EditingState)
    assert review.nodes[index].deadline_text == "30/6/2025"
    assert "30/06/2025" in reading.data() and not review.marks[index].deadline_unknown
    assert not any("thời hạn" in r.lower() for r in review.marks[index].reasons)


def test_cut_off_cells_show_their_whole_text_and_what_the_directory_says(review: ImportView) -> None:
    index = next(i for i, n in enumerate(review.nodes) if n.kind == "task" and len(n.text) > 120)
    tip = Qt.ItemDataRole.ToolTipRole
    assert review.nodes[index].text in review.model.index_of(index, 1).data(tip)
    lead = review.model.index_of(index, 2)
    assert review.nodes[index].lead[0] in lead.data(tip) and "chưa có trong danh bạ" in lead.data(tip)
    assert lead.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"  # unknown agency: red


def test_one_alias_repairs_every_row_and_the_next_import_uses_it(qtbot, review: ImportView, services) -> None:
    rows = [i for i, n in enumerate(review.nodes) if MOST in (*n.lead, *n.support)]
    assert len(rows) >= 20 and all(MOST in review.marks[i].unknown for i in rows)
    services.agencies.create("Bộ Khoa học, Công nghệ và Đổi mới sáng tạo", kind="trung_uong")
    review.tree.setCurrentIndex(review.view_index(rows[0]))
    menu = review._row_menu(review.view_index(rows[0]), review.tree.visualRect(review.view_index(rows[0])).center())
    assert menu is not None
    action = next(a for a in menu.actions() if a.text().startswith(f"“{MOST}” là tên khác"))
    review.prompter.answers.append("Công nghệ và Đổi mới")  # a part of the directory name is enough
    action.trigger()
    menu.close()
    assert not review.prompter.errors
    assert all(MOST not in review.marks[i].unknown for i in rows)  # every row at once
    tip = review.model.index_of(rows[0], 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "= Bộ Khoa học, Công nghệ và Đổi mới sáng tạo" in tip
    # the next import of any plan naming it matches the alias
    again = services.plan_import.read(BIG)
    assert services.import_review.check_mentions(again.plan, [MOST])[MOST].status == "agency"
    outcome = services.plan_import.store_read(again)
    assert MOST not in outcome.proposed_agencies


def test_an_unknown_group_added_in_one_step_stays_flagged_until_it_has_members(review: ImportView, services) -> None:
    group = next(m for marks in review.marks for m in marks.empty_groups)
    assert review.add_mention(group)
    review.filter_combo.setCurrentIndex(SHOW_UNKNOWN)
    rows = [i for i, m in enumerate(review.marks) if group in m.empty_groups]
    assert rows and all(group not in review.marks[i].unknown for i in rows)  # in the directory now
    assert all(review.is_row_shown(i) for i in rows)  # still listed: it reaches nobody
    member = services.agencies.create("Bộ Tư pháp", kind="trung_uong")
    services.agencies.set_group_members(services.agencies.list_groups()[0].id, [member])
    review._directory_step(lambda: None)
    assert all(group not in review.marks[i].empty_groups for i in rows)


def test_a_refused_alias_says_why_and_changes_nothing(review: ImportView, services) -> None:
    mention = next(m for marks in review.marks for m in marks.unknown)
    assert not review.alias_mention(mention, "Sở không có thật")
    assert review.prompter.errors and review.prompter.errors[0].startswith("Không tìm thấy")
    assert services.agencies.list_agencies() == []


def test_f2_edits_the_review_cell_in_the_main_window(qtbot, window) -> None:
    """The window's F2 (edit the plan tree's text) must not take the key from the review."""
    window.show_view("import")
    review = window.importer
    review._parsed(read_with_unsettled_deadlines(window.services))
    index = next(i for i, m in enumerate(review.marks) if m.reasons)
    review.tree.setCurrentIndex(review.view_index(index, 4))
    review.tree.setFocus()
    QTest.keyClick(review.tree, Qt.Key.Key_F2)
    assert review.tree.state() == QAbstractItemView.State.EditingState


REFUSED = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "6e205b75bcc588b5.txt"


@pytest.mark.parametrize("kind", ["refused", "damaged", "doc"])
def test_a_document_that_cannot_be_imported_gives_one_vietnamese_line(qtbot, services, prompter, tmp_path,
                                                                      monkeypatch, kind: str) -> None:
    """A quyết định that is not a plan, a damaged .docx, a .doc on a machine without LibreOffice:
    one clear line, the choose page again, the database unchanged."""
    if kind == "refused":
        path = REFUSED
    elif kind == "damaged":
        path = tmp_path / "ke-hoach.docx"
        path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    else:
        path = tmp_path / "ke-hoach.doc"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
        monkeypatch.setenv("PATH", str(tmp_path))  # no soffice, no libreoffice
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.start(str(path))
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=20000)
    message = prompter.errors[0]
    assert "\n" not in message and "Traceback" not in message and view.pages.currentIndex() == 0
    assert {"refused": "không phải kế hoạch", "damaged": "hỏng", "doc": "Lưu thành"}[kind] in message
    assert services.plans.list_plans(with_progress=False) == [] and services.agencies.list_agencies() == []


def test_one_lead_typed_on_several_selected_rows_fills_them_all(qtbot, services, prompter) -> None:
    """real2 f65cdafb62bc6900: 24 dash tasks of one block have no lead; select them, type it once."""
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view._parsed(services.plan_import.read(BIG.with_name("f65cdafb62bc6900.txt")))
    rows = [i for i, m in enumerate(view.marks) if m.missing_lead]
    assert len(rows) >= 20
    for i in rows:
        view.tree.selectionModel().select(view.view_index(i), QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)
    view.proxy.setData(view.view_index(rows[0], 2), "Ban Thường trực")  # the delegate's commit, on the view's model
    assert all(view.nodes[i].lead == ["Ban Thường trực"] for i in rows)
    assert not any(view.marks[i].missing_lead for i in rows)
    assert view.nodes[rows[0] - 1].lead != ["Ban Thường trực"] or rows[0] - 1 in rows  # unselected rows untouched
    view.mark_checked()  # Ctrl+Enter accepts the whole selection
    assert not any(view.marks[i].needs_check for i in rows)


def test_the_current_rows_marks_are_written_out_for_the_keyboard(qtbot, review: ImportView) -> None:
    """Tooltips need a mouse: the row reached with F8 says in words why it is marked."""
    review.tree.setFocus()
    QTest.keyClick(review.tree, Qt.Key.Key_F8)
    index = review.current_row()
    note = review.row_note.text()
    assert review.marks[index].reasons[0] in note and "Chưa có trong danh bạ: " in note
    done = next(i for i, m in enumerate(review.marks) if m.reading and not m.deadline_unknown)
    review.tree.setCurrentIndex(review.view_index(done))
    assert f"Thời hạn hiểu là: {review.marks[done].reading}" in review.row_note.text()


RHYTHM = "gõ lại nhịp lặp lại (F2), ví dụ hằng quý hoặc trước ngày 15 hằng tháng"


@pytest.mark.parametrize("phrase, hint", [
    ("Định kỳ", RHYTHM),
    ("định kỳ và đột xuất", RHYTHM),
    ("Theo kế hoạch của Học viện", "gõ lại thành ngày, quý hoặc năm (F2), ví dụ 30/6/2026 hoặc Quý III/2026"),
])
def test_a_deadline_not_understood_says_what_to_type(qtbot, phrase: str, hint: str) -> None:
    # work that comes back needs how often, not a date: the calendar and the register follow a rhythm
    node = ImportedNode(label="1", kind="task", text="Báo cáo kết quả thực hiện", lead=["Sở Nội vụ"],
                        deadline_text=phrase)
    marks = row_marks(node, 2026, {}, accepted=False)
    assert marks.deadline_unknown and marks.reading == "chưa hiểu"
    assert marks.reasons == [f"Chưa hiểu thời hạn: {phrase} — {hint}"]
