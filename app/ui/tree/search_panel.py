"""Search across all plans (Ctrl+F): type without diacritics, activate a hit to open it.

Why debounced and capped: Vietnamese input methods rewrite the word on each keystroke, and a
search over 30,000 nodes should run once the clerk pauses, returning the first few hundred hits.

Why grouped under their plans and wrapped: the dock beside the task panel is some 440 px at 1366×768; a line
`[Nghị quyết “Về nâng cao chất lượng đội ngũ…”] 1.2 Rà…` left the task a few letters (window10). Each plan is
named once, as a heading row, and its hits below it read the task over up to three lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.plan_names import shortened
from app.domain.text import fold, printed_label
from app.ui.shell.state import AppState

if TYPE_CHECKING:
    from app.services.search import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # a hit's place in `hits`
PLAN_ROLE = Qt.ItemDataRole.UserRole + 2  # a heading row's plan id
TASK_LETTERS = 180  # about three lines of the dock's 440 px; the tooltip holds the whole text
HEAD = 60  # letters of a long task's start shown before what was found late in it (what the task is)...
CONTEXT = 30  # ... and letters before what was found (why it is a hit)


def excerpt(text: str, query: str, width: int) -> str:
    """`text` shortened to `width` letters, and when `query` (folded, as the search matches: the words typed
    together, else the first of them found) comes too late for that, the task's first words, `…`, and the words
    around it: a match past the first lines was cut off, and the clerk saw no reason for the hit."""
    text = " ".join(text.split())
    folded = "".join((fold(ch) or ch)[:1] for ch in text)  # one letter per letter: places agree with `text`
    words = fold(query).split()
    found = [at for at in (folded.find(word) for word in words) if at >= 0]
    phrase = folded.find(" ".join(words))  # the words as typed together, else the first of them found
    first = phrase if phrase >= 0 else min(found, default=0)
    if len(text) <= width or first + CONTEXT <= width:
        return shortened(text, width)
    head = shortened(text, HEAD)  # what the task is
    room = width - len(head) - 1
    start = text.rfind(" ", 0, first - CONTEXT) + 1  # a few whole words before what was found
    fits = text.find(" ", len(text) - room + 1) + 1  # the earliest word from which the rest fits whole
    if len(head) < fits < start:  # near the end: more words before it, the lines stay full
        start = fits
    return f"{head} {shortened(text[start:], room)}"


class SearchPanel(QWidget):
    open_node = Signal(int, int)  # plan id, node id
    open_plan = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.state = state
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)  # a list view wraps its rows to its width (a tree view does not)
        self.results.setWordWrap(True)  # a task reads over its lines instead of being cut at the dock's edge
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # and again when the dock is dragged
        self.results.setSpacing(2)  # where one wrapped task ends and the next begins
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.status = QLabel(self)
        self.hits: list[SearchHit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._first)
        self.results.itemActivated.connect(self._activated)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.query.setPlaceholderText(self.tr("Find in all plans — diacritics optional (e.g. “so noi vu”)"))

    def focus(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def hit_text(self, hit: SearchHit) -> str:
        """A plan's heading, `Kế hoạch số 177/KH-UBND: title` (`Nghị quyết: title` without a number), or an item's
        `1.2 text` under it; either cut at a whole word after `TASK_LETTERS` letters, an item's from a few words
        before what was searched for when that comes later (`1.2 …và đang triển khai…`)."""
        if hit.node_id is None:
            return shortened(hit.text, TASK_LETTERS)
        label = printed_label(hit.label)
        return f"{label} {excerpt(hit.text, self.query.text(), TASK_LETTERS - len(label))}".strip()

    def run_search(self) -> list[SearchHit]:
        text = self.query.text()
        hits = self.state.services.search.search(text) if text.strip() else []
        self.results.clear()
        self.hits = list(hits)
        shown: dict[int, list[tuple[int, SearchHit]]] = {}  # each plan's hits, plans in the order found
        for position, hit in enumerate(hits):
            shown.setdefault(hit.plan_id, []).append((position, hit))
        for plan_hits in shown.values():
            position, first = plan_hits[0]
            if first.node_id is None:  # the plan itself matched: its heading is that hit
                plan_hits.pop(0)
            self._heading(first, position if first.node_id is None else None)
            for position, hit in plan_hits:
                item = QListWidgetItem(self.hit_text(hit), self.results)
                item.setData(HIT_ROLE, position)
                item.setToolTip(f"{hit.plan_caption}\n{hit.text}")  # the whole text, under its plan
        self.status.setText(self.tr("{n} results").format(n=len(hits)) if text.strip() else "")
        return hits

    def _heading(self, hit: SearchHit, position: int | None) -> None:
        """The row of `hit`'s plan above its hits, in bold: the plan's heading when the plan itself matched
        (`position`, that hit's place), else its caption; activating it opens the plan."""
        text = self.hit_text(hit) if position is not None else hit.plan_caption
        heading = QListWidgetItem(text, self.results)
        heading.setData(HIT_ROLE, position)
        heading.setData(PLAN_ROLE, hit.plan_id)
        heading.setToolTip(hit.text if position is not None else hit.plan_caption)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

    def lines(self) -> list[str]:
        """The rows as shown, plans' headings and their hits in order (what a clerk reads down the list)."""
        return [self.results.item(row).text() for row in range(self.results.count())]

    def item_of(self, position: int) -> QListWidgetItem | None:
        """The row showing `hits[position]`."""
        rows = (self.results.item(row) for row in range(self.results.count()))
        return next((item for item in rows if item.data(HIT_ROLE) == position), None)

    def _first(self) -> None:
        """Enter in the query: the first hit opens, and the list keeps it current for ↓ to the next."""
        self._timer.stop()
        self.run_search()
        item = self.item_of(0)
        if item is not None:
            self.results.setCurrentItem(item)
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        position = item.data(HIT_ROLE)
        if position is None:  # a heading of a plan whose own title did not match
            self.open_plan.emit(int(item.data(PLAN_ROLE)))
            return
        hit = self.hits[int(position)]
        if hit.node_id is None:
            self.open_plan.emit(hit.plan_id)
        else:
            self.open_node.emit(hit.plan_id, hit.node_id)
