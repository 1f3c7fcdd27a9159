"""Words a PDF's text layer printed letter by letter are joined back (`split_letters`, issue #10, session 16).

A PDF places some glyphs on their own and the extraction puts spaces around them: `Đ ế n năm 2020`, `đến h ế t
năm 2019`, `Đ ả ng`, `ch ế độ`. Joined only where the pieces can mean nothing else: single letters (or a consonant
run that is no word) spelling one Vietnamese syllable. Short written snippets, no document."""
from __future__ import annotations

import io

import docx
import pytest

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.readers import read_bytes
from app.importers.readers.split_letters import is_syllable, join_split_letters


@pytest.mark.parametrize(("printed", "meant"), [
    ("Đ ế n năm 2020, giải quyết căn bản hồ sơ", "Đến năm 2020, giải quyết căn bản hồ sơ"),
    ("hoàn thành đến h ế t năm 2019.", "hoàn thành đến hết năm 2019."),
    ("- Văn phòng Trung ương và các Ban của Đ ả ng;", "- Văn phòng Trung ương và các Ban của Đảng;"),
    ("chính sách, ch ế độ đối với người có công", "chính sách, chế độ đối với người có công"),
    ("phong trào “Đ ề n ơn đáp nghĩa”", "phong trào “Đền ơn đáp nghĩa”"),
    ("di tích Kinh thành H u ế...,", "di tích Kinh thành Huế...,"),
    ("UBND các t ỉ nh, thành phố", "UBND các tỉnh, thành phố"),
    ("ý ngh ĩ a lịch sử", "ý nghĩa lịch sử"),
    ("Đ ế n năm 2020 và đ ế n h ế t năm 2025", "Đến năm 2020 và đến hết năm 2025"),
])
def test_a_word_split_into_spaced_letters_is_joined(printed: str, meant: str) -> None:
    assert join_split_letters(printed) == meant


@pytest.mark.parametrize("printed", [
    "K Ế H O Ạ C H",  # a heading set with letter spacing: its words are no longer parted
    "quy định tại điểm b ở trên",  # a label and a one-letter word: two lone letters
    "diện tích 5 m ở khu vực",  # a unit after a number
    "X Ã", "mục c ơ", "phần a ơ",  # two capitals (letter spacing); a letter after a word citing a label
    "b a", "a b c", "các mục a, b",  # a consonant before a plain vowel, lone letters that spell nothing
    "NH Nhà nước", "ng th", "các nh",  # a consonant run in capitals (an abbreviation), alone, or joining nothing
    "Mục I. MỤC ĐÍCH", "trong quý I và quý II năm 2026", "Phụ lục V, VI", "khoản 2 điều 5, điểm a, b",
    "TP. H C M", "v.v.", "Sở Y tế", "ô tô, xe máy",
])
def test_what_is_no_split_word_stays_as_printed(printed: str) -> None:
    assert join_split_letters(printed) == printed


@pytest.mark.parametrize(("printed", "meant"), [
    ("các tổ chức chí nh trị - xã hội", "các tổ chức chính trị - xã hội"),  # a final glued to the word before
    ("ứng dụng công ng hệ thông tin", "ứng dụng công nghệ thông tin"),  # an initial glued to the word after
    ("trụ sở x ã", "trụ sở xã"),  # two lone letters: a consonant and a marked vowel
    ("Bộ Y t ế", "Bộ Y tế"), ("Trợ l ý", "Trợ lý"), ("xây dựng k ế hoạch", "xây dựng kế hoạch"),
    ("đền ơ n đáp nghĩa", "đền ơn đáp nghĩa"), ("“ Ă n quả", "“ Ăn quả"),  # a vowel and a final, the whole run
])
def test_a_piece_glued_to_a_word_or_two_lone_letters_are_joined(printed: str, meant: str) -> None:
    assert join_split_letters(printed) == meant


@pytest.mark.parametrize("word", ["Đến", "hết", "Đảng", "HUẾ", "nghĩa", "chế", "quý", "giữ", "thuyết", "khuỷu",
                                  "nghiêng", "oanh", "kẽm"])
def test_vietnamese_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["hêt", "tiê", "ươ", "ke̋", "ce", "kan", "ghan", "Đả̉ng", "hUế", "bk", "ing", "KẾH",
                                  "ănh"])
def test_what_no_vietnamese_syllable_is(word: str) -> None:
    assert not is_syllable(word)


def test_every_reader_joins_them() -> None:
    text = "II. NHIỆM VỤ\n\n1. Sở Xây dựng hoàn thành hỗ trợ nhà ở đ ế n h ế t năm 2019.\n"
    joined = "1. Sở Xây dựng hoàn thành hỗ trợ nhà ở đến hết năm 2019."
    for suffix in (".txt", ".md"):
        assert joined in [b.text for b in read_bytes(text.encode("utf-8"), suffix) if isinstance(b, Paragraph)]
    document = docx.Document()
    for line in text.strip().split("\n\n"):
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    assert joined in [b.text for b in read_bytes(data.getvalue(), ".docx") if isinstance(b, Paragraph)]


def test_a_joined_time_dates_its_task() -> None:
    blocks = read_bytes("II. NHIỆM VỤ\n\n1. Sở Xây dựng hoàn thành hỗ trợ nhà ở đ ế n h ế t năm 2019.\n"
                        .encode(), ".txt")
    task, = extract_plan(blocks).tasks()
    assert task.deadline_text == "đến hết năm 2019"
    assert task.deadline["kind"] == "until_year" and task.deadline["year"] == 2019
