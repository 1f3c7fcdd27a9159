"""Habits of Vietnamese official writing and of PDF exports the importer missed on real7's three body documents
(issue #10, session 18, real7body), each in a short synthetic text read through the reader or the whole pipeline:
- a PDF's text kept in its printed layout (`pdftotext -layout`) marks its paragraphs by first-line indents, not by
  blank lines: a line at the margin under a full line carries the paragraph on (even opening with a body's name or
  an inline `(i)`), an indented line opens a new one (even under a line ending in a plain word);
- a numbered aim printed as a whole sentence (`1. Hoàn thành di dời 02 cụm công nghiệp … .`) over a paragraph
  opening with the body doing it: the paragraph is the task, the aim its heading — and a figure the aim states
  (`2. Tỷ lệ … đạt chuẩn 100%.`) is a target;
- an item's last paragraph ending `…, theo hướng:` over dashes: the dashes are the lines the one duty follows;
- the closing request in two clauses (`Yêu cầu các sở … triển khai thực hiện; đề nghị Ủy ban Mặt trận … phối hợp
  thực hiện./.`) and a letter's closing `Căn cứ ý kiến chỉ đạo, yêu cầu các sở, ngành … triển khai thực hiện./.`
  ask for the document to be carried out: no task;
- `Ban Thường vụ Tỉnh ủy, Thành ủy`: the standing board of either committee, one group; `Các cơ quan chuyên trách
  tham mưu, giúp việc Đảng ủy`: bodies named by their work, one name;
- a schedule said inside a sentence straight before the report it times (`… định kỳ hằng năm gửi về Bộ …`) is that
  duty's time when no date is given;
- `phối hợp chặt chẽ với các cơ quan chủ trì …`: the presiding bodies are a role, no partner;
- a scan's OCR reads `trong` as `frong` before a month: still the month the work is due in.
"""
from __future__ import annotations

from app.importers.blocks import Paragraph
from app.importers.extract import assignments as asg
from app.importers.extract import extract_plan
from app.importers.extract.agency_headings import agency_heading
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.mention_lists import split_mentions
from app.importers.readers.indents import first_line_indents
from app.importers.readers.textfile import parse_text

# a UBND plan as `pdftotext -layout` prints it: first-line indents, wrapped lines at the left margin, no blank lines
_LAYOUT = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     TỈNH HÀ GIANG                       Độc lập - Tự do - Hạnh phúc

    Số: 45 /KH-UBND                   Hà Giang, ngày 12 tháng 3 năm 2026

                              KẾ HOẠCH
           Phát triển các cụm công nghiệp trên địa bàn tỉnh năm 2026

      Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ
quy định về quản lý, phát triển cụm công nghiệp, Ủy ban nhân dân tỉnh ban hành
Kế hoạch phát triển các cụm công nghiệp năm 2026, nội dung như sau:
      I. MỤC ĐÍCH, YÊU CẦU
      Đẩy nhanh tiến độ xây dựng, phát triển các cụm công nghiệp trên địa bàn
tỉnh, góp phần chuyển dịch cơ cấu kinh tế của tỉnh và của các xã, phường.
      II. NỘI DUNG
      1. Hoàn thành di dời 02 cụm công nghiệp ra khỏi khu dân cư tập trung của
thành phố theo quy hoạch.
      Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các xã, phường và các
Sở, ban, ngành liên quan thực hiện công tác giải phóng mặt bằng phục vụ di dời,
hoàn thành trong quý IV năm 2026.
      2. Tỷ lệ các cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt
chuẩn 100%.
      Sở Nông nghiệp và Môi trường hướng dẫn các chủ đầu tư xây dựng hệ thống xử
lý nước thải, hoàn thành trong năm 2026.
      III. TỔ CHỨC THỰC HIỆN
      1. Sở Khoa học và Công nghệ
      Chủ trì, phối hợp với các đơn vị triển khai các nhiệm vụ về chuyển giao công
nghệ, đổi mới sáng tạo và chuyển đổi số trong các cụm công nghiệp. Cụ thể:
(i) Rà soát trình độ công nghệ của doanh nghiệp; (ii) Tổ chức các chương trình
hỗ trợ chuyển đổi số cho doanh nghiệp trong các cụm công nghiệp.
      2. Các Sở, ban, ngành; cơ quan, đơn vị báo cáo kết quả thực hiện gửi về Sở
Công Thương trước ngày 20 hằng tháng, để Sở Công Thương tổng hợp, báo cáo
Ủy ban nhân dân tỉnh. Đồng thời thực hiện báo cáo đột xuất khi có yêu cầu.
      Trên đây là Kế hoạch phát triển các cụm công nghiệp trên địa bàn tỉnh năm
2026. Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển khai
thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp thực hiện./.

 Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Như trên;                                           KT. CHỦ TỊCH
