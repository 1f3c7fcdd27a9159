"""The plans list's filter: typed words ignore diacritics and đ, the status filter narrows, clearing shows all."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.domain.text import fold
from app.ui.plans.plans_panel import SEARCH_ROLE, STATUS_ROLE, PlansProxy


def _titles(proxy: QSortFilterProxyModel) -> list[str]:
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_query_and_status_filter_the_rows(qtbot) -> None:
    source = QStandardItemModel()
    for title, status in [("Kế hoạch chuyển đổi số", "active"), ("Kế hoạch phòng chống dịch", "completed"),
                          ("Chỉ thị về đất đai", "active")]:
        item = QStandardItem(title)
        item.setData(fold(title), SEARCH_ROLE)
        item.setData(status, STATUS_ROLE)
        source.appendRow(item)
    proxy = PlansProxy()
    proxy.setSourceModel(source)
    proxy.set_query("chuyen doi")
    assert _titles(proxy) == ["Kế hoạch chuyển đổi số"]
    proxy.set_query("dat dai")
    assert _titles(proxy) == ["Chỉ thị về đất đai"]
    proxy.set_query("ke hoach")
    proxy.set_filters(status="completed")
    assert _titles(proxy) == ["Kế hoạch phòng chống dịch"]
    proxy.set_query("")
    proxy.set_filters()
    assert len(_titles(proxy)) == 3
