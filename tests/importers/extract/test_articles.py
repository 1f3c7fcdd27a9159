"""The articles of a decision (`app.importers.extract.articles`), also when a web copy runs them together.

Made-up decisions: one printed article per line, and the same decision copied without its line breaks."""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.articles import article_labels
from app.importers.extract.outline import Line
from app.importers.readers.textfile import parse_text

ARTICLES = ("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chỉ đạo. "
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. "
            "Điều 3. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Quyết định này. "
            "Điều 4. Chánh Văn phòng, Thủ trưởng các sở, ngành căn cứ Quyết định thi hành./. "
            "Nơi nhận: - Như Điều 4; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn A")


def test_articles_run_together_on_one_line_are_cut_apart() -> None:
    lines = article_labels([Line("QUYẾT ĐỊNH " + ARTICLES)])
    assert [ln.label for ln in lines] == [None, "Điều 1", "Điều 2", "Điều 3", "Điều 4", None]
    assert lines[4].text.endswith("thi hành./.") and lines[5].text.startswith("Nơi nhận:")


def test_a_reference_to_an_article_does_not_cut_a_line() -> None:
    text = "Thực hiện theo khoản 3 Điều 2; khoản 5 Điều 4. Điều 7. Các sở có trách nhiệm thi hành."
    assert article_labels([Line(text)]) == [Line(text)]


def test_the_one_assignment_of_a_flattened_decision_is_its_task() -> None:
    head = ("ỦY BAN NHÂN DÂN TỈNH X Số: 12/QĐ-UBND X, ngày 05 tháng 3 năm 2026 QUYẾT ĐỊNH Về việc ban hành Quy chế "
            "làm việc của Ban Chỉ đạo CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH - Căn cứ Luật Tổ chức chính quyền địa phương; ")
    [task] = extract_plan(parse_text(head + ARTICLES + "\n")).tasks()
    assert task.path == ["Điều 3"] and task.lead == ["Văn phòng Ủy ban nhân dân tỉnh"]
