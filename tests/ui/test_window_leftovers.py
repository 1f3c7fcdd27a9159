"""What session 7's walk of the window left (session 8, "uifix"), each reproduced in the window."""

from __future__ import annotations

import datetime as dt

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
