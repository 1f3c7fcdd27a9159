"""The outline's column widths: the side columns fitted to the window, Số TT to the plan's labels.

Why apart from `plan_tree.py`: fitting columns is one job (how wide each column is for a window and a plan), the
view's keys and the controller's edits others; the outline and the daily filtered view share it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from app.ui.tree.plan_tree_model import Column
from app.ui.widgets.compact import CELL_MARGIN, CompactHeader
from app.ui.widgets.state_style import short_labels

LABEL_SHARE = 0.15  # the most of the outline's width Số TT takes for long labels (`BƯỚC MỘT`, `1.2.3.4`)


class FittedColumns(QTreeView):
    """A tree view whose side columns give way on a narrow window and whose Số TT holds the plan's labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted: dict[Column, int] = {}  # the widths last fitted to the window (a drag is kept till a resize)
        self._labels_px: int | None = None  # the widest label with its indentation, measured once per outline

    WIDTHS = ((Column.LABEL, 90), (Column.LEAD, 170), (Column.SUPPORT, 130), (Column.DEADLINE, 160),
              (Column.STATE, 185), (Column.PERCENT, 44))
    CONTENT_MIN = 260  # Nội dung is what the clerk reads (the detail panel shows it whole): the others give way
    # ... and on a wider tree its share of the width: at 1366×768 (a tree ~1020 px wide) the full side
    # widths left it ~250 px, the state column 185 px of blank beside "Chưa đến hạn"
    CONTENT_SHARE = 0.4

    def set_column_widths(self) -> None:
        header = self.header()
        header.setSectionResizeMode(Column.CONTENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self._fitted = {}
        for column, width in self.WIDTHS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """On a narrow window (1024 px) the side columns shrink so Nội dung keeps CONTENT_MIN,
        each no narrower than its short form (`compact.py`): every header and cell stays readable."""
        super().resizeEvent(event)
        widths = self.fitted_widths(self.viewport().width())
        if widths != self._fitted:
            self._fitted = widths
            for column, width in widths.items():
                self.setColumnWidth(column, width)

    def narrowest(self) -> dict[Column, int]:
        """How narrow each column that gives way may get: its short header, and for the state and the
        deadline their short forms (the longest short state, a dd/mm/yyyy date)."""
        header = self.header()
        metrics = self.fontMetrics()
        assert isinstance(header, CompactHeader)
        least = {column: header.needed_width(column) for column, _width in self.WIDTHS}
        least[Column.STATE] = max(least[Column.STATE],
                                  max(metrics.horizontalAdvance(t) for t in short_labels()) + CELL_MARGIN + 4)
        least[Column.DEADLINE] = max(least[Column.DEADLINE], metrics.horizontalAdvance("00/00/0000") + CELL_MARGIN + 4)
        return least

    def fitted_widths(self, viewport: int) -> dict[Column, int]:
        """The widths for a viewport: the full ones when they fit beside Nội dung's room (CONTENT_MIN,
        or CONTENT_SHARE of a wider viewport), else the text columns scaled down alike, none below its
        narrowest (Số TT holds the indentation of deep items and % is short: they keep theirs)."""
        full = dict(self.WIDTHS)
        full[Column.LABEL] = max(full[Column.LABEL], min(self.labels_width(), int(viewport * LABEL_SHARE)))
        kept = (Column.LABEL, Column.PERCENT)
        content = max(self.CONTENT_MIN, int(viewport * self.CONTENT_SHARE))
        room = viewport - content - sum(full[c] for c in kept)
        giving = [c for c in full if c not in kept]
        if room >= sum(full[c] for c in giving):
            return full
        least = self.narrowest()
        at_least: set[Column] = set()
        scale = 1.0
        for _round in giving:  # a column held at its narrowest leaves the rest less room: re-scale
            free = [c for c in giving if c not in at_least]
            if not free:
                break
            scale = max(0.0, room - sum(least[c] for c in at_least)) / sum(full[c] for c in free)
            newly = {c for c in free if full[c] * scale < least[c]}
            if not newly:
                break
            at_least |= newly
        widths = {c: full[c] for c in kept}
        widths.update({c: least[c] if c in at_least else max(least[c], int(full[c] * scale)) for c in giving})
        return widths

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        """A new outline (a plan opened, re-read, filtered) has its labels measured again."""
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._labels_changed)

    def _labels_changed(self, *_: object) -> None:
        self._labels_px = None
        widths = self.fitted_widths(self.viewport().width())
        if widths[Column.LABEL] != self._fitted.get(Column.LABEL):
            self._fitted = widths
            for column, width in widths.items():
                self.setColumnWidth(column, width)

    def labels_width(self) -> int:
        """The widest label of the outline with its indentation (in bold, as sections are drawn): Số TT was 90 px
        whatever the plan, and a guide's `BƯỚC MỘT`, `BƯỚC BỐN` read `BƯỚC …`."""
        if self._labels_px is None:
            model = self.model()
            font = QFont(self.font())
            font.setBold(True)
            metrics = QFontMetrics(font)
            widest = 0
            pending = [(QModelIndex(), 1 if self.rootIsDecorated() else 0)]
            while model is not None and pending:
                parent, depth = pending.pop()
                for row in range(model.rowCount(parent)):
                    index = model.index(row, Column.LABEL, parent)
                    text = str(index.data() or "")
                    widest = max(widest, metrics.horizontalAdvance(text) + self.indentation() * depth)
                    if model.hasChildren(index):
                        pending.append((index, depth + 1))
            self._labels_px = widest + CELL_MARGIN
        return self._labels_px
