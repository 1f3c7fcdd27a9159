"""Line breaks that are not the author's (issue 10, session 10 "wraps"): a web export's cut-short first lines
with its blank lines gone, a mail program's re-wrap, a hard wrap over paragraphs. Each test builds a short plan
the way such a text reaches the clerk and checks the paragraphs the reader gives back."""
from __future__ import annotations

import textwrap

from app.importers.readers.lines import LIST_ITEM, SENTENCE_END
from app.importers.readers.textfile import parse_text
from app.importers.readers.wraps import (
    inline_label_wrapped,
    label_runs_on,
    opens_cut_paragraph,
    room_left,
    sentence_dash,
)

WIDTH = 80
_DUTY = ("phối hợp với các sở, ban, ngành và Ủy ban nhân dân các xã, phường tổ chức triển khai thực hiện có hiệu "
         "quả các nội dung của kế hoạch trên địa bàn, định kỳ báo cáo kết quả")
_BODY = [
    f"1. Sở Khoa học và Công nghệ {_DUTY}.",
    f"2. Sở Tài chính {_DUTY}.",
    f"3. Sở Nội vụ {_DUTY}.",
    f"4. Sở Y tế {_DUTY}.",
    f"- Các cơ quan, đơn vị {_DUTY}.",
]


def _cut_first(paragraph: str, first: int = 28) -> list[str]:
    """A web export with a first-line indent: the first line breaks after `first` characters or so."""
    words, head = paragraph.split(" "), ""
    while words and len(head) + 1 + len(words[0]) <= first:
        head = f"{head} {words.pop(0)}".strip()
    return [head, *textwrap.wrap(" ".join(words), WIDTH)] if words else [head]


def _no_blank(paragraphs: list[str]) -> str:
    return "\n".join(line for p in paragraphs for line in _cut_first(p))


def _texts(text: str) -> list[str]:
    return [getattr(b, "text", "") for b in parse_text(text)]


def test_heading_without_stop_over_a_cut_short_first_line_ends_there() -> None:
    """`d) Các hoạt động chính` / `Căn cứ tình hình thực tế,` / `các cơ quan …`: two short lines, the second going
    on in lower case — a paragraph has one short line that goes on, its first, so the heading ended above it."""
    paras = [*_BODY[:2], "d) Các hoạt động chính",
             f"Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương {_DUTY}:", *_BODY[2:]]
    assert _texts(_no_blank(paras)) == paras


def test_two_line_heading_still_joins() -> None:
    """`3. Sở` / `Nông nghiệp và Môi trường` / `Chủ trì …`: the short second line is the heading's last — the line
    below opens a sentence of its own, so the heading is one paragraph."""
    lines = [line for p in _BODY[:3] for line in _cut_first(p)]
    lines += ["5. Sở", "Nông nghiệp và Môi trường", *_cut_first(f"Chủ trì triển khai, {_DUTY}."), *_cut_first(_BODY[3])]
    assert _texts("\n".join(lines)) == [*_BODY[:3], "5. Sở Nông nghiệp và Môi trường",
                                        f"Chủ trì triển khai, {_DUTY}.", _BODY[3]]


def test_opens_cut_paragraph_wants_a_capital_a_short_line_and_lower_case_below() -> None:
    def opens(text: str, after: str) -> bool:
        return opens_cut_paragraph(text, len(text), after, WIDTH, 30, sentence_end=SENTENCE_END, list_item=LIST_ITEM)

    assert opens("Căn cứ tình hình thực tế,", "các cơ quan, đơn vị")
    assert not opens("toàn trình, bảo đảm phục vụ", "doanh nghiệp nhanh")
    assert not opens("Nông nghiệp và Môi trường", "Chủ trì triển khai")
    assert not opens("Căn cứ tình hình thực tế,", "a) Các cơ quan")
    assert not opens("Căn cứ tình hình thực tế của địa phương và nhiệm vụ", "các")


def test_bold_name_split_over_two_bold_lines_without_blank_lines() -> None:
    """`**3. Đề nghị Ủy ban …, Hội Liên hiệp**` / `**Phụ nữ Thành phố và …**`: one bold heading the website cut
    inside a name, with no blank line between (or none left)."""
    lines = [line for p in _BODY[:3] for line in _cut_first(p)]
    lines += ["**4. Đề nghị Ủy ban Mặt trận", "Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**",
              "**Phụ nữ Thành phố và các tổ", "chức thành viên của Mặt trận**", *_cut_first(_BODY[4])]
    assert _texts("\n".join(lines))[3] == ("4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp "
                                           "Phụ nữ Thành phố và các tổ chức thành viên của Mặt trận")


