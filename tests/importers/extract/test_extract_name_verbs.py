"""Body names that hold verbs, and the print marks that end a name (issue 10, session 8).

A body's name is its kind and capitalised words; a verb inside it (`… ứng dụng Công nghệ cao`) or a
verb's syllable that is the second half of a word (`bầu cử`, `xây dựng`, `Đào tạo`) is no predicate,
and the colon of a `<body>: <duty>` label ends the name whatever word it follows.
"""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.mention_phrase import take_phrase
from app.importers.readers.textfile import parse_text


@pytest.mark.parametrize(("text", "name"), [
    # the label's colon ends the name after a noun that looks like a verb, or a group's qualifier
    ("Sở Giáo dục và Đào tạo: Chủ trì, phối hợp triển khai các nhiệm vụ", "Sở Giáo dục và Đào tạo"),
    ("Bộ Giáo dục và Đào tạo: hướng dẫn các địa phương", "Bộ Giáo dục và Đào tạo"),
    ("Các sở, ngành có liên quan: phối hợp thực hiện", "Các sở, ngành có liên quan"),
    ("Ủy ban nhân dân cùng cấp: bố trí kinh phí", "Ủy ban nhân dân cùng cấp"),
    # a verb's syllable that closes a word begun before it
    ("Ủy ban bầu cử xã tổ chức tiếp nhận hồ sơ", "Ủy ban bầu cử xã"),
    ("Các ban xây dựng Đảng Thị ủy hướng dẫn các chi bộ", "Các ban xây dựng Đảng Thị ủy"),
    ("Bộ Ngoại giao chủ trì, phối hợp với các bộ, ngành", "Bộ Ngoại giao"),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì lập hồ sơ", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
    # a verb used as a noun between the capitalised words of a name
    ("Ban Quản lý Khu Công nghiệp ứng dụng Công nghệ sinh học Tây Bắc chủ trì thẩm định",
     "Ban Quản lý Khu Công nghiệp ứng dụng Công nghệ sinh học Tây Bắc"),
    ("Trung tâm Tư vấn và hỗ trợ Doanh nghiệp nhỏ tỉnh phối hợp tập huấn",
     "Trung tâm Tư vấn và hỗ trợ Doanh nghiệp nhỏ tỉnh"),
])
def test_the_whole_name_is_taken(text: str, name: str) -> None:
    assert take_phrase(text) == name


@pytest.mark.parametrize(("text", "name"), [
    # a predicate's object: another body, a document, lower case, or after a name closed by its level
    ("Trung tâm Khuyến nông hỗ trợ Hợp tác xã Thành Công xây dựng mô hình", "Trung tâm Khuyến nông"),
    ("Trung tâm Khuyến nông hỗ trợ Kế hoạch sản xuất vụ đông", "Trung tâm Khuyến nông"),
    ("Trung tâm Văn hóa tỉnh phát triển Câu lạc bộ dân ca", "Trung tâm Văn hóa tỉnh"),
    ("Sở Công Thương tổ chức Hội nghị xúc tiến thương mại", "Sở Công Thương"),
    ("Sở Y tế cử cán bộ tham gia đoàn kiểm tra", "Sở Y tế"),
    ("Ủy ban nhân dân tỉnh giao Sở Tài chính bố trí kinh phí", "Ủy ban nhân dân tỉnh"),
    ("UBND các xã, phường dựng nhà bạt tại điểm sơ tán", "UBND các xã, phường"),
])
def test_a_predicate_still_ends_the_name(text: str, name: str) -> None:
    assert take_phrase(text) == name


def test_a_label_with_a_noun_that_looks_like_a_verb_leads_its_duty() -> None:
    """`5. Sở Giáo dục và Đào tạo: Chủ trì, …` under an assignment section: the body alone leads."""
    text = ("KẾ HOẠCH\nChuyển đổi số năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Sở Giáo dục và Đào tạo: Chủ trì, phối hợp triển khai các nhiệm vụ chuyển đổi số trong giáo dục.\n\n"
            "2. Ủy ban bầu cử xã: Tổ chức tiếp nhận hồ sơ của người ứng cử.\n")
    tasks = extract_plan(parse_text(text)).to_annotation_dict()["tasks"]
    assert [t["lead"] for t in tasks] == [["Sở Giáo dục và Đào tạo"], ["Ủy ban bầu cử xã"]]


@pytest.mark.parametrize(("text", "name"), [
    # research institutes named by their work, a group of kinds listed bare
    ("Các viện nghiên cứu phối hợp đánh giá", "Các viện nghiên cứu"),
    ("Các trung tâm nghiên cứu, trường đại học tham gia đào tạo", "Các trung tâm nghiên cứu, trường đại học"),
    ("Hội, hiệp hội doanh nghiệp chủ động tham gia", "Hội, hiệp hội doanh nghiệp"),
    # a procedure's body named by what it does before its responsibility
    ("Cơ quan, tổ chức, đơn vị trực tiếp quản lý người lao động có trách nhiệm xác minh",
     "Cơ quan, tổ chức, đơn vị trực tiếp quản lý người lao động"),
])
def test_kinds_of_body_named_by_their_work(text: str, name: str) -> None:
    assert take_phrase(text) == name


def test_research_institutes_end_at_the_items_next_duty() -> None:
    """`…, phát triển các công nghệ mới`: after the comma comes a duty, not another body."""
    assert take_phrase("các viện nghiên cứu, phát triển các công nghệ mới") == "các viện nghiên cứu"


def test_a_case_then_the_body_made_responsible_leads() -> None:
    """`Đối với <case> thì <body> có trách nhiệm …`: the body after `thì` leads; one that only acts in a
    case (`Trường hợp … thì Ban A phối hợp …`) is a procedure's rule and names no actor this way."""
    text = ("KẾ HOẠCH\nGiải quyết đơn thư năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Đối với đơn thư ở nơi làm việc thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người bị phản ánh "
            "có trách nhiệm xác minh và trả lời bằng văn bản.\n\n"
            "2. Đối với người tự ứng cử thì Ủy ban bầu cử xã có trách nhiệm phối hợp xác minh.\n")
    tasks = extract_plan(parse_text(text)).to_annotation_dict()["tasks"]
    assert [t["lead"] for t in tasks] == [
        ["Cơ quan, tổ chức, đơn vị trực tiếp quản lý người bị phản ánh"], ["Ủy ban bầu cử xã"]]


def test_a_kind_printed_with_a_capital_after_the_plural_is_still_a_group() -> None:
    """`các Sở, ban, ngành được giao chủ trì để …`: the capital `Sở` names no body; the clause says which."""
    assert take_phrase("các Sở, ban, ngành được giao chủ trì để tham mưu tổ chức thực hiện") \
        == "các Sở, ban, ngành được giao chủ trì"


def test_the_year_after_a_laws_name_is_its_edition_not_a_deadline() -> None:
    from app.importers.extract.deadline_text import find_in_prose
    assert find_in_prose("Sửa đổi Luật Đất đai (2013) và các luật có liên quan.") is None
    assert find_in_prose("Sửa đổi Luật Đất đai (2013), hoàn thành trong năm 2026.") == "trong năm 2026"
    assert find_in_prose("Xây dựng đề án phát triển du lịch (2026).") == "2026"
