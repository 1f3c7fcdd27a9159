"""Periods are chosen and typed by their Vietnamese names wherever the window asks for one: the
exchange and register choosers, the approve/unlock question; codes still work."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.errors import InputError
from app.ui.widgets.period_combo import PeriodCombo


def test_the_period_chooser_lists_names_and_reads_what_a_clerk_types(qtbot) -> None:
    combo = PeriodCombo(dt.date(2026, 12, 4))
    qtbot.addWidget(combo)
    assert combo.itemText(0) == "Quý IV năm 2026" and combo.itemData(0) == "2026-Q4"
    assert combo.itemText(1) == "Quý III năm 2026" and combo.itemText(combo.count() - 3) == "Năm 2026"
    assert combo.period().code == "2026-Q4"
    for typed, code in (("Quý IV/2026", "2026-Q4"), ("quy 4/2026", "2026-Q4"), ("6 tháng đầu năm 2026", "2026-H1"),
                        ("Tháng 8/2026", "2026-M08"), ("Năm 2025", "2025-Y"), ("2024-Q1", "2024-Q1")):
        combo.setEditText(typed)
        assert combo.period().code == code, typed
    combo.setEditText("Quý V/2026")
    with pytest.raises(InputError):
        combo.period()
    combo.set_code("2021-M08")
    assert combo.currentText() == "Tháng 8 năm 2021" and combo.period().code == "2021-M08"


def test_register_columns_and_exchange_files_name_their_periods(window, services, sample_plan, open_register
                                                               ) -> None:
    register = open_register(window, "2021-Q3", "2021-Q4")
    headers = [register.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(register.model.columnCount())]
    assert "Quý III năm 2021" in headers and "Quý IV năm 2021" in headers and "2021-Q4" not in headers
    register.close()


def test_approve_refuses_a_period_that_is_none_in_words(window, prompter) -> None:
    prompter.answers.append("Quý V năm 2021")
    assert not window.commands.approve_period()
    assert prompter.errors == ["Kỳ báo cáo «Quý V năm 2021» không có thật: quý phải từ 1 đến 4, năm từ 1900 đến 9998."]
