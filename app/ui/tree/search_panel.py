"""Search across all plans (Ctrl+F): type without diacritics, activate a hit to open it.

Why debounced and capped: Vietnamese input methods rewrite the word on each keystroke, and a
search over 30,000 nodes should run once the clerk pauses, returning the first few hundred hits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.text import printed_label
from app.ui.shell.state import AppState

if TYPE_CHECKING:
    from app.services.search import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPanel(QWidget):
    open_node = Signal(int, int)  # plan id, node id
    open_plan = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.state = state
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setUniformItemSizes(True)
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
        """`Kế hoạch số 177/KH-UBND: title` or `[177/KH-UBND] 1.2 text`; a plan without a number (a
        resolution, a plan typed in) by its kind, and its items by its kind and title: `Nghị quyết: title`,
        `[Nghị quyết “Về nâng cao chất lượng…”] 1.2 text` (the plan's words, as the document names itself)."""
        if hit.node_id is None:
            return hit.text
        return f"[{hit.plan_caption}] {printed_label(hit.label)} {hit.text}".strip()

    def run_search(self) -> list[SearchHit]:
        text = self.query.text()
        hits = self.state.services.search.search(text) if text.strip() else []
        self.results.clear()
        self.hits = list(hits)
        for position, hit in enumerate(hits):
            item = QListWidgetItem(" ".join(self.hit_text(hit).split())[:240])
            item.setData(HIT_ROLE, position)
            # the whole text, under its plan: a plan named by its kind and title leaves the task little of a narrow list
            item.setToolTip(hit.text if hit.node_id is None else f"{hit.plan_caption}\n{hit.text}")
            self.results.addItem(item)
        self.status.setText(self.tr("{n} results").format(n=len(hits)) if text.strip() else "")
        return hits

    def _first(self) -> None:
        self._timer.stop()
        self.run_search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self._activated(self.results.item(0))

    def _activated(self, item: QListWidgetItem) -> None:
        hit = self.hits[int(item.data(HIT_ROLE))]
        if hit.node_id is None:
            self.open_plan.emit(hit.plan_id)
        else:
            self.open_node.emit(hit.plan_id, hit.node_id)
