"""The tree's daily views on the demo database: the proxy is a sound model in every mode, keeps
the sections above a matching task, and its counts agree with the rows it shows; in the window
the filter bar's shortcuts switch views and a task chosen in a filtered view reaches the panel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.task_state import TaskState
from app.ui.tree.daily_filter import Criteria, DailyFilter, Mode, quarter_days
from app.ui.tree.plan_tree_model import PlanTreeModel

AS_OF = date(2022, 6, 1)


@pytest.fixture
def outline(demo: Any) -> tuple[PlanTreeModel, list[Any]]:
    views = demo.plans.tree(demo.plans.find_by_number("69/KH-UBND"), AS_OF)
    model = PlanTreeModel()
    model.set_nodes(views)
    return model, views


def shown_ids(proxy: DailyFilter, parent: QModelIndex = QModelIndex()) -> list[int]:
    ids: list[int] = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        ids.append(proxy.source_id(index) or 0)
        ids += shown_ids(proxy, index)
    return ids


def test_each_view_is_a_sound_model_and_shows_exactly_the_matching_tasks(qapp, outline) -> None:
    model, views = outline
    proxy = DailyFilter(model, lambda: AS_OF)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert len(shown_ids(proxy)) == len(views)  # no filter: the whole outline
    by_id = {v.id: v for v in views}
    agency = next(a.agency_id for v in views for a in v.assignees if a.role == "lead" and a.agency_id)
    days = quarter_days(AS_OF)
    cases = {
        Criteria(Mode.OVERDUE): lambda v: v.state is TaskState.IN_PROGRESS_OVERDUE,
        Criteria(Mode.DUE): lambda v: v.due_date is not None and days.start <= v.due_date <= days.end,
        Criteria(agency_id=agency): lambda v: any(a.agency_id == agency or agency in a.member_ids
                                                  for a in v.assignees),
        Criteria(agency_id=agency, state=TaskState.IN_PROGRESS_ON_TIME): lambda v: v.state
        is TaskState.IN_PROGRESS_ON_TIME and any(a.agency_id == agency or agency in a.member_ids for a in v.assignees),
    }
    for criteria, wanted in cases.items():
        proxy.set_criteria(criteria)
        shown = shown_ids(proxy)
        expected = {v.id for v in views if v.kind != "section" and wanted(v)}
        assert expected, criteria  # the demo has tasks of every kind asked here
        assert expected <= set(shown)
        for node_id in set(shown) - expected:  # anything else shown is the parent of a match
            parents = {v.parent_id for v in views if v.id in expected}
            assert node_id in parents or any(by_id[c].parent_id == node_id for c in shown if c != node_id)
        counts = proxy.state_counts()
        if criteria.state is None:
            assert sum(counts.values()) == len(expected)
    proxy.set_criteria(Criteria(Mode.OVERDUE))
    assert proxy.state_counts() == {TaskState.IN_PROGRESS_OVERDUE: len(
        [v for v in views if v.state is TaskState.IN_PROGRESS_OVERDUE and v.kind != "section"])}


def test_filter_bar_in_the_window(qtbot, demo, settings, prompter) -> None:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(services=demo, database_url="demo.db", settings=settings, prompter=prompter,
                        as_of=AS_OF)
    qtbot.addWidget(window)
    window.show()
    window.open_plan(demo.plans.find_by_number("69/KH-UBND"))
    page = window.daily
    assert page.stack.currentWidget() is window.tree_view
    window.registry["view.filter_overdue"].trigger()
    assert page.stack.currentWidget() is page.filtered
    assert page.buttons[Mode.OVERDUE].isChecked() and window.registry["view.filter_overdue"].isChecked()
    text = page.counts.text()
    assert "Quá hạn ngày 01/06/2022" in text and "Đang thực hiện quá hạn" in text
    # a task chosen in the filtered view is the one the task panel shows
    overdue = [i for i in shown_ids(page.proxy) if page.proxy.source() .node(i).state
               is TaskState.IN_PROGRESS_OVERDUE]
    page.filtered.setCurrentIndex(page.proxy.index_of(overdue[1]))
    assert window.tree.current_id() == overdue[1]
    assert window.task_panel.node is not None and window.task_panel.node.id == overdue[1]
    # adding an item shows the whole outline first, the new item under the chosen task's parent
    window.registry["view.filter_overdue"].trigger()
    page.filtered.setCurrentIndex(page.proxy.index_of(overdue[0]))
    parent = window.tree.model.parent_id(overdue[0])
    window.registry["edit.add_sibling"].trigger()
    assert page.stack.currentWidget() is window.tree_view and page.buttons[Mode.ALL].isChecked()
    added = window.tree.current_id()
    assert added not in (None, overdue[0]) and window.tree.model.parent_id(added) == parent
    window.tree_view.closePersistentEditor(window.tree_view.currentIndex())
    window.undo()
    window.registry["view.filter_overdue"].trigger()
    # by agency: the combo offers the plan's agencies by name, the counts follow
    assert page.agency.count() > 2 and page.agency.itemText(0) == "(mọi cơ quan)"
    page.set_agency(page.agency.itemData(1))
    assert all(
        any(a.agency_id == page.agency.itemData(1) or page.agency.itemData(1) in a.member_ids
            for a in page.proxy.source().node(i).assignees)
        for i in shown_ids(page.proxy) if page.proxy.source().node(i).kind != "section")
    window.registry["view.filter_due"].trigger()
    assert "Đến hạn trong Quý II năm 2022" in page.counts.text()
    # F5 re-reads the plan: the filter and the chosen agency stay
    window.reload_all()
    assert page.stack.currentWidget() is page.filtered and page.agency.currentIndex() == 1
    window.registry["view.filter_all"].trigger()
    assert page.stack.currentWidget() is window.tree_view and page.agency.currentIndex() == 0
    assert [m for m, b in page.buttons.items() if b.isChecked()] == [Mode.ALL]  # one button pressed
    window.registry["view.filter_all"].trigger()  # pressing it again keeps it pressed
    assert [m for m, b in page.buttons.items() if b.isChecked()] == [Mode.ALL]
    assert not window.registry.shortcut_conflicts()


def test_a_new_database_offers_every_agency_and_state(qtbot: Any, tmp_path: Path, settings: Any, prompter: Any) -> None:
    """Before any plan exists the filter bar reads `(mọi cơ quan)`, not an empty box."""
    from app.models.database import open_database
    from app.services import Services
    from app.ui.shell.main_window import MainWindow

    db = open_database(tmp_path / "new.db")
    try:
        window = MainWindow(services=Services(db, "t"), database_url=db.display_name, settings=settings,
                            prompter=prompter, as_of=AS_OF)
        qtbot.addWidget(window)
        page = window.daily
        assert page.agency.count() == 1 and page.agency.currentText() == "(mọi cơ quan)"
        assert page.agency.currentData() is None and page.state_filter.currentText() == "(mọi tình trạng)"
    finally:
        db.dispose()
