"""Plan ▸ Approve period report… / Unlock approved period…: the services' refusals are shown as
they are; an approval locks the period's progress (app/ui/shell/window_commands.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.domain.periods import Period
from app.ui.shell.main_window import MainWindow


def test_approve_and_unlock_from_the_plan_menu(window: MainWindow, prompter: Any, services: Any,
                                               sample_plan: dict[str, int], tmp_path: Path) -> None:
    plan = sample_plan["plan"]
    assert window.registry["plan.approve"] in window.menus["plan"].actions()
    assert window.registry["plan.approve"].text().replace("&", "") == "Phê duyệt báo cáo kỳ…"
    prompter.answers.append("2021-Q3")
    assert not window.commands.approve_period()  # the tester is a clerk: clerks do not approve
    assert "không có quyền phê duyệt" in prompter.errors[-1]

    services.users.add("tester", "leader")
    prompter.answers.append("2021-Q3")
    assert not window.commands.approve_period()
    assert "Chưa in báo cáo kỳ 2021-Q3" in prompter.errors[-1]
    content = services.reports.progress(plan, Period.parse("2021-Q3"), dt.date(2021, 9, 14))
    services.reports.export(content, "docx", tmp_path / "bc.docx", plan_id=plan, period="2021-Q3")
    prompter.answers.append("Quý III năm 2021")  # typed by its name, as the clerk says it
    assert window.commands.approve_period()
    assert prompter.messages[-1] == "Đã phê duyệt báo cáo Quý III năm 2021; số liệu tiến độ của kỳ đã khóa."

    prompter.answers.append("2021-Q3")
    assert not window.commands.unlock_period()  # a leader does not unlock
    assert "không có quyền mở khóa" in prompter.errors[-1]
