"""An edit longer than its column — a plan's number or issuer, a task's label, a target's unit — is refused with
the field named in Vietnamese, on both engines, and nothing changes (`Service.apply_changes`).

Before the fix PostgreSQL refused it with a bare `DataError` (a crash in the shared office) and SQLite stored
it, to be printed as a paragraph in the number line, the letterhead or a table's narrow column.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_plan_import import _plan as _imported

from app.errors import InputError
from app.services import Services

EDITS: dict[str, tuple[Callable[[Services, dict[str, int]], object], str]] = {
    "plan number": (lambda s, ids: s.plans.update_plan(ids["plan"], s.plans.plan(ids["plan"]).version,
                                                       number="5/KH-UBND " * 10),
                    "Số ký hiệu quá dài (100 ký tự, tối đa 80)"),
    "plan issuer": (lambda s, ids: s.plans.update_plan(ids["plan"], s.plans.plan(ids["plan"]).version,
                                                       issuer="Ủy ban nhân dân " * 20), "Cơ quan ban hành quá dài"),
    "task label": (lambda s, ids: s.nodes.update(ids["task"], None, label="1.2.3.4.5." * 5), "Số thứ tự quá dài"),
    "target unit": (lambda s, ids: s.targets.update(ids["target"], s.targets.list_targets(ids["plan"])[0].version,
                                                    unit="đơn vị tính " * 5), "Đơn vị tính quá dài"),
}


def _plan(services: Services) -> dict[str, int]:
    plan = services.plans.create_plan("Kế hoạch cải cách hành chính năm 2021", number="5/KH-UBND")
    task = services.nodes.add(plan, None, None, label="1", text="Rà soát thủ tục hành chính")
    target = services.targets.add(plan, indicator="Tỷ lệ hồ sơ trực tuyến", comparator=">=", value=80, unit="%")
    return {"plan": plan, "task": task, "target": target}


def _state(services: Services, ids: dict[str, int]) -> tuple[object, ...]:
    return (services.plans.plan(ids["plan"]), services.plans.tree(ids["plan"]),
            services.targets.list_targets(ids["plan"]))


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edit_longer_than_its_column_is_refused_naming_the_field(services: Services, edit: str) -> None:
    ids = _plan(services)
    before = _state(services, ids)
    change, said = EDITS[edit]
    with pytest.raises(InputError) as caught:
        change(services, ids)
    assert caught.value.message.startswith(said), caught.value.message
    assert _state(services, ids) == before


def test_a_header_typed_too_long_in_the_review_is_refused_at_storing(services: Services) -> None:
    """The review's header is typed by the clerk (or read long by the importer): storing names the field instead
    of crashing on PostgreSQL, and stores nothing."""
    with pytest.raises(InputError, match="^Số ký hiệu quá dài"):
        services.plan_import.store(_imported(number="12/KH-UBND " * 10))
    assert services.plans.list_plans(with_progress=False) == []
