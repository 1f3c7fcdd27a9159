"""The import review as the clerk repairs a real plan whose import differs from its gold (real2
35e4e5f84e96e332, a ward's election supervision plan: III.1 read without its lead, 7.1 and 7.2 read
as text under 7, a form of supervision read as a task), walked with the keyboard as session 15 did
under Xvfb: each repair is reachable by keys, lands where the document prints it, and is read again
at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.imports.import_view import ImportView
from app.ui.imports.review_model import Column
from app.ui.widgets.prompts import text_box

PLAN = Path(__file__).resolve().parents[2] / "fixtures" / "real2" / "35e4e5f84e96e332.txt"


def _row(view: ImportView, label: str, text: str = "") -> int:
    return next(i for i, n in enumerate(view.nodes) if n.label == label and n.text.startswith(text))


def _key(view: ImportView, key: Qt.Key) -> None:
    view.tree.setFocus()
    QTest.keyClick(view.tree, key)


def test_a_typed_lead_settles_the_importers_no_lead_warning(review_of) -> None:
    """III.1 came without its lead ("Chưa xác định cơ quan chủ trì"): after the clerk typed it, the row
    still asked for a check and the note under the outline still said no lead was found."""
    view = review_of(PLAN)
    row = _row(view, "1", "Giám sát việc thành lập")
    assert "Chưa xác định cơ quan chủ trì" in view.nodes[row].warnings and view.marks[row].needs_check
    to_check = sum(m.needs_check for m in view.marks)
    view.model.setData(view.model.index_of(row, Column.LEAD), "Ban Thường trực Ủy ban MTTQ phường")
    view.select_only(view.view_index(row, Column.LEAD))
    assert view.nodes[row].lead == ["Ban Thường trực Ủy ban MTTQ phường"]
    assert not any("chủ trì" in reason for reason in view.marks[row].reasons)
    assert "chủ trì" not in view.show_row_note(row)
    assert sum(m.needs_check for m in view.marks) < to_check
    view.model.setData(view.model.index_of(row, Column.LEAD), "")  # emptied again: asked about again
    assert view.marks[row].missing_lead and view.marks[row].needs_check


def test_a_deadline_typed_on_a_text_row_makes_it_a_task(review_of) -> None:
    """7.1 and 7.2 are duties the importer read as text under 7: a deadline typed on one (as a lead
    already did) makes it a task, counted and stored; before, it stayed text and storing dropped it."""
    view = review_of(PLAN)
    row = _row(view, "7.1")
    assert view.nodes[row].kind == "section"  # a heading over its points
    tasks = len(view.plan.tasks())
    view.model.setData(view.model.index_of(row, Column.DEADLINE), "Trong khoảng thời gian từ ngày 26/02/2026")
    assert view.nodes[row].kind == "task" and len(view.plan.tasks()) == tasks + 1
    assert view.marks[row].reading  # read at once, as a task's deadline


def test_insert_adds_the_row_where_the_current_row_stands(review_of) -> None:
    """A task missed between two found ones: Insert on 7's last point puts the new row after it, under
    7 (it went after the whole section III at the first level, with no key to bring it back down)."""
    view = review_of(PLAN)
    parent = view.nodes[_row(view, "7", "Kiểm tra, giám sát việc tuyên truyền")]
    last_point = parent.children[parent.children.index(next(n for n in parent.children if n.label == "7.1")) - 1]
    view.select_only(view.view_index(view.nodes.index(last_point), Column.TEXT))
    _key(view, Qt.Key.Key_Insert)
    editor = view.tree.focusWidget()
    assert isinstance(editor, QLineEdit)
    new = view.nodes[view.current_row()]
    assert new.kind == "task" and not new.text
    assert parent.children.index(new) == parent.children.index(last_point) + 1
    QTest.keyClick(editor, Qt.Key.Key_Escape)


def test_left_and_right_walk_the_cells_of_a_row(review_of) -> None:
    """The deadline of a row F8 does not stop at: Right, Right from its lead reaches it and F2 edits it
    (Left and Right only opened and closed rows, so F2 edited the lead)."""
    view = review_of(PLAN)
    row = _row(view, "7.1")
    view.select_only(view.view_index(row, Column.LEAD))
    _key(view, Qt.Key.Key_Right)
    _key(view, Qt.Key.Key_Right)
    assert view.tree.currentIndex().column() == Column.DEADLINE and view.current_row() == row
    assert view.selected_rows() == [row]  # the row stays selected whole
    _key(view, Qt.Key.Key_F2)
    editor = view.tree.focusWidget()
    assert isinstance(editor, QLineEdit) and view.tree.currentIndex().column() == Column.DEADLINE
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    for _ in range(6):
        _key(view, Qt.Key.Key_Right)
    assert view.tree.currentIndex().column() == Column.READING and view.current_row() == row
    for _ in range(6):
        _key(view, Qt.Key.Key_Left)
    assert view.tree.currentIndex().column() == Column.LABEL and view.current_row() == row


def test_the_current_cell_is_framed(review_of) -> None:
    """Which cell F2 edits is seen: a frame in the selection's text colour around the current cell."""
    view = review_of(PLAN)
    row = _row(view, "7.1")
    view.select_only(view.view_index(row, Column.DEADLINE))
    view.tree.setFocus()
    rect = view.tree.visualRect(view.tree.currentIndex())
    image = view.tree.viewport().grab().toImage()
    frame = view.tree.palette().color(QPalette.ColorRole.HighlightedText)
    assert QColor(image.pixel(rect.left() + 1, rect.center().y())) == frame
    outside = view.tree.visualRect(view.view_index(row, Column.LEAD))
    assert QColor(image.pixel(outside.left() + 1, outside.center().y())) != frame


