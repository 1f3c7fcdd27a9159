"""A scroll area that brings the whole focused field into view, not only its cursor line.

Why: QScrollArea scrolls to a focused text box's cursor rectangle, so on a 1024×600 screen Tab
left the progress form's three-line boxes half cut off at the bottom edge; a clerk had to scroll
to see what was typed. Here every field taking the focus inside the area is shown whole (as much
of it as the area can show, its top first).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


class _FocusFollower(QObject):
    """Child of the scroll area: the application's signal is disconnected when the area goes."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.follow)

    @Slot(QWidget, QWidget)
    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        inner = self.scroll.widget()
        if new is None or inner is None or not inner.isAncestorOf(new):
            return
        top = new.mapTo(inner, QPoint(0, 0))
        room = self.scroll.viewport().height()
        half_height = min(new.height(), room - 4) // 2
        self.scroll.ensureVisible(top.x() + new.width() // 2, top.y() + half_height, new.width() // 2 + 2,
                                  half_height + 2)


def follow_focus(scroll: QScrollArea) -> QScrollArea:
    """Make `scroll` show each field it holds whole when the field takes the focus (the area
    itself is no Tab stop: the clerk tabs from field to field)."""
    _FocusFollower(scroll)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
