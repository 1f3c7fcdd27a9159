"""Lead agencies named once, in the lead-in sentence above a list (issue #10).

Resolutions and programmes often name the actors in one sentence (`Các bộ, ... tập trung thực hiện
các nhiệm vụ, giải pháp sau:`, `Yêu cầu các sở, ban, ngành ...:`, `Giao Sở X chủ trì, phối hợp với
... thực hiện:`) and list the duties below it with no agency of their own. Every item of the list,
however deeply nested, inherits that lead (and the partners as support); an item that names its own
actor keeps it. Each case is a short document of one general shape read through the whole pipeline.
"""
from __future__ import annotations

from pathlib import Path

from app.importers import import_plan_file

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 10 tháng 1 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện các nhiệm vụ trọng tâm năm 2026\n")
FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
PURPOSE = "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả chỉ đạo, điều hành.\n"


def _leads(tmp_path: Path, body: str) -> dict[str, tuple[list[str], list[str]]]:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + FOOT, encoding="utf-8")
    plan = import_plan_file(path)
    return {"/".join(t.path): (list(t.lead), list(t.support)) for t in plan.tasks()}


def test_section_lead_in_over_numbered_and_lettered_items(tmp_path: Path) -> None:
    """`II. NHIỆM VỤ` / `Các sở, ngành, UBND các huyện tập trung thực hiện các nhiệm vụ sau:` /
    `1.` / `a)`: every item inherits the lead-in's actors, the one naming its own keeps it."""
    leads = _leads(tmp_path, PURPOSE + (
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã tập trung thực hiện các nhiệm vụ, giải pháp sau:\n"
        "1. Đẩy mạnh cải cách thể chế\n"
        "a) Rà soát, sửa đổi các văn bản quy phạm pháp luật còn chồng chéo.\n"
        "b) Sở Tư pháp chủ trì thẩm định các dự thảo văn bản trong quý II năm 2026.\n"
        "2. Tăng cường chuyển đổi số trong các cơ quan nhà nước.\n"))
    group = ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã"]
    assert leads["II/1/a"][0] == group
    assert leads["II/1/b"][0] == ["Sở Tư pháp"]
    assert leads["II/2"][0] == group


def test_giao_lead_in_hands_lead_and_partners_to_its_items(tmp_path: Path) -> None:
    """`Giao Sở X chủ trì, phối hợp với Sở Y, Văn phòng Z thực hiện:` above `1.` `2.`: the partners
    are the support of every item."""
    leads = _leads(tmp_path, PURPOSE + (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Văn phòng Ủy ban nhân dân tỉnh thực hiện:\n"
        "1. Theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
        "2. Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2026.\n"))
    expected = (["Sở Tư pháp"], ["Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh"])
    assert leads["II/1"] == expected
    assert leads["II/2"] == expected


def test_yeu_cau_lead_in_over_nested_lists(tmp_path: Path) -> None:
    """`Yêu cầu các sở, ...:` above lettered items whose dashes are the duties: the dashes inherit
    through the level between, a dash naming its own presiding body keeps it."""
    leads = _leads(tmp_path, PURPOSE + (
        "II. NHIỆM VỤ\n"
        "Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các huyện thực hiện các nhiệm vụ sau:\n"
        "1. Đẩy nhanh tiến độ các dự án giao thông trọng điểm\n"
        "- Hoàn thành giải phóng mặt bằng trước tháng 6 năm 2026.\n"
        "- Sở Tài chính chủ trì bố trí đủ vốn đầu tư công.\n"
        "2. Công khai thủ tục hành chính tại bộ phận một cửa.\n"))
    group = ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện"]
    assert leads["II/1/•1"][0] == group
    assert leads["II/1/•2"][0] == ["Sở Tài chính"]
    assert leads["II/2"][0] == group


def test_item_naming_one_of_the_lead_in_partners_is_its_own(tmp_path: Path) -> None:
    """`Sở X chủ trì, phối hợp với Sở Y, UBND các huyện thực hiện các nội dung sau:` then `- UBND các huyện
    bố trí vốn đối ứng.`: the item opens with one of the partners, which is its actor; the others inherit."""
    leads = _leads(tmp_path, PURPOSE + (
        "II. NHIỆM VỤ\n"
        "1. Về hạ tầng giao thông\n"
        "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, UBND các huyện thực hiện các nội dung sau:\n"
        "a) Đẩy nhanh tiến độ các dự án giao thông trọng điểm.\n"
        "b) Nâng cấp đường huyện, đường xã\n"
        "- Lập danh mục công trình ưu tiên.\n"
        "- UBND các huyện bố trí vốn đối ứng.\n"))
    assert leads["II/1/a"] == (["Sở Xây dựng"], ["Sở Tài chính", "UBND các huyện"])
    assert leads["II/1/b/•1"][0] == ["Sở Xây dựng"]
    assert leads["II/1/b/•2"][0] == ["UBND các huyện"]
