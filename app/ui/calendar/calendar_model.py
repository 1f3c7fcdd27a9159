"""The month grid's model (6 weeks × 7 days) and the delegate that paints a day cell.

Why a table model over dates: keyboard navigation, selection and accessibility come from
QTableView for free; each cell carries the day's due items (from CalendarService), and the
delegate draws a few of them with the state symbol and colour and "+N more" for busy days.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.text import printed_label
from app.ui.widgets.state_style import state_color, state_symbol

if TYPE_CHECKING:
    from app.services.calendar import DueItem

Index = QModelIndex | QPersistentModelIndex
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3
REPORT_COLOR = QColor("#6a3fa0")


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st (Vietnamese calendars start weeks on Monday)."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class MonthModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = date.today().year, date.today().month
        self.today = date.today()
        self.start = month_grid_start(self.year, self.month)
        self._items: dict[date, list[DueItem]] = {}

    @property
    def end(self) -> date:
        return self.start + timedelta(days=41)

    def set_month(self, year: int, month: int, items: list[DueItem], today: date) -> None:
        self.beginResetModel()
        self.year, self.month, self.today = year, month, today
        self.start = month_grid_start(year, month)
        grouped: dict[date, list[DueItem]] = defaultdict(list)
        for item in items:
            grouped[item.day].append(item)
        self._items = dict(grouped)
        self.endResetModel()

    def items_on(self, day: date) -> list[DueItem]:
        return list(self._items.get(day, []))

    def day_at(self, index: Index) -> date:
        """The date of a cell (read in Python: dates and items never travel through QVariant)."""
        return self.start + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.start).days
        if not 0 <= offset < 42:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                     self.tr("Sat"), self.tr("Sun"))
            return names[section] if 0 <= section < 7 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        day = self.start + timedelta(days=index.row() * 7 + index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == IN_MONTH_ROLE:
            return day.month == self.month
        if role == Qt.ItemDataRole.ToolTipRole:
            items = self._items.get(day, [])
            return "\n".join(_line(i) for i in items[:20]) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{day.strftime('%d/%m/%Y')}: {len(self._items.get(day, []))}"
        return None


def _line(item: DueItem) -> str:
    if item.kind == "task":
        return f"{state_symbol(item.state)} {item.plan_caption} {printed_label(item.label)} {item.text}".strip()
    return f"◆ {item.plan_caption} {item.period or ''}"


def fitted_more(metrics: QFontMetrics, template: str, hidden: int, width: int) -> str:
    """`+3 việc nữa` where it fits the cell, else `+3`: on a 1024 px screen a day cell is about 80 px
    wide and the words were cut (`+3 việc n`)."""
    text = template.format(n=hidden)
    return text if metrics.horizontalAdvance(text) <= width else f"+{hidden}"


class DayDelegate(QStyledItemDelegate):
    """Paints the day number, up to a few items (symbol + colour + text) and "+N more"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.more_text = "+{n}"
        self.cutoff_text = "Cut-off"
        self.report_text = "Reports due"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        model = index.model()
        assert isinstance(model, MonthModel)
        day = model.day_at(index)
        in_month = day.month == model.month
        background = palette.highlight().color().lighter(170) if selected else palette.base().color()
        if not in_month:
            background = palette.alternateBase().color()
        painter.fillRect(rect, background)
        painter.setPen(palette.mid().color())
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        font = QFont(option.font)  # type: ignore[attr-defined]
        metrics_height = option.fontMetrics.height()  # type: ignore[attr-defined]
        is_today = day == model.today
        font.setBold(is_today)
        painter.setFont(font)
        painter.setPen(palette.text().color() if in_month else palette.placeholderText().color())
        number_rect = rect.adjusted(4, 2, -4, 0)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         ("● " if is_today else "") + str(day.day))
        items = model.items_on(day)
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        line_h = max(12, metrics_height - 2)
        top = rect.top() + metrics_height + 2
        capacity = max(0, (rect.bottom() - top) // line_h)
        shown = items if len(items) <= capacity else items[: max(0, capacity - 1)]
        for i, item in enumerate(shown):
            line = QRect(rect.left() + 4, top + i * line_h, rect.width() - 8, line_h)
            if item.kind == "task":
                color = state_color(item.state) or palette.text().color()
                text = f"{state_symbol(item.state)} {printed_label(item.label)} {item.text}".strip()
            else:
                color = REPORT_COLOR
                label = self.cutoff_text if item.kind == "report_cutoff" else self.report_text
                text = f"◆ {label} {item.plan_caption}".strip()
            painter.setPen(color)
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        if len(shown) < len(items):
            line = QRect(rect.left() + 4, top + len(shown) * line_h, rect.width() - 8, line_h)
            painter.setPen(palette.link().color())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fitted_more(painter.fontMetrics(), self.more_text, len(items) - len(shown),
                                         line.width()))
        painter.restore()
