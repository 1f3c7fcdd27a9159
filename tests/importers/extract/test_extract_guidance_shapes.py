"""A guidance document explains a procedure and assigns a few duties among it (issue 10, session 9; spent real4
document a095b7d9d45fed2a, now real2). What a procedure IS — who attends, the period of the whole document, what
the bodies of a case do not do, a request to carry the document out, the blank forms attached — is no task; a body
given work by a lead-in, a dated paragraph, an annex's duties are. The body numbered `1.`, `2.` and signed is the
body even when its annex after the signature is numbered `Phần 1`, `I.`. Snippets are made up (a trade union's
congress, a ward's residential groups), not copied from the document."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.block_lines import lines_of
from app.importers.extract.case_addressees import addressees_of_case
from app.importers.extract.outline import join_broken, split_label
from app.importers.extract.taskcues import asks_to_carry_out, states_no_duty
from app.importers.readers.textfile import parse_text

HEAD = ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN Y\n\nSố: 12/HD-LĐLĐ\n\nY, ngày 05 tháng 3 năm 2026\n\nHƯỚNG DẪN\n\n"
        "Tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2026 - 2031\n\n"
        "Ban Thường vụ Liên đoàn Lao động huyện hướng dẫn như sau:\n\n")
SIGNED = ("Nơi nhận:\n\n- Các công đoàn cơ sở;\n\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n")


def _tasks(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.text[:30], t.lead, t.deadline_text) for t in extract_plan(parse_text(HEAD + text)).tasks()]


BODY = """1. Mục đích

- Bảo đảm đại hội diễn ra dân chủ, đúng điều lệ.

2. Trách nhiệm

Các công đoàn cơ sở xây dựng kế hoạch tổ chức đại hội, gửi về Ban Thường vụ trước ngày 20/3/2026.

"""
ANNEX = """PHỤ LỤC

TRÌNH TỰ ĐẠI HỘI

Phần 1.

Trình tự thực hiện

I. ĐỐI VỚI CÔNG ĐOÀN CƠ SỞ CÓ TỪ 100 ĐOÀN VIÊN

Bước 1: Họp Ban Chấp hành.

- Chủ trì: Chủ tịch công đoàn cơ sở.

- Nội dung: Thảo luận dự kiến nhân sự.

II. TRƯỜNG HỢP CHƯA ĐỦ ĐIỀU KIỆN TỔ CHỨC ĐẠI HỘI

Đối với các tổ công đoàn không tổ chức đại hội, Ban Chấp hành các tổ này thực hiện các nội dung sau:

- Các tổ này không tổ chức hội nghị đoàn viên trong đợt này.

- Ban Chấp hành tổ phối hợp với Ban nữ công tuyên truyền điều lệ cho đoàn viên.

Phần 2.

Gửi hồ sơ đại hội

1. Hồ sơ: Các công đoàn cơ sở gửi biên bản về Ban Thường vụ chậm nhất ngày 15/4/2026.

"""
FORMS = """PHỤ LỤC

Mẫu các biên bản

Mẫu số 01

BIÊN BẢN HỘI NGHỊ

- Họ và tên người chủ trì: ………………… Chức vụ: ……………

- Tổng số đoàn viên được mời: ……………………

- Tổng số đoàn viên có mặt: ……………………

1. Thành phần hội nghị gồm: ……………………

2. Hội nghị đã biểu quyết bằng hình thức ……………………

(1) Tên công đoàn cơ sở tổ chức hội nghị.