- Lưu: VT.                                            PHÓ CHỦ TỊCH

                                                      Nguyễn Văn An
"""


def _plan(text: str) -> dict:
    return extract_plan(parse_text(text)).to_annotation_dict()


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in parse_text(text) if isinstance(b, Paragraph)]


def test_layout_indents_mark_where_paragraphs_start_and_go_on() -> None:
    paras = _paragraphs(_LAYOUT)
    # the wrap put a body's name at the margin after a full line: still the same sentence
    assert any(p.startswith("2. Các Sở, ban, ngành") and p.endswith("khi có yêu cầu.") for p in paras)
    # an inline count the wrap put first on its line goes on with the sentence above
    assert any(p.startswith("Chủ trì, phối hợp") and "Cụ thể: (i) Rà soát" in p for p in paras)
    # a numbered aim wrapped onto one more line, then an indented paragraph: two paragraphs
    assert "1. Hoàn thành di dời 02 cụm công nghiệp ra khỏi khu dân cư tập trung của thành phố theo quy hoạch." in paras
    assert any(p.startswith("Sở Xây dựng chủ trì") and p.endswith("hoàn thành trong quý IV năm 2026.") for p in paras)
    # the header's two columns and the signature block are not read as paragraphs of the layout
    assert "Số: 45 /KH-UBND Hà Giang, ngày 12 tháng 3 năm 2026" in paras


def test_text_without_first_line_indents_gets_no_layout_marks() -> None:
    flat = "\n".join(line.strip() for line in _LAYOUT.split("\n"))
    assert first_line_indents(flat.split("\n")) == [None] * len(flat.split("\n"))
    # a text with a few indented lines only (a quotation, a centred title) is not read as a layout
    few = ["      Một đoạn thụt đầu dòng dài, đủ để chạm lề phải của trang văn bản này nhé.", "dòng tiếp theo."] * 2
    assert first_line_indents(few) == [None] * 4


def test_aim_heads_the_paragraph_that_names_its_doer() -> None:
    plan = _plan(_LAYOUT)
    tasks = {t["text"][:40]: t for t in plan["tasks"]}
    moving = next(t for k, t in tasks.items() if k.startswith("Sở Xây dựng chủ trì"))
    assert moving["lead"] == ["Sở Xây dựng"]
    assert moving["deadline_text"].endswith("quý IV năm 2026")
    assert not any(t["text"].startswith(("Hoàn thành di dời", "Tỷ lệ các cụm")) for t in plan["tasks"])
    water = next(t for k, t in tasks.items() if k.startswith("Sở Nông nghiệp và Môi trường"))
    assert water["lead"] == ["Sở Nông nghiệp và Môi trường"]


def test_figure_an_aim_states_over_its_duties_is_a_target() -> None:
    targets = _plan(_LAYOUT)["targets"]
    assert [(t["path"], t["comparator"], t["value"], t["unit"]) for t in targets] == [(["II", "2"], "=", 100, "%")]


def test_item_whose_paragraph_only_says_who_and_when_stays_one_task() -> None:
    text = ("KẾ HOẠCH\nPhát triển du lịch năm 2026\n\nII. NHIỆM VỤ\n"
            "1. Tổ chức tập huấn nghiệp vụ du lịch cho cán bộ cấp xã.\n"
            "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành liên quan thực hiện trong quý II "
            "năm 2026.\n")
    tasks = _plan(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["text"].startswith("Tổ chức tập huấn nghiệp vụ du lịch")
    assert tasks[0]["lead"] == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_aim_naming_its_own_doer_stays_one_task() -> None:
    text = ("KẾ HOẠCH\nPhát triển du lịch năm 2026\n\nII. NHIỆM VỤ\n"
            "1. Sở Văn hóa, Thể thao và Du lịch tổ chức Tuần lễ du lịch của tỉnh.\n"
            "Sở Tài chính bố trí kinh phí thực hiện trong năm 2026.\n")
    tasks = _plan(text)["tasks"]
    assert tasks[0]["text"].startswith("Sở Văn hóa, Thể thao và Du lịch tổ chức Tuần lễ")
    assert tasks[0]["lead"] == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_closing_request_in_two_clauses_is_no_task() -> None:
    texts = [t["text"] for t in _plan(_LAYOUT)["tasks"]]
    assert not any(t.startswith(("Yêu cầu", "Trên đây")) for t in texts)
    assert len(texts) == 4
    plain = ("KẾ HOẠCH\nPhát triển du lịch năm 2026\n\nII. NHIỆM VỤ\n"
             "1. Sở Văn hóa, Thể thao và Du lịch tổ chức Tuần lễ du lịch của tỉnh trong quý III năm 2026.\n"
             "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
             "Trên đây là Kế hoạch phát triển du lịch năm 2026. Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, "
             "phường triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp thực hiện./.\n")
    assert [t["path"] for t in _plan(plain)["tasks"]] == [["II", "1"], ["II", "2"]]


_ORIENTED = """KẾ HOẠCH
Sắp xếp thôn, tổ dân phố năm 2026

