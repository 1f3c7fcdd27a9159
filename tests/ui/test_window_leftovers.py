"""What session 7's walk of the window left (session 8, "uifix"), each reproduced in the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.ui.shell.main_window import MainWindow
from app.ui.widgets.date_field import DateField


def test_calendar_goes_to_a_typed_date_and_refuses_an_impossible_one(qtbot, window: MainWindow) -> None:
    """The calendar's "go to date" is the typed dd/mm/yyyy field of every other form (QDateEdit took
    the digits section by section); Enter goes there, an impossible date is one status-bar line."""
    window.show_view("calendar")
    cal = window.calendar
    assert isinstance(cal.go_date, DateField)
    cal.go_date.clear()
    qtbot.keyClicks(cal.go_date, "15/03/2027")
    qtbot.keyClick(cal.go_date, Qt.Key.Key_Return)
    assert (cal.model.year, cal.model.month) == (2027, 3) and cal.selected_day == dt.date(2027, 3, 15)
    assert cal.go_date.text() == "15/03/2027"
    cal.go_date.clear()
    qtbot.keyClicks(cal.go_date, "31/02/2027")
    qtbot.keyClick(cal.go_date, Qt.Key.Key_Return)
    assert (cal.model.year, cal.model.month) == (2027, 3)  # stayed where it was
    assert window.statusBar().currentMessage() == "Ngày 31/2/2027 không tồn tại: tháng 2 năm 2027 chỉ có 28 ngày."
    assert cal.go_date.text() == "31/02/2027"  # kept, to be corrected
    cal.go_date.setText("1/12/2021")
    qtbot.mouseClick(cal.go_button, Qt.MouseButton.LeftButton)
    assert (cal.model.year, cal.model.month) == (2021, 12) and cal.go_button.text() == "Đến"


def test_screenshot_shows_the_user_given(tmp_path, database, sample_plan, qapp, monkeypatch) -> None:
    """The guide's pictures: `screenshot --user` is the name in the status bar (it was ignored, and the
    pictures showed the account that took them, "root")."""
    from app.__main__ import main

    seen: list[str] = []
    close = MainWindow.close

    def noting_close(self: MainWindow) -> bool:
        seen.append(self.user_label.text())
        return close(self)

    monkeypatch.setattr(MainWindow, "close", noting_close)
    out = tmp_path / "tree.png"
    args = ["screenshot", "--db", database.display_name, "--view", "tree", "--out", str(out), "--size", "1024x600"]
    assert main([*args, "--user", "Nguyễn Thị Lan"]) == 0
    assert seen == ["Người dùng: Nguyễn Thị Lan (chuyên viên theo dõi)"]


def _cell_text(view, index) -> str:
    """What the view paints in a cell: the delegate's text for the cell's rectangle."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    return option.text


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_tree_headers_and_states_are_readable_on_small_screens(qtbot, window: MainWindow, sample_plan,
                                                                size) -> None:
    """At 1024×600 the state column was cut (`⚠ Đang th…`) and the agencies' headers too: every header
    fits its column (a narrow one says `Chủ trì`/`Phối hợp`, the full name in its tooltip), the state
    and the deadline fit in their short forms (`⚠ Quá hạn`, the date), an elided agency keeps its
    full name in the tooltip."""
    from PySide6.QtWidgets import QStyleOptionHeader

    from app.ui.tree.plan_tree_model import Column, Role
    from app.ui.widgets.compact import CELL_MARGIN

    window.resize(*size)
    window.show_view("tree")
    qtbot.wait(20)
    view = window.tree_view
    view.expandAll()
    header = view.header()
    metrics = view.fontMetrics()
    for column in Column:
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, column)
        assert header.fontMetrics().horizontalAdvance(option.text) <= header.sectionSize(column) - 4, (
            column, option.text, header.sectionSize(column))
    t1 = window.tree.model.index_of(sample_plan["t1"], Column.STATE)
    state = _cell_text(view, t1)
    assert state in ("⚠ Đang thực hiện quá hạn", "⚠ Quá hạn")
    assert metrics.horizontalAdvance(state) <= view.columnWidth(Column.STATE) - CELL_MARGIN
    assert t1.data(Qt.ItemDataRole.ToolTipRole) == "⚠ Đang thực hiện quá hạn"
    deadline = _cell_text(view, t1.siblingAtColumn(Column.DEADLINE))
    assert deadline in ("xong trước ngày 30/9/2021 (30/09/2021)", "30/09/2021")
    assert metrics.horizontalAdvance(deadline) <= view.columnWidth(Column.DEADLINE) - CELL_MARGIN
    lead = t1.siblingAtColumn(Column.LEAD)
    assert lead.data(Qt.ItemDataRole.ToolTipRole) == "Sở Nội vụ" and lead.data(Role.COMPACT) is None
    assert view.columnWidth(Column.CONTENT) >= 250  # Nội dung stays what the clerk reads
    if size == (1024, 600):
        assert header.model().headerData(Column.LEAD, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
            "Cơ quan chủ trì")


