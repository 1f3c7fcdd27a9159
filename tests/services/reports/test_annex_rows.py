"""The rows of a report's task table (Phụ lục I, the task list) in the plan's numbering.

Walked (session 15, genre 12_laocai_cqs): `2. Nhiệm vụ cụ thể` holds `a. Công an tỉnh` (a group of two tasks), then
`b. Văn phòng Ủy ban nhân dân tỉnh chủ trì …` (a task): the annex printed b's row under the group row `a. Công an
tỉnh`, as if the Văn phòng's task were the police's. A task after a group row of its own level shows its label."""

from __future__ import annotations

from app.exporters.content import ResultGroup, ResultTask
from app.services.reports.collect import result_items
from app.services.views import NodeView


def _node(node_id: int, parent: int | None, label: str, kind: str, text: str, depth: int) -> NodeView:
    return NodeView(id=node_id, plan_id=1, parent_id=parent, position=node_id, depth=depth, label=label, kind=kind,
                    text=text, assignees=(), deadline=None, due_date=None, state=None, percent=None, version=1)


def test_a_task_after_a_group_of_its_level_shows_its_own_label() -> None:
    views = [_node(1, None, "2", "section", "Nhiệm vụ cụ thể", 0),
             _node(2, 1, "a", "section", "Công an tỉnh", 1),
             _node(3, 2, "•1", "task", "Chủ trì đẩy mạnh cấp căn cước", 2),
             _node(4, 2, "•2", "task", "Phối hợp với Sở Thông tin và Truyền thông", 2),
             _node(5, 1, "b", "task", "Văn phòng Ủy ban nhân dân tỉnh chủ trì tái cấu trúc quy trình", 1),
             _node(6, None, "3", "task", "Tổ chức sơ kết", 0)]
    items = result_items(views, None)
    rows = [(type(i).__name__, i.stt if isinstance(i, ResultTask) else "", i.text if isinstance(i, ResultTask)
             else i.title) for i in items]
    assert rows == [("ResultGroup", "", "Nhiệm vụ cụ thể"), ("ResultGroup", "", "Công an tỉnh"),
                    ("ResultTask", "1", "Chủ trì đẩy mạnh cấp căn cước"),
                    ("ResultTask", "2", "Phối hợp với Sở Thông tin và Truyền thông"),
                    ("ResultTask", "3", "b. Văn phòng Ủy ban nhân dân tỉnh chủ trì tái cấu trúc quy trình"),
                    ("ResultTask", "4", "3. Tổ chức sơ kết")]  # after `2. Nhiệm vụ cụ thể` at its level
    assert isinstance(items[0], ResultGroup)


def test_a_cut_task_never_ends_on_a_dash() -> None:
    """Walked: Phụ lục I printed `Triển khai dịch vụ công liên thông đăng ký khai sinh -…`: the cut kept the dash that
    joined the next service. The cut drops a dash or a colon before its `…`, as it drops a comma."""
    from app.services.reports.condense import short_task

    text = "Triển khai dịch vụ công liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế"
    assert short_task(text, 12) == "Triển khai dịch vụ công liên thông đăng ký khai sinh…"
    cut = short_task("Rà soát, cắt giảm thủ tục – điều kiện kinh doanh còn chồng chéo", 6)
    assert cut == "Rà soát, cắt giảm thủ tục…"
