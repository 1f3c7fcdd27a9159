"""Duties written inside the procedure text of a guidance document (issue 10, session 8; spent real4 document
997dae6b99cea1fd, now real2). A guidance on a procedure is cut into steps printed as headings alone on their line
(`BƯỚC MỘT`), a subject and the step's period in brackets below; the period dates the step's tasks that give no
date of their own (ANNOTATION: an inherited deadline is repeated on each item), and no description of the
procedure becomes a task because of it. Snippets are made up (a women's union congress, a union's election), not
copied from the document."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.outline import split_label
from app.importers.extract.procedure_steps import step_period
from app.importers.readers.textfile import parse_text

HEAD = ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH X\n\nHƯỚNG DẪN\n\nQuy trình tổ chức đại hội phụ nữ cấp cơ sở\n\n"
        "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh hướng dẫn quy trình như sau:\n\n")


def _tasks(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.text[:24], t.lead, t.deadline_text) for t in extract_plan(parse_text(HEAD + text)).tasks()]


@pytest.mark.parametrize("line, label", [
    ("BƯỚC MỘT", "BƯỚC MỘT"), ("Bước 2", "BƯỚC 2"), ("BƯỚC THỨ BA:", "BƯỚC THỨ BA"), ("Bước thứ hai.", "BƯỚC THỨ HAI"),
])
def test_a_step_heading_alone_on_its_line(line: str, label: str) -> None:
    assert split_label(line)[:2] == (label, "step")


@pytest.mark.parametrize("line", [
    "Bước 1: Nộp hồ sơ tại bộ phận một cửa",  # a step run into an item's wording
    "bước 2",                                  # the end of a wrapped sentence
    "Bước đầu hoàn thành việc rà soát",
])
def test_lines_that_are_no_step_heading(line: str) -> None:
    assert split_label(line)[1] != "step"


@pytest.mark.parametrize("paras, period", [
    (["BƯỚC MỘT", "Chuẩn bị đại hội", "(Từ ngày 05/3 đến ngày 20/3/2026)"], "Từ ngày 05/3 đến ngày 20/3/2026"),
    (["BƯỚC HAI", "Tổ chức đại hội (Thực hiện từ ngày 01/4 đến ngày 15/4/2026)"], "từ ngày 01/4 đến ngày 15/4/2026"),
    (["BƯỚC BA", "Tổng kết", "(Thời gian từ ngày 16/4 đến ngày 30/4/2026)"], "từ ngày 16/4 đến ngày 30/4/2026"),
    (["BƯỚC BỐN", "Tổng kết đại hội"], None),
])
def test_the_period_a_step_prints_under_its_heading(paras: list[str], period: str | None) -> None:
    assert step_period(paras) == period


STEPS = """BƯỚC MỘT

Chuẩn bị đại hội

(Từ ngày 05/3 đến ngày 20/3/2026)

A. ĐỐI VỚI CẤP XÃ

Ban Chấp hành Hội phụ nữ xã xây dựng kế hoạch tổ chức đại hội và báo cáo Ban Thường vụ Hội cấp trên.

Đại hội gồm toàn thể hội viên hoặc đại biểu được bầu từ các chi hội.

Ban Thường vụ Hội cấp trên có ý kiến về nhân sự dự kiến chậm nhất là ngày 10/3/2026.

BƯỚC HAI

Tổ chức đại hội

(Từ ngày 01/4 đến ngày 15/4/2026)

A. ĐỐI VỚI CẤP XÃ

Ban Chấp hành Hội phụ nữ xã triệu tập và chủ trì đại hội.

