"""Session 5 (structure): the level at which a list's items are read, on small texts of the general shape.

- a numbered label past the first whose style is not open (`2. Yêu cầu` after an unlabelled `Mục đích`
  paragraph and its dashes) continues the list of its own level, never a sub-list under the dash;
"""
from __future__ import annotations

from app.importers.extract.outline import Line, build_tree, split_label


def _tree(texts: list[str]):
    lines = []
    for text in texts:
        lab, style, rest = split_label(text)
        lines.append(Line(text=rest if lab is not None else text, label=lab, style=style))
    return build_tree(lines)


def test_second_number_after_an_unlabelled_first_does_not_nest_under_a_dash() -> None:
    root = _tree(["I. MỤC ĐÍCH, YÊU CẦU", "Mục đích", "- Bảo đảm cuộc bầu cử dân chủ;", "- Phát hiện thiếu sót;",
                  "2. Yêu cầu", "- Đúng quy trình;", "II. NỘI DUNG"])
    first = root.children[0]
    assert [c.label for c in first.children] == ["•1", "•2", "2"]
    assert [c.title for c in first.children[2].children] == ["Đúng quy trình;"]
    assert [c.label for c in root.children] == ["I", "II"]


def test_a_list_that_starts_at_one_under_a_dash_stays_under_it() -> None:
    root = _tree(["1. Chuẩn bị", "- Hồ sơ gồm:", "a) Danh sách;", "b) Biên bản.", "2. Tổ chức"])
    dash = root.children[0].children[0]
    assert [c.label for c in dash.children] == ["a", "b"]
    assert [c.label for c in root.children] == ["1", "2"]


def test_a_later_letter_with_no_earlier_sibling_attaches_to_the_numbered_item() -> None:
    root = _tree(["1. Sở Nội vụ", "Nội dung chung", "- Tổng hợp danh sách;", "b) Sở Tài chính: bố trí kinh phí."])
    one = root.children[0]
    assert [c.label for c in one.children] == ["•1", "b"]
