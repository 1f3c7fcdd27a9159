"""Two windows on one database: the progress form and the measurement form send the version they
showed, so the second one to save is told who changed the record and when, and nothing is
overwritten (app/ui/task/progress_panel.py, app/ui/task/targets_panel.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from app.ui.shell.state import AppState
from app.ui.task.progress_panel import ProgressPanel
from app.ui.task.targets_panel import TargetsPanel

AS_OF = dt.date(2021, 10, 15)


@pytest.fixture
def second(database: Any) -> Iterator[Any]:
    """Another window's services: its own engine on the same file, another user."""
    from app.models.database import open_database
    from app.services import Services

    other = open_database(database.path)
    yield Services(other, "tran.thi.b")
    other.dispose()


def _node(services: Any, plan: int, node_id: int) -> Any:
    return next(v for v in services.plans.tree(plan, AS_OF) if v.id == node_id)


def _progress_form(qtbot: Any, services: Any, sample_plan: dict[str, int], result: str) -> ProgressPanel:
    form = ProgressPanel(AppState(services, as_of=AS_OF))
    qtbot.addWidget(form)
    form.set_node(_node(services, sample_plan["plan"], sample_plan["t1"]))
    form.period.setText("2021-Q4")
    form.status.setCurrentIndex(form.status.findData("in_progress"))
    form.result.setPlainText(result)
    return form


def test_second_progress_form_is_refused_and_shows_the_newer_entry(qtbot, services, second, sample_plan) -> None:
    services.progress.record(_progress_form(qtbot, services, sample_plan, "Bản đầu").entry())
    first = _progress_form(qtbot, services, sample_plan, "Sửa ở cửa sổ 1")
    other = _progress_form(qtbot, second, sample_plan, "Sửa ở cửa sổ 2")  # both show version 1
    assert first.record()
    assert not other.record()
    assert "vừa được tester sửa lúc" in other.message.text() and "tải lại" in other.message.text()
    [row] = services.progress.history(sample_plan["t1"])
    assert row.result == "Sửa ở cửa sổ 1" and row.version == 2
    assert other.history.item(0, 4).text() == "Sửa ở cửa sổ 1"  # the refused form now shows it
    assert other.record()  # saving again after seeing it is a deliberate overwrite
    assert services.progress.history(sample_plan["t1"])[0].result == "Sửa ở cửa sổ 2"


def test_new_entry_saved_meanwhile_is_not_overwritten(qtbot, services, second, sample_plan) -> None:
    first = _progress_form(qtbot, services, sample_plan, "Cửa sổ 1 ghi trước")
    other = _progress_form(qtbot, second, sample_plan, "Cửa sổ 2 ghi sau")  # neither shows an entry
    assert first.record() and not other.record()
    assert [r.result for r in services.progress.history(sample_plan["t1"])] == ["Cửa sổ 1 ghi trước"]


def _targets_form(qtbot: Any, services: Any, sample_plan: dict[str, int], value: float) -> TargetsPanel:
    form = TargetsPanel(AppState(services, as_of=AS_OF))
    qtbot.addWidget(form)
    form.set_node(_node(services, sample_plan["plan"], sample_plan["s1"]))
    form.tree.setCurrentItem(form.tree.topLevelItem(0))
    form.measured_on.setDate(dt.date(2021, 10, 1))
    form.value.setValue(value)
    return form


def test_second_measurement_form_is_refused(qtbot, services, second, sample_plan) -> None:
    services.targets.add(sample_plan["plan"], indicator="tỷ lệ cán bộ trẻ", comparator=">=", value=15, unit="%")
    first = _targets_form(qtbot, services, sample_plan, 12.5)
    other = _targets_form(qtbot, second, sample_plan, 11.0)
    assert first.add_measurement()
    assert not other.add_measurement()
    assert "vừa được tester sửa lúc" in other.message.text()
    [kept] = services.targets.list_targets(sample_plan["plan"])[0].measurements
    assert kept.value == 12.5
    assert other.tree.topLevelItem(0).text(2) == "12,5 (01/10/2021)"  # the refused form shows the new figure
