"""Which tab the window shows: switching views (Ctrl+1, Ctrl+2, the tabs), what each view does when it comes to
the front, the search dock (Ctrl+F), and going to a task from the calendar or the search.

Why apart from `main_window.py`: the window composes and wires; this is the one job of showing a view. Its
`self.tr` texts would be in the `MainWindow` context (PySide6 looks a text up under the object's class).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from app.ui.shell.window_layout import WindowLayout

SEARCH_WIDTH = 440  # px the search dock opens with, when...
TASK_ROOM = 640  # ... the task panel beside it keeps this: the progress form's fields whole beside its history


class WindowViews(WindowLayout):
    """Shows a view of the panels `WindowLayout` built."""

    if TYPE_CHECKING:  # the window's
        def open_plan(self, plan_id: int | None) -> None: ...
        def _follow_history(self) -> None: ...

    VIEWS = ("tree", "calendar", "agencies", "import")

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.VIEWS.index(name))
        self._mark_view(name)  # Ctrl+1 on the tree's own tab changes no tab, but its action unticked itself

    def _mark_view(self, name: str) -> None:
        self.registry["view.tree"].setChecked(name == "tree")
        self.registry["view.calendar"].setChecked(name == "calendar")

    def _tab_changed(self, index: int) -> None:
        name = self.VIEWS[index] if 0 <= index < len(self.VIEWS) else ""
        self._mark_view(name)
        self.task_dock.setVisible(name == "tree")  # the task panel belongs to the tree
        self._search_aside(name == "import")
        self._follow_history()
        if name == "calendar":
            self.calendar.load_agencies()
            self.calendar.reload()
        elif name == "agencies":
            self.agencies.reload()
            self.agencies.table.setFocus()  # the keyboard in the list, on its current agency

    def _search_aside(self, importing: bool) -> None:
        """The review needs the window's height: beside an open search (the task panel gone, the search took the
        whole bottom half) its outline showed six rows at 1366×768. The search steps aside while a plan is imported
        and comes back with the other views; Ctrl+F still opens it there."""
        if importing:
            self._search_set_aside = self.search_dock.isVisible() and not self.search_dock.isFloating()
            if self._search_set_aside:
                self.search_dock.hide()
        elif getattr(self, "_search_set_aside", False):
            self._search_set_aside = False
            self.search_dock.show()

    def show_search(self) -> None:
        """Ctrl+F. Qt gave the dock beside the task panel its minimum (214 px at 1366): every result was cut;
        it opens at `SEARCH_WIDTH` where the task panel has room (three lines hold some 180 letters of a task)."""
        opening = self.search_dock.isHidden()
        self.search_dock.show()
        self.search_dock.raise_()
        if opening:
            self.resizeDocks([self.search_dock], [SEARCH_WIDTH], Qt.Orientation.Horizontal)
            QTimer.singleShot(0, self._widen_search)
        self.search.focus()

    def _widen_search(self) -> None:
        """Once the bottom docks are laid out, split them: the search its width, as far as the task panel keeps
        `TASK_ROOM` — asked alone, Qt kept most of the task panel's share in a maximised window (359 of 440 px at
        1366×768), and 440 px left the progress form `UBND phư…`, `ý IV năm 2026` beside its history."""
        beside = (not self.task_dock.isHidden() and not self.tabifiedDockWidgets(self.search_dock)
                  and not self.task_dock.isFloating() and not self.search_dock.isFloating()
                  and self.dockWidgetArea(self.task_dock) == self.dockWidgetArea(self.search_dock))
        total = self.task_dock.width() + self.search_dock.width()
        search = min(SEARCH_WIDTH, total - TASK_ROOM)
        if beside and self.search_dock.width() < search:
            self.resizeDocks([self.task_dock, self.search_dock], [total - search, search], Qt.Orientation.Horizontal)

    def open_node(self, plan_id: int, node_id: int | None) -> None:
        self.open_plan(plan_id)
        self.show_view("tree")
        if node_id is not None:
            self.daily.focus_outline(node_id)
