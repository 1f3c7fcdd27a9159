"""Lists whose items are each `indicator: figure` in an objectives section are targets, not tasks
(ANNOTATION: every quantified objective is a target; numbered targets are not tasks)."""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text

PLAN = """KẾ HOẠCH
Chuyển đổi số năm 2026

I. MỤC TIÊU
1. Đến năm 2026:
a) Tỷ lệ hồ sơ trực tuyến toàn trình: 80%;
b) Tỷ lệ dân số trưởng thành có chữ ký số: tối thiểu 50%;
c) Số doanh nghiệp công nghệ số: 500 doanh nghiệp (Sở Tài chính theo dõi).
2. Chỉ tiêu giao Sở Giáo dục và Đào tạo thực hiện trong năm 2026:
- Tỷ lệ trường đạt chuẩn quốc gia: 75%;
- Tỷ lệ học sinh hoàn thành chương trình tiểu học: 100%.
II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng số dùng chung, hoàn thành năm 2026.
"""


def test_labelled_figures_are_targets_with_the_label_as_indicator() -> None:
    plan = extract_plan(parse_text(PLAN))
    got = [(t.path, t.indicator, t.comparator, t.value, t.unit) for t in plan.targets]
    assert got == [
        (["I", "1", "a"], "Tỷ lệ hồ sơ trực tuyến toàn trình", "=", 80.0, "%"),
        (["I", "1", "b"], "Tỷ lệ dân số trưởng thành có chữ ký số", ">=", 50.0, "%"),
        (["I", "1", "c"], "Số doanh nghiệp công nghệ số", "=", 500.0, "doanh nghiệp"),
        (["I", "2", "•1"], "Tỷ lệ trường đạt chuẩn quốc gia", "=", 75.0, "%"),
        (["I", "2", "•2"], "Tỷ lệ học sinh hoàn thành chương trình tiểu học", "=", 100.0, "%"),
    ]
    assert plan.targets[0].deadline_text == "Đến năm 2026"


def test_labelled_figures_are_no_tasks() -> None:
    # an agency and a year beside the figures do not make the objectives duties
    plan = extract_plan(parse_text(PLAN))
    assert [t.path for t in plan.tasks()] == [["II", "1"]]


def test_a_colon_before_words_still_opens_a_clause() -> None:
    text = PLAN.replace("a) Tỷ lệ hồ sơ trực tuyến toàn trình: 80%;",
                        "a) Về dịch vụ công: tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%;")
    [first, *_] = extract_plan(parse_text(text)).targets
    assert (first.indicator, first.value) == ("tỷ lệ hồ sơ trực tuyến toàn trình", 80.0)
