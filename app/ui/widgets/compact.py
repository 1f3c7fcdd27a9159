"""Narrow columns stay readable: a cell or header whose text does not fit its column shows the
model's narrower form (`COMPACT_ROLE`: `⚠ Quá hạn` for `⚠ Đang thực hiện quá hạn`, a deadline's
date for its phrase, `Chủ trì` for `Cơ quan chủ trì`); the full text stays in the tooltip. The plan
tree and the calendar's agenda use it.

Why per cell, at paint time: the column's width is the clerk's (a 1024-pixel screen, a dragged
header) and each view knows it only when it paints; the model keeps one text per role.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

COMPACT_ROLE = int(Qt.ItemDataRole.UserRole) + 5  # a cell's (or header's) narrower form
CELL_MARGIN = 8  # the style's text margins on both sides of a cell, with a little air


class CompactCells(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        width = option.rect.width()  # 0 when Qt asks for a size hint: the full text then
        if width <= 0 or not option.text:
            return
        room = width - CELL_MARGIN
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            room -= option.decorationSize.width()
        if option.fontMetrics.horizontalAdvance(option.text) <= room:
            return
        short = index.data(COMPACT_ROLE)
        if isinstance(short, str) and short:
            option.text = short


class CompactHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setSectionsMovable(True)  # as the tree view's own header
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:  # noqa: N802
        super().initStyleOptionForIndex(option, logical_index)
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self) + 2
        if self.fontMetrics().horizontalAdvance(option.text) <= self.sectionSize(logical_index) - margin:
            return
        model = self.model()
        short = model.headerData(logical_index, Qt.Orientation.Horizontal, COMPACT_ROLE) if model else None
        if isinstance(short, str) and short:
            option.text = short

    def needed_width(self, logical_index: int) -> int:
        """The narrowest section its short header fits (the narrow columns keep at least this)."""
        model = self.model()
        text = ""
        if model is not None:
            short = model.headerData(logical_index, Qt.Orientation.Horizontal, COMPACT_ROLE)
            text = short if isinstance(short, str) and short else str(
                model.headerData(logical_index, Qt.Orientation.Horizontal) or "")
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self) + 4
        return self.fontMetrics().horizontalAdvance(text) + margin
