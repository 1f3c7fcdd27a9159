"""The period's tasks no workbook asks about, and why: the group they are assigned to has no members.

A plan names groups (`Các bộ, ngành, địa phương`, `UBND các huyện`); storing it proposes each as a group with
no members, and a workbook goes to a group's members — so a task assigned only to such groups is in no
workbook at all, and one led by such a group is asked of its other agencies only. On the 140-row annex of
session 12 (16 proposed groups) the clerk was told only how many forms were written, and the groups' tasks
went unasked without a word. The export now says, per group, which tasks wait for it and what fixes it:
filling the group's members in the directory (`AgencyService.set_group_members`), then sending the period's
forms to those members.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.periods import Period, code_name
from app.domain.register import is_open
from app.domain.text import printed_label, sort_key
from app.services.register import task_duties, window_scheme
from app.services.task_states import load_node_views

SHOWN_TASKS = 5  # a group's tasks named in the message; the rest are counted


@dataclass(frozen=True)
class UnsentTask:
    """A task open in the period that an empty group is assigned to."""

    node_id: int
    label: str
    text: str
    role: str  # "lead" or "support": the group's role on the task
    in_no_form: bool  # no agency at all is asked about the task


@dataclass(frozen=True)
class EmptyGroup:
    """A group with no members and the period's tasks that wait for it."""

    group_id: int
    name: str
    tasks: tuple[UnsentTask, ...]


def empty_groups(s: Session, plan_id: int, period: Period, as_of: dt.date) -> list[EmptyGroup]:
    """The groups without members that tasks open in `period` are assigned to, in Vietnamese order of name;
    each task in the plan's order."""
    window = period.window(window_scheme(s))
    duties = {duty.node_id: duty for duty in task_duties(s, plan_id, as_of)}
    found: dict[int, tuple[str, list[UnsentTask]]] = {}
    for node in load_node_views(s, plan_id, as_of):  # the plan's document order
        duty = duties.get(node.id)
        if duty is None or not is_open(duty, window):
            continue
        for a in node.assignees:
            if a.group_id is not None and not a.member_ids:
                tasks = found.setdefault(a.group_id, (a.name, []))[1]
                if not tasks or tasks[-1].node_id != node.id:  # a group both leads and supports: one line
                    tasks.append(UnsentTask(node.id, node.label, node.text, a.role, not duty.agencies))
    return [EmptyGroup(group_id, name, tuple(tasks))
            for group_id, (name, tasks) in sorted(found.items(), key=lambda item: sort_key(item[1][0]))]


def unreached_message(groups: list[EmptyGroup], period_code: str) -> str:
    """What the clerk reads after (or instead of) sending the forms: each group, its tasks, and the step."""
    lost = {t.node_id for g in groups for t in g.tasks if t.in_no_form}
    lines = [f"{len(groups)} nhóm chưa có thành viên nên không ai nhận phiếu về các nhiệm vụ giao cho nhóm"
             + (f" ({len(lost)} nhiệm vụ không có trong phiếu nào):" if lost else ":")]
    for group in groups:
        alone = sum(t.in_no_form for t in group.tasks)
        count = len(group.tasks)
        lost_here = ("" if not alone else ", không có trong phiếu nào" if alone == count == 1
                     else f", cả {count} đều không có trong phiếu nào" if alone == count
                     else f", {alone} trong đó không có trong phiếu nào")
        lines.append(f"- Nhóm «{group.name}»: {count} nhiệm vụ{lost_here}:")
        for task in group.tasks[:SHOWN_TASKS]:
            role = "chủ trì" if task.role == "lead" else "phối hợp"
            where = "không có trong phiếu nào" if task.in_no_form else "chỉ hỏi các cơ quan khác"
            lines.append(f"    {_named(task)} (nhóm {role}; {where})")
        if len(group.tasks) > SHOWN_TASKS:
            lines.append(f"    … và {len(group.tasks) - SHOWN_TASKS} nhiệm vụ khác.")
    lines.append(f"Cách khắc phục: mở thẻ «Cơ quan, đơn vị», chọn từng nhóm trên, đánh dấu các cơ quan thành viên "
                 f"và bấm «Lưu thành viên»; rồi gửi phiếu {code_name(period_code)} cho các cơ quan thành viên đó.")
    return "\n".join(lines)


def _named(task: UnsentTask) -> str:
    """`3. Xây dựng hệ thống…`: the task's number in the plan (none for a bullet item) and the start of its text."""
    text = " ".join(task.text.split())
    short = text if len(text) <= 90 else text[:89].rsplit(" ", 1)[0] + "…"
    label = printed_label(task.label).rstrip(".")
    return f"{label}. {short}" if label[:1].isalnum() else short
