"""Rules added for genre2: roles inside one printed list, passive `do X thực hiện`, abbreviations a
document defines, youth unions, peers with a level word, events that are not bodies."""
from __future__ import annotations

from app.importers.extract import assignments as asg
from app.importers.extract.handed_to import done_by
from app.importers.extract.mention_abbreviations import abbreviations_in
from app.importers.extract.mention_heads import ABBREVIATIONS, head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.roles import roles_in_list


def test_unmarked_agencies_after_the_presiding_one_coordinate() -> None:
    assert roles_in_list("Sở A Lưới (chủ trì); Văn phòng UBND tỉnh") == (["Sở A Lưới"], ["Văn phòng UBND tỉnh"])
    assert roles_in_list("Sở B Vân (chủ trì); Công an tỉnh, Sở C Ráo (phối hợp)") == (
        ["Sở B Vân"], ["Công an tỉnh", "Sở C Ráo"])


def test_presiding_and_partners_written_as_a_clause() -> None:
    assert roles_in_list("Vụ Pháp chế chủ trì, phối hợp với Vụ Quản lý đấu thầu, Cục Đầu tư nước ngoài") == (
        ["Vụ Pháp chế"], ["Vụ Quản lý đấu thầu", "Cục Đầu tư nước ngoài"])
    assert roles_in_list("Trung tâm Dữ liệu chủ trì; Vụ Pháp chế, Báo Đầu tư phối hợp") == (
        ["Trung tâm Dữ liệu"], ["Vụ Pháp chế", "Báo Đầu tư"])
    assert roles_in_list("Sở Y tế; Sở Tài chính") is None


def test_passive_done_by_names_the_lead() -> None:
    a = asg.from_text("Việc kiểm tra tại một số địa phương do Vụ Pháp chế thực hiện, với sự tham gia của "
                      "Cục Quản lý đấu thầu và Thanh tra Bộ")
    assert a.lead == ["Vụ Pháp chế"]
    assert a.support == ["Cục Quản lý đấu thầu", "Thanh tra Bộ"]
    assert done_by("các hoạt động do Bộ tổ chức") == []


def test_a_partner_clause_after_a_semicolon_is_support() -> None:
    a = asg.from_text("Hội A Bình chủ trì vận động Nhân dân; Hội Nông dân tỉnh phối hợp tuyên truyền")
    assert a.support == ["Hội Nông dân tỉnh"]


def test_abbreviations_defined_in_the_document_are_mentions() -> None:
    abbrs = abbreviations_in("Giao Sở Nội vụ (SNV) chủ trì; văn bản (KH) số 12")
    assert abbrs == frozenset({"SNV"})
    token = ABBREVIATIONS.set(abbrs)
    try:
        assert asg.from_text("SNV chịu trách nhiệm chủ trì xây dựng kế hoạch").lead == ["SNV"]
    finally:
        ABBREVIATIONS.reset(token)
    assert head_at("SNV chịu trách nhiệm") is None


def test_youth_unions_peers_with_a_level_and_events() -> None:
    assert head_at("Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh phối hợp") == "tỉnh đoàn"
    assert split_mentions("Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh") == [
        "Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh"]
    assert head_at("Tổ chức hội nghị phổ biến Luật") is None


def test_one_cell_line_per_agency_and_a_list_after_chu_tri() -> None:
    assert roles_in_list("Sở Y tế (chủ trì)\nSở Tài chính\nUBND các huyện") == (
        ["Sở Y tế"], ["Sở Tài chính", "UBND các huyện"])
    assert roles_in_list("Sở Y tế chủ trì; các sở, ngành liên quan") == (["Sở Y tế"], ["Các sở, ngành liên quan"])


def test_attribute_labels_in_their_printed_variants() -> None:
    from app.importers.extract.fields import attr_kind
    for label in ("Trách nhiệm thực hiện", "Cơ quan, đơn vị thực hiện", "Cơ quan/đơn vị chủ trì", "Chủ trì thực hiện",
                  "Cơ quan chủ trì tham mưu"):
        assert attr_kind(f"{label}: Sở Y tế") == "lead", label
    assert attr_kind("Cơ quan, đơn vị phối hợp: Sở Tài chính") == "support"


def test_a_closing_parenthesis_handing_the_item_over() -> None:
    assert asg.from_text("Tổ chức tập huấn nghiệp vụ (giao Sở Tư pháp thực hiện)").lead == ["Sở Tư pháp"]
    assert asg.from_text("Tổ chức tập huấn (do Sở Tư pháp thực hiện)").lead == ["Sở Tư pháp"]
    assert asg.from_text("trường hợp đặc biệt (do Ban Thường vụ Thành ủy xem xét)").lead == []


def test_officials_titles_open_a_mention_and_training_is_a_noun() -> None:
    assert asg.from_text("Chánh Văn phòng UBND tỉnh chủ trì theo dõi").lead == ["Chánh Văn phòng UBND tỉnh"]
    assert asg.from_text("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chỉ đạo").lead == [
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]
    assert asg.from_text("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức hội thi"
                         ).support == ["Sở Giáo dục và Đào tạo"]


def test_partners_named_without_voi() -> None:
    assert asg.from_text("Sở Công Thương chủ trì, phối hợp Sở Tài chính xây dựng đề án").support == ["Sở Tài chính"]
    assert asg.from_text("Sở Xây dựng chủ trì; phối hợp: Sở Tài chính, Sở Tư pháp").support == [
        "Sở Tài chính", "Sở Tư pháp"]
    assert asg.from_text("Sở Y tế phối hợp tổ chức hội nghị").support == []


def test_an_apposition_is_not_a_second_body_and_a_council_name_holds_phoi_hop() -> None:
    assert asg.from_text("Sở Nội vụ, cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh, chủ trì tổ chức"
                         ).lead == ["Sở Nội vụ"]
    assert asg.from_text("Sở Tư pháp phối hợp với Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức"
                         ).support == ["Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"]


def test_co_restricting_a_plural_group_is_part_of_the_mention() -> None:
    text = "Ủy ban nhân dân các huyện, thị xã có điểm du lịch cộng đồng chịu trách nhiệm quản lý"
    assert asg.from_text(text).lead == ["Ủy ban nhân dân các huyện, thị xã có điểm du lịch cộng đồng"]
    assert asg.from_text("UBND các huyện có trách nhiệm chỉ đạo").lead == ["UBND các huyện"]
    assert asg.from_text("UBND các huyện có văn bản chỉ đạo").lead == ["UBND các huyện"]
