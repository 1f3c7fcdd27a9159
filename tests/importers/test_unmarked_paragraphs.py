"""A text hard-wrapped at a column with no blank line between paragraphs: where each paragraph
starts is read off the wrap itself (a line that ends a sentence with room left on it, a short last
line, a label or bullet), not off the blank lines that are gone."""
from __future__ import annotations

import textwrap

from app.importers.readers.lines import wrap_column
from app.importers.readers.textfile import parse_text

WIDTH = 72
_DUTY = ("chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố tổ chức "
         "triển khai thực hiện có hiệu quả các nội dung của kế hoạch trên địa bàn tỉnh")


def _paragraphs() -> list[str]:
    return [
        "KẾ HOẠCH",
        "Thực hiện chương trình chuyển đổi số trên địa bàn tỉnh năm 2026",
        "Căn cứ Quyết định số 12/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân "
        "tỉnh ban hành Kế hoạch thực hiện như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm sự lãnh đạo, chỉ đạo thống nhất của các cấp ủy, chính quyền trong triển khai. "
        "Xác định rõ nhiệm vụ, trách nhiệm của từng cơ quan, đơn vị.",
        "Việc triển khai phải thiết thực, hiệu quả, phù hợp với điều kiện thực tế của địa phương.",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        f"1. Sở Khoa học và Công nghệ {_DUTY}; định kỳ báo cáo kết quả trước ngày 15/12 hằng năm.",
        f"2. Sở Tài chính {_DUTY}.",
        "Các cơ quan, đơn vị chủ động bố trí kinh phí từ dự toán được giao để thực hiện kế hoạch.",
        f"- Sở Nội vụ {_DUTY}.",
        f"- Sở Y tế {_DUTY}.",
        "III. TỔ CHỨC THỰC HIỆN",
        f"Văn phòng Ủy ban nhân dân tỉnh {_DUTY}.",
    ]


def test_paragraph_starts_found_from_the_wrap_width() -> None:
    paras = _paragraphs()
    text = "\n".join(line for p in paras for line in textwrap.wrap(p, WIDTH))
    assert "\n\n" not in text
    assert [b.text for b in parse_text(text)] == paras


def test_first_lines_cut_short_still_join_their_paragraph() -> None:
    """A web export that breaks the first line of every paragraph after a few words (`1. Giao Sở` /
    `Nông nghiệp và Môi trường …`): short first lines go on; a sentence's end still ends one."""
    paras = [p for p in _paragraphs() if len(p) > WIDTH]
    lines: list[str] = []
    for p in paras:
        head, rest = p.split(" ", 3)[:3], p.split(" ", 3)[3]
        lines.append(" ".join(head))
        lines.extend(textwrap.wrap(rest, WIDTH))
    assert [b.text for b in parse_text("\n".join(lines))] == paras


def test_heading_without_full_stop_is_not_joined_to_the_paragraph_below() -> None:
    paras = _paragraphs()
    paras.insert(4, "1. Mục đích chung")
    text = "\n".join(line for p in paras for line in textwrap.wrap(p, WIDTH))
    assert [b.text for b in parse_text(text)] == paras


def test_bold_heading_over_plain_text_ends_its_paragraph() -> None:
    paras = _paragraphs()
    text = "\n".join(line for p in paras for line in textwrap.wrap(p, WIDTH))
    text = text.replace("III. TỔ CHỨC THỰC HIỆN", "**3.1. Trách nhiệm của các\ncơ quan**")
    texts = [b.text for b in parse_text(text)]
    assert "3.1. Trách nhiệm của các cơ quan" in texts
    assert texts[-1].startswith("Văn phòng Ủy ban nhân dân tỉnh")


def test_a_few_overlong_lines_do_not_undo_the_wrap_column() -> None:
    lines = [("x" * 60 + " y")[: 55 + i % 8] for i in range(150)]
    assert wrap_column(lines) == 62
    assert wrap_column([*lines, "z" * 110]) == 62
    # three sentences in 153 lines the export left unwrapped: still a wrapped text (up to two lines in a hundred)
    assert wrap_column([*lines, "z" * 110, "z" * 111, "z" * 112]) == 62
    assert wrap_column([*lines, *("z" * (110 + k) for k in range(4))]) == 0


def test_a_dash_the_wrap_had_no_room_for_stays_in_its_sentence() -> None:
    paras = _paragraphs()
    text = "\n".join(line for p in paras for line in textwrap.wrap(p, WIDTH))
    filler = "Nội dung vướng mắc gửi về Sở Nội vụ (Phòng Thi đua khen thưởng của tỉnh) x"
    line = filler[: WIDTH - 1]  # no room left for ` -`
    text += f"\n{line}\n-\nKhen thưởng) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n- Sở Tư pháp kiểm tra."
    texts = [b.text for b in parse_text(text)]
    assert texts[-2] == f"{line} - Khen thưởng) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."
    assert texts[-1] == "- Sở Tư pháp kiểm tra."
