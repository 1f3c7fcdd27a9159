"""A plan with five agencies, a group and three tasks, ready for exchange workbooks."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import Services
from app.services.nodes import AssigneeSpec

AS_OF = date(2021, 12, 1)


@pytest.fixture
def plan(services: Services) -> dict[str, int]:
    ids = {name: services.agencies.create(name, kind="so") for name in
           ("Sở Nội vụ", "Sở Tài chính", "UBND quận Ba Đình", "UBND quận Đống Đa")}
    group = services.agencies.create_group("UBND các quận", [ids["UBND quận Ba Đình"], ids["UBND quận Đống Đa"]])
    plan = services.plans.create_plan("Kế hoạch cải cách hành chính năm 2021", number="5/KH-UBND",
                                      issued_on=date(2021, 1, 10))
    section = services.nodes.add(plan, None, None, label="II", kind="section", text="NHIỆM VỤ")
    t1 = services.nodes.add(plan, section, None, label="1", text="Rà soát, đơn giản hóa thủ tục hành chính")
    services.nodes.set_assignments(t1, [AssigneeSpec("lead", agency_id=ids["Sở Nội vụ"]),
                                        AssigneeSpec("support", group_id=group)])
    services.nodes.set_deadline(t1, "trong Quý IV/2021")
    t2 = services.nodes.add(plan, section, None, label="2", text="Tuyên truyền về cải cách hành chính")
    services.nodes.set_assignments(t2, [AssigneeSpec("lead", agency_id=ids["Sở Nội vụ"]),
                                        AssigneeSpec("support", agency_id=ids["Sở Tài chính"])])
    services.nodes.set_deadline(t2, "Thường xuyên")
    t3 = services.nodes.add(plan, section, None, label="3", text="Bố trí kinh phí thực hiện")
    services.nodes.set_assignments(t3, [AssigneeSpec("lead", agency_id=ids["Sở Tài chính"])])
    services.nodes.set_deadline(t3, "trong năm 2021")
    return {"plan": plan, "t1": t1, "t2": t2, "t3": t3, "group": group, **ids}