def test_bold_run_closing_on_the_line_below_keeps_the_paragraph() -> None:
    """`**5. Sở Văn hóa, Thể thao và Du` / `lịch:** Chủ trì …` and `**6. Ngân hàng Nhà nước Việt` / `Nam - Chi
    nhánh Khu vực II:** Chủ trì …`: the bold heading runs on past the break, so does the paragraph."""
    lines = [line for p in _BODY[:4] for line in _cut_first(p)]
    lines += ["**5. Sở Văn hóa, Thể thao và Du", *textwrap.wrap(f"lịch:** Chủ trì, {_DUTY}.", WIDTH),
              "**6. Ngân hàng Nhà nước Việt", *textwrap.wrap(f"Nam - Chi nhánh Khu vực II:** Chủ trì, {_DUTY}.", WIDTH)]
    got = _texts("\n".join(lines))
    assert got[4] == f"5. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, {_DUTY}."
    assert got[5] == f"6. Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II: Chủ trì, {_DUTY}."


def test_an_open_parenthesis_and_a_sentence_dash_go_on() -> None:
    """`… báo cáo Ủy ban nhân dân tỉnh (thông qua` / `Sở Tài chính) để …` and `… từ sản xuất` / `- quản lý - tiêu
    thụ …`: neither a parenthesis left open nor a dash before a word in lower case ends a paragraph."""
    para1 = ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh (thông "
             "qua Sở Tài chính) để xem xét, giải quyết.")
    para2 = ("Phát triển nông nghiệp số toàn diện, kết hợp công nghệ số trong toàn bộ chuỗi giá trị từ sản xuất - "
             "quản lý - tiêu thụ - truy xuất; hiện đại hóa sản xuất nông nghiệp.")
    lines = [line for p in _BODY[:3] for line in _cut_first(p)]
    lines += ["Trong quá trình thực hiện,",
              "nếu có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh (thông qua",
              "Sở Tài chính) để xem xét, giải quyết."]
    lines += ["Phát triển nông nghiệp số", "toàn diện, kết hợp công nghệ số trong toàn bộ chuỗi giá trị từ sản xuất",
              "- quản lý - tiêu thụ - truy xuất; hiện đại hóa sản xuất nông nghiệp.", *_cut_first(_BODY[3])]
    got = _texts("\n".join(lines))
    assert got[3:5] == [para1, para2]
    assert sentence_dash("- quản lý - tiêu thụ") and not sentence_dash("- Sở Tài chính") and not sentence_dash("-")


def test_room_left_spares_the_printed_width() -> None:
    """A website wraps at a printed width: its lines end a character or two either side of the column, so a word
    that would fit by one character was still the wrap's to push down."""
    assert not room_left(75, "95%.", WIDTH)  # 75 + 1 + 4 = 80: fits only to the last character
    assert room_left(60, "Ủy", WIDTH)


def test_inline_enumeration_pushed_down_by_a_mail_wrap() -> None:
    """`3.1. Đối với cơ quan: (1) Họp …;` / `(2) Hội nghị …`: a mail program re-wraps at 72–80 columns whatever
    word comes next; a `(2)` at a line's start under a line that counts `(1)` inside its sentence goes on."""
    para = ("3.1. Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo dự kiến người giới thiệu, lập biên bản "
            "họp Ban lãnh đạo (Mẫu số 02); (2) Hội nghị lấy ý kiến cử tri nơi công tác, lập biên bản (Mẫu số 01); "
            "(3) Hội nghị Ban lãnh đạo mở rộng giới thiệu chính thức (Mẫu số 03).")
    paras = [*_BODY, para, "3.2. Đối với thôn: Trưởng Ban công tác Mặt trận họp dự kiến người giới thiệu."]
    text = "\n\n".join("\n".join(textwrap.wrap(p, 66, break_long_words=False, break_on_hyphens=False))
                       for p in paras)
    assert "\n(2) " in text and "\n(3) " not in text
    assert _texts(text) == paras
    assert inline_label_wrapped("… người giới thiệu, lập biên bản (Mẫu số 02); (1) Họp thêm", "(2) Hội nghị", 76, 76)
    assert not inline_label_wrapped("(1) Họp Ban lãnh đạo dự kiến người giới thiệu, lập biên bản", "(2) Hội nghị",
                                    76, 76)  # (1) is its own paragraph's label: a list, one item a paragraph
    assert not inline_label_wrapped("… giới thiệu (Mẫu số 02); (1) Họp", "(2) Hội nghị", 30, 76)  # room was left


