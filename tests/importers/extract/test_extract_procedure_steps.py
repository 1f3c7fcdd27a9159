"""Duties written inside the procedure text of a guidance document (issue 10, session 8; spent real4 document
997dae6b99cea1fd, now real2). A guidance on a procedure is cut into steps printed as headings alone on their line
(`BƯỚC MỘT`), a subject and the step's period in brackets below; the period dates the step's tasks that give no
date of their own (ANNOTATION: an inherited deadline is repeated on each item), and no description of the
procedure becomes a task because of it. Snippets are made up (a women's union congress, a union's election), not
copied from the document."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.outline import split_label
from app.importers.extract.procedure_steps import step_period
from app.importers.readers.textfile import parse_text

HEAD = ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH X\n\nHƯỚNG DẪN\n\nQuy trình tổ chức đại hội phụ nữ cấp cơ sở\n\n"
        "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh hướng dẫn quy trình như sau:\n\n")


def _tasks(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.text[:24], t.lead, t.deadline_text) for t in extract_plan(parse_text(HEAD + text)).tasks()]


@pytest.mark.parametrize("line, label", [
    ("BƯỚC MỘT", "BƯỚC MỘT"), ("Bước 2", "BƯỚC 2"), ("BƯỚC THỨ BA:", "BƯỚC THỨ BA"), ("Bước thứ hai.", "BƯỚC THỨ HAI"),
])
def test_a_step_heading_alone_on_its_line(line: str, label: str) -> None:
    assert split_label(line)[:2] == (label, "step")


@pytest.mark.parametrize("line", [
    "Bước 1: Nộp hồ sơ tại bộ phận một cửa",  # a step run into an item's wording
    "bước 2",                                  # the end of a wrapped sentence
    "Bước đầu hoàn thành việc rà soát",
])
def test_lines_that_are_no_step_heading(line: str) -> None:
    assert split_label(line)[1] != "step"


@pytest.mark.parametrize("paras, period", [
    (["BƯỚC MỘT", "Chuẩn bị đại hội", "(Từ ngày 05/3 đến ngày 20/3/2026)"], "Từ ngày 05/3 đến ngày 20/3/2026"),
    (["BƯỚC HAI", "Tổ chức đại hội (Thực hiện từ ngày 01/4 đến ngày 15/4/2026)"], "từ ngày 01/4 đến ngày 15/4/2026"),
    (["BƯỚC BA", "Tổng kết", "(Thời gian từ ngày 16/4 đến ngày 30/4/2026)"], "từ ngày 16/4 đến ngày 30/4/2026"),
    (["BƯỚC BỐN", "Tổng kết đại hội"], None),
])
def test_the_period_a_step_prints_under_its_heading(paras: list[str], period: str | None) -> None:
    assert step_period(paras) == period


STEPS = """BƯỚC MỘT

Chuẩn bị đại hội

(Từ ngày 05/3 đến ngày 20/3/2026)

A. ĐỐI VỚI CẤP XÃ

Ban Chấp hành Hội phụ nữ xã xây dựng kế hoạch tổ chức đại hội và báo cáo Ban Thường vụ Hội cấp trên.

Đại hội gồm toàn thể hội viên hoặc đại biểu được bầu từ các chi hội.

Ban Thường vụ Hội cấp trên có ý kiến về nhân sự dự kiến chậm nhất là ngày 10/3/2026.

BƯỚC HAI

Tổ chức đại hội

(Từ ngày 01/4 đến ngày 15/4/2026)

A. ĐỐI VỚI CẤP XÃ

Ban Chấp hành Hội phụ nữ xã triệu tập và chủ trì đại hội.

Đại hội thảo luận và biểu quyết thông qua nghị quyết.
"""


def test_a_step_period_dates_the_tasks_that_name_their_actor() -> None:
    assert _tasks(STEPS) == [
        ("Ban Chấp hành Hội phụ nữ", ["Ban Chấp hành Hội phụ nữ xã"], "Từ ngày 05/3 đến ngày 20/3/2026"),
        ("Ban Thường vụ Hội cấp tr", ["Ban Thường vụ Hội cấp trên"], "chậm nhất là ngày 10/3/2026"),  # its own date
        ("Ban Chấp hành Hội phụ nữ", ["Ban Chấp hành Hội phụ nữ xã"], "Từ ngày 01/4 đến ngày 15/4/2026"),
    ]


def test_a_step_heading_opens_the_body_before_its_lettered_parts() -> None:
    plan = extract_plan(parse_text(HEAD + STEPS))
    assert [n.path for n in plan.nodes] == [["BƯỚC MỘT"], ["BƯỚC HAI"]]
    texts = [n.text for n in plan.walk()]
    assert not any("Từ ngày 05/3" in t for t in texts if t.startswith("("))  # the period line is no task
