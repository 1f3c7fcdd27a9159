"""Who a real plan addresses (issue 10, second round): agency-like heads by their shape, a broken
pasted table read again from its cells, bodies named by their role, reports and forecasts.

Each rule is shown on a small text written in the shape of the real documents (not copied from
one), and the broken table on the real document it was found in.
"""
from __future__ import annotations

from pathlib import Path

from app.importers.blocks import Table
from app.importers.extract import extract_plan
from app.importers.extract.agency_headings import agency_heading
from app.importers.extract.assignments import from_text
from app.importers.extract.mention_phrase import take_phrase
from app.importers.readers import read_blocks
from app.importers.readers.textfile import parse_text

REAL = Path(__file__).resolve().parent.parent.parent / "fixtures" / "real"
HEAD = "KẾ HOẠCH\n\nPhát triển kinh tế số năm 2026\n\n"


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    plan = extract_plan(parse_text(text.strip() + "\n"))
    return [(t.text, t.lead, t.support) for t in plan.tasks()]


def test_businesses_and_establishments_are_agencies_by_their_shape() -> None:
    assert take_phrase("Các doanh nghiệp viễn thông ưu tiên đầu tư hạ tầng") == "Các doanh nghiệp viễn thông"
    assert take_phrase("Các cơ sở giáo dục mầm non bố trí giáo viên") == "Các cơ sở giáo dục mầm non"
    assert take_phrase("Các cơ quan quản lý thủy sản theo dõi môi trường") == "Các cơ quan quản lý thủy sản"
    # `cơ sở dữ liệu` is a thing, not an establishment
    assert from_text("Cơ sở dữ liệu dân cư được cập nhật hằng tháng.").lead == []


def test_a_heading_naming_businesses_addresses_them_only_in_the_plural() -> None:
    tasks = _tasks(HEAD + "III. TỔ CHỨC THỰC HIỆN\n\n1. Các doanh nghiệp hoạt động trong lĩnh vực vận tải, "
                   "logistics trên địa bàn tỉnh\n\n- Ứng dụng nền tảng số trong quản lý phương tiện.\n\n"
                   "2. Doanh nghiệp số\n\n- Tổ chức hội thảo giới thiệu nền tảng số.\n")
    assert tasks[0][1] == ["Các doanh nghiệp hoạt động trong lĩnh vực vận tải, logistics trên địa bàn tỉnh"]
    assert all(lead != ["Doanh nghiệp số"] for _, lead, _ in tasks)  # `2. Doanh nghiệp số` is a topic


def test_encouraging_businesses_assigns_nobody() -> None:
    assert from_text("Khuyến khích các doanh nghiệp đóng góp kinh phí xây dựng trường mầm non.").lead == []
    assert from_text("Khuyến khích Liên đoàn Lao động tỉnh phát động phong trào.").lead == ["Liên đoàn Lao động tỉnh"]


def test_a_kind_of_body_then_its_members_in_brackets_addresses_the_members() -> None:
    found = agency_heading("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế tỉnh):")
    assert found is not None and found.lead == ["Sở Tài chính", "Ban quản lý Khu kinh tế tỉnh"]


def test_a_body_named_by_its_role() -> None:
    found = agency_heading("Cơ quan chủ trì giải quyết thủ tục đầu tư")
    assert found is not None and found.lead == ["Cơ quan chủ trì giải quyết thủ tục đầu tư"]
    assert from_text("Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản.").lead == ["Cơ quan phối hợp"]


def test_the_passive_clause_says_which_bodies_are_meant() -> None:
    assert from_text("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm "
                     "báo cáo kết quả.").lead == ["Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo "
                                                 "Kế hoạch này"]


def test_a_closing_request_to_other_bodies_is_a_task_of_its_own() -> None:
    tasks = _tasks(HEAD + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\nBố trí kinh phí thực hiện Kế hoạch.\n\n"
                   "Yêu cầu các sở, ban, ngành; UBND các xã căn cứ nhiệm vụ được phân công triển khai thực hiện "
                   "tốt Kế hoạch này.\n")
    assert [lead for _, lead, _ in tasks] == [["Sở Tài chính"], ["Các sở, ban, ngành", "UBND các xã"]]


def test_a_report_of_what_was_done_and_a_forecast_hold_no_duties() -> None:
    tasks = _tasks("KẾ HOẠCH\n\nTài chính 03 năm 2026 - 2028\n\n"
                   "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025\n\n- Ngành Thuế đã triển khai tốt công tác quản lý thu "
                   "trong 6 tháng đầu năm.\n\n"
                   "II. DỰ BÁO CÁC CHỈ TIÊU ĐẾN NĂM 2026\n\n- Kim ngạch xuất khẩu đạt khoảng 8 tỷ USD.\n\n"
                   "III. CÁC GIẢI PHÁP TỔ CHỨC THỰC HIỆN\n\n- Tăng cường chống thất thu thuế; đồng thời, ngành "
                   "Thuế phối hợp chặt chẽ với các ngành, các cấp thực hiện Kế hoạch.\n")
    assert [(lead, support) for _, lead, support in tasks] == [(["Ngành Thuế"], ["Các ngành, các cấp"])]


