"""One deadline as clerks spell it (issue 10, session 10): the importer finds each spelling in running text as
printed — figures or words, slashes or a Party document's dashes, `quý 3, 4` or `quý III, IV`, `trước ngày` or
`chậm nhất ngày`, with or without `ngày` — and the domain reads the same calendar point from every one of them
(`bench.perturb_deadlines` rewrites whole development plans this way)."""
from __future__ import annotations

import pytest

from app.domain.deadline_labels import describe
from app.domain.deadline_phrases import parse_deadline
from app.importers.extract.deadline_phases import phase_heading
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.milestones import milestone_time

# (spellings of one deadline, each as it stands in a sentence)
GROUPS: list[list[str]] = [
    # a day of every year: the frequency goes with the day whichever word of limit opens it
    ["trước ngày 20/12 hằng năm", "trước ngày 20 tháng 12 hàng năm", "trước 20 tháng 12 hàng năm",
     "chậm nhất ngày 20/12 hằng năm", "chậm nhất ngày 20 tháng 12 hàng năm"],
    # one day of one year
    ["trước ngày 30/6/2026", "trước ngày 30 tháng 6 năm 2026", "trước 30/6/2026", "trước 30-6-2026",
     "chậm nhất ngày 30-6-2026", "đến ngày 30/6/2026", "đến ngày 30 tháng 6 năm 2026",
     "đến hết ngày 30 tháng 6 năm 2026"],
    # a month: `năm` or a slash, after its preposition or the part of the month
    ["vào tháng 6/2026", "vào tháng 6 năm 2026", "cuối tháng 6/2026", "cuối tháng 6 năm 2026",
     "trong tháng 6 năm 2026"],
    # a day of every month
    ["trước ngày 20 hằng tháng", "chậm nhất ngày 20 hằng tháng", "chậm nhất ngày 20 hàng tháng"],
    # quarters listed in figures, as in roman numerals
    ["trong quý III, IV năm 2026", "trong quý 3, 4 năm 2026", "trong quý 3 và quý 4 năm 2026"],
]


@pytest.mark.parametrize("spellings", GROUPS, ids=[g[0] for g in GROUPS])
def test_each_spelling_is_found_as_printed_and_means_the_same(spellings: list[str]) -> None:
    meanings = set()
    for phrase in spellings:
        assert find_in_prose(f"Các sở báo cáo kết quả thực hiện {phrase}.") == phrase
        d = parse_deadline(phrase, plan_year=2026)
        meanings.add((d.kind, d.date, d.quarter, d.month, d.day))
    assert len(meanings) == 1, meanings


@pytest.mark.parametrize(("sentence", "phrase", "shown"), [
    # a month or quarter of the plan's year said with the words its dated twin has
    ("Tổ chức hội nghị sơ kết vào tháng 6.", "vào tháng 6", "Hạn 30/06/2026"),
    ("Hoàn thành việc rà soát cuối quý II.", "cuối quý II", "Cuối quý II/2026 (30/06/2026)"),
    ("Hoàn thành việc rà soát đến hết tháng 6.", "đến hết tháng 6", "Hạn 30/06/2026"),
    ("Hoàn thành việc rà soát trong quý 1, 2.", "trong quý 1, 2", "Cuối quý II/2026 (30/06/2026)"),
    ("Tổ chức tập huấn trong tháng 6 và tháng 7.", "trong tháng 6 và tháng 7", "Hạn 31/07/2026"),
    # a dotted date, always with its year
    ("Gửi báo cáo trước ngày 15.3.2026.", "trước ngày 15.3.2026", "Hạn 15/03/2026"),
    # (session 11) a day of the calendar, a quarter recorded without its `trong`
    ("Ban Thường trực dự kiến tổ chức hội nghị vào ngày 02/02.", "vào ngày 02/02", "Hạn 02/02/2026"),
    ("Tổ chức hội nghị tổng kết vào ngày 15 tháng 12.", "vào ngày 15 tháng 12", "Hạn 15/12/2026"),
    ("Rà soát văn bản, hoàn thành trong Quý IV.", "Quý IV", "Cuối quý IV/2026 (31/12/2026)"),
    # a calendar limit bounds the event before it, with or without its year
    ("Gửi biên bản ngay sau khi kết thúc hội nghị. Báo cáo chậm nhất ngày 03/02.", "chậm nhất ngày 03/02",
     "Hạn 03/02/2026"),
])
def test_without_the_year(sentence: str, phrase: str, shown: str) -> None:
    found = find_in_prose(sentence)
    assert found == phrase
    assert describe(parse_deadline(found, plan_year=2026)) == shown


@pytest.mark.parametrize(("sentence", "phrase"), [
    # `trong` before one quarter goes, as the golds keep it, with or without the year (none keeps it: session 11)
    ("Rà soát văn bản, hoàn thành trong Quý IV/2024.", "Quý IV/2024"),
    ("Rà soát văn bản, hoàn thành trong Quý IV.", "Quý IV"),
    # the time printed last in the parenthesis that names who does it, with or without its year
    ("Tổ chức diễn tập (Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Công an tỉnh; Quý III/2025).", "Quý III/2025"),
    ("Tổ chức diễn tập (Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Công an tỉnh; Quý III).", "Quý III"),
])
def test_a_quarter_as_the_gold_keeps_it(sentence: str, phrase: str) -> None:
    assert find_in_prose(sentence) == phrase


def test_a_cut_off_of_figures_is_no_time() -> None:
    assert find_in_prose("Số liệu tính đến hết tháng 6.") is None


def test_completed_on_a_day_written_out() -> None:
    assert find_in_prose("Xây dựng kế hoạch, hoàn thành ngày 15 tháng 3 năm 2026.") == "ngày 15 tháng 3 năm 2026"


@pytest.mark.parametrize("text", [
    # a cited resolution's day, and a bare month of a cited event
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị.",
    "Quán triệt Kết luận của Hội nghị Trung ương tháng 10 năm 2024 đến cán bộ, đảng viên.",
    # what is still undone by a day is a condition, not the item's time (in figures as in words)
    "Thu hồi các khoản kinh phí đã giao nhưng đến ngày 30/6 hàng năm chưa phân bổ.",
    "Thu hồi kinh phí đến ngày 30/6/2026 mà vẫn chưa giải ngân.",
    # a count, not a day: `6 tháng 1 lần`
    "Kiểm tra trước 6 tháng 1 lần theo quy định.",
])
def test_no_deadline_in_a_citation_or_a_count(text: str) -> None:
    assert find_in_prose(text) is None


@pytest.mark.parametrize("label", [
    "Từ ngày 05/02/2026 - 08/02/2026", "Từ ngày 05 tháng 02 năm 2026 - 08 tháng 02 năm 2026",
    "Từ ngày 05 tháng 02 năm 2026 đến ngày 08 tháng 02 năm 2026"])
def test_a_dated_line_opens_with_its_period_in_figures_or_words(label: str) -> None:
    """A schedule's dated line is one whether its period is printed in figures or written out (longer)."""
    assert milestone_time(f"{label}: Ban Thường trực Ủy ban trao đổi với các cơ quan có người ứng cử.") == label


@pytest.mark.parametrize("heading", ["Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử gồm các nội dung trọng tâm",
                                     "Đợt 3: Từ ngày 15/3 đến ngày bầu cử gồm các nội dung trọng tâm"])
def test_a_phase_heading_dated_with_or_without_its_year(heading: str) -> None:
    assert phase_heading(heading) == heading.split(": ", 1)[1].split(" gồm")[0]