(2) Bỏ phiếu kín hoặc giơ tay.
"""


def test_the_body_numbered_and_signed_is_the_body_not_the_annex_after_it() -> None:
    tasks = _tasks(BODY + SIGNED + ANNEX + FORMS)
    assert ("Các công đoàn cơ sở xây dựng k", "trước ngày 20/3/2026") in [(t[0], t[2]) for t in tasks]


def test_each_annex_is_judged_on_its_own_forms_give_no_task() -> None:
    texts = [t[0] for t in _tasks(BODY + SIGNED + ANNEX + FORMS)]
    assert "Hồ sơ: Các công đoàn cơ sở gửi" in texts  # the procedure annex's dated duty
    assert not any(t.startswith(("Tổng số", "Tên công đoàn", "Bỏ phiếu", "Hội nghị đã")) for t in texts)


def test_a_lead_in_request_inside_a_procedure_gives_duties_but_not_what_is_not_done() -> None:
    tasks = _tasks(BODY + SIGNED + ANNEX)
    texts = [t[0] for t in tasks]
    assert "Ban Chấp hành tổ phối hợp với " in texts   # asked by the lead-in of II
    assert not any(t.startswith("Các tổ này không") for t in texts)  # what those tổ do not do
    assert not any(t.startswith("ĐỐI VỚI") for t in texts)  # a meeting step's `Chủ trì:` field is no duty


@pytest.mark.parametrize("line", ["Phần 1.", "PHẦN II", "Phần 3:"])
def test_a_part_label_alone_on_its_line_takes_the_next_line_as_its_title(line: str) -> None:
    assert split_label(line)[1] == "part"
    lines, _ = lines_of(parse_text(f"{line}\n\nTrình tự thực hiện\n\nI. ĐỐI VỚI TỔ A\n"))
    joined = join_broken(lines)
    assert (joined[0].style, joined[0].text) == ("part", "Trình tự thực hiện")


def test_a_part_word_in_a_sentence_is_no_label() -> None:
    assert split_label("Phần lớn các đơn vị đã hoàn thành")[1] != "part"


@pytest.mark.parametrize("text, no_duty", [
    # a case before the colon, then who attends: a definition
    ("Công đoàn cơ sở thành viên: Thành phần dự hội nghị gồm Ban Chấp hành và tổ trưởng các tổ", True),
    ("Hội Nông dân xã: Thành phần hội nghị gồm Ban Thường vụ và chi hội trưởng", True),
    ("Hội Nông dân xã: chủ trì tổ chức hội nghị, báo cáo kết quả", False),
    # what the bodies of a case do not do
    ("Các tổ dân phố này không tổ chức hội nghị cử tri", True),
    ("Các đơn vị không để xảy ra sai sót trong bầu cử", False),
    ("Các đơn vị không hoàn thành thì phải báo cáo lý do", False),
    # a line of a list of those attending: names and no action (session 13)
    ("Trưởng thôn, Phó trưởng thôn hoặc Tổ trưởng, Tổ phó tổ dân phố;", True),
    ("Trưởng thôn phối hợp mời cử tri dự hội nghị", False),
    ("Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt sự phát triển kinh tế số của ngành, lĩnh vực", False),
])
def test_what_a_procedure_is_states_no_duty(text: str, no_duty: bool) -> None:
    assert states_no_duty(text) is no_duty


@pytest.mark.parametrize("text, asks", [
    ("Căn cứ hướng dẫn này, đề nghị các công đoàn cơ sở nghiêm túc triển khai thực hiện, bảo đảm đúng quy định "
     "của pháp luật và tiến độ thời gian", True),
    ("Căn cứ kế hoạch này, đề nghị các đơn vị triển khai thực hiện có hiệu quả", True),
    ("Căn cứ hướng dẫn này, đề nghị các công đoàn cơ sở báo cáo kết quả về Liên đoàn trước ngày 15/4/2026", False),
    ("Đề nghị các đơn vị nghiêm túc triển khai thực hiện", False),  # no ground named: the closing rule's case
    # a paragraph of its own that names the plan: asked by the issuing body, or by no one named
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã yêu cầu các đồng chí trong Ban Thường trực, các chuyên "
     "viên trong cơ quan triển khai, thực hiện nghiêm túc kế hoạch này.", True),
    ("Đề nghị các sở, ngành nghiêm túc triển khai thực hiện Kế hoạch này.", True),
    ("Ủy ban nhân dân huyện yêu cầu các phòng, ban tổ chức thực hiện có hiệu quả các nội dung nêu trên.", True),
    # work named before the plan is: a duty
    ("Yêu cầu Sở Y tế tổ chức tiêm chủng và báo cáo kết quả thực hiện Kế hoạch này.", False),
    ("Trên cơ sở đề nghị của Sở Tài chính, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch này.", False),
])
def test_a_request_to_carry_out_the_document(text: str, asks: bool) -> None:
    assert asks_to_carry_out(text) is asks


def test_a_document_wide_period_over_paragraphs_heads_them() -> None:
    text = BODY + ("3. Thời gian thực hiện: Từ ngày 10/3/2026 đến ngày 30/4/2026.\n\n"
                   "Biên bản đại hội phải gửi về Ban Thường vụ chậm nhất là ngày 05/5/2026.\n\n"
                   "Ban Chấp hành các công đoàn cơ sở tổ chức tuyên truyền về đại hội.\n\n"
                   "Căn cứ hướng dẫn này, đề nghị các công đoàn cơ sở nghiêm túc triển khai thực hiện.\n\n") + SIGNED
    tasks = _tasks(text)
    assert ("Biên bản đại hội phải gửi về B", [], "chậm nhất là ngày 05/5/2026") in tasks
    # a paragraph with no time of its own takes the period of the title
    assert ("Ban Chấp hành các công đoàn cơ", "Từ ngày 10/3/2026 đến ngày 30/4/2026") in [(t[0], t[2]) for t in tasks]
    assert not any(t[0].startswith(("Thời gian thực hiện", "Căn cứ hướng dẫn")) for t in tasks)


@pytest.mark.parametrize("text, lead, picked", [
    ("Đối với công đoàn cơ sở: họp Ban Chấp hành", ["Các công đoàn cơ sở", "Ban Thanh tra nhân dân"],
     ["Các công đoàn cơ sở"]),
    ("Đối với tổ dân phố: họp tổ", ["Các cơ quan, đơn vị", "Ban công tác Mặt trận tổ dân phố"],
     ["Ban công tác Mặt trận tổ dân phố"]),
    ("Đối với doanh nghiệp: họp", ["Các cơ quan, đơn vị", "Ban công tác Mặt trận tổ dân phố"],
     ["Các cơ quan, đơn vị", "Ban công tác Mặt trận tổ dân phố"]),  # the case names neither: both kept
    ("Tổ chức họp tổ", ["Các cơ quan, đơn vị", "Ban công tác Mặt trận tổ dân phố"],
     ["Các cơ quan, đơn vị", "Ban công tác Mặt trận tổ dân phố"]),  # no case
])
def test_an_items_case_picks_its_addressee_among_the_lead_ins(text: str, lead: list[str],
                                                              picked: list[str]) -> None:
    assert addressees_of_case(text, lead) == picked


def test_a_list_restating_a_cited_provision_holds_rules_not_duties() -> None:
    """`5. Quy định về hình thức biểu quyết` + `Căn cứ điểm e khoản 2 Điều 6 Nghị quyết số …:` + dashes: what the
    law lays down, even a dash whose subject is a role (`Tổ kiểm phiếu sẽ …`), which without the citation
    reads as that role's duty; a lead-in citing a provision and naming the body that acts assigns the dashes
    (session 14, precision2)."""
    rules = ("1. Quy định về hình thức biểu quyết\n\nCăn cứ điểm e khoản 2 Điều 6 Nghị quyết số 101/2025/UBTVQH15:\n\n"
             "- Hình thức biểu quyết: Hội nghị biểu quyết bằng hình thức giơ tay.\n\n"
             "- Tổ kiểm phiếu sẽ thực hiện kiểm đếm và công bố kết quả biểu quyết.\n\n"
             "2. Trách nhiệm\n\nCác công đoàn cơ sở xây dựng kế hoạch tổ chức đại hội, gửi về Ban Thường vụ trước "
             "ngày 20/3/2026.\n\n")
    assert [text for text, _, _ in _tasks(rules)] == ["Các công đoàn cơ sở xây dựng k"]
    uncited = rules.replace("Căn cứ điểm e khoản 2 Điều 6 Nghị quyết số 101/2025/UBTVQH15:\n\n", "")
    assert [text for text, _, _ in _tasks(uncited)][0] == "Tổ kiểm phiếu sẽ thực hiện kiể"
    assigned = rules.replace("Căn cứ điểm e khoản 2 Điều 6 Nghị quyết số 101/2025/UBTVQH15:",
                             "Căn cứ Điều 6 Quy chế làm việc, Sở Nội vụ thực hiện các nhiệm vụ sau:")
    assert [lead for _, lead, _ in _tasks(assigned)][:2] == [["Sở Nội vụ"], ["Sở Nội vụ"]]
