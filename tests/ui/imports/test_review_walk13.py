"""Session 19's walk of the import review on a fresh database (window13): what a clerk typing a lead met."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from app.ui.imports.import_view import ImportView
from app.ui.imports.review_model import Column


def test_enter_takes_a_lead_typed_whole_while_names_are_offered(qtbot, review: ImportView) -> None:
    """The clerk typed a lead the plan names elsewhere and pressed Enter: the names offered were showing, none
    chosen, and the Enter only closed them — the cell stayed open, the lead not taken, until a second Enter.
    Enter with no offered name chosen now takes the cell as typed; Down then Enter still takes the offered
    name and keeps the cell open for `; ` and a second name."""
    with qtbot.waitActive(review):
        review.activateWindow()
    row = next(i for i, n in enumerate(review.nodes) if n.kind == "task" and n.lead != ["Bộ Nội vụ"])
    review.select_only(review.view_index(row, Column.LEAD))
    review.tree.setFocus()
    QTest.keyClick(review.tree, Qt.Key.Key_F2)
    editor = review.tree.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.completer() is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Bo Noi vu")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    editor.setText("Bộ Nội vụ")  # typed whole (Vietnamese keys through the input method)
    assert not popup.currentIndex().isValid()
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.nodes[row].lead == ["Bộ Nội vụ"], timeout=2000)


def test_the_status_line_says_a_replaced_plan_was_replaced(qtbot, make_window, services, prompter) -> None:
    """After replacing a stored plan the status line said "Đã lưu kế hoạch." as for a new one; it now says the
    plan was replaced and what it kept."""
    from app.resources import resource_path

    sample = resource_path("samples", "ke-hoach-177-KH-UBND-2021-ha-noi.txt")
    services.plan_import.store_read(services.plan_import.read(sample))
    window = make_window()
    window.show_view("import")
    window.importer.start(str(sample))
    qtbot.waitUntil(lambda: window.importer.pages.currentIndex() == 2, timeout=30000)
    prompter.answers.append(True)
    assert window.importer.confirm() is not None
    assert window.statusBar().currentMessage() == \
        "Đã thay thế kế hoạch: giữ nguyên các chỗ bạn đã sửa và tiến độ đã ghi."
