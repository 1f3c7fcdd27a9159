"""Targets: one per figure; comparators; ranges; baselines; non-targets skipped."""
from __future__ import annotations

from app.importers.extract.targets import find_targets


def _t(text: str, counts: bool = True):
    found = find_targets(text, ["II"], None, counts)
    return [(t.comparator, t.value, t.unit, t.indicator, t.baseline_year) for t in found]


def test_several_figures_in_one_sentence() -> None:
    got = _t("Đến năm 2025, phấn đấu tỷ lệ cán bộ trẻ đạt tối thiểu 15%, cán bộ nữ đạt tối thiểu 15%; "
             "100% cán bộ lãnh đạo được bồi dưỡng kiến thức mới.")
    assert got == [(">=", 15, "%", "tỷ lệ cán bộ trẻ", None), (">=", 15, "%", "cán bộ nữ", None),
                   ("=", 100, "%", "cán bộ lãnh đạo được bồi dưỡng kiến thức mới", None)]


def test_reduce_by_with_baseline_and_shared_verb() -> None:
    got = _t("giai đoạn 2022-2026 giảm tối thiểu 5% biên chế công chức, 10% số lượng người làm việc "
             "so với năm 2021", counts=False)
    assert [g[0] for g in got] == ["reduce_by", "reduce_by"]
    assert [g[4] for g in got] == [2021, 2021]
    assert got[0][3] == "biên chế công chức"


def test_range_and_trở_lên() -> None:
    got = _t("Phấn đấu số cán bộ luân chuyển trong nhiệm kỳ 15-20 người.")
    assert got == [(">=", 15, "người", "số cán bộ luân chuyển trong nhiệm kỳ 15-20 người", None)]
    got = _t("Tỷ lệ cán bộ nữ trong cấp ủy từ 18% trở lên; có trên 8% ủy viên dưới 40 tuổi.")
    assert got == [(">=", 18, "%", "Tỷ lệ cán bộ nữ trong cấp ủy", None), (">=", 8, "%", "ủy viên dưới 40 tuổi", None)]


def test_not_targets() -> None:
    assert _t("cán bộ dưới 40 tuổi phải tốt nghiệp đại học; luân chuyển tối thiểu 02 năm") == []
    assert _t("tổ chức 03 hội nghị, niêm yết 10 nội dung") == []
