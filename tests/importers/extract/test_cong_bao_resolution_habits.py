"""The Government's and the Prime Minister's habits of writing, as real14's Công báo texts showed them (session 19,
real14dev; issue 10).

Made-up snippets in the general form of each habit: an article printed without a title (`Điều 1.` alone) over its
clauses, the first of them the Government's own consent (`1. Đồng ý chủ trương …`) and the next handing duties out
under `2. Giao Bộ …:` headings; a decision approving an Đề án inside its `Điều 1` (sections I–VI) followed by its
effect and execution articles; a monthly-session resolution whose assessment is the Government's own view, whose
report period (`4 tháng đầu năm`) dates nothing, whose directions are asked of the ministers after a long purpose
clause (`Để …; Chính phủ yêu cầu các Bộ trưởng, … những nội dung sau:`), and whose list of reports made at the
session hands nothing out; bodies named by their role (`Các Bộ chủ chương trình`, `Các Tập đoàn, Tổng công ty`);
and an annex table row standing over sub-rows of its own.
"""
from __future__ import annotations

from app.importers.blocks import Table
from app.importers.extract import extract_plan
from app.importers.extract.assignments import from_text
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.tables import table_nodes
from app.importers.readers.textfile import parse_text

TRANSFER = """CHÍNH PHỦ

Số: 31/NQ-CP

Hà Nội, ngày 02 tháng 3 năm 2027

NGHỊ QUYẾT

Về việc chuyển giao Trung tâm X về Ủy ban nhân dân tỉnh Y quản lý

CHÍNH PHỦ

QUYẾT NGHỊ:

Điều 1.

1. Đồng ý chủ trương chuyển giao nguyên trạng Trung tâm X về Ủy ban nhân dân tỉnh Y quản lý. Việc bàn giao
phải hoàn thành trước ngày 01 tháng 7 năm 2027.

2. Giao Bộ Khoa học và Công nghệ:

a) Chủ trì, phối hợp với Ủy ban nhân dân tỉnh Y xây dựng, trình Thủ tướng Chính phủ ban hành Quyết định chuyển giao.

b) Tổ chức bàn giao nguyên trạng tổ chức bộ máy, nhân sự, tài sản của Trung tâm X.

3. Giao Ủy ban nhân dân tỉnh Y:

a) Tiếp nhận nguyên trạng và quản lý Trung tâm X theo quy định.

b) Bố trí ngân sách tỉnh bảo đảm kinh phí hoạt động của Trung tâm X.

Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.

Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh Y chịu trách nhiệm thi hành Nghị quyết này.

TM. CHÍNH PHỦ
"""


def test_an_untitled_article_holds_its_clauses_and_the_governments_consent_is_no_task() -> None:
    tasks = extract_plan(parse_text(TRANSFER)).tasks()
    assert [(t.path, t.lead) for t in tasks] == [
        (["Điều 1", "2", "a"], ["Bộ Khoa học và Công nghệ"]), (["Điều 1", "2", "b"], ["Bộ Khoa học và Công nghệ"]),
        (["Điều 1", "3", "a"], ["Ủy ban nhân dân tỉnh Y"]), (["Điều 1", "3", "b"], ["Ủy ban nhân dân tỉnh Y"])]


SCHEME = """THỦ TƯỚNG CHÍNH PHỦ

Số: 45/QĐ-TTg

Hà Nội, ngày 10 tháng 4 năm 2027

QUYẾT ĐỊNH

Phê duyệt Đề án bồi dưỡng kỹ năng số cho công chức

THỦ TƯỚNG CHÍNH PHỦ

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án bồi dưỡng kỹ năng số cho công chức với những nội dung chủ yếu sau:

I. QUAN ĐIỂM

Bồi dưỡng kỹ năng số là nhiệm vụ thường xuyên, lâu dài.

II. TỔ CHỨC THỰC HIỆN

1. Bộ Nội vụ chủ trì xây dựng chương trình, tài liệu bồi dưỡng.

2. Bộ Tài chính bố trí kinh phí thực hiện Đề án theo quy định của pháp luật về ngân sách nhà nước.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Quyết định này.

KT. THỦ TƯỚNG
"""


def test_the_articles_after_a_scheme_approved_in_article_one_are_no_words_of_its_last_item() -> None:
    tasks = extract_plan(parse_text(SCHEME)).tasks()
    assert [(t.text, t.lead) for t in tasks] == [
        ("Bộ Nội vụ chủ trì xây dựng chương trình, tài liệu bồi dưỡng", ["Bộ Nội vụ"]),
        ("Bộ Tài chính bố trí kinh phí thực hiện Đề án theo quy định của pháp luật về ngân sách nhà nước",
         ["Bộ Tài chính"])]


