"""The agency directory (app/services/agencies.py), progress (progress.py) and targets (targets.py)."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ConflictError, InputError
from app.services import Services
from app.services.nodes import AssigneeSpec
from app.services.progress import ProgressEntry


def test_find_ignores_case_diacritics_and_d_and_knows_aliases(services: Services) -> None:
    snv = services.agencies.create("Sở Nội vụ", kind="so", short_name="SNV", aliases=["Sở NV"])
    dd = services.agencies.create("UBND quận Đống Đa", kind="quan_huyen")
    assert [a.id for a in services.agencies.find("noi vu")] == [snv]
    assert [a.id for a in services.agencies.find("dong da")] == [dd]
    assert [a.id for a in services.agencies.find("ĐỐNG")] == [dd]
    assert [a.id for a in services.agencies.find("so nv")] == [snv]
    assert [a.id for a in services.agencies.find("snv")] == [snv]
    assert services.agencies.resolve("SỞ NỘI VỤ") == snv
    assert services.agencies.resolve("Sở Nội vụ Hà Nội") is None


def test_duplicates_are_refused_and_sorted_vietnamese(services: Services) -> None:
    services.agencies.create("Sở Y tế", kind="so")
    services.agencies.create("Ban Tổ chức Thành ủy", kind="dang")
    services.agencies.create("Đài Phát thanh và Truyền hình", kind="other")
    services.agencies.create("Sở Du lịch", kind="so")
    with pytest.raises(ConflictError):
        services.agencies.create("SỞ Y TẾ")
    with pytest.raises(InputError):
        services.agencies.create("  ")
    names = [a.name for a in services.agencies.list_agencies()]
    assert names == ["Ban Tổ chức Thành ủy", "Đài Phát thanh và Truyền hình", "Sở Du lịch", "Sở Y tế"]


def test_merge_moves_everything_and_keeps_the_old_name_as_alias(services: Services) -> None:
    keep = services.agencies.create("Sở Thông tin và Truyền thông", kind="so")
    dup = services.agencies.create("Sở TT&TT", kind="so", proposed=True)
    services.agencies.create_group("Các sở, ban, ngành", [dup])
    plan = services.plans.create_plan("Kế hoạch chuyển đổi số")
    task = services.nodes.add(plan, None, None, label="1", text="Xây dựng cơ sở dữ liệu")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=dup)])
    services.progress.record(ProgressEntry(task, dup, "2024-Q1", "in_progress", 30), today=date(2024, 3, 1))
    services.agencies.merge(keep, dup)
    view = services.plans.tree(plan, date(2024, 3, 2))[0]
    assert view.lead_names == ["Sở Thông tin và Truyền thông"]
    assert [h.agency_id for h in services.progress.history(task)] == [keep]
    assert services.agencies.list_groups()[0].member_ids == (keep,)
    assert services.agencies.resolve("Sở TT&TT") == keep
    assert [a.id for a in services.agencies.list_agencies()] == [keep]
    with pytest.raises(InputError):
        services.agencies.merge(keep, keep)


def test_recording_the_same_period_twice_updates_instead_of_duplicating(services: Services) -> None:
    agency = services.agencies.create("Sở Nội vụ", kind="so")
    plan = services.plans.create_plan("Kế hoạch")
    task = services.nodes.add(plan, None, None, label="1", text="Việc")
    first = services.progress.record(ProgressEntry(task, agency, "2024-Q1", "in_progress", 30, "Bắt đầu"),
                                     today=date(2024, 3, 1))
    again = services.progress.record(ProgressEntry(task, agency, "2024-Q1", "done", None, "Xong"),
                                     expected_version=1, today=date(2024, 3, 10))
    assert first == again
    [row] = services.progress.history(task)
    assert (row.status, row.percent, row.result, row.done_on) == ("done", 100, "Xong", date(2024, 3, 10))


@pytest.mark.parametrize(("entry", "message"), [
    (dict(period="2024-Q5"), "kỳ"),
    (dict(status="finished"), "Tình trạng"),
    (dict(percent=140), "0 đến 100"),
    (dict(done_on=date(2024, 1, 1)), "ngày hoàn thành"),
])
def test_bad_progress_is_refused_with_a_clear_message(services: Services, entry: dict, message: str) -> None:
    agency = services.agencies.create("Sở Nội vụ", kind="so")
    plan = services.plans.create_plan("Kế hoạch")
    task = services.nodes.add(plan, None, None, label="1", text="Việc")
    fields = dict(node_id=task, agency_id=agency, period="2024-Q1", status="in_progress", percent=10) | entry
    with pytest.raises(InputError, match=message):
        services.progress.record(ProgressEntry(**fields))
    assert services.progress.history(task) == []


def test_targets_and_measurements(services: Services) -> None:
    plan = services.plans.create_plan("Nghị quyết về cán bộ")
    target = services.targets.add(plan, indicator="cán bộ nữ", comparator=">=", value=15, unit="%",
                                  deadline_phrase="Đến năm 2025")
    services.targets.add_measurement(target, date(2024, 12, 31), 13.5)
    [view] = services.targets.list_targets(plan)
    assert (view.indicator, view.value, [m.value for m in view.measurements]) == ("cán bộ nữ", 15.0, [13.5])
    with pytest.raises(InputError):
        services.targets.add(plan, indicator="x", comparator="approximately", value=1)


def test_only_unused_agencies_and_groups_can_be_deleted(services: Services) -> None:
    fresh = services.agencies.create("Sở Du lịch", kind="so")
    used = services.agencies.create("Sở Nội vụ", kind="so")
    group = services.agencies.create_group("Các sở", [fresh, used])
    plan = services.plans.create_plan("Kế hoạch")
    task = services.nodes.add(plan, None, None, label="1", text="Việc")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=used)])
    with pytest.raises(ConflictError):
        services.agencies.delete(used)
    services.agencies.delete(fresh)
    assert [a.name for a in services.agencies.list_agencies()] == ["Sở Nội vụ"]
    services.agencies.delete_group(group)
    assert services.agencies.list_groups() == []
