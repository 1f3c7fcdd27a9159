"""How a plan is named in a line: its number, else its kind and shortened title — never empty (window10)."""
from __future__ import annotations

from app.domain.plan_names import plan_caption, plan_choice, plan_heading, shortened


def test_a_numbered_plan_is_named_by_its_number() -> None:
    assert plan_caption(" 177/KH-UBND ", "KH", "Triển khai Nghị quyết") == "177/KH-UBND"
    heading = plan_heading("177/KH-UBND", "KH", "Triển khai  Nghị quyết")
    assert heading == "Kế hoạch số 177/KH-UBND: Triển khai Nghị quyết"


def test_a_plan_without_number_is_named_by_its_kind_and_the_start_of_its_title() -> None:
    title = "Về nâng cao chất lượng đội ngũ cán bộ diện Ban Thường vụ Thành ủy quản lý"
    assert plan_caption(None, "NQ", title) == "Nghị quyết “Về nâng cao chất lượng đội ngũ…”"
    assert plan_caption("", None, "Thực hiện Chỉ thị") == "Kế hoạch “Thực hiện Chỉ thị”"  # no kind read: a plan
    assert plan_caption(None, "CTr", "") == "Chương trình"
    assert plan_heading(None, "NQ", title) == f"Nghị quyết: {title}"  # never `Kế hoạch số :`
    assert plan_heading(None, None, None) == "Kế hoạch"


def test_shortened_cuts_at_a_whole_word() -> None:
    assert shortened("Một hai ba", 40) == "Một hai ba"
    assert shortened("Tăng cường kỷ luật, kỷ cương hành chính", 20) == "Tăng cường kỷ luật…"
    assert shortened("Khôngcókhoảngtrắngnàocả", 10) == "Khôngcókho…"


def test_a_plan_to_choose_shows_its_kind_where_it_has_no_number() -> None:
    assert plan_choice("177/KH-UBND", "KH", "Triển khai") == "177/KH-UBND — Triển khai"
    assert plan_choice(None, "NQ", "Về  công tác cán bộ") == "Nghị quyết — Về công tác cán bộ"  # not `— Về …`
    assert plan_choice(None, None, "") == "Kế hoạch"