II. NHIỆM VỤ
1. Ủy ban nhân dân các xã, phường
a) Rà soát toàn bộ thôn, tổ dân phố trên địa bàn; hoàn thành trước ngày 10 tháng 6 năm 2026.
b) Xây dựng phương án bố trí người hoạt động không chuyên trách ở thôn; hoàn thành trước ngày 30 tháng 6 năm 2026.
Phương án bố trí, sử dụng phải gắn với yêu cầu nâng cao chất lượng đội ngũ cán bộ ở cơ sở, theo hướng:
- Lựa chọn người có phẩm chất, năng lực phù hợp với yêu cầu nhiệm vụ.
- Thực hiện chế độ hợp đồng đối với các vị trí cần thiết theo quy định.
- Giải quyết kịp thời chế độ, chính sách đối với các trường hợp không tiếp tục bố trí.
c) Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 05 tháng 7 năm 2026.
"""


def test_dashes_after_a_paragraph_saying_theo_huong_describe_the_one_duty() -> None:
    tasks = _plan(_ORIENTED)["tasks"]
    assert [t["path"][-1] for t in tasks] == ["a", "b", "c"]
    # in the order printed: the item, its paragraph, then the lines it announces
    assert "ở cơ sở, theo hướng: Lựa chọn người có phẩm chất" in tasks[1]["text"]
    assert tasks[1]["deadline_text"] == "trước ngày 30 tháng 6 năm 2026"


_LETTER = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 912/UBND-KT
V/v triển khai Chương trình hành động số 12-CTr/TU
Hà Giang, ngày 15 tháng 9 năm 2026
Kính gửi: Các sở, ban, ngành thuộc tỉnh.
Thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:
1. Các sở, ban, ngành thuộc tỉnh tổ chức nghiên cứu, cụ thể hóa các nhiệm vụ của Chương trình hành động.
2. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổng hợp kết quả, báo cáo trước ngày 05/10/2026.
Căn cứ ý kiến chỉ đạo, yêu cầu các sở, ngành, địa phương triển khai thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_letter_closing_grounded_on_its_directions_is_no_task() -> None:
    tasks = _plan(_LETTER)["tasks"]
    assert [t["text"][:20] for t in tasks] == ["Các sở, ban, ngành t", "Giao Sở Nội vụ chủ t"]


def test_standing_board_of_two_committees_is_one_group() -> None:
    assert split_mentions("Ban Thường vụ Tỉnh ủy, Thành ủy") == ["Ban Thường vụ Tỉnh ủy, Thành ủy"]
    assert split_mentions("Thường trực Huyện ủy, Thị ủy") == ["Thường trực Huyện ủy, Thị ủy"]
    # two committees named alone are two bodies
    assert split_mentions("Tỉnh ủy, Thành ủy") == ["Tỉnh ủy", "Thành ủy"]


def test_advising_bodies_are_named_by_their_work() -> None:
    heading = agency_heading("Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở")
    assert heading is not None
    assert heading.lead == ["Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy", "Các chi bộ, đảng bộ cơ sở"]


def test_schedule_before_the_report_it_times_is_its_time() -> None:
    text = "Cung cấp thông tin tình hình thực hiện dự án định kỳ hằng năm gửi về Bộ Nông nghiệp và Môi trường."
    assert find_in_prose(text) == "định kỳ hằng năm"
    # a date given with the schedule wins; a frequency with no report after it is no time
    assert find_in_prose("Các sở định kỳ 6 tháng báo cáo kết quả về Sở Nội vụ trước ngày 15 tháng 6.") \
        == "trước ngày 15 tháng 6"
    assert find_in_prose("Kinh phí thực hiện được bố trí định kỳ hằng năm trong dự toán của các sở.") is None


def test_month_after_an_ocr_misread_trong_is_the_time() -> None:
    assert find_in_prose("Hoàn thành điều chỉnh quy hoạch chung các xã, phường frong tháng 01/2026.") \
        == "frong tháng 01/2026"
    assert find_in_prose("Hoàn thành việc rà soát frong tháng 3 năm 2026.") == "frong tháng 3 năm 2026"


def test_presiding_bodies_named_as_partners_are_no_partner() -> None:
    assert asg.from_text("Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này.").support \
        == []
    assert asg.from_text("Sở Tài chính chủ trì, phối hợp với các cơ quan có liên quan bố trí kinh phí.").support \
        == ["Cơ quan, đơn vị có liên quan"]
