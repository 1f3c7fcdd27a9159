"""The outline panel: the model passes QAbstractItemModelTester, and every edit (add, edit, move,
indent, delete, drag) is stored through the services and can be undone and redone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.ui.tree.plan_tree_model import Column, Role


def _labels(services: Any, plan_id: int) -> list[tuple[int | None, str, str]]:
    return [(n.parent_id, n.label, n.text) for n in services.plans.tree(plan_id)]


def test_model_passes_tester_and_shows_states(plan_tree, sample_plan) -> None:
    ctl = plan_tree()
    tester = QAbstractItemModelTester(ctl.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    ctl.load_plan(sample_plan["plan"])
    model = ctl.model
    assert model.rowCount() == 2
    t1 = model.index_of(sample_plan["t1"])
    assert t1.siblingAtColumn(Column.LEAD).data() == "Sở Nội vụ"
    assert t1.siblingAtColumn(Column.SUPPORT).data() == "Sở Tài chính"
    assert "30/09/2021" in t1.siblingAtColumn(Column.DEADLINE).data()
    assert "quá hạn" in t1.siblingAtColumn(Column.STATE).data()  # as of 1/11/2021, no progress
    assert t1.siblingAtColumn(Column.STATE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert t1.data(Role.NODE_ID) == sample_plan["t1"]
    ctl.refresh(sample_plan["t2"])
    assert ctl.current_id() == sample_plan["t2"]
    del tester


def test_add_edit_undo_redo(plan_tree, services, prompter, sample_plan) -> None:
    ctl = plan_tree(sample_plan["plan"])
    plan = sample_plan["plan"]
    before = _labels(services, plan)
    ctl.select_node(sample_plan["t1"])
    new_id = ctl.add_sibling()
    assert new_id is not None
    index = ctl.model.index_of(new_id, Column.CONTENT)
    ctl.view.closePersistentEditor(index)
    assert ctl.model.setData(index, "Kiểm tra việc thực hiện") is False  # goes through the service
    texts = [t for _, _, t in _labels(services, plan)]
    assert "Kiểm tra việc thực hiện" in texts
    siblings = services.plans.tree(plan)
    added = next(n for n in siblings if n.text == "Kiểm tra việc thực hiện")
    assert added.parent_id == sample_plan["s2"] and added.position == 1
    stack = ctl.undo_stack
    stack.undo()  # the edit
    stack.undo()  # the add
    assert _labels(services, plan) == before
    stack.redo()
    stack.redo()
    assert "Kiểm tra việc thực hiện" in [t for _, _, t in _labels(services, plan)]
    assert ctl.current_id() is not None


def test_move_indent_outdent_delete_with_undo(plan_tree, services, prompter, sample_plan) -> None:
    ctl = plan_tree(sample_plan["plan"])
    plan, s2 = sample_plan["plan"], sample_plan["s2"]
    before = _labels(services, plan)
    ctl.select_node(sample_plan["t3"])
    assert ctl.move_up()
    assert ctl.model.children_ids(s2) == [sample_plan["t1"], sample_plan["t3"], sample_plan["t2"]]
    assert ctl.indent()  # t3 under t1
    assert ctl.model.parent_id(sample_plan["t3"]) == sample_plan["t1"]
    assert ctl.outdent()
    assert ctl.model.parent_id(sample_plan["t3"]) == s2
    prompter.answers.append(True)
    ctl.select_node(s2)
    assert ctl.delete_current()
    assert ctl.model.index_of(s2).isValid() is False
    assert ctl.current_id() is None or ctl.current_id() != s2
    ctl.undo_stack.undo()
    assert ctl.current_id() == s2  # the restored section is selected again
    for _ in range(3):
        ctl.undo_stack.undo()
    assert _labels(services, plan) == before
    # the restored section keeps its assignments and deadlines
    t1 = ctl.model.node(sample_plan["t1"])
    assert t1.lead_names == ["Sở Nội vụ"] and t1.deadline_phrase


def test_delete_refused_when_user_says_no(plan_tree, services, prompter, sample_plan) -> None:
    ctl = plan_tree(sample_plan["plan"])
    ctl.select_node(sample_plan["t2"])
    prompter.answers.append(False)
    assert not ctl.delete_current()
    assert ctl.undo_stack.count() == 0


def test_drop_moves_node_through_service(plan_tree, services, prompter, sample_plan) -> None:
    ctl = plan_tree(sample_plan["plan"])
    model = ctl.model
    mime = model.mimeData([model.index_of(sample_plan["t2"])])
    s1 = model.index_of(sample_plan["s1"])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, s1)
    assert model.parent_id(sample_plan["t2"]) == sample_plan["s1"]
    # dropping a node inside itself is refused
    mime = model.mimeData([model.index_of(sample_plan["s1"])])
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of(sample_plan["t2"]))
    ctl.undo_stack.undo()
    assert model.parent_id(sample_plan["t2"]) == sample_plan["s2"]
    assert model.rowCount(QModelIndex()) == 2
