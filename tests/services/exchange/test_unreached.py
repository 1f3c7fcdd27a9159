"""Tasks no form asks about because their group has no members, said with the step that fixes it.

Storing the 140-row annex proposed 16 groups without members (`Các bộ, ngành, địa phương`, …); sending its
forms wrote 31 and said only that — 13 tasks of `Các bộ, ngành, địa phương` alone were in no form, and nobody
was told. The export now names each such group, its tasks open in the period (those in no form at all
marked), and the step: fill the group's members in the directory, then send the period's forms to them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.__main__ import main
from app.domain.periods import Period
from app.errors import InputError
from app.services import Services
from app.services.exchange import unreached_message
from app.services.nodes import AssigneeSpec
from tests.services.exchange.conftest import AS_OF, planned

Q4 = Period.parse("2021-Q4")


@pytest.fixture
def groups(services: Services, plan: dict[str, int]) -> dict[str, int]:
    """`Các sở, ban, ngành` (no members) leads a new task 4 alone and supports task 3 (led by Sở Tài chính)."""
    empty = services.agencies.create_group("Các sở, ban, ngành", [])
    t4 = services.nodes.add(plan["plan"], None, None, label="4", text="Rà soát quy hoạch mạng lưới " * 6)
    services.nodes.set_assignments(t4, [AssigneeSpec("lead", group_id=empty)])
    services.nodes.set_deadline(t4, "trong Quý IV/2021")
    services.nodes.set_assignments(plan["t3"], [AssigneeSpec("lead", agency_id=plan["Sở Tài chính"]),
                                                AssigneeSpec("support", group_id=empty)])
    return {"empty": empty, "t4": t4}


def test_the_export_says_which_tasks_wait_for_a_group_without_members(services: Services, plan, groups,
                                                                     tmp_path: Path) -> None:
    files = services.exchange.export(plan["plan"], Q4, tmp_path / "out", as_of=AS_OF)
    assert len(files) == 4, "the four agencies' forms, none for the group"
    [group] = services.exchange.empty_groups(plan["plan"], Q4, as_of=AS_OF)
    assert (group.group_id, group.name) == (groups["empty"], "Các sở, ban, ngành")
    assert [(t.node_id, t.role, t.in_no_form) for t in group.tasks] == [
        (plan["t3"], "support", False), (groups["t4"], "lead", True)], "in the plan's order"
    message = unreached_message([group], Q4.code)
    assert message.splitlines()[0] == ("1 nhóm chưa có thành viên nên không ai nhận phiếu về các nhiệm vụ giao cho "
                                       "nhóm (1 nhiệm vụ không có trong phiếu nào):")
    assert "- Nhóm «Các sở, ban, ngành»: 2 nhiệm vụ, 1 trong đó không có trong phiếu nào:" in message
    assert "    3. Bố trí kinh phí thực hiện (nhóm phối hợp; chỉ hỏi các cơ quan khác)" in message
    [line] = [line for line in message.splitlines() if line.startswith("    4. Rà soát quy hoạch mạng lưới Rà soát")]
    assert line.endswith("… (nhóm chủ trì; không có trong phiếu nào)"), "a long task shortened at a word"
    assert message.endswith("chọn từng nhóm trên, đánh dấu các cơ quan thành viên và bấm «Lưu thành viên»; rồi gửi "
                            "phiếu Quý IV năm 2021 cho các cơ quan thành viên đó.")


def test_filling_the_groups_members_sends_its_tasks(services: Services, plan, groups, tmp_path: Path) -> None:
    services.agencies.set_group_members(groups["empty"], [plan["Sở Nội vụ"]])
    assert services.exchange.empty_groups(plan["plan"], Q4, as_of=AS_OF) == []
    [form] = services.exchange.export(plan["plan"], Q4, tmp_path / "out", agency_ids=[plan["Sở Nội vụ"]],
                                      as_of=AS_OF)
    assert form.rows == 4, "tasks 1, 2 (its own), 3 and 4 (through the group)"


def test_a_plan_whose_tasks_all_wait_for_empty_groups_is_refused_with_the_reason(services: Services, plan, groups,
                                                                                tmp_path: Path) -> None:
    lone = services.plans.create_plan("Kế hoạch chuyển đổi số", number="9/KH-UBND", issued_on=AS_OF)
    task = services.nodes.add(lone, None, None, label="1", text="Số hóa hồ sơ")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", group_id=groups["empty"])])
    services.nodes.set_deadline(task, "trong Quý IV/2021")
    with pytest.raises(InputError) as refused:
        services.exchange.export(lone, Q4, tmp_path / "out", as_of=AS_OF)
    assert refused.value.message.startswith(
        "Kế hoạch số 9/KH-UBND không có nhiệm vụ nào phải báo cáo trong kỳ 2021-Q4 gửi được cho cơ quan nào. 1 nhóm "
        "chưa có thành viên")
    assert "Nhóm «Các sở, ban, ngành»: 1 nhiệm vụ, không có trong phiếu nào" in refused.value.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_command_line_prints_the_groups_after_the_forms(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with planned(tmp_path) as (services, ids):
        empty = services.agencies.create_group("Các sở, ban, ngành", [])
        services.nodes.set_assignments(ids["t3"], [AssigneeSpec("lead", group_id=empty)])
    database_file = tmp_path / "theodoi.db"
    args = ["exchange", "export", "--db", str(database_file), "--plan", "5/KH-UBND", "--period", "2021-Q4",
            "--as-of", "2021-12-01"]
    assert main([*args, "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "4 phiếu báo cáo kỳ 2021-Q4.\n1 nhóm chưa có thành viên" in out
    assert "    3. Bố trí kinh phí thực hiện (nhóm chủ trì; không có trong phiếu nào)" in out
    assert main([*args, "--out", str(tmp_path / "again"), "--json"]) == 0
    [group] = json.loads(capsys.readouterr().out)["empty_groups"]
    assert (group["group"], group["tasks"]) == ("Các sở, ban, ngành", [
        {"task_id": ids["t3"], "label": "3", "role": "lead", "in_no_form": True}])
