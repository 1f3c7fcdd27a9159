"""The same plan typed by another clerk reads the same: label punctuation, bullet glyphs, tone
placement (the general shapes `bench.perturb` measures on whole documents)."""
from __future__ import annotations

import pytest

from app.importers.blocks import Table
from app.importers.extract import extract_plan
from app.importers.extract.outline import split_label
from app.importers.extract.spelling import respell, to_new_style, to_old_style, writes_old_style
from app.importers.readers.lines import is_list_item
from app.importers.readers.textfile import parse_text

PLAN = """KẾ HOẠCH
Triển khai công tác năm 2025

I{r} NHIỆM VỤ
1{d} Công tác tuyên truyền
a{a} Sở Văn hóa và Thể thao chủ trì tổ chức tuyên truyền về kế hoạch, hoàn thành trong quý II năm 2025.
b{a} Ủy ban nhân dân các huyện tổ chức hội nghị quán triệt kế hoạch, hoàn thành trong tháng 6 năm 2025.
2{d} Công tác kiểm tra
{b}Sở Nội vụ chủ trì kiểm tra việc thực hiện kế hoạch tại các cơ quan, đơn vị, hoàn thành trước ngày 30/11/2025.
{b}Thanh tra tỉnh phối hợp với Sở Nội vụ tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh hằng quý.
"""


def _tasks(text: str) -> list[tuple[str, list[str], str | None]]:
    plan = extract_plan(parse_text(text))
    return [(t.text, t.lead, t.deadline_text) for t in plan.tasks()]


@pytest.mark.parametrize("r,d,a", [(".", ".", ")"), ("/", "/", "/"), ("-", ")", "."), (".", "/", ")")])
def test_every_label_punctuation_gives_the_same_tasks(r: str, d: str, a: str) -> None:
    base = _tasks(PLAN.format(r=".", d=".", a=")", b="- "))
    assert len(base) == 4
    assert _tasks(PLAN.format(r=r, d=d, a=a, b="- ")) == base


@pytest.mark.parametrize("bullet", ["– ", "+ ", "• ", "-", "–", "o ", "* ", "*"])
def test_every_bullet_glyph_gives_the_same_tasks(bullet: str) -> None:
    base = _tasks(PLAN.format(r=".", d=".", a=")", b="- "))
    assert _tasks(PLAN.format(r=".", d=".", a=")", b=bullet)) == base


@pytest.mark.parametrize("line", ["1/ Sở Tài chính", "a/ Sở Tài chính", "II/ NHIỆM VỤ", "-Sở Tài chính",
                                  "+Ủy ban nhân dân", "o Sở Y tế"])
def test_reader_sees_every_label_style_as_a_list_item(line: str) -> None:
    assert is_list_item(line)


@pytest.mark.parametrize("line", ["o cũng đi", "-5 độ", "a/b là tỷ lệ"])
def test_reader_does_not_take_running_text_for_a_label(line: str) -> None:
    assert not is_list_item(line)


def test_outline_reads_slash_and_o_labels() -> None:
    assert split_label("a/ Sở Tài chính chủ trì")[:2] == ("a", "alpha")
    assert split_label("o Sở Tài chính chủ trì")[1] == "bullet◦"
    assert split_label("o cũng có")[0] is None


def test_glued_star_is_a_bullet_but_an_italic_run_is_not() -> None:
    bullets = parse_text("Nhiệm vụ:\n*Sở Tài chính chủ trì việc A;\n*Sở Nội vụ chủ trì việc B.")
    assert [b.text for b in bullets][1:] == ["- Sở Tài chính chủ trì việc A;", "- Sở Nội vụ chủ trì việc B."]
    italic = parse_text("*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nLuật A;*")
    assert not italic[0].text.startswith("-")


def test_tone_styles_are_each_others_inverse() -> None:
    old, new = "Uỷ ban hoà giải, thuỷ lợi, khoẻ, quý, quả", "Ủy ban hòa giải, thủy lợi, khỏe, quý, quả"
    assert to_new_style(old) == new
    assert to_old_style(new) == old
    assert writes_old_style(old) and not writes_old_style(new)


def test_respell_reaches_every_string_of_a_result() -> None:
    plan = extract_plan(parse_text(PLAN.format(r=".", d=".", a=")", b="- ")))
    old = respell(plan, to_old_style)
    assert "Uỷ ban nhân dân các huyện" in [m for t in old.tasks() for m in t.lead]
    assert plan.tasks()[1].lead != old.tasks()[1].lead  # a copy: the original is untouched


def test_old_style_plan_reads_like_new_style_and_keeps_its_spelling() -> None:
    new = _tasks(PLAN.format(r=".", d=".", a=")", b="- "))
    old = _tasks(to_old_style(PLAN.format(r=".", d=".", a=")", b="- ")))
    assert [(to_old_style(t), [to_old_style(m) for m in lead], d) for t, lead, d in new] == old
    assert any("Uỷ ban" in t for t, _, _ in old)


ANNEX = """PHỤ LỤC
STT
Nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
1
Rà soát, đề xuất sửa đổi các quy định về điều kiện kinh doanh
Vụ Pháp chế
Các đơn vị thuộc Bộ
Quý IV/2024
2
Tổ chức các chương trình xúc tiến thương mại
Cục Xúc tiến thương mại
Sở Công Thương
Hằng năm
"""


@pytest.mark.parametrize("indent", ["\t", "\u00a0\u00a0\u00a0", "    "])
def test_indentation_of_any_kind_reads_as_spaces(indent: str) -> None:
    indented = "\n".join(indent + ln if ln else ln for ln in ANNEX.split("\n"))
    tables = [b for b in parse_text(indented) if isinstance(b, Table)]
    assert [t.rows for t in tables] == [t.rows for t in parse_text(ANNEX) if isinstance(t, Table)]
    assert len(tables) == 1 and len(tables[0].rows) == 3


def test_recipients_label_never_continues_a_wrapped_line() -> None:
    width = "x" * 60
    text = "\n".join([f"Đây là một dòng dài {width} đủ rộng để"] * 25 + [
        "3. Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện kế hoạch hằng năm cơ sở.",
        "Nơi nhận:", "- Bộ Y tế;", "TM. ỦY BAN NHÂN DÂN"])
    texts = [b.text for b in parse_text(text)]
    assert "Nơi nhận:" in texts
    assert any(t.startswith("TM. ỦY BAN") for t in texts)
