"""Deadline phrases in the shapes real plans print them (issue 10, session 4): long dates, a day of the
calendar, a span `trong khoảng từ ... đến ...`, an opening `Định kỳ,`, a qualified completion, a
parenthesis led by its verb, a programme's name with its horizons, a field value of two sentences, a
duration in a time field."""
from __future__ import annotations

import pytest

from app.importers.extract.deadline_text import clean_value, find_in_prose


@pytest.mark.parametrize(("text", "phrase"), [
    # a date written out in words after `Chậm nhất là`
    ("Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh phải được tiến hành xong.",
     "Chậm nhất là ngày 08 tháng 02 năm 2026"),
    # a day of the calendar the item happens on
    ("Ban Thường trực dự kiến tổ chức hội nghị vào ngày 02/02/2026.", "vào ngày 02/02/2026"),
    ("Tổ chức hội nghị tổng kết vào ngày 15 tháng 12 năm 2025.", "vào ngày 15 tháng 12 năm 2025"),
    # ... with the hour and the weekday, as a Party notice gives the time of a ceremony (session 11)
    ("Chuẩn bị chu đáo Lễ mít-tinh kỷ niệm vào lúc 15 giờ 00 chiều thứ sáu 02/02/2007 tại Nhà hát.",
     "vào lúc 15 giờ 00 chiều thứ sáu 02/02/2007"),
    ("Khai mạc Đại hội vào lúc 8 giờ 00, thứ Hai, ngày 15 tháng 3 năm 2026.",
     "vào lúc 8 giờ 00, thứ Hai, ngày 15 tháng 3 năm 2026"),
    # a span with `trong khoảng`, kept whole
    ("Việc lấy ý kiến cử tri được thực hiện trong khoảng từ ngày 04/02/2026 đến ngày 08/02/2026, cụ thể:",
     "trong khoảng từ ngày 04/02/2026 đến ngày 08/02/2026"),
    # an item opening with a bare `Định kỳ,` states how often it is due
    ("Định kỳ, Văn phòng Sở tổng hợp, báo cáo kết quả thực hiện Kế hoạch.", "Định kỳ"),
    # a qualified completion: the qualifier is part of the time
    ("Rà soát, sửa đổi các quy định về đầu tư, cơ bản hoàn thành trong năm 2025.",
     "cơ bản hoàn thành trong năm 2025"),
    # a parenthesis that continues the sentence drops its verb; a capitalised note is kept as printed
    ("Các sở xây dựng kế hoạch (hoàn thành trong tháng 11/2025) gửi về Sở Nội vụ.", "trong tháng 11/2025"),
    ("Tổng hợp danh sách người ứng cử (hoàn tất chậm nhất ngày 01/02/2026).", "chậm nhất ngày 01/02/2026"),
    ("Xây dựng kế hoạch chi tiết (Hoàn thành trước ngày 31/3/2017).", "Hoàn thành trước ngày 31/3/2017"),
    # a labelled time inside the item, whatever its completion word
    ("Rà soát hiện trạng tài nguyên. Thời gian hoàn tất: trước ngày 30/6/2026. Đơn vị thực hiện: Sở Tài chính.",
     "trước ngày 30/6/2026"),
    # a month of every year
    ("Chủ trì tổ chức Lễ hội du lịch biển, tháng 6 hằng năm.", "tháng 6 hằng năm"),
    # a sentence that opens with its time limit (capitalised)
    ("Trước ngày 20/11/2026, các sở gửi báo cáo về Sở Nội vụ.", "Trước ngày 20/11/2026"),
    ("Tháng 3/2026 tổ chức sơ kết.", "Tháng 3/2026"),
    ("Sau khi có hướng dẫn của Bộ, Sở Y tế triển khai.", "Sau khi có hướng dẫn của Bộ"),
    # a time that goes on: onwards, or a second point joined by `và`
    ("Triển khai thực hiện trong năm 2026 và những năm tiếp theo.", "trong năm 2026 và những năm tiếp theo"),
    ("Thực hiện từ năm 2026 trở đi.", "từ năm 2026 trở đi"),
    ("Hoàn thành trong quý I và quý II năm 2026.", "trong quý I và quý II năm 2026"),
    ("Tổ chức tập huấn trong tháng 3 và tháng 4/2026.", "trong tháng 3 và tháng 4/2026"),
    ("Tổ chức hội nghị đối thoại vào đầu năm 2026.", "vào đầu năm 2026"),
    ("Triển khai ngay sau khi Kế hoạch được ban hành.", "ngay sau khi Kế hoạch được ban hành"),
    ("Thăm, tặng quà gia đình chính sách trước Tết Nguyên đán 2026.", "trước Tết Nguyên đán 2026"),
    ("Rà soát hồ sơ, chậm nhất đến ngày 31/3/2026.", "chậm nhất đến ngày 31/3/2026"),
    ("Tổ chức trong khoảng thời gian từ ngày 01/3/2026 đến ngày 31/3/2026.",
     "trong khoảng thời gian từ ngày 01/3/2026 đến ngày 31/3/2026"),
    # a draft submitted to a session is due at that session
    ("Sở Tư pháp chủ trì soạn thảo, trình Hội đồng nhân dân tỉnh xem xét, thông qua tại Kỳ họp thứ 12.",
     "tại Kỳ họp thứ 12"),
    # an event bounded by a calendar limit: the limit is what can be tracked
    ("Gửi biên bản ngay sau khi kết thúc hội nghị. Báo cáo Ban Thường trực tỉnh chậm nhất ngày 03/02/2026.",
     "chậm nhất ngày 03/02/2026"),
    ("Ngay sau hội nghị, gửi biên bản về Ban Thường trực chậm nhất ngày 04/02/2026.", "chậm nhất ngày 04/02/2026"),
    # an item that opens with the event it follows, then a comma; right after a named event, with its day;
    # while the event it serves lasts
    ("Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ phường tổng hợp kết quả.", "Kết thúc cuộc bầu cử"),
    ("Ngay sau hội nghị hiệp thương lần thứ hai, Ban Thường trực lập danh sách.",
     "Ngay sau hội nghị hiệp thương lần thứ hai"),
    ("Các huyện ủy tổ chức kỷ niệm tại địa phương ngay sau Lễ mít-tinh của Thành phố (03/02/2007).",
     "ngay sau Lễ mít-tinh của Thành phố (03/02/2007)"),
    ("Thực hiện tiếp công dân theo kế hoạch trong thời gian phục vụ công tác bầu cử.",
     "trong thời gian phục vụ công tác bầu cử"),
])
def test_phrase_shapes(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize("text", [
    # the horizons in a programme's or strategy's name are not the item's time
    "Giám sát việc thực hiện Chiến lược phát triển khoa học và công nghệ đến năm 2025, định hướng đến năm 2030.",
    "Triển khai Chương trình chuyển đổi số đến năm 2030, tầm nhìn đến năm 2045 trên địa bàn tỉnh.",
    # the horizon of a target figure ensured after it
    "Xây dựng lộ trình thực hiện đến năm 2030, đảm bảo ít nhất 70% xã, phường tổ chức cai nghiện tại cộng đồng.",
    # the month of a day in a condition is no time of the item
    "Thu hồi các khoản kinh phí đã giao nhưng đến ngày 30 tháng 6 hàng năm chưa phân bổ.",
    # a law passed at a session is cited, not due
    "Triển khai Luật Dữ liệu được Quốc hội thông qua tại kỳ họp thứ 9, có hiệu lực từ năm sau.",
    # a frequency inside an item, not opening it, stays how often
    "Tổng hợp kết quả, định kỳ báo cáo Ủy ban nhân dân tỉnh.",
    # `after that` is no event; a count of days is another rule's (and not at a comma)
    "Sau đó, Sở Nội vụ tổng hợp kết quả.",
    "Trong thời gian tới, Sở Nội vụ tổng hợp kết quả.",
    # what happened after an event, in a review of the situation
    "Sau đại hội đảng, các cấp ủy được kiện toàn, xây dựng quy chế làm việc.",
])
def test_not_the_items_time(text: str) -> None:
    assert find_in_prose(text) is None


def test_time_field_labels_of_other_wordings() -> None:
    from app.importers.extract.deadline_text import attribute_value

    assert attribute_value("Thời điểm hoàn thành: Quý III/2026") == "Quý III/2026"
    assert attribute_value("Hạn hoàn thành: 30/6/2026") == "30/6/2026"
    assert find_in_prose("Xây dựng cơ sở dữ liệu; thời điểm hoàn thành: tháng 9/2026.") == "tháng 9/2026"


def test_a_field_value_is_its_first_sentence() -> None:
    assert clean_value("Duy trì thường xuyên trong giờ hành chính. Đặc biệt, phân công cán bộ trực cả thứ Bảy.") \
        == "Duy trì thường xuyên trong giờ hành chính"
    # an abbreviation is not a sentence end
    kept = "Trước ngày 15/12/2025 gửi UBND TP. Hồ Chí Minh"
    assert clean_value(kept) == kept


def test_a_duration_in_a_time_field_is_no_deadline() -> None:
    assert clean_value("01 ngày/hội nghị.") is None
    assert clean_value("02 buổi") is None
    assert clean_value("Quý II/2026") == "Quý II/2026"


def test_the_participants_of_a_meeting_are_a_field_not_a_task() -> None:
    from app.importers.extract import extract_plan
    from app.importers.readers.textfile import parse_text

    text = ("KẾ HOẠCH\n\nTổ chức hội nghị hiệp thương\n\nII. NỘI DUNG\n\n1. Hội nghị lần thứ nhất\n\n"
            "1.1. Nội dung: Hiệp thương về cơ cấu, thành phần, số lượng người được giới thiệu.\n\n"
            "- Thời gian: Dự kiến ngày 05/12/2025.\n\n"
            "- Thành phần: Ban Thường trực Ủy ban Mặt trận xã; Thường trực HĐND, UBND xã.\n\n"
            "- Đơn vị chủ trì: Ban Công tác mặt trận thôn.\n\n- Kết quả: Biên bản hội nghị.\n")
    tasks = extract_plan(parse_text(text)).tasks()
    assert [(t.lead, t.deadline_text) for t in tasks] == [(["Ban Công tác mặt trận thôn"], "Dự kiến ngày 05/12/2025")]


def test_a_broken_table_reads_its_time_cells_after_a_second_review_column() -> None:
    """A pasted table whose rows the website broke is read again from its cells: a second column of a
    kind (`Cơ quan trình`, `Cơ quan thẩm tra`) takes only cells of that kind, so the time goes to the time
    column; a short time cell that defers (`Theo kết quả rà soát ...`) is a time, not a note."""
    from app.importers.extract import extract_plan
    from app.importers.readers.textfile import parse_text

    text = ("PHỤ LỤC\n\n"
            "| TT | Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Cơ quan thẩm tra | Tiến độ | Hồ sơ | |\n"
            "| I. Văn bản thuộc thẩm quyền của Hội đồng nhân dân tỉnh |\n"
            "| | Nghị quyết quy định mức chi hỗ trợ hoạt động khuyến nông | Ủy ban nhân dân tỉnh |\n"
            "Sở Nông nghiệp và Môi trường |\n"
            "| Trình tại kỳ họp trước ngày 10/7/2026 | - Hồ sơ gồm tờ trình, dự thảo nghị quyết | |\n"
            "| Nghị quyết quy định chính sách hỗ trợ hợp tác xã | Ủy ban nhân dân tỉnh | Sở Tài chính "
            "| Ban Kinh tế - Ngân sách chủ trì thẩm tra | Theo kết quả rà soát, đề xuất của các cơ quan "
            "| - Hồ sơ gồm tờ trình, dự thảo nghị quyết, báo cáo thẩm tra | ||\n"
            "| Nghị quyết quy định mức thu phí thẩm định đề án | Ủy ban nhân dân tỉnh | Sở Tài chính "
            "| Ban Kinh tế - Ngân sách chủ trì thẩm tra | Theo kết quả rà soát, đề xuất của các cơ quan "
            "| - Hồ sơ gồm tờ trình, dự thảo nghị quyết, báo cáo thẩm tra | ||\n")
    tasks = [(t.text[:30], t.lead, t.deadline_text) for t in extract_plan(parse_text(text)).tasks()]
    assert tasks == [
        ("Nghị quyết quy định mức chi hỗ", ["Sở Nông nghiệp và Môi trường"],
         "Trình tại kỳ họp trước ngày 10/7/2026"),
        ("Nghị quyết quy định chính sách", ["Sở Tài chính"], "Theo kết quả rà soát, đề xuất của các cơ quan"),
        ("Nghị quyết quy định mức thu ph", ["Sở Tài chính"], "Theo kết quả rà soát, đề xuất của các cơ quan")]


def test_a_lead_cell_keeps_a_name_ending_in_a_verb_like_word() -> None:
    """`Bộ Ngoại giao` ends in a word that is also a verb (`giao`); a predicate has an object, so one
    word left after the name is part of it, while `Sở A thúc đẩy, theo dõi chỉ tiêu` keeps `Sở A`."""
    from app.importers.extract.table_cells import agencies_only as _agencies_only

    assert _agencies_only("Bộ Ngoại giao") == "Bộ Ngoại giao"
    assert _agencies_only("Sở Công Thương thúc đẩy, theo dõi chỉ tiêu; Sở Tài chính") == "Sở Công Thương; Sở Tài chính"


@pytest.mark.parametrize(("text", "phrase"), [
    ("UBND xã triệu tập và chủ trì hội nghị cử tri", "UBND xã"),
    ("Văn phòng Sở giúp Ban Giám đốc theo dõi việc thực hiện", "Văn phòng Sở"),
    ("Đảng đoàn Hội đồng nhân dân tỉnh thể chế hóa các chủ trương", "Đảng đoàn Hội đồng nhân dân tỉnh"),
    # a board named by its work, written in lowercase, is a body, not a board that manages something
    ("Sở Xây dựng, Ban quản lý Khu kinh tế tỉnh có trách nhiệm công bố", "Sở Xây dựng, Ban quản lý Khu kinh tế tỉnh"),
    ("Ban chỉ đạo tỉnh chỉ đạo các huyện rà soát", "Ban chỉ đạo tỉnh"),
    ("các bộ, ngành và tổ chức liên quan thực hiện các nhiệm vụ", "các bộ, ngành và tổ chức liên quan"),
])
def test_a_partner_ends_where_its_own_predicate_starts(text: str, phrase: str) -> None:
    """`phối hợp với UBND xã triệu tập ...`: the partner's name stops at the verb that follows it."""
    from app.importers.extract.mention_phrase import take_phrase

    assert take_phrase(text) == phrase


def test_an_agency_cell_wrapped_inside_a_name_is_one_list() -> None:
    """Agencies printed one per line are a list; a line the layout cut inside the list or before a
    name (`..., Sở` + `Tài chính, ...`) goes on."""
    from app.importers.extract.table_cells import as_list as _as_list

    assert _as_list("Ban Quản lý các khu công nghiệp, Sở\nTài chính, UBND các phường") == \
        "Ban Quản lý các khu công nghiệp, Sở Tài chính, UBND các phường"
    assert _as_list("Sở Nội vụ,\nSở Tư pháp") == "Sở Nội vụ, Sở Tư pháp"
    assert _as_list("Sở Nội vụ\nSở Tài chính") == "Sở Nội vụ; Sở Tài chính"
    assert _as_list("Sở Nội vụ\ncác sở, ngành liên quan") == "Sở Nội vụ; các sở, ngành liên quan"


def test_an_item_with_its_content_and_fields_before_sub_items_is_a_task() -> None:
    """`3. Hội nghị lần thứ ba` + `Nội dung: ...` + `- Thời gian: ...`, `- Thành phần: ...`, `- Đơn vị chủ
    trì: ...` + sub-items: the item says what it is and carries its fields, so it is a task itself."""
    from app.importers.extract import extract_plan
    from app.importers.readers.textfile import parse_text

    text = ("KẾ HOẠCH\n\nTổ chức hội nghị hiệp thương\n\nII. NỘI DUNG\n\n3. Hội nghị hiệp thương lần thứ ba\n\n"
            "Nội dung: Lập danh sách chính thức những người ứng cử.\n\n"
            "- Thời gian: Dự kiến ngày 12/02/2026.\n\n"
            "- Thành phần: Ban Thường trực Ủy ban Mặt trận xã; đại diện các tổ chức thành viên.\n\n"
            "- Đơn vị chủ trì: Ban Công tác mặt trận thôn.\n\n"
            "3.1. Báo cáo kết quả hội nghị\n\n"
            "- Gửi biên bản hội nghị về Ban Thường trực Ủy ban Mặt trận tỉnh ngay sau khi kết thúc hội nghị.\n")
    tasks = extract_plan(parse_text(text)).tasks()
    assert (tasks[0].text, tasks[0].lead, tasks[0].deadline_text) == (
        "Hội nghị hiệp thương lần thứ ba", ["Ban Công tác mặt trận thôn"], "Dự kiến ngày 12/02/2026")


def test_members_named_by_post_under_a_body_heading_keep_the_body_as_lead() -> None:
    """`1. Ban Thường trực Ủy ban Mặt trận xã` + `- Đồng chí Chủ tịch ... chịu trách nhiệm ...`: the
    members share out the body's duty, the body is tracked; a person named (`Giao đồng chí Nguyễn Văn A –
    Phó Chủ tịch ... thực hiện ...`) is the lead."""
    from app.importers.extract import extract_plan
    from app.importers.readers.textfile import parse_text

    text = ("KẾ HOẠCH\n\nTổ chức hội nghị hiệp thương\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã\n\n"
            "- Đồng chí Chủ tịch Ủy ban Mặt trận Tổ quốc xã chịu trách nhiệm chỉ đạo chung các hội nghị.\n\n"
            "- Phân công đồng chí Phó Chủ tịch Thường trực trực tiếp phụ trách công tác tiếp dân.\n\n"
            "- Giao đồng chí Nguyễn Văn An – Phó Chủ tịch Ủy ban Mặt trận Tổ quốc xã thực hiện nhiệm vụ "
            "theo kế hoạch.\n")
    leads = [t.lead for t in extract_plan(parse_text(text)).tasks()]
    body = ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"]
    assert leads[:2] == [body, body]
    assert leads[2] != body and "Nguyễn Văn An" in leads[2][0]


def test_an_intro_saying_when_the_work_is_done_dates_the_items_with_an_actor() -> None:
    """`Việc lấy ý kiến ... được thực hiện trong khoảng từ ... đến ..., cụ thể như sau:` dates the items below
    that name who does them; a procedure step with no actor does not become a task by it."""
    from app.importers.extract import extract_plan
    from app.importers.extract.deadline_text import stated_period
    from app.importers.readers.textfile import parse_text

    intro = ("Việc tổ chức hội nghị lấy ý kiến cử tri nơi cư trú được thực hiện trong khoảng từ ngày 04/02/2026 "
             "đến ngày 08/02/2026 theo quy định của Luật Bầu cử, cụ thể như sau:")
    assert stated_period(intro) == "trong khoảng từ ngày 04/02/2026 đến ngày 08/02/2026"
    # a programme's name in an intro is no time of the items
    assert stated_period("Thực hiện Chương trình phòng, chống ma túy đến năm 2030, Ủy ban ban hành như sau:") is None
    text = ("KẾ HOẠCH\n\nLấy ý kiến cử tri\n\nIII. TỔ CHỨC HỘI NGHỊ\n\n" + intro + "\n\n"
            "1. Triệu tập hội nghị\n\n- Ban Thường trực Ủy ban Mặt trận xã phối hợp với UBND xã triệu tập hội nghị.\n\n"
            "- Giới thiệu mục đích, yêu cầu của hội nghị.\n")
    tasks = [(t.text[:20], t.deadline_text) for t in extract_plan(parse_text(text)).tasks()]
    assert tasks == [("Ban Thường trực Ủy b", "trong khoảng từ ngày 04/02/2026 đến ngày 08/02/2026")]


@pytest.mark.parametrize(("text", "mentions"), [
    # each acronym names a body
    ("Ban Tuyên giáo Trung ương, các bộ, ngành, địa phương, VTV, VOV, TTXVN",
     ["Ban Tuyên giáo Trung ương", "Các bộ, ngành, địa phương", "VTV", "VOV", "TTXVN"]),
    # a named body, then the group of its kind
    ("Bộ Tài chính, bộ, ngành liên quan", ["Bộ Tài chính", "Bộ, ngành liên quan"]),
    # one body of each province: one mention
    ("Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương", ["Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương"]),
    ("UBND các quận, huyện", ["UBND các quận, huyện"]),
    # a body and a plural group of another kind joined by `và`
    ("Trưởng thôn và các chi hội, đoàn thể ở thôn", ["Trưởng thôn", "Các chi hội, đoàn thể ở thôn"]),
    # related organisations are the generic mention
    ("Các bộ, ngành và tổ chức liên quan", ["Các bộ, ngành", "Cơ quan, đơn vị có liên quan"]),
])
def test_agency_lists_split_by_body(text: str, mentions: list[str]) -> None:
    from app.importers.extract.mention_lists import split_mentions

    assert split_mentions(text) == mentions


def test_a_labelled_time_wins_over_the_phase_an_item_opens_with() -> None:
    from app.importers.extract import extract_plan
    from app.importers.readers.textfile import parse_text

    text = ("KẾ HOẠCH\n\nKhảo sát tài nguyên du lịch\n\nI. NHIỆM VỤ\n\n"
            "1. Bước 1: Rà soát hiện trạng tài nguyên du lịch. Thời gian hoàn tất: trước ngày 30/6/2026. "
            "Đơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch.\n\n"
            "2. Bước 2: Lập danh mục dự án kêu gọi đầu tư. Đơn vị thực hiện: Sở Tài chính.\n")
    tasks = [(t.text[:10], t.deadline_text) for t in extract_plan(parse_text(text)).tasks()]
    # a step's count is no time: the second step, printing no time of its own, has none (session 12, steps)
    assert tasks == [("Rà soát hi", "trước ngày 30/6/2026"), ("Lập danh m", None)]


def test_partners_known_by_their_own_names_beside_a_body_of_a_known_kind() -> None:
    from app.importers.extract.assignments import from_text

    said = from_text("Công an tỉnh phối hợp với Viettel, VNPT, Bưu điện tỉnh triển khai định danh điện tử.")
    assert said.lead == ["Công an tỉnh"] and said.support == ["Viettel", "VNPT", "Bưu điện tỉnh"]
    # a capitalised word alone is no partner
    assert from_text("Công an tỉnh phối hợp với Kế hoạch số 12 triển khai.").support == []


def test_an_item_opening_with_its_event_keeps_it_over_the_time_of_its_group() -> None:
    """`Ngay sau hội nghị hiệp thương lần thứ hai, Ban Thường trực …` under a part dated `(Thời gian từ … đến …)`:
    the item says when it is done, so the group's span is not handed down to it; its sibling takes the span."""
    from app.importers.extract import extract_plan
    from app.importers.readers.textfile import parse_text

    text = ("KẾ HOẠCH\n\nTổ chức hội nghị cử tri\n\nI. NHIỆM VỤ\n\n"
            "1. Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú (Thời gian từ ngày 04/2 đến ngày 08/2/2026)\n\n"
            "- Ban Thường trực Ủy ban Mặt trận xã phối hợp với Ủy ban nhân dân xã triệu tập hội nghị cử tri.\n\n"
            "- Ngay sau hội nghị hiệp thương lần thứ hai, Ban Thường trực Ủy ban Mặt trận xã gửi biên bản về "
            "Ủy ban bầu cử.\n")
    deadlines = [t.deadline_text for t in extract_plan(parse_text(text)).tasks()]
    assert "từ ngày 04/2 đến ngày 08/2/2026" in (deadlines[-2] or "")
    assert deadlines[-1] == "Ngay sau hội nghị hiệp thương lần thứ hai"


def test_an_item_opening_with_the_end_of_an_event_is_due_then_and_led_by_the_body_after_it() -> None:
    from app.importers.extract.assignments import from_text

    text = "Kết thúc hội nghị, Ban Thường trực Ủy ban MTTQ xã gửi biên bản về Ủy ban bầu cử."
    assert find_in_prose(text) == "Kết thúc hội nghị"
    assert from_text(text).lead == ["Ban Thường trực Ủy ban MTTQ xã"]
