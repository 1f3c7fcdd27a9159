"""Numbering styles → a tree with printed labels; broken lines joined."""
from __future__ import annotations

from outline_trees import outline_tree

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.extract.outline import split_label


def test_labels_of_every_style() -> None:
    cases = {
        "I. MỤC ĐÍCH": ("I", "roman"),
        "II- NỘI DUNG": ("II", "roman"),
        "1. Mục đích": ("1", "dec1"),
        "1.1. Sở Nội vụ:": ("1.1", "dec2"),
        "3.1.2. Thực hiện": ("3.1.2", "dec3"),
        "2.2 Đến đầu nhiệm kỳ": ("2.2", "dec2"),
        "a) Sở Tư pháp": ("a", "alpha"),
        "đ) Các sở, ngành": ("đ", "alpha"),
        "(1) Xây dựng": ("(1)", "paren"),
        "- Tổ chức": ("-", "bullet-"),
        "+ Quyết định": ("+", "bullet+"),
        "• Rà soát": ("•", "bullet•"),
    }
    for text, (label, style) in cases.items():
        lab, sty, _ = split_label(text)
        assert (lab, sty) == (label, style), text


def test_plain_sentence_has_no_label() -> None:
    assert split_label("Thực hiện Nghị quyết số 04-NQ/TU")[0] is None
    assert split_label("Văn bản này")[0] is None


def test_tree_of_any_depth_with_bullet_positions() -> None:
    root = outline_tree(["I. NHIỆM VỤ", "1. Chung", "1.1. Sở A:", "- việc một.", "- việc hai.", "1.2. Sở B:",
                         "a) việc ba;", "(1) chi tiết", "b) việc bốn.", "2. Riêng", "II. TỔ CHỨC"], joined=True)
    sec = root.children[0]
    assert [c.label for c in root.children] == ["I", "II"]
    one = sec.children[0]
    assert [c.label for c in one.children] == ["1.1", "1.2"]
    assert [c.path for c in one.children[0].children] == [["I", "1", "1.1", "•1"], ["I", "1", "1.1", "•2"]]
    assert one.children[1].children[0].children[0].path == ["I", "1", "1.2", "a", "(1)"]
    assert sec.children[1].label == "2"


def test_line_broken_inside_sentence_is_joined() -> None:
    root = outline_tree(["1. Rà soát các quy định của", "Thành phố về công tác cán bộ.", "Đoạn mới tiếp theo."],
                        joined=True)
    node = root.children[0]
    assert node.paras[0] == "Rà soát các quy định của Thành phố về công tác cán bộ."
    assert node.paras[1] == "Đoạn mới tiếp theo."
    root = outline_tree(["- thực hiện đánh giá cán bộ đa", "chiều, liên tục."], joined=True)
    assert root.children[0].paras == ["thực hiện đánh giá cán bộ đa chiều, liên tục."]


def test_word_numbering_label_is_used() -> None:
    blocks = [
        Paragraph("I. NHIỆM VỤ"),
        Paragraph("Sở Nội vụ:", numbering_label="1."),
        Paragraph("Rà soát quy chế làm việc; hoàn thành trong năm 2024.", numbering_label="a)"),
    ]
    plan = extract_plan(blocks)
    task = plan.tasks()[0]
    assert task.path == ["I", "1", "a"]
    assert task.lead == ["Sở Nội vụ"]
    assert task.deadline_text == "trong năm 2024"


def test_markdown_and_site_stamps_are_not_text() -> None:
    blocks = [
        Paragraph("### **III. NHIỆM VỤ**"),
        Paragraph("#### **1. Sở Tài chính:**"),
        Paragraph("- Chủ trì xây dựng dự toán. **LuatVietnam** Thời gian thực hiện: trong năm 2021."),
    ]
    task = extract_plan(blocks).tasks()[0]
    assert task.path == ["III", "1", "•1"]
    assert "LuatVietnam" not in task.text and "*" not in task.text
    assert task.lead == ["Sở Tài chính"]
