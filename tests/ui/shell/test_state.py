"""The window's shared state (app/ui/shell/state.py): panels get it in their constructors and
refresh on its signals; nobody writes the services or the open plan into another widget."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from app.domain.task_state import TaskState
from app.ui.shell.main_window import MainWindow
from app.ui.shell.state import DIRECTORY, PLANS, AppState
from app.ui.task.progress_panel import ProgressPanel
from app.ui.tree.plan_tree import PlanTreeController, PlanTreeView

UI = Path(__file__).resolve().parents[3] / "app" / "ui"


def test_no_panel_is_handed_services_or_a_plan_from_outside() -> None:
    """The hub the window was: `attach_services` wrote `.services` into eight panels and commands
    reset `tree.plan_id` to force a reload. Only an object's own methods set these fields now."""
    written = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            for target in targets:
                if (isinstance(target, ast.Attribute) and target.attr in ("services", "plan_id", "current_plan_id")
                        and not (isinstance(target.value, ast.Name) and target.value.id == "self")):
                    written.append(f"{path.name}:{node.lineno} {ast.unparse(target)}")
    assert written == []


def test_signals_carry_what_changed(qtbot, services) -> None:
    state = AppState(services, as_of=dt.date(2021, 11, 1))
    seen: list[object] = []
    state.as_of_changed.connect(lambda: seen.append("as_of"))
    state.plan_changed.connect(lambda plan_id: seen.append(("plan", plan_id)))
    state.data_changed.connect(lambda what: seen.append(what))
    state.set_plan(7)
    state.set_plan(7)  # the same plan: nothing to refresh
    state.set_as_of(dt.date(2021, 12, 1))
    state.notify(DIRECTORY)
    assert seen == [("plan", 7), "as_of", DIRECTORY]
    assert state.plan_id == 7 and state.as_of() == dt.date(2021, 12, 1) and state.user == "tester"


def test_a_state_without_a_database_says_so(qtbot) -> None:
    state = AppState(None)
    assert not state.ready and state.user == "" and state.as_of() == dt.date.today()


def test_the_tree_follows_the_open_plan_and_the_as_of_date(qtbot, services, prompter, sample_plan) -> None:
    from PySide6.QtGui import QUndoStack

    state = AppState(services, as_of=dt.date(2021, 11, 1))
    view = PlanTreeView()
    qtbot.addWidget(view)
    tree = PlanTreeController(view, state, QUndoStack(), prompter)
    state.set_plan(sample_plan["plan"])
    assert tree.plan_id == sample_plan["plan"]
    assert tree.model.node(sample_plan["t1"]).state is TaskState.IN_PROGRESS_OVERDUE
    state.set_as_of(dt.date(2021, 9, 1))  # before its deadline (30/9/2021)
    assert tree.model.node(sample_plan["t1"]).state is not TaskState.IN_PROGRESS_OVERDUE


def test_the_progress_form_reads_the_as_of_date_from_the_state(qtbot, services, sample_plan) -> None:
    state = AppState(services, as_of=dt.date(2021, 11, 1))
    form = ProgressPanel(state)
    qtbot.addWidget(form)
    state.set_as_of(dt.date(2022, 2, 3))
    form.set_node(next(n for n in services.plans.tree(sample_plan["plan"], state.as_of()) if n.id == sample_plan["t1"]))
    assert form.reported_on.text() == "03/02/2022"


def test_deleting_the_open_plan_opens_another_through_the_state(window: MainWindow, prompter, services) -> None:
    other = services.plans.create_plan("Kế hoạch thứ hai")
    window.state.notify(PLANS)
    assert window.plans.model.rowCount() == 2
    window.open_plan(other)
    assert window.tree.plan_id == other
    prompter.answers.append(True)
    assert window.commands.delete_plan()
    assert window.state.plan_id != other and window.tree.plan_id == window.state.plan_id is not None


def test_another_database_clears_the_open_plan_and_the_history(window: MainWindow, tmp_path, sample_plan) -> None:
    window.registry["edit.add_child"].trigger()  # an edit on the undo stack
    assert window.undo_stack.count() == 1
    assert window.commands.switch_database(str(tmp_path / "empty.db"))
    assert window.undo_stack.count() == 0 and window.state.plan_id is None and window.tree.plan_id is None
    assert window.tree.model.node_count() == 0 and window.plans.model.rowCount() == 0
    assert "empty.db" in window.db_label.text()
