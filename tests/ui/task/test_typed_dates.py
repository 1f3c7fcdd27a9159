"""The report date of a progress entry and the date of a target's figure are typed as the clerk
reads them: a clerk who clicks into the field and types `10/03/2022` records 10/03/2022 (the
QDateEdit they replace kept the day it showed and saved 20/03/2022), and an impossible date is
refused with one Vietnamese message and nothing saved (app/ui/task/progress_panel.py,
app/ui/task/targets_panel.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt

from app.ui.shell.state import AppState
from app.ui.task.progress_panel import ProgressPanel
from app.ui.task.targets_panel import TargetsPanel

AS_OF = dt.date(2021, 12, 20)


def _node(services: Any, plan: int, node_id: int) -> Any:
    return next(v for v in services.plans.tree(plan, AS_OF) if v.id == node_id)


def _type_date(qtbot: Any, field: Any, text: str) -> None:
    """As a clerk does: click into the field, clear it, type."""
    field.show()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(3, field.height() // 2))
    field.selectAll()
    qtbot.keyClicks(field, text)


def _progress_form(qtbot: Any, services: Any, sample_plan: dict[str, int]) -> ProgressPanel:
    form = ProgressPanel(AppState(services, as_of=AS_OF))
    qtbot.addWidget(form)
    form.set_node(_node(services, sample_plan["plan"], sample_plan["t1"]))
    form.period.setText("Quý IV năm 2021")
    form.status.setCurrentIndex(form.status.findData("in_progress"))
    form.result.setPlainText("Đang triển khai")
    return form


def test_progress_report_date_is_saved_as_typed(qtbot: Any, services: Any, sample_plan: dict[str, int]) -> None:
    form = _progress_form(qtbot, services, sample_plan)
    assert form.reported_on.text() == "20/12/2021"  # the as-of date, shown as the clerk reads it
    _type_date(qtbot, form.reported_on, "10/12/2021")
    assert form.record()
    [row] = services.progress.history(sample_plan["t1"])
    assert row.reported_on == dt.date(2021, 12, 10)


def test_impossible_progress_report_date_is_refused(qtbot: Any, services: Any, sample_plan: dict[str, int]) -> None:
    form = _progress_form(qtbot, services, sample_plan)
    _type_date(qtbot, form.reported_on, "31/02/2021")
    assert not form.record()
    assert form.message.text() == "Ngày 31/2/2021 không tồn tại: tháng 2 năm 2021 chỉ có 28 ngày."
    assert services.progress.history(sample_plan["t1"]) == []


def test_measurement_date_typed_or_refused(qtbot: Any, services: Any, sample_plan: dict[str, int]) -> None:
    services.targets.add(sample_plan["plan"], indicator="tỷ lệ cán bộ trẻ", comparator=">=", value=15, unit="%")
    form = TargetsPanel(AppState(services, as_of=AS_OF))
    qtbot.addWidget(form)
    form.set_node(_node(services, sample_plan["plan"], sample_plan["s1"]))
    form.tree.setCurrentItem(form.tree.topLevelItem(0))
    form.value.setValue(12.5)
    _type_date(qtbot, form.measured_on, "32/11/2021")
    assert not form.add_measurement()
    assert "không tồn tại" in form.message.text()
    assert services.targets.list_targets(sample_plan["plan"])[0].measurements == []
    _type_date(qtbot, form.measured_on, "5/11/2021")
    assert form.add_measurement()
    [kept] = services.targets.list_targets(sample_plan["plan"])[0].measurements
    assert (kept.measured_on, kept.value) == (dt.date(2021, 11, 5), 12.5)
