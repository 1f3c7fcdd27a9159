"""The agency directory at the screens it is used on: the name takes the room (the other columns
keep a fixed width), and a name cut at the column's edge reads whole in its tooltip
(app/ui/agencies/agencies_view.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication


def test_names_take_the_room_and_read_whole_on_hover(window: Any, services: Any) -> None:
    long_name = "Ban Quản lý các khu công nghiệp và chế xuất thành phố Hà Nội"
    services.agencies.create(long_name, short_name="BQL KCN&CX")
    window.resize(1366, 768)
    window.show()
    window.show_view("agencies")
    page = window.agencies
    page.reload()
    QApplication.processEvents()
    header = page.table.horizontalHeader()
    others = [header.sectionSize(c) for c in (1, 2, 3)]
    assert header.sectionSize(0) > max(others) and header.sectionSize(0) >= 250
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == long_name)
    assert page.proxy.index(row, 0).data(0x03) == long_name  # Qt.ToolTipRole
