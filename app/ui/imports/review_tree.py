"""The tree view of the import review: its column widths on a narrow screen, its F2, and its cells
walked from the keyboard.

Why Left and Right go from cell to cell, the current one framed: a tree selects whole rows, and Qt
gave the two keys to opening and closing rows and drew no current cell, so the lead, support or
deadline of a row F8 does not stop at could not be reached without the mouse (F2 opened whatever
cell the last key left current, unseen); `+` opens a closed row, Left on the number cell closes it.
Why typing a row's number finds it (`7.1`, `IV`): Qt searched the current column, and F8 leaves the
lead or the deadline current, where no number is.

Why the number column is sized to the plan's own labels: at a fixed 76 px it cut `Bước 1`, `Giai đoạn 2`,
`PL1/II/3` to `B…` under their indentation, and the clerk finding a row by its number could not read
it. It takes the widest label at its depth (a fifth of the outline at most: the whole label stays a
hover away), never less than it had.

Why widths from samples in the view's own font: fixed pixel widths cut the deadline's reading
(`Hạn 30/06/…`) in one font and wasted room in another. Each side column is sized to show a
typical value whole; on a narrow outline the lead and support columns give way first (their
whole text is a hover away and the unknown names are coloured), the deadline and its reading —
what the clerk checks row by row — last, and the content column keeps its share.

Why the deadline column is sized to the plan's own phrases too: at its sample's width it cut the most common
phrases of a plan (`trong năm 2021 và các năm tiếp theo`, `xong trước ngày 30/6/2017`) to `trong năm …` at
1366×768, and the clerk checking deadlines row by row read none of them. It takes the widest phrase within a fifth
of the outline (`DEADLINE_SHARE`; a longer phrase is whole on hover), never less than its sample.

Why a placeholder line over an empty outline: a filter that leaves no row ("Rows to check" once
every marked row lacks only a deadline the document does not give) showed a blank pane, and the
clerk could not tell an empty filter from a failed import. The review writes the line (why it is
empty, where the rest is); the tree shows it while its model has no rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QKeyCombination,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from app.ui.imports.review_model import Column

NUMBER_WIDTH = 76  # the number column's least width: it holds the indentation too
LABEL_SHARE = 0.2  # the most of the outline's width the number column takes for a long label
# what each side column shows whole on a wide screen; the content column takes the rest
SIDE_SAMPLES = ((Column.LEAD, "Bộ Khoa học và"), (Column.SUPPORT, "Các bộ, ngành"),
                (Column.DEADLINE, "quý III/2025"), (Column.READING, "Đến hết năm 2025"))
KEPT = (Column.DEADLINE, Column.READING)  # shrunk last
DEADLINE_SHARE = 0.2  # the most of the outline's width the deadline column takes for the plan's longer phrases
PADDING = 16  # the cell's margins and the eliding dots' room
TEXT_SHARE = 0.34  # the least share of a narrow outline the content column keeps
LEAST = 40  # no column narrower than this
FRAME = 2  # the current cell's frame, in pixels


class ReviewTree(QTreeView):
    """The outline under review. On a narrow screen (1024×600) the side columns shrink so the
    content column keeps its share: it used to be squeezed to a few letters (`Phổ bi…`).

    Its own keys (`keys`: Del, Ctrl+Left/Right, Ctrl+Z …) are taken before the window's
    shortcuts of the same keys, which act on the stored plan's tree on another tab: a Del in the
    review asked to delete an item of the plan tree."""

    menu_requested = Signal(QModelIndex, QPoint)  # the row (a view index, maybe invalid) and where, on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: dict[QKeyCombination, Callable[[], object]] = {}
        self._typed, self._typed_at = "", 0.0  # the row number being typed (`keyboardSearch`)
        self.label_width = NUMBER_WIDTH  # what the widest label of the outline needs (`fit_labels`)
        self.deadline_width = 0  # what the outline's widest deadline phrase needs (`fit_labels`)
        self._widest, self._widest_room = QPersistentModelIndex(), 0  # the row of that label, and its room
        self.setUniformRowHeights(True)
        self.setIndentation(12)
        # Shift/Ctrl-click several rows: one typed lead, support or deadline fills them all
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.header().setStretchLastSection(False)
        self.placeholder = QLabel(self.viewport())
        self.placeholder.setObjectName("reviewPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.hide()

    def show_placeholder(self, text: str) -> None:
        """The line shown instead of a blank pane while the outline has no rows ("" for none)."""
        self.placeholder.setText(text)
        self._place_placeholder()

    def _place_placeholder(self) -> None:
        model = self.model()
        empty = model is not None and model.rowCount() == 0
        self.placeholder.setGeometry(self.viewport().rect().adjusted(24, 16, -24, -16))
        self.placeholder.setVisible(empty and bool(self.placeholder.text()))

    def setModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]  # noqa: N802 - Qt's name
        """The header's sections exist once the model gives the columns."""
        super().setModel(model)
        self.header().setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
        # every row's label, not only those a filter shows: the column does not jump with the filter
        for signal in (source.modelReset, source.rowsInserted, source.rowsRemoved):
            signal.connect(lambda *_args: self.fit_labels(source))
        source.dataChanged.connect(lambda first, last, *_args: self._label_changed(first, last))
        self.fit_labels(source)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(lambda *_args: self._place_placeholder())

    def event(self, event: QEvent) -> bool:
        """F2 edits the review's cell and the review's own keys act on the review: the window's
        shortcuts of the same keys (rename, delete, indent in the plan tree; its undo) must not take them."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and ((event.key() == Qt.Key.Key_F2 and event.modifiers() == Qt.KeyboardModifier.NoModifier)
                     or _combination(event) in self.keys):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        slot = self.keys.get(_combination(event))
        if slot is None:
            super().keyPressEvent(event)
            return
        event.accept()
        slot()

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction,  # noqa: N802, N803 - Qt's names
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Left and Right: the cell before or after in the row (see the module docstring); Left on the
        number cell still closes the row or goes to its parent, as in any tree."""
        current = self.currentIndex()
        step = {QAbstractItemView.CursorAction.MoveRight: 1, QAbstractItemView.CursorAction.MoveLeft: -1}.get(
            cursorAction)
        if step and current.isValid() and modifiers == Qt.KeyboardModifier.NoModifier:
            column = current.column() + step
            if 0 <= column < self.model().columnCount(current.parent()):
                return current.siblingAtColumn(column)
            if step > 0:
                return current  # the last cell: Right does not dive into the sub-rows
        return super().moveCursor(cursorAction, modifiers)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """Typing finds a row by its number (`7.1`, `IV`) from whatever cell is current, and keeps that column.
        Keys typed within Qt's interval add up; a first key looks after the current row, so pressing `1` again
        goes on to the next row numbered 1…; a key repeated where no number reads so (`II` of a plan without
        an `II`) goes on as that one key. A row numbered exactly as typed comes before one whose number only
        starts so: from a row between II and III, `II` went to III (its first key found III, the next row
        starting with `I`, and III starts with `II` too). Qt's own search looked in the current column, and
        stood still on `I` when `II` and `III` were asked."""
        if not search:  # a reset, not a key
            self._typed = ""
            return
        now = time.monotonic()
        fresh = now - self._typed_at > QApplication.keyboardInputInterval() / 1000
        self._typed, self._typed_at = (search if fresh else self._typed + search), now
        rows, current = [], self.model().index(0, 0) if self.model() is not None else QModelIndex()
        while current.isValid():  # the rows shown, in the order they are shown
            rows.append(current)
            current = self.indexBelow(current)
        here = next((i for i, row in enumerate(rows) if row == self.currentIndex().siblingAtColumn(0)), -1)
        wanted = [self._typed] + ([self._typed[0]] if len(set(self._typed)) == 1 < len(self._typed) else [])
        for typed, start in zip(wanted, (here + 1 if fresh else max(here, 0), here + 1), strict=False):
            order = [(row, str(row.data() or "").lower()) for row in rows[start:] + rows[:start]]
            found = next((row for row, label in order if label == typed.lower()), None)
            if found is None:
                found = next((row for row, label in order if label.startswith(typed.lower())), None)
            if found is not None:
                self.setCurrentIndex(found.siblingAtColumn(max(0, self.currentIndex().column())))
                self.scrollTo(found, QAbstractItemView.ScrollHint.PositionAtCenter)  # as F8: the rows after it too
                return

    def drawRow(self, painter: QPainter, options: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                index: QModelIndex | QPersistentModelIndex) -> None:
        """The row, and a frame around the current cell: F2 edits that cell, Left and Right move it."""
        super().drawRow(painter, options, index)
        current = self.currentIndex()
        if not current.isValid() or current.siblingAtColumn(0) != index.sibling(index.row(), 0):
            return
        selected = self.selectionModel().isSelected(current)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.save()
        painter.setPen(QPen(self.palette().color(role), FRAME))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.visualRect(current).adjusted(1, 1, -FRAME, -FRAME))
        painter.restore()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """The row menu: of the row clicked, or — the menu key — of the current row (the key's
        position is given in the tree's coordinates, not its viewport's: it need not fall on that row)."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            at = self.visualRect(index).center() if index.isValid() else QPoint(0, 0)
        else:
            at = event.pos()
            index = self.indexAt(at)
        self.menu_requested.emit(index, self.viewport().mapToGlobal(at))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()
        self._place_placeholder()

    def wanted_widths(self) -> dict[int, int]:
        """Each side column's width on a wide screen, in this view's font."""
        metrics = self.fontMetrics()
        wanted: dict[int, int] = {column: metrics.horizontalAdvance(text) + PADDING for column, text in SIDE_SAMPLES}
        phrases = min(self.deadline_width + PADDING, int(self.viewport().width() * DEADLINE_SHARE))
        wanted[Column.DEADLINE] = max(wanted[Column.DEADLINE], phrases)
        return wanted

    def fit_labels(self, model: QAbstractItemModel) -> None:
        """Size the number column to the widest of `model`'s labels, each after its indentation, and the deadline
        column to its widest phrase."""
        self._widest, self._widest_room, self.label_width = QPersistentModelIndex(), 0, NUMBER_WIDTH
        self.deadline_width = 0
        parents = [(QModelIndex(), self._depth(QModelIndex()))]
        while parents:
            parent, depth = parents.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, Column.LABEL, parent)
                self._widen(index, self._label_room(index, depth))
                self._fit_deadline(index)
                parents.append((index, depth + 1))
        self.fit_columns()

    def _widen(self, index: QModelIndex, room: int) -> None:
        """`index`'s label is the widest so far when it needs more room than the one kept."""
        if room > self._widest_room:
            self._widest, self._widest_room = QPersistentModelIndex(index), room
            self.label_width = max(NUMBER_WIDTH, room + PADDING)

    def _fit_deadline(self, index: QModelIndex) -> bool:
        """Whether the deadline of `index`'s row needs more room than the column's phrases so far (then kept)."""
        room = self.fontMetrics().horizontalAdvance(str(index.siblingAtColumn(Column.DEADLINE).data() or ""))
        wider = room > self.deadline_width
        self.deadline_width = max(self.deadline_width, room)
        return wider

    def _label_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        """Rows signalled as changed (the review signals them from their number cell): a label typed longer
        widens the column; the widest label typed shorter has the outline measured again (its column stayed
        wide until the next outline). Only the signalled rows are measured otherwise: a directory repair
        signals every row, in runs, and measuring the whole outline for each run doubled its time."""
        if first.column() != Column.LABEL:
            return
        wider = [self._fit_deadline(first.siblingAtRow(row)) for row in range(first.row(), last.row() + 1)]
        if any(wider):  # a deadline typed longer
            self.fit_columns()
        depth = self._depth(first.parent())
        rooms = {row: self._label_room(first.siblingAtRow(row), depth) for row in range(first.row(), last.row() + 1)}
        widest = self._widest
        if widest.isValid() and widest.parent() == first.parent() and rooms.get(widest.row(), self._widest_room) \
                < self._widest_room:
            self.fit_labels(first.model())
            return
        row = max(rooms, key=lambda each: rooms[each])
        if rooms[row] > self._widest_room:
            self._widen(first.siblingAtRow(row), rooms[row])
            self.fit_columns()

    def _depth(self, parent: QModelIndex) -> int:
        """How many indentations a row under `parent` stands after (the root's when it is decorated)."""
        depth = 1 if self.rootIsDecorated() else 0
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth

    def _label_room(self, index: QModelIndex, depth: int) -> int:
        return self.fontMetrics().horizontalAdvance(str(index.data() or "")) + self.indentation() * depth

    def number_width(self) -> int:
        """The number column's width: the labels' (`fit_labels`), within a share of the outline."""
        width = self.viewport().width()
        return max(NUMBER_WIDTH, min(self.label_width, int(width * LABEL_SHARE))) if width > 0 else self.label_width

    def fit_columns(self) -> None:
        wanted = self.wanted_widths()
        width = self.viewport().width()
        number = self.number_width()
        room = width * (1 - TEXT_SHARE) - number if width > 0 else float(sum(wanted.values()))
        kept = sum(wanted[column] for column in KEPT)
        rest = sum(wanted.values()) - kept
        kept_scale = min(1.0, max(0.0, room - LEAST * (len(wanted) - len(KEPT))) / kept)
        rest_scale = min(1.0, max(0.0, room - kept * kept_scale) / rest)
        self.setColumnWidth(Column.LABEL, number)
        for column, px in wanted.items():
            self.setColumnWidth(column, max(LEAST, int(px * (kept_scale if column in KEPT else rest_scale))))


