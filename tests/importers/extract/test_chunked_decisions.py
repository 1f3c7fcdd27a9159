"""A decision with its plan copied as chunks, and a chỉ thị copied without its header (issue #10, real5).

General export and writing habits, each in a short synthetic document read through the whole pipeline:
- a roman section printed as a Markdown heading that names its level (`## Mục I. MỤC ĐÍCH, YÊU CẦU`) is that
  level (a legal text's `Mục 1` between `Chương` and `Điều` is numbered in digits and is not read so);
- a decision whose header block the copy left out (its title, its authority's line, `Căn cứ …`, `QUYẾT ĐỊNH:`,
  `Điều 1.`) is still the decision: its kind and title, and its number and date from the caption of the plan it
  issues; the plan's `KẾ HOẠCH` line below its articles is the plan's, not the document's type line;
- a chỉ thị's preamble closing on its addressees (`…, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các
  tỉnh, …:`) hands them every numbered item that names no actor of its own;
- the closing paragraph that ends the text (`./.`) is read apart from the last item (a request to carry out the
  plan as a whole is no task), and a copy without `Nơi nhận:` ends its body there (the signature below is no part
  of the last item);
- a signature cell run onto one line (`THỦ TƯỚNG Nguyễn Tấn Dũng`) gives the signer's title and name;
- a time wholly before the document's year (`người tham gia kháng chiến trong giai đoạn 1974 - 1975`) is no
  deadline of the plan.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.importers import import_plan_file
from app.importers.extract.outline import split_label
from app.importers.extract.prose import opening_lead_in

TITLE = "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG CÁC CƠ QUAN NHÀ NƯỚC CỦA TỈNH NĂM 2026"
_DECISION = f"""# {TITLE}

{TITLE}
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện chương trình chuyển đổi số năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn An

KẾ HOẠCH
THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2026
(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 12 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh)

# {TITLE}

## Mục I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả quản lý nhà nước bằng nền tảng số.
2. Bảo đảm an toàn thông tin trong quá trình triển khai.

# {TITLE}

## Mục II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ
- Xây dựng kho dữ liệu dùng chung của tỉnh, hoàn thành trong quý II năm 2026.
- Hỗ trợ người tham gia kháng chiến trong giai đoạn 1974 - 1975 tra cứu hồ sơ trực tuyến.
2. Sở Tài chính
- Bố trí kinh phí thực hiện Kế hoạch.

# {TITLE}

## Mục III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành chủ động triển khai các nhiệm vụ được giao.
Hằng năm, các sở, ngành báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ./.
"""

# the chunks end their printed lines in two spaces (Markdown hard breaks)
DECISION = "\n".join(f"{line}  " if line and not line.startswith("#") else line for line in _DECISION.split("\n"))

DIRECTIVE = """CHỈ THỊ

VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI TRƯỚC MÙA MƯA BÃO

Thời gian qua, công tác phòng, chống thiên tai đã đạt nhiều kết quả. Tuy nhiên, thiệt hại do thiên tai gây ra vẫn \
còn lớn.

Để chủ động ứng phó với thiên tai trong thời gian tới, bảo vệ tính mạng và tài sản của nhân dân, Thủ tướng Chính \
phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:

1. Chỉ đạo rà soát, cập nhật phương án ứng phó thiên tai trên địa bàn.

2. Sở Nông nghiệp và Môi trường có trách nhiệm kiểm tra hệ thống đê điều, hồ đập trước mùa mưa bão.

3. Định kỳ hằng năm báo cáo kết quả về Bộ Nông nghiệp và Môi trường.

Phòng, chống thiên tai là nhiệm vụ thường xuyên, cấp bách. Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân \
các tỉnh thực hiện nghiêm túc Chỉ thị này./.