Đại hội thảo luận và biểu quyết thông qua nghị quyết.
"""


def test_a_step_period_dates_the_tasks_that_name_their_actor() -> None:
    assert _tasks(STEPS) == [
        ("Ban Chấp hành Hội phụ nữ", ["Ban Chấp hành Hội phụ nữ xã"], "Từ ngày 05/3 đến ngày 20/3/2026"),
        ("Ban Thường vụ Hội cấp tr", ["Ban Thường vụ Hội cấp trên"], "chậm nhất là ngày 10/3/2026"),  # its own date
        ("Ban Chấp hành Hội phụ nữ", ["Ban Chấp hành Hội phụ nữ xã"], "Từ ngày 01/4 đến ngày 15/4/2026"),
    ]


def test_a_step_heading_opens_the_body_before_its_lettered_parts() -> None:
    plan = extract_plan(parse_text(HEAD + STEPS))
    assert [n.path for n in plan.nodes] == [["BƯỚC MỘT"], ["BƯỚC HAI"]]
    texts = [n.text for n in plan.walk()]
    assert not any("Từ ngày 05/3" in t for t in texts if t.startswith("("))  # the period line is no task


def test_a_step_counted_in_words_is_its_label_and_its_subject_its_text() -> None:
    plan = extract_plan(parse_text(HEAD + STEPS))
    assert [(n.label, n.text) for n in plan.nodes] == [("BƯỚC MỘT", "Chuẩn bị đại hội"),
                                                       ("BƯỚC HAI", "Tổ chức đại hội")]


def test_a_subject_a_wrap_ran_onto_the_count_is_still_the_steps_text() -> None:
    """`năm` (five) ends a line as `năm` (year) does: the subject is joined onto the count's line."""
    plan = extract_plan(parse_text(HEAD + "BƯỚC NĂM\n\nTổng kết đại hội\n\n(Từ ngày 05/5 đến ngày 20/5/2026)\n\n"
                                   "A. ĐỐI VỚI CẤP XÃ\n\nBan Chấp hành Hội phụ nữ xã tổng kết đại hội.\n"))
    assert [(n.label, n.text) for n in plan.nodes][:1] == [("BƯỚC NĂM", "Tổng kết đại hội")]


# ---------------------------------------------------------------- a list numbering lost in extraction
LOST = """BƯỚC MỘT

Giới thiệu người ứng cử

(Từ ngày 01/3 đến ngày 20/3/2026)

A. ĐỐI VỚI CÔNG ĐOÀN CƠ SỞ

Công đoàn cơ sở thực hiện việc giới thiệu người ứng cử theo trình tự sau đây:

Họp Ban Chấp hành để dự kiến người giới thiệu;

Người đang công tác tại cơ quan nhà nước thì Thủ trưởng cơ quan triệu tập hội nghị;

d) Người đang làm việc tại doanh nghiệp thì Giám đốc doanh nghiệp triệu tập hội nghị;

Trình tự tổ chức hội nghị:

Tổ kiểm phiếu tiến hành kiểm phiếu và công bố kết quả.

Ban Chấp hành công đoàn cơ sở tổng hợp ý kiến và kết luận hội nghị.

Ban Chấp hành công đoàn cơ sở có trách nhiệm gửi biên bản hội nghị đến Liên đoàn Lao động huyện.

Chậm nhất là 17 giờ 00 ngày 15 tháng 3 năm 2026, biên bản hội nghị phải được gửi đến Liên đoàn Lao động huyện.

Đề nghị các cơ quan, đơn vị thông báo lịch tổ chức hội nghị đến Liên đoàn Lao động huyện.

II. NỘP HỒ SƠ

1. Người ứng cử nộp hồ sơ tại Ủy ban bầu cử.
"""


def _lines(*texts: str):
    from app.importers.extract.outline import Line, split_label
    out = []
    for t in texts:
        lab, style, rest = split_label(t)
        out.append(Line(rest if lab is not None else t, lab, style))
    return out


def test_a_lone_letter_after_bare_paragraphs_is_read_as_one_of_them() -> None:
    from app.importers.extract.lost_numbering import unlabel_lone_labels
    lines = _lines("A. PHẦN MỘT", "Đoạn thứ nhất.", "Đoạn thứ hai.", "đ) Đoạn thứ năm còn nhãn.", "Đoạn tiếp.",
                   "g) Đoạn thứ bảy còn nhãn.")
    assert [ln.label for ln in unlabel_lone_labels(lines)] == ["A", None, None, None, None, None]


def test_a_list_whose_labels_are_printed_keeps_them() -> None:
    from app.importers.extract.lost_numbering import unlabel_lone_labels
    lines = _lines("A. PHẦN MỘT", "Mở đầu.", "c) Mục c.", "d) Mục d.", "đ) Mục đ.", "Mở đầu khác.", "b) Mục b.")
    # c) is followed by d), d) by đ); a lone b) is too early in a list to say its first members were lost
    assert [ln.label for ln in unlabel_lone_labels(lines)] == ["A", None, "c", "d", "đ", None, "b"]