def test_partners_named_without_with() -> None:
    assert from_text("Chỉ đạo các đơn vị phối hợp chặt chẽ lực lượng Công an thành phố truy quét tội phạm."
                     ).support == ["Lực lượng Công an thành phố"]
    assert from_text("Rà soát hồ sơ. Đồng thời, giao Công an tỉnh chủ trì tham mưu điều chỉnh.").lead == [
        "Công an tỉnh"]


def test_a_bold_heading_cut_inside_a_name_goes_on_after_the_blank() -> None:
    blocks = parse_text("**3. Ủy ban Mặt trận Tổ quốc tỉnh, Hội Liên hiệp**\n\n**Phụ nữ tỉnh và các tổ chức "
                        "thành viên**\n\n- Tuyên truyền, vận động hội viên.\n")
    assert blocks[0].text == "3. Ủy ban Mặt trận Tổ quốc tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức thành viên"


def test_a_pasted_table_whose_rows_the_website_broke_is_read_from_its_cells() -> None:
    text = ("PHỤ LỤC\n\n| TT | Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Tiến độ | Hồ sơ | |\n"
            "| I. Văn bản thuộc thẩm quyền của Hội đồng nhân dân tỉnh |\n"
            "| | Nghị quyết quy định mức chi hỗ trợ hoạt động khuyến nông | Ủy ban nhân dân tỉnh | Sở Nông nghiệp "
            "và Môi trường\n| Trình tại kỳ họp tháng 7/2026 | - Hồ sơ gồm tờ trình, dự thảo nghị quyết | |\n"
            "| Nghị quyết quy định chính sách hỗ trợ hợp tác xã | Ủy ban nhân dân tỉnh |\n"
            "Sở Tài chính (Liên minh Hợp tác xã tỉnh phối hợp chuẩn bị) |\n"
            "| Trình tại kỳ họp tháng 12/2026 | - Hồ sơ gồm tờ trình, dự thảo nghị quyết | |\n")
    blocks = parse_text(text)
    assert sum(isinstance(b, Table) for b in blocks) == 1  # the broken cell stayed in its table
    tasks = [(t.text[:30], t.lead, t.support, t.deadline_text) for t in extract_plan(blocks).tasks()]
    assert tasks == [("Nghị quyết quy định mức chi hỗ", ["Sở Nông nghiệp và Môi trường"], [],
                      "Trình tại kỳ họp tháng 7/2026"),
                     ("Nghị quyết quy định chính sách", ["Sở Tài chính"], ["Liên minh Hợp tác xã tỉnh"],
                      "Trình tại kỳ họp tháng 12/2026")]


def test_the_real_resolution_with_a_broken_annex_table() -> None:
    plan = extract_plan(read_blocks(REAL / "ae8d299abf846604.txt"))
    annex = [t for t in plan.tasks() if t.path[:1] == ["PL"]]
    assert len(annex) == 11 and all(t.lead for t in annex)
    assert annex[0].lead == ["Ban soạn thảo do UBTVQH thành lập"]


def test_a_table_that_only_leaves_out_empty_trailing_cells_keeps_its_rows() -> None:
    text = ("PHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Số hóa hồ sơ | Sở Nội vụ |\n| 2 | Lập kho dữ liệu | Sở Tài chính |\n"
            "| 3 | Mở cổng dịch vụ | Sở Y tế | Các sở | 2026 |\n")
    tasks = [(t.label, t.text, t.lead) for t in extract_plan(parse_text(text)).tasks()]
    assert tasks == [("1", "Số hóa hồ sơ", ["Sở Nội vụ"]), ("2", "Lập kho dữ liệu", ["Sở Tài chính"]),
                     ("3", "Mở cổng dịch vụ", ["Sở Y tế"])]


def test_kinds_of_bodies_closed_by_related_units_are_one_group() -> None:
    from app.importers.extract.mention_lists import split_mentions
    assert split_mentions("Sở Tài chính và các sở, ngành, đơn vị có liên quan") == [
        "Sở Tài chính", "Các sở, ngành, đơn vị có liên quan"]
    # a second `các` starts another group, which is the generic one
    assert split_mentions("các sở, ban, ngành, các đơn vị có liên quan") == [
        "Các sở, ban, ngành", "Cơ quan, đơn vị có liên quan"]