THỦ TƯỚNG
Nguyễn Văn Bình
"""


def _import(tmp_path: Path, text: str):
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    return import_plan_file(path)


def test_a_roman_heading_named_by_its_word_is_the_roman_level() -> None:
    assert split_label("Mục I. MỤC ĐÍCH, YÊU CẦU")[:2] == ("I", "roman")
    assert split_label("MỤC II - NHIỆM VỤ VÀ GIẢI PHÁP")[:2] == ("II", "roman")
    assert split_label("Mục 1. Quy định chung")[0] is None  # a legal text's section, numbered in digits
    assert split_label("Mục tiêu: nâng cao hiệu quả")[0] is None


def test_a_chunked_decision_without_its_header_block_is_read_with_its_plan(tmp_path: Path) -> None:
    plan = _import(tmp_path, DECISION)
    assert (plan.doc_type, plan.number, plan.date) == ("QĐ", "45/QĐ-UBND", dt.date(2026, 3, 12))
    assert plan.title == TITLE
    assert plan.signer.name == "Nguyễn Văn An"
    tasks = {"/".join(t.path): t for t in plan.tasks()}
    assert tasks["II/1/•1"].lead == ["Sở Khoa học và Công nghệ"]
    assert tasks["II/1/•1"].deadline_text == "trong quý II năm 2026"  # the long form keeps its `trong` as printed
    assert tasks["II/2/•1"].lead == ["Sở Tài chính"]
    assert not any(TITLE.lower() in t.text.lower() for t in plan.tasks())  # the repeated title joins no item
    assert not any(path.startswith(("I/", "Điều")) for path in tasks)


def test_a_time_before_the_documents_year_is_no_deadline(tmp_path: Path) -> None:
    tasks = {"/".join(t.path): t for t in _import(tmp_path, DECISION).tasks()}
    assert tasks["II/1/•2"].lead == ["Sở Khoa học và Công nghệ"] and tasks["II/1/•2"].deadline_text is None


def test_the_closing_paragraph_ending_the_text_is_no_part_of_the_last_item(tmp_path: Path) -> None:
    plan = _import(tmp_path, DECISION)
    last = [t for t in plan.tasks() if t.text.startswith("Các sở, ngành chủ động")]
    assert len(last) == 1 and "Hằng năm" not in last[0].text
    closing = [t for t in plan.tasks() if t.text.startswith("Hằng năm, các sở, ngành báo cáo")]
    assert len(closing) == 1 and closing[0].lead == ["Các sở, ngành"]


def test_a_directive_closing_its_preamble_on_its_addressees_hands_them_the_items(tmp_path: Path) -> None:
    plan = _import(tmp_path, DIRECTIVE)
    chairs = ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    tasks = {"/".join(t.path): t for t in plan.tasks()}
    assert set(tasks) == {"1", "2", "3"}
    assert tasks["1"].lead == chairs and tasks["3"].lead == chairs
    assert tasks["2"].lead == ["Sở Nông nghiệp và Môi trường"]
    # the exhortation closing the text is neither a task nor more of item 3; with no `Nơi nhận:`, the text ends at
    # `./.` and the signature below is the footer
    assert tasks["3"].text == "Định kỳ hằng năm báo cáo kết quả về Bộ Nông nghiệp và Môi trường"
    assert (plan.signer.title, plan.signer.name) == ("THỦ TƯỚNG", "Nguyễn Văn Bình")


def test_a_closing_request_to_carry_out_the_plan_read_apart_is_no_task(tmp_path: Path) -> None:
    """`… giao Giám đốc các sở, … theo chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực hiện đảm bảo
    mục đích, yêu cầu, hiệu quả, đúng quy định./.` after the last item asks for the plan as a whole; a closing that
    adds work (`…, kịp thời báo cáo những vướng mắc về Sở Nội vụ`) stays a task."""
    body = DECISION.rsplit("Hằng năm,", 1)[0]
    plan = _import(tmp_path, body + "Ủy ban nhân dân tỉnh giao Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã theo "
                   "chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực hiện đảm bảo mục đích, yêu cầu, "
                   "hiệu quả, đúng quy định./.\n")
    assert [t.text for t in plan.tasks() if "tại kế hoạch này" in t.text] == []
    plan = _import(tmp_path, body + "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương triển khai thực hiện Kế "
                   "hoạch này, kịp thời báo cáo những vướng mắc về Sở Nội vụ để tổng hợp./.\n")
    assert [t.lead for t in plan.tasks() if "vướng mắc" in t.text] == [["Các sở, ngành"]]


def test_only_a_request_that_stops_at_its_addressees_is_such_a_lead_in() -> None:
    said = opening_lead_in("Để chủ động ứng phó với thiên tai, bảo vệ tính mạng và tài sản của nhân dân trong mùa mưa "
                           "bão năm nay, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
                           "trực thuộc Trung ương:")
    assert said is not None and said.lead == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    # the request names what is asked (coordination): the items are not simply theirs
    assert opening_lead_in("Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị phối hợp như sau:") is None


def test_a_signature_cell_run_onto_one_line_gives_title_and_name() -> None:
    """`| Nơi nhận: - …; - Lưu: VT. | THỦ TƯỚNG Nguyễn Tấn Dũng |`: the table's two cells read as lines, the
    signature's title and name on one; a recipient written without its dash (`UBND Tỉnh Nghệ An`) is no signer."""
    from app.importers.extract.header import parse_footer

    recipients, signer = parse_footer(["Nơi nhận: - Ban Bí thư Trung ương Đảng; - Lưu: VT, KGVX.",
                                       "THỦ TƯỚNG Nguyễn Văn Bình"])
    assert (signer.title, signer.name) == ("THỦ TƯỚNG", "Nguyễn Văn Bình") and recipients
    assert parse_footer(["Nơi nhận:", "UBND Tỉnh Nghệ An", "CHỦ TỊCH", "Lê Văn Cường"])[1].name == "Lê Văn Cường"