SESSION = """CHÍNH PHỦ

Số: 60/NQ-CP

Hà Nội, ngày 05 tháng 5 năm 2027

NGHỊ QUYẾT

Phiên họp Chính phủ thường kỳ tháng 4 năm 2027

CHÍNH PHỦ

QUYẾT NGHỊ:

I. Về tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2027; nhiệm vụ trọng tâm tháng 5

1. Kết quả nổi bật

Chính phủ thống nhất đánh giá: trong tháng 4 năm 2027, kinh tế tiếp tục phục hồi, các cân đối lớn được bảo đảm.

2. Hạn chế

Tiến độ giải ngân vốn đầu tư công còn chậm, sức ép điều hành kinh tế vĩ mô còn lớn.

3. Nhiệm vụ trọng tâm tháng 5

Để hoàn thành các mục tiêu của năm 2027, phấn đấu tăng trưởng từ 8% trở lên; Chính phủ yêu cầu các Bộ trưởng,
Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tập trung thực hiện
những nội dung sau:

a) Chủ động rà soát, triển khai các nhiệm vụ được giao, báo cáo kết quả trước ngày 25 hằng tháng.

b) Đẩy nhanh giải ngân vốn đầu tư công.

II. Về việc báo cáo Chính phủ

Tại Phiên họp Chính phủ, các Bộ đã có báo cáo Chính phủ như sau:

1. Bộ Tài chính báo cáo về dự thảo Nghị định về quản lý nợ công.

2. Bộ Tư pháp báo cáo về dự thảo Luật sửa đổi Luật Công chứng.

Văn phòng Chính phủ theo dõi, đôn đốc, báo cáo kết quả thực hiện Nghị quyết này./.

TM. CHÍNH PHỦ
"""


def test_a_session_resolution_hands_out_its_directions_and_not_its_assessment_nor_the_reports_made() -> None:
    tasks = extract_plan(parse_text(SESSION)).tasks()
    asked = ["Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]
    assert [(t.path, t.lead, t.deadline_text) for t in tasks] == [
        (["I", "3", "a"], asked, "trước ngày 25 hằng tháng"), (["I", "3", "b"], asked, None),
        ([], ["Văn phòng Chính phủ"], None)]


def test_the_first_months_of_a_year_are_a_span_reported_on_and_early_in_the_year_a_time() -> None:
    assert find_in_prose("Về tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2027") is None
    assert find_in_prose("Hoàn thành việc sắp xếp đầu năm 2027.") == "đầu năm 2027"
    assert find_in_prose("Trình Chính phủ trong quý II năm 2027.") == "trong quý II năm 2027"


def test_bodies_named_by_their_role_lead() -> None:
    said = from_text("Các Bộ chủ chương trình và các bộ, cơ quan trung ương có liên quan nghiêm túc thực hiện các "
                     "nhiệm vụ được giao.")
    assert said.lead == ["Các Bộ chủ chương trình", "Các bộ, cơ quan trung ương có liên quan"]
    assert from_text("Các Tập đoàn, Tổng công ty hoàn thành chỉ tiêu kinh doanh, đẩy mạnh tiến độ các dự án trọng "
                     "điểm.").lead == ["Các Tập đoàn, Tổng công ty"]
    assert from_text("Bộ máy tổ chức được kiện toàn trong năm 2027.").lead == []


def test_a_numbered_row_over_sub_rows_heads_them_and_the_next_number_is_its_sibling() -> None:
    table = Table(rows=[
        ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp", "Thời gian"],
        ["I", "Hoàn thiện thể chế", "", "", ""],
        ["1", "Rà soát các quy định về kiểm dịch.", "Sở Nông nghiệp", "Các sở, ngành", "Năm 2027"],
        ["2", "Hoàn thiện hệ thống cảnh báo sớm.", "", "", ""],
        ["", "Cây lúa.", "Sở Nông nghiệp", "Các sở, ngành", "Năm 2027"],
        ["", "Cây ăn quả.", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Năm 2027"],
        ["3", "Tập huấn kỹ năng nhận biết dịch bệnh.", "Sở Nông nghiệp", "", "Hằng năm"],
    ])
    (annex,) = table_nodes([table])
    (group,) = annex.children
    assert [(n.label, n.kind) for n in group.children] == [("1", "task"), ("2", "section"), ("3", "task")]
    assert [(n.text, n.lead) for n in group.children[1].children] == [
        ("Cây lúa", ["Sở Nông nghiệp"]), ("Cây ăn quả", ["Sở Khoa học và Công nghệ"])]
