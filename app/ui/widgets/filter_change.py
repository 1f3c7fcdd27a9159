"""One way to change what a `QSortFilterProxyModel` filters, on every Qt we support.

Why: Qt 6.10 deprecated `invalidateRowsFilter()` for `beginFilterChange()` /
`endFilterChange(Direction.Rows)`, which Qt 6.8 and 6.9 (still allowed by pyproject) lack; the
plan's daily views and the import review's row filter both change their criteria this way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def change_row_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Run `change` (which sets the proxy's new criteria) and filter the rows again."""
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.10 and later
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt 6.8/6.9
        change()
        proxy.invalidateRowsFilter()
