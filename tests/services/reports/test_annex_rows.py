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


def _led(node_id: int, text: str, *leads: str) -> NodeView:
    from dataclasses import replace

    from app.services.views import AssigneeView

    return replace(_node(node_id, None, "", "task", text, 0),
                   assignees=tuple(AssigneeView("lead", name, agency_id=k) for k, name in enumerate(leads)))


def test_a_task_worded_by_its_lead_is_cut_after_the_lead() -> None:
    """Walked (session 18, real7 aa9207595bc9782d, 134/KH-UBND of UBND tỉnh Lào Cai): Phụ lục I printed `Ban Quản lý
    Khu kinh tế và Ban Quản lý các Khu…` beside the same two names in the lead column — twelve words spent on who, none
    on what. The words naming the task's own lead (up to its `chủ trì`; `UBND` for `Ủy ban nhân dân`; a namesake's
    `(Lào Cai)` note ignored) are not counted, as section II already did not count them."""
    views = [
        _led(1, "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh chủ trì tham mưu thực hiện thủ tục "
                "chấp thuận chủ trương đầu tư các dự án đầu tư vào khu công nghiệp theo quy định pháp luật",
             "Ban Quản lý Khu kinh tế", "Ban Quản lý các Khu công nghiệp tỉnh"),
        _led(2, "UBND cấp xã chủ trì, phối hợp với các Sở, ban ngành thực hiện bồi thường, giải phóng mặt bằng các "
                "khu, cụm công nghiệp trên địa bàn theo kế hoạch", "Ủy ban nhân dân cấp xã"),
        _led(3, "Sở Khoa học và Công nghệ chủ trì: Ít nhất 30% doanh nghiệp trong các khu, cụm công nghiệp được hỗ "
                "trợ đổi mới công nghệ", "Sở Khoa học và Công nghệ (Lào Cai)"),
        _led(5, "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh đầu tư, hoàn thiện đồng bộ hạ tầng kỹ "
                "thuật (giao thông, cấp điện) tại các khu công nghiệp", "Ban Quản lý Khu kinh tế",
             "Ban Quản lý các Khu công nghiệp tỉnh"),
        _led(4, "Rà soát, đánh giá trình độ công nghệ của doanh nghiệp trong các khu, cụm công nghiệp trên địa bàn "
                "tỉnh", "Sở Khoa học và Công nghệ (Lào Cai)"),
    ]
    texts = [i.text for i in result_items(views, None, concise=True) if isinstance(i, ResultTask)]
    assert texts == [
        "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh chủ trì tham mưu thực hiện thủ tục chấp "
        "thuận chủ trương đầu tư…",
        "UBND cấp xã chủ trì, phối hợp với các Sở, ban ngành thực hiện bồi thường, giải…",
        "Sở Khoa học và Công nghệ chủ trì: Ít nhất 30% doanh nghiệp trong các khu, cụm công nghiệp được…",
        "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh đầu tư, hoàn thiện đồng bộ hạ tầng kỹ thuật "
        "(giao thông…",  # the leads joined by `và`, no `chủ trì`
        "Rà soát, đánh giá trình độ công nghệ của doanh nghiệp trong…",  # no lead named: twelve words as before
    ]
