"""Lead and support in shapes unseen plans use (issue 10, session 6): the sentence whose subject is the
actor at every level and in a table cell, an agency heading printed as a paragraph of its own (its
number lost in copying), the Government's collective `các bộ, cơ quan ngang bộ, cơ quan thuộc Chính
phủ`, and the partners of a body the item directs."""
from __future__ import annotations

import pytest

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.extract.assignments import Assignment, from_text
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.outline import Line, build_tree
from app.importers.extract.pipeline import _agency_line
from app.importers.extract.support_cues import find_support

LEADS = "Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn cho cán bộ y tế cơ sở."
ASKED = "Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp tuyên truyền, vận động nhân dân tham gia."
GROUP = "Các đoàn thể tuyên truyền, vận động hội viên thực hiện các biện pháp phòng bệnh."
EXPECTED = [(["Sở Y tế"], ["Sở Tài chính"]), (["Ủy ban MTTQ Việt Nam tỉnh"], []), (["Các đoàn thể"], [])]


def _roles(blocks: list) -> list[tuple[list[str], list[str]]]:
    return [(t.lead, t.support) for t in extract_plan(blocks).tasks()]


@pytest.mark.parametrize("labels", [("1. ", "2. ", "3. "), ("a) ", "b) ", "c) "), ("- ", "- ", "- "), ("", "", "")])
def test_the_subject_of_the_sentence_is_the_actor_at_every_level(labels: tuple[str, str, str]) -> None:
    head = [Paragraph("II. NHIỆM VỤ")] if labels[0] == "1. " else [Paragraph("II. NHIỆM VỤ"),
                                                                    Paragraph("1. Công tác tuyên truyền")]
    items = [Paragraph(label + text) for label, text in zip(labels, (LEADS, ASKED, GROUP), strict=True)]
    assert _roles(head + items) == EXPECTED


def test_a_table_without_agency_columns_takes_the_actor_from_the_task_cell() -> None:
    rows = [["STT", "Nội dung", "Thời gian"], ["1", LEADS, "Quý II/2026"], ["2", ASKED, "Năm 2026"],
            ["3", GROUP, "Thường xuyên"], ["4", "Tổ chức tập huấn nghiệp vụ cho cán bộ.", "Quý III/2026"]]
    assert _roles([Paragraph("II. NHIỆM VỤ"), Table(rows=rows)]) == [*EXPECTED, ([], [])]


_GUIDANCE = [
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
    "Hướng dẫn, đôn đốc Ban Thường trực Ủy ban MTTQ cấp huyện triển khai Ngày hội.",
    "Tổng hợp kết quả, báo cáo trước ngày 30/11/2026.",
    "Ban Thường trực Ủy ban MTTQ cấp xã:",
    "Phối hợp với chính quyền cùng cấp tổ chức Ngày hội ở khu dân cư.",
    "CHẾ ĐỘ BÁO CÁO",
    "Các báo cáo gửi trước ngày 5/12/2026.",
]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_paragraph_naming_only_agencies_heads_the_paragraphs_below_it(numbered: bool) -> None:
    """Numbering lost in copying: `1. Ban Thường trực …` became a paragraph holding only the name; the
    paragraphs below it are its duties up to the next such name; a heading in capitals ends them."""
    top = [Paragraph("II. TỔ CHỨC THỰC HIỆN")] if numbered else []
    plan = extract_plan([Paragraph("HƯỚNG DẪN"), Paragraph("Tổ chức Ngày hội Đại đoàn kết năm 2026"), *top,
                         *(Paragraph(p) for p in _GUIDANCE)])
    got = [(t.text[:20], t.lead) for t in plan.tasks()]
    assert got == [("Hướng dẫn, đôn đốc B", ["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"]),
                   ("Tổng hợp kết quả, bá", ["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"]),
                   ("Phối hợp với chính q", ["Ban Thường trực Ủy ban MTTQ cấp xã"]),
                   ("Các báo cáo gửi trướ", [])]


def test_a_name_alone_between_bullets_heads_the_next_bullets() -> None:
    blocks = [Paragraph("II. TỔ CHỨC THỰC HIỆN"), Paragraph("Sở Y tế"),
              Paragraph("- Chủ trì hướng dẫn triển khai Kế hoạch."), Paragraph("- Tổng hợp, báo cáo kết quả."),
              Paragraph("Sở Tài chính"), Paragraph("- Tham mưu bố trí kinh phí thực hiện Kế hoạch.")]
    assert [t.lead for t in extract_plan(blocks).tasks()] == [["Sở Y tế"], ["Sở Y tế"], ["Sở Tài chính"]]