def test_a_database_locked_by_another_program_shows_the_busy_cursor_then_the_message(
        qtbot, window: MainWindow, database, sample_plan, monkeypatch) -> None:
    """Another process holds the write lock: recording progress waited 5 s on a frozen window with
    nothing said. Now the busy cursor and a status line are up before the wait starts, then the
    "đang bận" message; the cursor is given back and nothing is written."""
    import subprocess
    import sys

    from PySide6.QtGui import QGuiApplication
    from sqlalchemy import event

    from app.models import sqlite_files

    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 300)  # the clerk's 5 s, shortened
    database.engine.dispose()  # new connections take the shorter wait
    seen: list[tuple[object, str]] = []

    def during_the_wait(_conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            cursor = QGuiApplication.overrideCursor()
            seen.append((cursor.shape() if cursor else None, window.statusBar().currentMessage()))

    event.listen(database.engine, "before_cursor_execute", during_the_wait)
    window.tree.select_node(sample_plan["t1"])
    form = window.task_panel.progress
    form.status.setCurrentIndex(form.status.findData("in_progress"))
    form.result.setPlainText("Đã tổ chức hội nghị")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(database.path)!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not form.record()
    finally:
        holder.communicate("\n", timeout=30)
    event.remove(database.engine, "before_cursor_execute", during_the_wait)
    assert seen and seen[0] == (Qt.CursorShape.WaitCursor,
                                "Cơ sở dữ liệu đang được chương trình khác dùng: đang chờ (tối đa vài giây)…")
    assert QGuiApplication.overrideCursor() is None  # given back
    busy = "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau giây lát."
    assert form.message.text() == busy and window.statusBar().currentMessage() == busy
    assert window.state.services.progress.history(sample_plan["t1"]) == []  # nothing written
    # the lock gone, the same record goes through without a wait said
    seen.clear()
    assert form.record() and len(window.state.services.progress.history(sample_plan["t1"])) == 1
    assert QGuiApplication.overrideCursor() is None


def test_the_stored_line_of_the_last_import_goes_when_the_next_starts(qtbot, window: MainWindow, sample_plan) -> None:
    """"Đã lưu kế hoạch." stayed in the status bar (8 s) while the next document was being read."""
    from pathlib import Path

    window._imported(sample_plan["plan"])
    assert window.statusBar().currentMessage() == "Đã lưu kế hoạch."
    window.show_view("import")
    document = Path(__file__).resolve().parents[1] / "fixtures" / "genre2" / "04_thaibinh_cds.txt"
    window.importer.start(str(document))
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: window.importer.pages.currentIndex() == 2, timeout=30000)


def test_the_calendar_opens_on_the_as_of_day_even_when_its_grid_took_the_focus(qtbot, window: MainWindow) -> None:
    """Walk, 1024×600: opening the calendar from the tree put the focus in the grid, Qt made its first
    cell (30/11, last month) current, and the calendar stayed there instead of on today."""
    cal = window.calendar
    window.show_view("calendar")
    cal.step(+1)  # December 2021: its grid starts on 29/11
    first = cal.model.start
    cal.grid.setCurrentIndex(cal.model.index_of(first))  # what the grid's focus-in does
    assert cal.selected_day == first == dt.date(2021, 11, 29)
    cal.reload()
    assert cal.selected_day == dt.date(2021, 12, 1) and cal.go_date.text() == "01/12/2021"
    cal.go_today()
    assert cal.selected_day == window.as_of() == dt.date(2021, 11, 1)


def test_the_agenda_keeps_room_for_the_task_at_1024(qtbot, window: MainWindow, sample_plan) -> None:
    """Walk, 1024×600: the agenda's date and state columns (80 + 180 px) left the task column a few
    pixels (`[…`). A narrow agenda writes dd/mm, states in short words and leaves out the plan's
    number (one plan): the task keeps its room; the full texts are in the tooltips."""
    window.resize(1024, 600)
    window.show_view("calendar")
    cal = window.calendar
    cal.go_to(dt.date(2021, 9, 30))
    qtbot.wait(20)
    agenda = cal.agenda
    row = agenda.topLevelItem(0)
    assert agenda.viewport().width() < cal.AGENDA_WIDE
    assert [row.text(c) for c in range(3)] == ["30/09", "⚠ Quá hạn", "1 Tổ chức quán triệt Nghị quyết"]
    assert [row.toolTip(c) for c in range(2)] == ["30/09/2021", "⚠ Đang thực hiện quá hạn"]
    assert row.toolTip(2).startswith("[177/KH-UBND] 1 Tổ chức quán triệt Nghị quyết")
    assert agenda.columnWidth(2) >= 150, [agenda.columnWidth(c) for c in range(3)]
    for column in (0, 1):
        assert agenda.fontMetrics().horizontalAdvance(row.text(column)) <= agenda.columnWidth(column) - 8
    from app.domain.periods import code_name  # what the agenda calls

    assert code_name("2022-M06") == "Tháng 6 năm 2022"  # a reporting row named its period by its code
    window.resize(1600, 900)  # a wide agenda: the full forms again
    qtbot.wait(20)
    row = agenda.topLevelItem(0)
    if agenda.viewport().width() >= cal.AGENDA_WIDE:
        assert [row.text(c) for c in range(3)] == ["30/09/2021", "⚠ Đang thực hiện quá hạn",
                                                   "[177/KH-UBND] 1 Tổ chức quán triệt Nghị quyết"]


def test_dialogs_fit_a_small_screen(qtbot, window: MainWindow, prompter) -> None:
    """Walk, 1024×600: the receive dialog opened at 1200×680, the register at 1100×600 and the guide
    at 900×620, their buttons below the screen. They open no larger than the screen's free area."""
    from PySide6.QtGui import QGuiApplication

    free = QGuiApplication.primaryScreen().availableGeometry()
    receive = window.exchange_menu().open_receive()
    register = window.exchange_menu().open_register()
    from app.ui.help.guide import open_guide

    guide = open_guide(window, "start")
    for dialog in (receive, register, guide):
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1000 and hint.height() <= 552, (type(dialog).__name__, hint)  # 1024×600 less bars
        assert dialog.width() <= max(free.width(), hint.width()) and dialog.height() <= free.height() - 40, (
            type(dialog).__name__, dialog.size(), free)
        dialog.close()