def test_typing_a_rows_number_finds_it_from_any_cell(review_of) -> None:
    """From the lead cell F8 left current, typing `7.1` goes to that row and keeps the column (Qt looked for
    the number among the leads)."""
    view = review_of(PLAN)
    view.select_only(view.view_index(_row(view, "1", "Giám sát việc thành lập"), Column.LEAD))
    view.tree.setFocus()
    QTest.keyClicks(view.tree, "7.1")
    assert view.nodes[view.current_row()].label == "7.1"
    assert view.tree.currentIndex().column() == Column.LEAD


def test_the_lead_cell_completes_names_without_diacritics(qtbot, services, review_of) -> None:
    """III.1's lead typed as the clerk types it, `ban thuong truc`, is offered the directory's agency and the
    name the plan gives; choosing one fills the cell, a second name after `;` keeps the first (a plain
    line edit wanted the name whole, with every diacritic)."""
    office = "Ban Thường trực Ủy ban MTTQ Việt Nam phường Bắc Cam Ranh"
    services.onboarding.import_agencies(services.onboarding.parse_list(f"{office}\nHội Nông dân phường"))
    view = review_of(PLAN)
    with qtbot.waitActive(view):  # the editor's completer answers while it has the focus
        view.activateWindow()
    row = _row(view, "1", "Giám sát việc thành lập")
    view.select_only(view.view_index(row, Column.LEAD))
    _key(view, Qt.Key.Key_F2)
    editor = view.tree.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.completer() is not None
    QTest.keyClicks(editor, "ban thuong truc")
    completer = editor.completer()
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert office in offered and "Ban Thường trực Ủy ban MTTQ Việt Nam phường" in offered  # the plan's own name
    assert offered[0] == office  # Down, Enter: the first offered
    QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.text() == office
    QTest.keyClicks(editor, "; hoi nong")
    assert completer.currentCompletion() == f"{office}; Hội Nông dân phường"
    QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.text() == f"{office}; Hội Nông dân phường"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(view.nodes[row].lead))  # the delegate commits after the key
    assert view.nodes[row].lead == [office, "Hội Nông dân phường"] and not view.marks[row].unknown
    editor_width = view.tree.columnWidth(Column.LEAD)
    view.select_only(view.view_index(_row(view, "2", "Kiểm tra việc hiệp thương"), Column.LEAD))
    _key(view, Qt.Key.Key_F2)
    editor = view.tree.focusWidget()
    QTest.keyClicks(editor, "ban thuong")
    popup = editor.completer().popup()
    assert popup.isVisible() and popup.width() > max(editor_width, editor.fontMetrics().horizontalAdvance(office))


def test_the_source_shows_the_rows_own_paragraph(review_of) -> None:
    """IV.1's row opens with the words the header's sentence opens with (`Ban Thường trực Ủy ban MTTQ Việt Nam
    phường …`): the text beside the outline showed the header, not the paragraph the clerk was to check."""
    view = review_of(PLAN)
    opening = "Ban Thường trực Ủy ban MTTQ Việt Nam phường giám sát trực tiếp"
    view.select_only(view.view_index(next(i for i, n in enumerate(view.nodes) if n.text.startswith(opening)),
                                     Column.TEXT))
    shown = view.source.textCursor()
    assert view.source.toPlainText()[shown.selectionStart():].startswith(opening)