def test_a_name_after_a_line_ending_in_a_colon_is_its_value_not_a_heading() -> None:
    lines = [Line("Tổ chức tập huấn", "1", "dec1"), Line("Cơ quan chủ trì:", "-", "bullet-"), Line("Sở Tư pháp")]
    root = build_tree(lines, is_heading=_agency_line)
    assert [c.paras for c in root.children[0].children] == [["Cơ quan chủ trì:", "Sở Tư pháp"]]
    assert _agency_line("Sở Tư pháp") and _agency_line("Sở Tư pháp:")
    assert not _agency_line("Sở Tư pháp chủ trì tổ chức tập huấn.")


@pytest.mark.parametrize("text, mentions", [
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố",
     ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố"]),
    ("Bộ Tài chính, các bộ, cơ quan ngang bộ", ["Bộ Tài chính", "Các bộ, cơ quan ngang bộ"]),
    ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
     ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
    ("Sở Tài chính, Sở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
    # the Government's texts capitalise the kind `Bộ`; no name follows it, so it is still the kind
    ("các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
     ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
      "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ", ["Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]),
    ("Bộ Công an, Bộ Quốc phòng, cơ quan thuộc Chính phủ", ["Bộ Công an", "Bộ Quốc phòng", "Cơ quan thuộc Chính phủ"]),
    ("Các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc", ["Các Sở, ban, ngành, đoàn thể cấp tỉnh",
                                                                 "Cơ quan ngành dọc"]),
])
def test_a_plural_list_of_kinds_of_bodies_is_one_group(text: str, mentions: list[str]) -> None:
    assert split_mentions(text) == mentions


def test_a_list_ends_where_its_predicate_starts() -> None:
    assert split_mentions("các sở, ban, ngành và các đơn vị có liên quan tham mưu hoạt động thuộc lĩnh vực phụ trách") \
        == ["Các sở, ban, ngành", "Cơ quan, đơn vị có liên quan"]


@pytest.mark.parametrize("text, support", [
    ("Chỉ đạo các ban, ngành, đoàn thể chủ động, tích cực phối hợp với lực lượng Công an rà soát.", []),
    ("Hướng dẫn các địa phương phối hợp với Bộ Công an triển khai.", []),
    ("Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo các trạm y tế phối hợp với các trường học tuyên truyền.",
     ["Sở Giáo dục và Đào tạo"]),
    ("Chỉ đạo lực lượng các cấp, phối hợp với Công an tỉnh tiến hành kiểm tra.", ["Công an tỉnh"]),
    ("Chủ trì hướng dẫn và phối hợp với Sở Y tế kiểm tra.", ["Sở Y tế"]),
])
def test_the_partners_of_a_body_the_item_directs_are_not_the_items(text: str, support: list[str]) -> None:
    assert find_support(text) == support


@pytest.mark.parametrize("text, mentions", [
    ("các bộ, cơ quan, địa phương liên quan", ["Các bộ, cơ quan, địa phương liên quan"]),
    ("Các sở, ban, ngành, cơ quan, đơn vị liên quan", ["Các sở, ban, ngành, cơ quan, đơn vị liên quan"]),
    ("các cơ quan, đơn vị liên quan", ["Cơ quan, đơn vị có liên quan"]),
])
def test_kinds_of_bodies_closed_by_lien_quan_are_one_group(text: str, mentions: list[str]) -> None:
    assert split_mentions(text) == mentions


@pytest.mark.parametrize("text, lead", [
    ("Cơ quan tiếp nhận hồ sơ có trách nhiệm kiểm tra tính hợp lệ của hồ sơ.", ["Cơ quan tiếp nhận hồ sơ"]),
    ("Thuế tỉnh An Bình chủ trì, phối hợp với Sở Tài chính rà soát nguồn thu.", ["Thuế tỉnh An Bình"]),
    ("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Nội vụ.",
     ["Các cơ quan, đơn vị"]),
    ("UBND tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện.", ["Các sở, ban, ngành"]),
    ("Hồ sơ trình, đề nghị Thủ tướng Chính phủ khen thưởng gửi về Sở Nội vụ.", []),
    ("Nghiên cứu, đề nghị các doanh nghiệp cung cấp dịch vụ chữ ký số.", []),
])
def test_who_the_sentence_names_as_its_actor(text: str, lead: list[str]) -> None:
    assert from_text(text).lead == lead


def test_do_x_chu_tri_under_a_heading_names_who_runs_the_object() -> None:
    """`3. Công an tỉnh` + `c) Tổ chức triển khai … các dự án do Bộ Công an chủ trì`: the heading's body does
    the item; a passive `Việc … do X thực hiện` still names the performer."""
    heading = Assignment(lead=["Công an tỉnh"])
    assert from_text("Tổ chức triển khai các nội dung của các dự án do Bộ Công an chủ trì.", heading).lead == []
    assert from_text("Việc kiểm tra do Thanh tra tỉnh thực hiện.", heading).lead == ["Thanh tra tỉnh"]
    assert from_text("Tổ chức hội nghị sơ kết do Sở Nội vụ chủ trì.").lead == ["Sở Nội vụ"]