def test_colon_at_the_wrap_between_blank_line_paragraphs_goes_on() -> None:
    """`2. Đồng chí Phó Trưởng phòng … - Phó Trưởng tiểu ban Thường trực:` filling the column, `Trực tiếp chỉ đạo
    …` below with no blank line: the wrap fell after the colon; the text's paragraphs are blank-separated."""
    head = "2. Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực:"
    para = f"{head} Trực tiếp chỉ đạo chuẩn bị tốt các nội dung trang trí, khánh tiết, các nội dung tuyên truyền."
    paras = [*_BODY, para, *_BODY]
    width = len(head)
    text = "\n\n".join("\n".join(textwrap.wrap(p, width, break_long_words=False)) for p in paras)
    assert f"{head}\nTrực" in text
    assert _texts(text) == paras


def test_a_date_inside_a_long_paragraph_is_no_header_line() -> None:
    """A mail re-wrap leaves an orphan word (`… để tổng hợp báo` / `cáo` / `Ủy ban nhân dân tỉnh …`) under a
    paragraph that mentions `ngày 30 tháng 11`: the sentence goes on; only a short line with a date is the
    header's."""
    para = ("Định kỳ hằng năm (trước ngày 30 tháng 11) các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Xây dựng "
            "để tổng hợp báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo của tỉnh theo quy định.")
    lines: list[str] = []
    for p in [*_BODY, para, *_BODY]:
        lines += [*textwrap.wrap(p, 80), ""]
    orphaned = "\n".join(lines).replace("báo cáo Ủy ban", "báo\ncáo\nỦy ban")
    assert _texts(orphaned)[len(_BODY)] == para


def test_headings_without_stop_over_long_wrapped_items_are_not_cut_first_lines() -> None:
    """`4. Bồi dưỡng nghiệp vụ …` / `Vụ Tổ chức cán bộ chủ trì …` in a text hard-wrapped at 80 columns with no
    blank lines: half the numbered lines are headings typed without a full stop (room left below them), the rest
    long items the wrap broke at the column. First lines cut by a web export stop well short of the column;
    these run to it, so each heading ends its paragraph."""
    heads = ["Phổ biến các luật, nghị quyết mới được Quốc hội thông qua", "Bồi dưỡng nghiệp vụ pháp chế",
             "Theo dõi tình hình thi hành pháp luật", "Kiểm tra, xử lý văn bản"]
    paras: list[str] = []
    for n, head in enumerate(heads, 1):
        paras += [f"{n}. {head}", f"Vụ Pháp chế chủ trì, {_DUTY}.",
                  f"{n + 4}. Xây dựng, cập nhật chuyên mục phổ biến pháp luật trên Cổng thông tin điện tử của Bộ và "
                  f"{_DUTY}."]
    text = "\n".join(line for p in paras for line in textwrap.wrap(p, WIDTH))
    assert _texts(text) == paras


def test_label_and_colon_run_on_into_the_line_below_between_blank_lines() -> None:
    """`10. Bộ Chỉ huy Quân sự tỉnh:` / `Chủ trì, phối hợp …` with no blank line between, in a text whose paragraphs
    are blank-separated: one paragraph. A heading over items keeps its blank line (`11. Sở Nội vụ` / blank /
    `- Chủ trì …`), and items below a colon open with labels."""
    item = f"6. Bộ Chỉ huy Quân sự tỉnh: Chủ trì, {_DUTY}."
    paras = [*_BODY, item, "7. Sở Nội vụ:", f"- Chủ trì, {_DUTY}.", f"- Phối hợp, {_DUTY}."]
    blocks = ["\n".join(textwrap.wrap(p, WIDTH)) for p in paras]
    blocks[len(_BODY)] = "6. Bộ Chỉ huy Quân sự tỉnh:\n" + "\n".join(textwrap.wrap(item.split(": ", 1)[1], WIDTH))
    assert _texts("\n\n".join(blocks)) == paras
    assert label_runs_on("10. Sở Tư pháp:", "Chủ trì xây dựng", list_item=LIST_ITEM)
    assert not label_runs_on("10. Sở Tư pháp:", "- Chủ trì xây dựng", list_item=LIST_ITEM)
    assert not label_runs_on("Các sở thực hiện như sau:", "Chủ trì xây dựng", list_item=LIST_ITEM)
