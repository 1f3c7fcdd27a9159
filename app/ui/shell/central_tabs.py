"""The window's central tabs, as low as the page shown allows.

Why: a QTabWidget is as tall at least as its tallest page, shown or not. The import and agencies
pages need about 330 px, so on a 1024×600 screen the plan tree kept that height and the task
panel below it got what was left (170 px): the progress form's "Record progress" was scrolled out
of sight. The task panel is shown with the tree only, so the tree's own minimum is what counts
there; the other pages, shown without the task panel, keep theirs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget


class CentralTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centralTabs")
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        """The width every page needs (switching tabs must not resize the window sideways), the
        height of the page shown with the tab bar above it."""
        hint = super().minimumSizeHint()
        page = self.currentWidget()
        if page is None:
            return hint
        bar = self.tabBar().sizeHint().height() if self.tabBar().isVisible() else 0
        frame = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_DefaultFrameWidth, None, self)
        return QSize(hint.width(), min(hint.height(), page.minimumSizeHint().height() + bar + frame))

    def front_on(self, action: QAction, page: QWidget, then: Callable[[], object] | None = None) -> None:
        """`page` comes to the front when `action` is triggered on another tab, then `then` runs where
        the clerk sees it: Xem → Quá hạn chosen on the calendar filtered the hidden tree and showed
        nothing, and Theo cơ quan… opened its list on a hidden page."""

        def bring(_checked: bool = False) -> None:
            if self.currentWidget() is not page:
                self.setCurrentWidget(page)
                if then is not None:
                    then()

        action.triggered.connect(bring)