def test_typing_a_repeated_numeral_goes_to_the_row_so_numbered(qtbot, review_of) -> None:
    """`III` typed in the annex of real2 a095b7d9d45fed2a (I, II, III under Phần 1) reaches III; Qt's own
    search stood on I whatever was typed after it."""
    view = review_of(PLAN.parent / "a095b7d9d45fed2a.txt")
    view.select_only(view.view_index(_row(view, "3.2"), Column.SUPPORT))
    view.tree.setFocus()
    QTest.keyClicks(view.tree, "III")
    assert view.nodes[view.current_row()].label == "III" and view.tree.currentIndex().column() == Column.SUPPORT
    QTest.keyClicks(view.tree, "4.3")
    assert view.nodes[view.current_row()].label == "III"  # `III4.3` numbers no row: it stays
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a pause: a new number
    QTest.keyClicks(view.tree, "4.3")
    assert view.nodes[view.current_row()].label == "4.3"


def test_a_name_the_first_import_proposed_is_shown_in_the_next_review_and_merged_there(
        services, prompter, review_of) -> None:
    """real2 bf4c2e407cd38e42 stored (its `UBND` stored as a proposed agency), then imported again to replace it:
    `UBND` was shown as known (black, not counted) though the register lists it as not in the directory. It is
    red, counted and explained; merged into the directory's `Ủy ban nhân dân xã Lương Minh` once the clerk agrees."""
    services.onboarding.import_agencies(services.onboarding.parse_list("Ủy ban nhân dân xã Lương Minh"))
    first = review_of(PLAN.parent / "bf4c2e407cd38e42.txt")
    plan_id = first.confirm()
    assert plan_id is not None
    view = review_of(PLAN.parent / "bf4c2e407cd38e42.txt")
    assert view.checks["UBND"].unknown and view.checks["UBND"].name == "UBND"
    row = next(i for i, marks in enumerate(view.marks) if "UBND" in marks.unknown)
    assert "lần nhập trước" in view.model.index_of(row, Column.LEAD).data(Qt.ItemDataRole.ToolTipRole)
    prompter.answers.append(False)  # the merge is asked about: refused, nothing changed
    assert not view.alias_mention("UBND", "uy ban nhan dan xa luong minh")
    assert view.checks["UBND"].unknown
    prompter.answers.append(True)
    assert view.alias_mention("UBND", "uy ban nhan dan xa luong minh")
    assert not view.checks["UBND"].unknown and "UBND" not in view.marks[row].unknown and not prompter.errors
    task = next(n for n in services.plans.tree(plan_id) if n.text.startswith("Đề nghị Thường trực HĐND"))
    assert "Ủy ban nhân dân xã Lương Minh" in task.lead_names  # the stored plan's task went over with the merge


def test_the_another_name_box_completes_the_directorys_names(qtbot, services, prompter, review_of) -> None:
    """`Ban Công tác Mặt trận các thôn này` (real2 a095b7d9d45fed2a) is another name of the directory's `Ban Công
    tác Mặt trận thôn`: the box asking which one completes `ban cong tac` with the directory's names only (it was
    a bare field, the directory unseen), and the answer typed without diacritics settles every row naming it."""
    services.onboarding.import_agencies(services.onboarding.parse_list("Ban Công tác Mặt trận thôn\nHội Nông dân xã"))
    view = review_of(PLAN.parent / "a095b7d9d45fed2a.txt")
    mention = "Ban Công tác Mặt trận các thôn này"
    assert view.checks[mention].unknown
    prompter.answers.append("ban cong tac mat tran thon")
    assert view.alias_mention(mention)
    assert not view.checks[mention].unknown and not any(mention in marks.unknown for marks in view.marks)
    box = text_box(view, "", "", names=prompter.text_names[-1])
    field = box.findChild(QLineEdit)
    completer = field.completer()
    completer.setCompletionPrefix("ban cong tac")
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered == ["Ban Công tác Mặt trận thôn"]  # not the plan's own names


def test_the_another_name_box_leaves_out_the_names_still_proposed(qtbot, services, prompter, review_of) -> None:
    """real2 bf4c2e407cd38e42 stored once keeps its `UBND` as a proposed agency; in the next review, "another name
    of…" offered that `UBND` next to the directory's agency, which the send window's box leaves out (review3): a
    name merges into an agency the directory holds, not into another name waiting to be settled."""
    services.onboarding.import_agencies(services.onboarding.parse_list("Ủy ban nhân dân xã Lương Minh"))
    assert review_of(PLAN.parent / "bf4c2e407cd38e42.txt").confirm() is not None
    view = review_of(PLAN.parent / "bf4c2e407cd38e42.txt")
    prompter.answers.append("")  # the box is left empty: nothing merged
    assert not view.alias_mention("UBND")
    field = text_box(view, "", "", names=prompter.text_names[-1]).findChild(QLineEdit)
    completer = field.completer()
    completer.setCompletionPrefix("u")
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "Ủy ban nhân dân xã Lương Minh" in offered and "UBND" not in offered
