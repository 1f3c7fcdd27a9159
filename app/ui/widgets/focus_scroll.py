"""A scroll area that brings the whole focused field into view, not only its cursor line.

Why: QScrollArea scrolls to a focused text box's cursor rectangle, so on a 1024×600 screen Tab
left the progress form's three-line boxes half cut off at the bottom edge; a clerk had to scroll
to see what was typed. Here every field taking the focus inside the area is shown whole (as much
of it as the area can show, its top first).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, Qt, Slot
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
        self._whole_top_row(new, inner, top.y(), top.y() + new.height(), room)

    def _whole_top_row(self, field: QWidget, inner: QWidget, field_top: int, field_bottom: int, room: int) -> None:
        """No row cut in half at the top edge (session 14: at 768 px, typing in "Kết quả" left "Cơ quan:" half
        in sight, read as a field with no agency): the area shows that row whole if the focused field stays
        whole, else scrolls on to the next row. A row is a widget beside the field (its form's labels and
        fields), compared in the area's coordinates."""
        bar = self.scroll.verticalScrollBar()
        value = bar.value()
        form = field.parentWidget() or inner
        rows = [QRect(w.mapTo(inner, QPoint(0, 0)), w.size()) for w in
                form.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if w.isVisible()]
        cut = [g for g in rows if g.top() < value <= g.bottom()]
        if not cut:
            return
        up = min(g.top() for g in cut)
        if field_bottom - up <= room:
            bar.setValue(max(0, up - 2))
            return
        below = max(g.bottom() for g in cut) + 1
        next_top = min((g.top() for g in rows if g.top() >= below), default=below)
        target = min(field_top, max(below, next_top - 2))
        if target > bar.maximum():  # the last rows: a blank strip below them to scroll that far
            inner.setMinimumHeight(inner.height() + target - bar.maximum())
            inner.resize(inner.width(), inner.minimumHeight())
        bar.setValue(target)


def follow_focus(scroll: QScrollArea) -> QScrollArea:
    """Make `scroll` show each field it holds whole when the field takes the focus (the area
    itself is no Tab stop: the clerk tabs from field to field)."""
    _FocusFollower(scroll)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
