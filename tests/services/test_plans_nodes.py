"""Plans and their outline (app/services/plans.py, nodes.py): every write audited and undoable."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.task_state import TaskState
from app.errors import ConflictError, InputError, NotFoundError
from app.models import AuditEntry
from app.services import Services
from app.services.nodes import AssigneeSpec
from app.services.progress import ProgressEntry


@pytest.fixture
def plan(services: Services) -> int:
    return services.plans.create_plan("Triển khai Nghị quyết số 04-NQ/TU", number="177/KH-UBND",
                                      issuer="UBND Thành phố Hà Nội", issued_on=date(2021, 8, 2))


def labels(services: Services, plan_id: int) -> list[tuple[int, str]]:
    return [(v.depth, v.label) for v in services.plans.tree(plan_id, date(2021, 9, 1))]


def test_outline_keeps_explicit_order_at_any_depth(services: Services, plan: int) -> None:
    sec = services.nodes.add(plan, None, None, label="II", kind="section", text="NHIỆM VỤ")
    services.nodes.add(plan, None, 0, label="I", kind="section", text="MỤC ĐÍCH")
    one = services.nodes.add(plan, sec, None, label="1", text="Rà soát")
    services.nodes.add(plan, one, None, label="1.1", text="Con")
    services.nodes.add(plan, one, None, label="a", text="Cháu")
    services.nodes.add(plan, sec, None, label="2", text="Đào tạo")
    assert labels(services, plan) == [(0, "I"), (0, "II"), (1, "1"), (2, "1.1"), (2, "a"), (1, "2")]


def test_move_reorders_and_reparents_but_not_into_itself(services: Services, plan: int) -> None:
    sec = services.nodes.add(plan, None, None, label="I", kind="section", text="A")
    first = services.nodes.add(plan, sec, None, label="1", text="x")
    second = services.nodes.add(plan, sec, None, label="2", text="y")
    services.nodes.move(second, sec, 0)
    assert labels(services, plan) == [(0, "I"), (1, "2"), (1, "1")]
    services.nodes.move(first, second, 0)
    assert labels(services, plan) == [(0, "I"), (1, "2"), (2, "1")]
    with pytest.raises(InputError):
        services.nodes.move(second, first, 0)


def test_stale_edit_is_refused(services: Services, plan: int) -> None:
    node = services.nodes.add(plan, None, None, label="1", text="Gốc")
    version = services.plans.tree(plan)[0].version
    services.nodes.update(node, version, text="Sửa lần một")
    with pytest.raises(ConflictError):
        services.nodes.update(node, version, text="Sửa dựa trên bản cũ")
    assert services.plans.tree(plan)[0].text == "Sửa lần một"


def test_delete_then_restore_brings_back_subtree_assignments_and_progress(services: Services, plan: int) -> None:
    agency = services.agencies.create("Sở Nội vụ", kind="so")
    sec = services.nodes.add(plan, None, None, label="I", kind="section", text="NHIỆM VỤ")
    task = services.nodes.add(plan, sec, None, label="1", text="Rà soát quy hoạch")
    services.nodes.add(plan, sec, None, label="2", text="Sau")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=agency)])
    services.nodes.set_deadline(task, "trong Quý IV/2021")
    services.progress.record(ProgressEntry(task, agency, "2021-Q3", "in_progress", 40, "Đang làm"),
                             today=date(2021, 9, 1))
    before = services.plans.tree(plan, date(2021, 9, 1))
    snapshot = services.nodes.delete(sec)
    assert services.plans.tree(plan) == []
    services.nodes.restore(snapshot)
    assert services.plans.tree(plan, date(2021, 9, 1)) == before
    assert [h.result for h in services.progress.history(task)] == ["Đang làm"]


def test_deadline_phrase_is_kept_and_understood(services: Services, plan: int) -> None:
    task = services.nodes.add(plan, None, None, label="1", text="Ban hành kế hoạch")
    services.nodes.set_deadline(task, "xong trước ngày 30/4/2022")
    view = services.plans.tree(plan, date(2022, 1, 1))[0]
    assert view.deadline_phrase == "xong trước ngày 30/4/2022"
    assert view.due_date == date(2022, 4, 30)
    services.nodes.set_deadline(task, "xong trước ngày 30/4/2022", override=date(2022, 5, 15))
    assert services.plans.tree(plan, date(2022, 1, 1))[0].due_date == date(2022, 5, 15)


def test_state_follows_progress_of_every_lead_including_group_members(services: Services, plan: int) -> None:
    a = services.agencies.create("Sở Nội vụ", kind="so")
    b = services.agencies.create("Sở Tài chính", kind="so")
    group = services.agencies.create_group("Các sở, ban, ngành", [a, b])
    task = services.nodes.add(plan, None, None, label="1", text="Rà soát")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", group_id=group)])
    services.nodes.set_deadline(task, "trước ngày 31/12/2021")
    state = lambda day: services.plans.tree(plan, day)[0].state  # noqa: E731
    assert state(date(2021, 9, 1)) == TaskState.NOT_DUE
    services.progress.record(ProgressEntry(task, a, "2021-Q4", "done", reported_on=date(2021, 12, 1)))
    assert state(date(2021, 12, 2)) == TaskState.IN_PROGRESS_ON_TIME
    assert state(date(2022, 1, 5)) == TaskState.IN_PROGRESS_OVERDUE
    services.progress.record(ProgressEntry(task, b, "2021-Q4", "done", reported_on=date(2021, 12, 20)))
    assert state(date(2022, 1, 5)) == TaskState.DONE_ON_TIME
    assert services.plans.tree(plan, date(2022, 1, 5))[0].percent == 100
    summary = services.plans.list_plans(date(2022, 1, 5))[0]
    assert (summary.task_count, summary.done_count) == (1, 1)


def test_every_write_leaves_an_audit_entry(services: Services, plan: int) -> None:
    node = services.nodes.add(plan, None, None, label="1", text="Gốc")
    services.nodes.update(node, None, text="Mới")
    with services.database.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "PlanNode")).all()
        assert [(e.action, e.field, e.old, e.new) for e in entries][-1] == ("update", "text", "Gốc", "Mới")
        assert all(e.user == "tester" for e in entries)


def test_bad_input_changes_nothing(services: Services, plan: int) -> None:
    with pytest.raises(InputError):
        services.plans.create_plan("   ")
    with pytest.raises(InputError):
        services.nodes.add(plan, None, None, kind="chapter")
    with pytest.raises(NotFoundError):
        services.nodes.update(999, None, text="x")
    node = services.nodes.add(plan, None, None, label="1", text="Gốc")
    with pytest.raises(NotFoundError):
        services.nodes.set_assignments(node, [AssigneeSpec("lead", agency_id=42)])
    assert services.plans.tree(plan)[0].assignees == ()
    services.plans.delete_plan(plan)
    assert services.plans.list_plans() == []