def _combination(event: QKeyEvent) -> QKeyCombination:
    """The key with its modifiers, keypad and Enter read as the main keys."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = Qt.Key.Key_Return if event.key() == Qt.Key.Key_Enter else Qt.Key(event.key())
    return QKeyCombination(modifiers, key)


class SplitDelegate(QStyledItemDelegate):
    """The content cell's editor splits the row at its cursor on Shift+Enter: `on_split(view
    index, text as typed, cursor position)` is called once the editor is closed (the row's text
    is not committed: the split takes it)."""

    def __init__(self, column: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.on_split: Callable[[QPersistentModelIndex, str, int], object] = lambda _index, _text, _at: None
        self._indexes: dict[int, QPersistentModelIndex] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if index.column() == self.column and isinstance(editor, QLineEdit):
            key = id(editor)
            self._indexes[key] = QPersistentModelIndex(index)
            editor.destroyed.connect(lambda *_args: self._indexes.pop(key, None))
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(editor, QLineEdit) \
                and id(editor) in self._indexes and _combination(event) == QKeyCombination(
                    Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Return):
            index, text, at = self._indexes.pop(id(editor)), editor.text(), editor.cursorPosition()
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self.on_split(index, text, at)
            return True
        return super().eventFilter(editor, event)


class PageKeys(QObject):
    """Takes `keys` (Ctrl+Z, Ctrl+Y) on the widgets it filters (a page's buttons and filter): there
    they reached the window's undo of the stored plans (or a combo box's type-to-find)."""

    def __init__(self, keys: dict[QKeyCombination, Callable[[], object]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            slot = self.keys.get(_combination(event))
            if slot is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    slot()
                return True
        return super().eventFilter(watched, event)
