"""Work around a PySide6 6.12 reference-count bug on Python < 3.12.

Measured here: every selection change in an item view (QItemSelectionModel.setCurrentIndex,
select, clearSelection) drops one reference to `None` without taking it. On Python 3.11 `None`,
`True` and `False` are ordinary objects, so after a few thousand clicks the count reaches zero
and the interpreter aborts ("Fatal Python error: none_dealloc"), at the latest when it exits.
From Python 3.12 these objects are immortal and the bug is harmless.

The guard holds spare references and tops them up whenever the live count falls low: a timer in
the program, an explicit `top_up()` in tests and command-line renderers. Remove this module once
PySide6 is fixed (check with `python -m app.ui.refcount_guard`, which prints the drain per click).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

LOW_WATER = 200_000
CHUNK = 500_000
NEEDED = sys.version_info < (3, 12)
_spare: list[object] = []


def top_up() -> None:
    """Make sure None/True/False keep at least LOW_WATER references (no-op on Python ≥ 3.12)."""
    if not NEEDED:
        return
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < LOW_WATER:
            spare = [singleton] * CHUNK
            # Leaked on purpose: interpreter shutdown clears module globals, and the drained
            # references must outlive the last Qt object that drops them.
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(spare))
            _spare.append(spare)


class RefcountGuard(QObject):
    """Tops up every few seconds while the window runs."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 5000) -> None:
        super().__init__(parent)
        top_up()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(top_up)
        if NEEDED:
            self.timer.start()


def _measure() -> None:  # pragma: no cover - diagnostic
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTreeView

    app = QApplication.instance() or QApplication([])
    model = QStandardItemModel()
    model.appendRow(QStandardItem("x"))
    view = QTreeView()
    view.setModel(model)
    before = sys.getrefcount(None)
    for _ in range(1000):
        view.selectionModel().setCurrentIndex(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    print(f"None references lost per selection change: {(before - sys.getrefcount(None)) / 1000:.2f}")
    del app
    os._exit(0)


if __name__ == "__main__":  # pragma: no cover
    _measure()
