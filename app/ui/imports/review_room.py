"""Room for the import review: on the import tab the plans panel steps aside, and the review's
split between the outline and the document text is kept — both remembered per user (`Settings`).

Why: at 1024 px wide the plans panel took ~280 px beside the review, which needs none of it
(the plan under review is not stored yet), and the outline's lead, support and deadline columns
were cut to a few letters. The panel hides when the import tab is shown and comes back as it
was when the clerk leaves the tab. A clerk who wants it there shows it again (View menu or the
panel's own button) and that choice is remembered for the next import; hiding it again
forgets it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QSplitter, QTabWidget, QWidget

from app.ui.shell.settings import Settings


class ReviewRoom(QObject):
    """Hides `dock` while `page` is the current tab of `tabs` (unless the user keeps it there)
    and remembers `splitter`'s sizes."""

    def __init__(self, tabs: QTabWidget, page: QWidget, dock: QDockWidget, splitter: QSplitter,
                 settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs, self.page, self.dock, self.settings = tabs, page, dock, settings
        self.outside: bool | None = None  # the panel as the other tabs show it; None off the import tab
        self._switching = False
        if not settings.import_splitter.isEmpty():
            splitter.restoreState(settings.import_splitter)
        splitter.splitterMoved.connect(lambda _pos, _index: setattr(settings, "import_splitter", splitter.saveState()))
        tabs.currentChanged.connect(lambda _index: self.follow_tab())
        # fired by the View menu and by the panel's close button alike (explicit shows and hides only)
        dock.toggleViewAction().toggled.connect(self._user_toggled)

    def follow_tab(self) -> None:
        """The import tab shown: the panel as the user wants it there; left: as it was before."""
        on_import = self.tabs.currentWidget() is self.page
        if on_import and self.outside is None:
            self.outside = not self.dock.isHidden()
            self._show(self.settings.import_plans_panel)
        elif not on_import and self.outside is not None:
            self._show(self.outside)
            self.outside = None

    def outside_view(self) -> None:
        """Put the panel back as the other tabs show it (before the window saves its layout)."""
        if self.outside is not None:
            self._show(self.outside)

    def _show(self, visible: bool) -> None:
        self._switching = True
        try:
            self.dock.setVisible(visible)
        finally:
            self._switching = False

    def _user_toggled(self, visible: bool) -> None:
        """The panel shown or closed by the user on the import tab: remember the choice."""
        if not self._switching and self.outside is not None:
            self.settings.import_plans_panel = visible
