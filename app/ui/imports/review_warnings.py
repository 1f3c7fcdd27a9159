"""The document's warnings above the import review's outline, each one wrapped whole.

Why wrapped and sized to them: the list was one line per warning, as high as three short rows, and a
long warning ran off its right side behind a scroll bar that covered it — the one line saying why a
cut web copy gave no task (`Không có nhiệm vụ nào để nhập từ Kế hoạch số 88-KH/TU …: văn bản không
có đề mục đánh số …`) could not be read. Each warning now wraps at the list's width, and the list is
as high as its first three at that width (more scroll), measured again whenever the width changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QListView, QListWidget, QWidget

SHOWN = 3  # warnings shown without scrolling


class WarningList(QListWidget):
    """The warnings of the document under review (hidden when it has none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.hide()

    def show_warnings(self, warnings: list[str]) -> None:
        self.clear()
        self.addItems(["⚠ " + warning for warning in warnings])
        self.setVisible(bool(warnings))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As high as the first `SHOWN` warnings wrapped at the current width (the view's own layout).
        Not while hidden: a list never laid out is 100 pixels wide, and the height of its warnings
        wrapped at that width grew the window past a 600-pixel screen, for good."""
        rows = min(self.count(), SHOWN)
        if not rows:
            self.setFixedHeight(0)
            return
        if not self.isVisible():
            return
        self.doItemsLayout()
        height = sum(self.visualItemRect(self.item(row)).height() for row in range(rows))
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)
