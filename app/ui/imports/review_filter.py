"""The review's row filter ("only rows to check", "tasks without lead or deadline", "agencies not
in the directory") as a `QSortFilterProxyModel` over the `ReviewModel`.

Why a proxy rather than hiding rows in the view: the filter is then a property of the data the
view shows (STYLE: model/view), tested through `QAbstractItemModelTester`, and it follows the
marks by itself — a row accepted or repaired leaves a filtered outline when its marks change,
with no pass over the view. A shown row keeps its ancestors (recursive filtering), so it stays
in its place in the outline. The outline is never sorted: rows keep the document's order.

Every index the view gives is a proxy index; the review maps it to the source row
(`ReviewRows.row_of`) before touching a node, and maps a source row back (`view_index`) to
select it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.ui.imports.review_marks import SHOW_ALL
from app.ui.imports.review_model import ReviewModel
from app.ui.widgets.filter_change import change_row_filter

Index = QModelIndex | QPersistentModelIndex


class ReviewFilter(QSortFilterProxyModel):
    """The rows of `source` that pass the filter `mode` (review_marks.SHOW_*), with their ancestors."""

    def __init__(self, source: ReviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = source
        self.mode = SHOW_ALL
        self.setRecursiveFilteringEnabled(True)  # a parent stays when one of its rows is shown
        self.setSourceModel(source)

    def set_mode(self, mode: int) -> None:
        """Show the rows of another filter (SHOW_*)."""
        if mode == self.mode:
            return
        change_row_filter(self, lambda: setattr(self, "mode", mode))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        if self.mode == SHOW_ALL:
            return True
        model = self.review
        under = model.position(source_parent) if source_parent.isValid() else -1
        rows = model.below.get(under, [])
        return 0 <= source_row < len(rows) and model.marks[rows[source_row]].shown_by(self.mode)
