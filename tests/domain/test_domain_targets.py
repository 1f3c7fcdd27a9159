"""Targets (chỉ tiêu) against measurements."""

from __future__ import annotations

import pytest

from app.domain.targets import Comparator, TargetOutcome, TargetSpec, evaluate

C = Comparator
R = TargetOutcome

# spec, measured, outcome, goal, progress
CASES: list[tuple[TargetSpec, float | None, TargetOutcome, float | None, float | None]] = [
    (TargetSpec("tỷ lệ cán bộ trẻ", C.GE, 15, "%"), 16, R.MET, 15, 1.0),
    (TargetSpec("tỷ lệ cán bộ trẻ", C.GE, 15, "%"), 15, R.MET, 15, 1.0),
    (TargetSpec("tỷ lệ cán bộ trẻ", C.GE, 15, "%"), 12, R.NOT_MET, 15, 0.8),
    (TargetSpec("tỷ lệ cán bộ nữ", C.GE, 15, "%", 2021, 10), 12.5, R.NOT_MET, 15, 0.5),
    (TargetSpec("tỷ lệ cán bộ nữ", C.GE, 15, "%", 2021, 10), 8, R.NOT_MET, 15, 0.0),
    (TargetSpec("tỷ lệ cán bộ trẻ", C.GE, 15, "%"), None, R.NO_DATA, 15, None),
    (TargetSpec("số hồ sơ tồn", C.LE, 5, "hồ sơ"), 5, R.MET, 5, 1.0),
    (TargetSpec("số hồ sơ tồn", C.LE, 5, "hồ sơ"), 8, R.NOT_MET, 5, None),
    (TargetSpec("số hồ sơ tồn", C.LE, 5, "hồ sơ", 2021, 25), 15, R.NOT_MET, 5, 0.5),
    (TargetSpec("cán bộ có trình độ đại học", C.EQ, 100, "%"), 100, R.MET, 100, 1.0),
    (TargetSpec("cán bộ có trình độ đại học", C.EQ, 100, "%"), 90, R.NOT_MET, 100, 0.9),
    (TargetSpec("cán bộ có trình độ đại học", C.EQ, 0.3, "%"), 0.1 + 0.2, R.MET, 0.3, 1.0),
    (TargetSpec("số lượng biên chế", C.REDUCE_BY, 10, "%", 2021, 200), 180, R.MET, 180, 1.0),
    (TargetSpec("số lượng biên chế", C.REDUCE_BY, 10, "%", 2021, 200), 190, R.NOT_MET, 180, 0.5),
    (TargetSpec("số lượng biên chế", C.REDUCE_BY, 10, "%", 2021, 200), 210, R.NOT_MET, 180, 0.0),
    (TargetSpec("số lượng biên chế", C.REDUCE_BY, 10, "%", 2021, None), 150, R.NO_DATA, None, None),
    (TargetSpec("số đơn vị", C.REDUCE_BY, 5, "đơn vị", 2021, 40), 36, R.NOT_MET, 35, 0.8),
    (TargetSpec("thu nhập", C.INCREASE_BY, 20, "%", 2020, 50), 60, R.MET, 60, 1.0),
    (TargetSpec("thu nhập", C.INCREASE_BY, 20, "%", 2020, 50), 55, R.NOT_MET, 60, 0.5),
    (TargetSpec("số người", C.INCREASE_BY, 30, "người", 2020, 100), 100, R.NOT_MET, 130, 0.0),
]


@pytest.mark.parametrize(("spec", "measured", "outcome", "goal", "progress"), CASES)
def test_evaluate(
    spec: TargetSpec,
    measured: float | None,
    outcome: TargetOutcome,
    goal: float | None,
    progress: float | None,
) -> None:
    status = evaluate(spec, measured)
    assert status.outcome is outcome
    assert status.goal == pytest.approx(goal) if goal is not None else status.goal is None
    assert status.progress == pytest.approx(progress) if progress is not None else status.progress is None
    assert status.is_met is (outcome is R.MET)
    assert status.measured == measured


def test_comparator_values_match_gold_annotations() -> None:
    assert [c.value for c in Comparator] == [">=", "<=", "=", "reduce_by", "increase_by"]
    assert Comparator(">=") is C.GE
    assert R.NOT_MET.label == "Chưa đạt"
