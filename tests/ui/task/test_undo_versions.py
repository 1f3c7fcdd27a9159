"""Undo and redo in the shared office: two clerks on one database (two service sessions on one
SQLite file, users tester and tran.thi.b). An undo or redo that would overwrite what the other
clerk changed since is refused with the service's ConflictError message, the command leaves the
stack and nothing changes in the database; this window's own moves, additions and deletions in
between are never taken for the other clerk's edit (app/ui/task/undo_commands.py and callers)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from app.ui.agencies.agencies_view import AgenciesView
from app.ui.shell.state import AppState
from app.ui.tree.plan_tree import PlanTreeController
from app.ui.tree.plan_tree_model import Column

OTHER = "tran.thi.b"


@pytest.fixture
def clerk_b(database: Any) -> Iterator[Any]:
    """The other clerk: an engine of its own on the same database, another user."""
    from app.models.database import open_database
    from app.services import Services

    other = open_database(database.url)
    yield Services(other, OTHER)
    other.dispose()


def _node(services: Any, plan: int, node_id: int) -> Any:
    return next(n for n in services.plans.tree(plan) if n.id == node_id)


def _edit_text(ctl: PlanTreeController, node_id: int, text: str) -> None:
    index = ctl.model.index_of(node_id, Column.CONTENT)
    ctl.view.closePersistentEditor(index)
    ctl.model.setData(index, text)


def _refused(prompter: Any) -> None:
    assert prompter.errors, "the clerk is told"
    assert OTHER in prompter.errors[-1] and "tải lại" in prompter.errors[-1], prompter.errors[-1]


def test_undo_over_the_other_clerks_edit_is_refused(plan_tree, services, clerk_b, prompter, sample_plan) -> None:
    plan, t1 = sample_plan["plan"], sample_plan["t1"]
    ctl = plan_tree(plan)
    _edit_text(ctl, t1, "Sửa bởi A")
    b_sees = _node(clerk_b, plan, t1)
    assert b_sees.text == "Sửa bởi A"
    clerk_b.nodes.update(t1, b_sees.version, text="Sửa bởi B")
    after_b = _node(services, plan, t1)
    ctl.refresh()  # A's window shows B's text (a refresh must not make the undo overwrite it)
    ctl.undo_stack.undo()
    _refused(prompter)
    now = _node(services, plan, t1)
    assert (now.text, now.version) == ("Sửa bởi B", after_b.version), "nothing changed"
    assert ctl.undo_stack.count() == 0 and not ctl.undo_stack.canRedo(), "the refused command left the stack"
    assert ctl.model.node(t1).text == "Sửa bởi B"


def test_redo_over_the_other_clerks_edit_is_refused(plan_tree, services, clerk_b, prompter, sample_plan) -> None:
    plan, t1 = sample_plan["plan"], sample_plan["t1"]
    ctl = plan_tree(plan)
    _edit_text(ctl, t1, "Sửa bởi A")
    ctl.undo_stack.undo()
    assert _node(services, plan, t1).text == "Tổ chức quán triệt Nghị quyết"
    clerk_b.nodes.update(t1, _node(clerk_b, plan, t1).version, label="1a")
    ctl.refresh()
    ctl.undo_stack.redo()
    _refused(prompter)
    now = _node(services, plan, t1)
    assert (now.label, now.text) == ("1a", "Tổ chức quán triệt Nghị quyết")
    assert ctl.undo_stack.count() == 0


def test_own_moves_additions_and_deletions_are_not_a_conflict(plan_tree, services, clerk_b, prompter,
                                                              sample_plan) -> None:
    plan, s2, t1, t2, t3 = (sample_plan[k] for k in ("plan", "s2", "t1", "t2", "t3"))
    ctl = plan_tree(plan)
    before = [(n.id, n.parent_id, n.label, n.text) for n in services.plans.tree(plan)]
    _edit_text(ctl, t2, "Rà soát (A)")
    ctl.select_node(t1)
    added = ctl.add_sibling()  # renumbers t2 and t3
    assert added is not None
    ctl.view.closePersistentEditor(ctl.model.index_of(added, Column.CONTENT))
    _edit_text(ctl, added, "Việc mới")
    ctl.select_node(t3)
    assert ctl.move_up()  # t3 before t2: t2 renumbered again
    prompter.answers.append(True)
    ctl.select_node(t1)
    assert ctl.delete_current()  # the siblings renumbered once more
    # B edits a node A never touched: no business of A's undo
    clerk_b.nodes.update(sample_plan["s1"], _node(clerk_b, plan, sample_plan["s1"]).version, label="I.")
    for _ in range(5):
        ctl.undo_stack.undo()
    assert prompter.errors == []
    after = [(n.id, n.parent_id, n.label, n.text) for n in services.plans.tree(plan)]
    assert [row for row in after if row[0] != sample_plan["s1"]] == [
        row for row in before if row[0] != sample_plan["s1"]]
    for _ in range(5):
        ctl.undo_stack.redo()
    assert prompter.errors == []
    assert _node(services, plan, t2).text == "Rà soát (A)"
    assert ctl.model.children_ids(s2) == [ctl.model.children_ids(s2)[0], t3, t2]
    assert ctl.model.node(ctl.model.children_ids(s2)[0]).text == "Việc mới"


def test_the_task_panels_kind_change_checks_versions(window, services, clerk_b, prompter, sample_plan) -> None:
    plan, t2 = sample_plan["plan"], sample_plan["t2"]
    window.tree.select_node(t2)
    panel = window.task_panel
    assert panel.node is not None and panel.node.id == t2
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("section"))
    panel._kind_changed()
    assert _node(services, plan, t2).kind == "section"
    window.undo_stack.undo()
    window.undo_stack.redo()  # own steps chain their versions
    assert prompter.errors == [] and _node(services, plan, t2).kind == "section"
    clerk_b.nodes.update(t2, _node(clerk_b, plan, t2).version, text="Sửa bởi B")
    window.undo_stack.undo()
    _refused(prompter)
    now = _node(services, plan, t2)
    assert (now.kind, now.text) == ("section", "Sửa bởi B")
    assert window.undo_stack.count() == 0


def _agency_view(qtbot: Any, services: Any, prompter: Any) -> tuple[AgenciesView, QUndoStack]:
    stack = QUndoStack()
    view = AgenciesView(AppState(services), prompter, undo_stack=stack)
    stack.setParent(view)
    qtbot.addWidget(view)
    view.reload()
    return view, stack


def _agency(services: Any, agency_id: int) -> Any:
    return next(a for a in services.agencies.list_agencies() if a.id == agency_id)


def test_agency_undo_over_the_other_clerks_edit_is_refused(qtbot, services, clerk_b, prompter,
                                                           sample_plan) -> None:
    agency = sample_plan["agency"]
    view, stack = _agency_view(qtbot, services, prompter)
    assert view.select_agency(agency)
    view.name_edit.setText("Sở Nội vụ Thành phố")
    assert view.save_current()
    view.alias_edit.setText("Nội vụ TP")
    assert view.add_alias()
    stack.undo()  # the alias: the agency's own row is not written
    clerk_b.agencies.update(agency, _agency(clerk_b, agency).version, short_name="SNV-HN")
    after_b = _agency(services, agency)
    stack.undo()
    _refused(prompter)
    now = _agency(services, agency)
    assert (now.name, now.short_name, now.version) == ("Sở Nội vụ Thành phố", "SNV-HN", after_b.version)
    # the rename left the stack; the undone alias is still there to redo, and redoing it is sound
    assert not stack.canUndo() and stack.count() == 1
    errors = len(prompter.errors)
    stack.redo()
    assert len(prompter.errors) == errors and services.agencies.resolve("Nội vụ TP") == agency


def test_agency_edits_chain_through_undo_redo_of_their_creation(qtbot, services, prompter, sample_plan) -> None:
    view, stack = _agency_view(qtbot, services, prompter)
    view.new_name.setText("Sở Du lịch")
    assert view.create_agency()
    created = services.agencies.resolve("Sở Du lịch")
    assert view.select_agency(created)
    view.name_edit.setText("Sở Du lịch Thành phố")
    assert view.save_current()
    for _ in range(2):
        stack.undo()
        stack.undo()  # the rename, then the creation
        stack.redo()
        stack.redo()
    assert prompter.errors == []
    assert services.agencies.resolve("Sở Du lịch Thành phố") is not None
