"""The Qt binding itself: PySide6 6.12.0 lost a reference to None on every selection change, which
aborts Python 3.11 after a few thousand clicks ("Fatal Python error: none_dealloc"). pyproject.toml
excludes it; this test catches any version that brings the leak back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView


def test_selection_changes_do_not_leak_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel()
    model.appendRow([QStandardItem("a")])
    model.appendRow([QStandardItem("b")])
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    selection = view.selectionModel()
    before = sys.getrefcount(None)
    for i in range(2000):
        selection.setCurrentIndex(model.index(i % 2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.clearSelection()
    assert before - sys.getrefcount(None) < 200
