"""The tree view of the import review: its column widths on a narrow screen and its F2.

Why widths from samples in the view's own font: fixed pixel widths cut the deadline's reading
(`Hạn 30/06/…`) in one font and wasted room in another. Each side column is sized to show a
typical value whole; on a narrow outline the lead and support columns give way first (their
whole text is a hover away and the unknown names are coloured), the deadline and its reading —
what the clerk checks row by row — last, and the content column keeps its share.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from app.ui.imports.review_model import Column

NUMBER_WIDTH = 76  # the number column keeps it: it holds the indentation too
# what each side column shows whole on a wide screen; the content column takes the rest
SIDE_SAMPLES = ((Column.LEAD, "Bộ Khoa học và"), (Column.SUPPORT, "Các bộ, ngành"),
                (Column.DEADLINE, "quý III/2025"), (Column.READING, "Hạn 30/06/2025"))
KEPT = (Column.DEADLINE, Column.READING)  # shrunk last
PADDING = 16  # the cell's margins and the eliding dots' room
TEXT_SHARE = 0.34  # the least share of a narrow outline the content column keeps
LEAST = 40  # no column narrower than this


class ReviewTree(QTreeView):
    """The outline under review. On a narrow screen (1024×600) the side columns shrink so the
    content column keeps its share: it used to be squeezed to a few letters (`Phổ bi…`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)
        self.setIndentation(12)
        # Shift/Ctrl-click several rows: one typed lead, support or deadline fills them all
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.header().setStretchLastSection(False)

    def setModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]  # noqa: N802 - Qt's name
        """The header's sections exist once the model gives the columns."""
        super().setModel(model)
        self.header().setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()

    def event(self, event: QEvent) -> bool:
        """F2 edits the review's cell: the window's F2 (rename in the plan tree) must not take it."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_F2 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def wanted_widths(self) -> dict[int, int]:
        """Each side column's width on a wide screen, in this view's font."""
        metrics = self.fontMetrics()
        return {column: metrics.horizontalAdvance(sample) + PADDING for column, sample in SIDE_SAMPLES}

    def fit_columns(self) -> None:
        wanted = self.wanted_widths()
        width = self.viewport().width()
        room = width * (1 - TEXT_SHARE) - NUMBER_WIDTH if width > 0 else float(sum(wanted.values()))
        kept = sum(wanted[column] for column in KEPT)
        rest = sum(wanted.values()) - kept
        kept_scale = min(1.0, max(0.0, room - LEAST * (len(wanted) - len(KEPT))) / kept)
        rest_scale = min(1.0, max(0.0, room - kept * kept_scale) / rest)
        self.setColumnWidth(Column.LABEL, NUMBER_WIDTH)
        for column, px in wanted.items():
            self.setColumnWidth(column, max(LEAST, int(px * (kept_scale if column in KEPT else rest_scale))))