def test_a_sub_number_without_its_parent_is_read_as_a_paragraph() -> None:
    from app.importers.extract.lost_numbering import unlabel_lone_labels
    lines = _lines("A. PHẦN MỘT", "Nội dung hội nghị:", "2.5.1 Người chủ trì tuyên bố lý do.", "II. PHẦN HAI",
                   "Mở đầu.", "2.1. Mục của phần hai.", "Mở đầu.", "1.1. Mục một.", "1.2. Mục hai.")
    # 2.1 sits under II (its parent printed as a Roman number); 1.1 has its sibling 1.2
    assert [ln.label for ln in unlabel_lone_labels(lines)] == ["A", None, None, "II", None, "2.1", None, "1.1", "1.2"]


def test_paragraphs_of_a_lost_list_are_read_one_by_one_and_procedure_steps_are_not_duties() -> None:
    tasks = [(t.text[:30], t.lead, t.deadline_text) for t in extract_plan(parse_text(HEAD + LOST)).tasks()]
    period = "Từ ngày 01/3 đến ngày 20/3/2026"
    # after `Trình tự tổ chức hội nghị:` the paragraphs are the meeting's steps (`Tổ kiểm phiếu …`, `… kết luận
    # hội nghị`), and the conditional cases above it are rules; a body that `có trách nhiệm`, a limit of its own
    # and a request are duties all the same — each read as a unit of its own, not glued to the lone `d)`
    assert tasks == [
        ("Ban Chấp hành công đoàn cơ sở ", ["Ban Chấp hành công đoàn cơ sở"], period),
        ("Chậm nhất là 17 giờ 00 ngày 15", [], "Chậm nhất là 17 giờ 00 ngày 15 tháng 3 năm 2026"),
        ("Đề nghị các cơ quan, đơn vị th", ["Các cơ quan, đơn vị"], period),
    ]


@pytest.mark.parametrize("text, phrase", [
    ("Chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026, hồ sơ phải được nộp.",
     "Chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026"),
    ("Nộp báo cáo chậm nhất 16h30 ngày 15/12/2025.", "chậm nhất 16h30 ngày 15/12/2025"),
])
def test_a_time_limit_with_its_hour(text: str, phrase: str) -> None:
    from app.importers.extract.deadline_text import find_in_prose
    assert find_in_prose(text) == phrase


# ---------------------------------------------------------------- dated steps and the subject after fronted clauses
@pytest.mark.parametrize("para, step", [
    ("Chậm nhất là ngày 10/3/2026, Ủy ban bầu cử huyện chuyển hồ sơ đến Ủy ban bầu cử tỉnh.", True),
    ("Chậm nhất là 17 giờ 00 ngày 10/3/2026, biên bản hội nghị phải được gửi đến Ban Thường trực.", True),
    ("Chậm nhất ngày 10/3/2026, hoàn thành việc gửi báo cáo.", False),      # a verb: only the item's date
    ("Định kỳ ngày 20 hằng tháng, các sở báo cáo kết quả về Sở Nội vụ.", False),  # a rhythm, not a limit
    ("Ủy ban bầu cử huyện chuyển hồ sơ chậm nhất là ngày 10/3/2026.", False),
])
def test_a_paragraph_opening_with_its_own_limit_and_subject_is_a_step_of_its_own(para: str, step: bool) -> None:
    from app.importers.extract.other_actors import dated_step
    assert dated_step(para) is step


def test_dated_steps_after_an_item_are_tasks_of_their_own() -> None:
    text = ("II. NỘP HỒ SƠ\n\n1. Các cơ quan, đơn vị có trách nhiệm hướng dẫn người ứng cử làm hồ sơ.\n\n"
            "Việc nộp hồ sơ thực hiện theo quy định của Luật.\n\n"
            "Chậm nhất là ngày 10/3/2026, Ủy ban bầu cử huyện chuyển hồ sơ đến Ủy ban bầu cử tỉnh.\n")
    assert _tasks(text) == [
        ("Các cơ quan, đơn vị có t", ["Các cơ quan, đơn vị"], None),
        ("Chậm nhất là ngày 10/3/2", ["Ủy ban bầu cử huyện"], "Chậm nhất là ngày 10/3/2026"),
    ]


