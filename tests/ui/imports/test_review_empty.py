"""A task without deadline is a row to check when the document gives other tasks one, and an
empty filtered outline says in one line why it is empty and where the marked rows are (it was a
blank pane): real2 8f60c46a7d537060, an MTTQ plan giving 22 of its 49 tasks a deadline; real
6bac4a0d92da936d, a plan that gives none of its 47 tasks one; genre 14_bocongthuong_ctr, every
task with lead and deadline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtTest import QAbstractItemModelTester

from app.ui.imports.import_view import ImportView
from app.ui.imports.review_marks import SHOW_ALL, SHOW_CHECK, SHOW_MISSING, SHOW_UNKNOWN
from app.ui.imports.review_model import Column
from app.ui.shell.state import AppState

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SOME = FIXTURES / "real2" / "8f60c46a7d537060.txt"  # MTTQ: 27 of 49 tasks without deadline
NONE = FIXTURES / "real" / "6bac4a0d92da936d.txt"  # 47 tasks, the document gives no deadline
WHOLE = FIXTURES / "genre" / "14_bocongthuong_ctr.txt"  # every task has lead and deadline


def _review(qtbot, services, prompter, path: Path) -> ImportView:  # noqa: ANN001 - the fixtures' objects
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.resize(1000, 560)
    view.show()
    view._parsed(services.plan_import.read(path))
    return view


def test_tasks_without_deadline_are_rows_to_check_when_the_document_gives_others_one(qtbot, services,
                                                                                    prompter) -> None:
    view = _review(qtbot, services, prompter, SOME)
    tester = QAbstractItemModelTester(view.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    no_deadline = [i for i, n in enumerate(view.nodes) if n.kind == "task" and not n.deadline_text]
    assert len(no_deadline) == 27 and view.model.deadlines_given
    assert all(view.marks[i].needs_check for i in no_deadline)
    view.filter_combo.setCurrentIndex(SHOW_CHECK)
    assert view.proxy.rowCount() > 0 and not view.tree.placeholder.isVisible()
    assert all(view.is_row_shown(i) for i in no_deadline)
    view.tree.setFocus()
    row = view.next_to_check()
    assert row in no_deadline and view.tree.currentIndex().column() == Column.DEADLINE  # F2 types it at once
    note = view.row_note.text()
    assert note.startswith("Chưa có thời hạn: gõ vào (F2)") and note.count("Chưa có thời hạn") == 1
    # the clerk accepts them all (the document gives none): the filter empties and says so
    for i in no_deadline:
        view.tree.setCurrentIndex(view.view_index(i))
        view.mark_checked()
    assert not any(m.needs_check for m in view.marks)
    assert view.proxy.rowCount() == 0 and view.tree.placeholder.isVisible()
    assert view.tree.placeholder.text() == ("Không có dòng nào cần kiểm tra. 27 nhiệm vụ thiếu chủ trì hoặc thời "
                                            "hạn: chọn “Nhiệm vụ thiếu chủ trì hoặc thời hạn”.")
    assert all(view.marks[i].missing_deadline and not view.marks[i].needs_check for i in no_deadline)
    del tester


def test_a_document_without_any_deadline_says_so_instead_of_a_blank_filter(qtbot, services, prompter) -> None:
    view = _review(qtbot, services, prompter, NONE)
    tasks = [i for i, n in enumerate(view.nodes) if n.kind == "task"]
    assert len(tasks) == 47 and not view.model.deadlines_given
    assert not any(view.marks[i].needs_check for i in tasks)  # 47 rows asking the same question is noise
    assert "văn bản không nêu thời hạn" in view.count_label.text()
    view.filter_combo.setCurrentIndex(SHOW_CHECK)
    assert view.proxy.rowCount() == 0 and view.tree.placeholder.isVisible()
    line = view.tree.placeholder.text()
    assert line == ("Không có dòng nào cần kiểm tra. Văn bản không nêu thời hạn cho nhiệm vụ nào. 47 nhiệm vụ "
                    "thiếu chủ trì hoặc thời hạn: chọn “Nhiệm vụ thiếu chủ trì hoặc thời hạn”.")
    assert view.tree.placeholder.geometry().intersects(view.tree.viewport().rect())
    view.filter_combo.setCurrentIndex(SHOW_MISSING)  # where the line points: every task is there
    assert all(view.is_row_shown(i) for i in tasks) and not view.tree.placeholder.isVisible()
    view.filter_combo.setCurrentIndex(SHOW_ALL)
    assert not view.tree.placeholder.isVisible()
    view.reset()
    assert not view.tree.placeholder.isVisible()


def test_each_empty_filter_says_why_and_what_is_left(qtbot, services, prompter) -> None:
    view = _review(qtbot, services, prompter, WHOLE)
    assert view.model.deadlines_given and not any(m.needs_check for m in view.marks)
    view.filter_combo.setCurrentIndex(SHOW_MISSING)
    assert view.proxy.rowCount() == 0 and view.tree.placeholder.isVisible()
    assert view.tree.placeholder.text().startswith("Mọi nhiệm vụ đều có cơ quan chủ trì và thời hạn.")
    view.filter_combo.setCurrentIndex(SHOW_CHECK)
    assert view.tree.placeholder.text() == ("Không có dòng nào cần kiểm tra. 8 tên cơ quan cần bổ sung trong danh bạ: "
                                            "chọn “Cơ quan chưa có trong danh bạ”.")
    # every unknown agency added from the review, the group given a member: that filter empties too
    view.filter_combo.setCurrentIndex(SHOW_UNKNOWN)
    for mention in sorted({m for marks in view.marks for m in marks.unknown}):
        assert view.add_mention(mention)
    assert view.proxy.rowCount() > 0  # the new group reaches nobody yet
    member = services.agencies.create("Cục Điện lực", kind="trung_uong")
    for group in services.agencies.list_groups():
        services.agencies.set_group_members(group.id, [member])
    view._directory_step(lambda: None)
    assert view.proxy.rowCount() == 0 and view.tree.placeholder.isVisible()
    assert view.tree.placeholder.text() == ("Mọi cơ quan được nêu đều đã có trong danh bạ. Kiểm tra số, tên, "
                                            "cơ quan ban hành rồi lưu kế hoạch.")
    view.filter_combo.setCurrentIndex(SHOW_ALL)
    assert view.proxy.rowCount() > 0 and not view.tree.placeholder.isVisible()


def test_the_source_text_follows_a_row_whose_text_the_document_wraps(qtbot, services, prompter) -> None:
    """real f004d93b21e7fc5f: `a) Thể chế` / `Triển khai, áp dụng …` on two lines; a search within one
    line left the text pane where it was."""
    view = _review(qtbot, services, prompter, FIXTURES / "real" / "f004d93b21e7fc5f.txt")
    row = next(i for i, n in enumerate(view.nodes) if n.text.startswith("Thể chế"))
    words = view.nodes[row].text.split()[:8]
    assert " ".join(words) not in view.source.toPlainText()  # not on one line of the document
    view.tree.setCurrentIndex(view.view_index(row))
    selected = view.source.textCursor().selectedText().split()  # Qt's paragraph separator is whitespace too
    # the row's opening words as the document wraps them (up to 24: `ImportView._show_source`)
    assert selected[:2] == ["Thể", "chế"] and len(selected) >= len(words)
    assert selected == view.nodes[row].text.split()[:len(selected)]


def test_the_review_opens_with_the_keyboard_in_the_outline_and_f8_starts_at_the_first_row(qtbot, services,
                                                                                          prompter) -> None:
    """Focus stayed on the tab or button left behind, so F8 did nothing; and the current row Qt gives
    an outline on focus (not selected) made F8 pass over a first row to check."""
    view = _review(qtbot, services, prompter, SOME)
    assert view.focusWidget() is view.tree
    first = next(i for i, m in enumerate(view.marks) if m.needs_check)
    view.tree.selectionModel().setCurrentIndex(view.view_index(first), QItemSelectionModel.SelectionFlag.NoUpdate)
    assert view.next_to_check() == first  # a row the clerk did not choose is no place to start from
    second = view.next_to_check()
    assert second is not None and second > first  # from the row F8 selected, on
    view.mark_checked()  # accepted: it leaves no selection behind in "rows to check", the walk goes on
    assert view.current_row() is not None and view.current_row() > second


def test_the_count_line_says_what_storing_does_with_names_not_in_the_directory(qtbot, services, prompter) -> None:
    """A fresh database knows no agency: every name is red; the clerk need not add 22 names first."""
    view = _review(qtbot, services, prompter, WHOLE)
    assert "tên cơ quan chưa có trong danh bạ" in view.count_label.text()
    assert view.count_label.toolTip().startswith("Khi lưu, mỗi tên chưa có trong danh bạ được thêm thành một cơ quan "
                                                 "đề xuất")
    assert "bấm chuột phải vào dòng có tên đó" in view.count_label.toolTip()
