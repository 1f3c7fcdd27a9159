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


def test_government_lead_in_after_a_purpose_clause_over_headed_sections(tmp_path: Path) -> None:
    """`II. NHIỆM VỤ CỤ THỂ` / `Nhằm …, các Bộ, cơ quan ngang Bộ, …, Ủy ban nhân dân các tỉnh … cần … thực hiện
    các nhiệm vụ sau đây:` / `### 1.` / `a)`: a resolution's programme names its addressees once, the kind `Bộ`
    capitalised; every lettered item is theirs, as two groups."""
    leads = _leads(tmp_path, (
        "## I. MỤC TIÊU\n\n1. Xác định nhiệm vụ cụ thể để các Bộ, ngành, địa phương xây dựng kế hoạch.\n\n"
        "## II. NHIỆM VỤ CỤ THỂ\n\n"
        "Nhằm đạt được mục tiêu đề ra, trong thời gian tới, bên cạnh các nhiệm vụ thường xuyên, các Bộ, cơ quan "
        "ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần cụ thể "
        "hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:\n\n"
        "### 1. Hoàn thiện thể chế\n\na) Xây dựng quy định về quỹ đầu tư mạo hiểm.\n\n"
        "b) Rà soát, cắt giảm thủ tục hành chính.\n\n### 2. Phát triển hạ tầng số\n\n"
        "a) Xây dựng trung tâm dữ liệu quốc gia.\n"))
    group = ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
             "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert "I/1" not in leads
    assert leads["II/1/a"][0] == group and leads["II/1/b"][0] == group and leads["II/2/a"][0] == group


def test_lead_in_closing_the_preamble_heads_the_whole_body(tmp_path: Path) -> None:
    """The same sentence closing a programme's opening, above `I.` and `II.`: every item of the body
    inherits it (the purpose section stays text; an item naming its own presiding body keeps it)."""
    leads = _leads(tmp_path, (
        "Để triển khai có hiệu quả Nghị quyết, các sở, ban, ngành, Ủy ban nhân dân các huyện theo chức năng, "
        "nhiệm vụ được giao tập trung thực hiện các nhiệm vụ, giải pháp sau:\n" + PURPOSE
        + "II. NHIỆM VỤ\n1. Tăng cường kiểm tra an toàn thực phẩm.\n"
        "2. Sở Công Thương chủ trì kiểm tra thị trường trong quý II năm 2026.\n"))
    assert leads["II/1"][0] == ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện"]
    assert leads["II/2"][0] == ["Sở Công Thương"]
    assert not any(path.startswith("I/") for path in leads)


def test_issuing_or_purpose_sentence_naming_an_agency_is_no_lead_in(tmp_path: Path) -> None:
    """`Nhằm nâng cao hiệu quả phối hợp giữa Sở Y tế và …, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:`
    names the issuer and a body in its purpose, nobody handed the items: they get no lead from it."""
    from app.importers.extract.prose import opening_lead_in

    assert opening_lead_in("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện các nhiệm vụ trọng tâm như sau:") is None
    assert opening_lead_in("Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị phối hợp như sau:") is None
    leads = _leads(tmp_path, (
        "Nhằm nâng cao hiệu quả phối hợp giữa Sở Y tế và các địa phương, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
        "như sau:\n" + PURPOSE + "II. NHIỆM VỤ\n1. Tăng cường kiểm tra an toàn thực phẩm.\n"
        "2. Sở Công Thương chủ trì kiểm tra thị trường trong quý II năm 2026.\n"
        "3. Hỗ trợ hoạt động của Hội Nông dân tỉnh\n- Tổ chức tập huấn cho hội viên.\n"))
    assert leads == {"II/2": (["Sở Công Thương"], [])}