@pytest.mark.parametrize("sentence, lead", [
    ("Chậm nhất là ngày 15/3/2026, Ban Thường vụ Tỉnh đoàn gửi danh sách về Trung ương Đoàn.",
     ["Ban Thường vụ Tỉnh đoàn"]),
    ("Căn cứ vào kết quả hội nghị, chậm nhất là ngày 15/3/2026, Sở Nội vụ tiến hành điều chỉnh cơ cấu.",
     ["Sở Nội vụ"]),
    # a participle after the basis clause is no actor: `… của các cơ quan, đơn vị được giới thiệu …`
    ("Trên cơ sở đề xuất của các cơ quan, đơn vị được giới thiệu, hội nghị thảo luận.", []),
])
def test_the_subject_after_a_fronted_time_or_basis(sentence: str, lead: list[str]) -> None:
    from app.importers.extract import assignments as asg
    assert asg.from_text(sentence).lead == lead


# ---------------------------------------------------------------- what a procedure IS: who attends, who is invited
@pytest.mark.parametrize("text, no_duty", [
    ("Thành phần hội nghị theo khoản 2 Điều 12 Điều lệ gồm: Ban Chấp hành, đại diện các chi hội.", True),
    ("Chủ tịch Ủy ban nhân dân xã, đại diện các cơ quan, tổ chức, đơn vị được mời tham dự hội nghị.", True),
    ("Sở Nội vụ chủ trì hội nghị, các đơn vị được mời tham dự.", False),  # the body that presides has a duty
    ("Ban Thường trực triệu tập và chủ trì hội nghị.", False),
])
def test_attendance_and_invitations_are_no_duty(text: str, no_duty: bool) -> None:
    from app.importers.extract.taskcues import states_no_duty
    assert states_no_duty(text) is no_duty


def test_a_step_subject_naming_bodies_heads_no_paragraphs() -> None:
    # the subject under a step heading says what the step is about; the bodies it names do not lead every
    # paragraph of the step (each paragraph names its own actor, or is no duty)
    tasks = _tasks("BƯỚC HAI\n\nCác cơ quan, tổ chức, đơn vị giới thiệu người ứng cử Ban Chấp hành Hội cơ sở\n\n"
                   "(Từ ngày 05/3/2026 đến ngày 20/3/2026)\n\n"
                   "Ban Thường vụ Hội Liên hiệp Phụ nữ xã có trách nhiệm hướng dẫn các chi hội tổ chức hội nghị.\n\n"
                   "Hội nghị thảo luận và biểu quyết bằng hình thức giơ tay.\n")
    assert [lead for _text, lead, _deadline in tasks] == [["Ban Thường vụ Hội Liên hiệp Phụ nữ xã"]]


def test_the_steps_after_a_procedure_lead_in_inside_an_item_are_not_duties() -> None:
    """An item's own paragraphs: `Trình tự tổ chức hội nghị cử tri được thực hiện như sau:` + `Trưởng Ban … chủ trì
    hội nghị, tuyên bố lý do …` (a step, done by a role in the meeting), then a limit of its own (a duty, and the
    procedure is over) and a body's duty after it (session 14, precision2)."""
    text = ("II. HỘI NGHỊ CỬ TRI\n\n1. Ban Công tác Mặt trận gửi giấy mời tham dự hội nghị cử tri.\n\n"
            "Trình tự tổ chức hội nghị cử tri được thực hiện như sau:\n\n"
            "Trưởng Ban Công tác Mặt trận chủ trì hội nghị cử tri, tuyên bố lý do và giới thiệu đại biểu.\n\n"
            "Hội nghị thảo luận về những người được giới thiệu ứng cử.\n\n"
            "Chậm nhất là ngày 10/3/2026, Ủy ban bầu cử xã chuyển hồ sơ đến Ủy ban bầu cử tỉnh.\n\n"
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã chuyển biên bản hội nghị đến Ủy ban bầu cử xã.\n")
    assert [text for text, _, _ in _tasks(text)] == [
        "Ban Công tác Mặt trận gử", "Chậm nhất là ngày 10/3/2", "Ban Thường trực Ủy ban M"]
