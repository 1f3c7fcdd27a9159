"""The register shows every column whole in its 1100 px (window9; clerk8 saw the last period cut at 1366 px)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt


def test_a_year_of_quarters_fits_the_dialog_with_every_cell_whole(window: Any, qtbot: Any, services: Any,
                                                                  sample_plan: dict[str, int], proposed_names: Any,
                                                                  open_register: Any) -> None:
    """A name the directory lacks sent a report (`Đúng hạn … (không phải báo cáo)`) and long names lead: the four
    quarters, the rates and the names all in sight, no horizontal scrolling, no cell's line wider than its column."""
    lead, _support = proposed_names(
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, huyện Tiên Yên, tỉnh Quảng Ninh",
        "Ủy ban nhân dân xã nơi người ứng cử cư trú")
    services.progress.record_agency_report(lead, sample_plan["plan"], "2021-Q4", dt.date(2021, 10, 20))
    dialog = open_register(window, "2021-Q1", "2021-Q4")
    dialog.resize(1100, 600)
    qtbot.wait(20)
    table, model = dialog.table, dialog.model
    texts = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any("(không phải báo cáo)" in t for t in texts)
    assert any(table.fontMetrics().horizontalAdvance(str(model.index(r, 0).data())) > 600
               for r in range(model.rowCount()))  # wider than the room left for names
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), (header.length(), table.viewport().width())
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount()):  # the periods and rates: each line whole in its column
            for line in str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole)).splitlines():
                assert metrics.horizontalAdvance(line) <= table.columnWidth(column) - 6, (line, column)
        name = model.index(row, 0)  # the name wraps: its row is as tall as its lines
        width = metrics.horizontalAdvance(str(name.data()))
        lines = -(-width // max(1, table.columnWidth(0) - 8))
        assert table.rowHeight(row) >= min(lines, 2) * metrics.lineSpacing(), (name.data(), table.rowHeight(row))
    dialog.close()
