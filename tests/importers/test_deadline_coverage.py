"""bench/deadline_coverage.py: how gold deadlines are understood, held-aside documents never read."""
from __future__ import annotations

import json
from pathlib import Path

from app.domain.deadline_phrases import parse_deadline
from bench.deadline_coverage import classify, gold_phrases, main, plan_year


def _gold(folder: Path, doc: str, deadlines: list[str | None], date: str | None = "2026-01-05") -> None:
    tasks = [{"text": f"Nhiệm vụ {i}", "deadline_text": d} for i, d in enumerate(deadlines)]
    (folder / f"{doc}.gold.json").write_text(json.dumps({"date": date, "title": "Kế hoạch", "tasks": tasks}),
                                             encoding="utf-8")


def test_each_class() -> None:
    assert classify(parse_deadline("Quý II/2026")) == "due date"
    assert classify(parse_deadline("hằng năm")) == "recurring"
    assert classify(parse_deadline("Thường xuyên")) == "ongoing/event"
    assert classify(parse_deadline("Sau khi có hướng dẫn của Bộ")) == "ongoing/event"
    assert classify(parse_deadline("Theo kế hoạch của Học viện")) == "UNKNOWN"


def test_plan_year_from_date_then_title() -> None:
    assert plan_year({"date": "2025-03-02", "title": "Kế hoạch năm 2026"}) == 2025
    assert plan_year({"date": None, "title": "Kế hoạch năm 2026"}) == 2026
    assert plan_year({"date": None, "title": "Kế hoạch"}) is None


def test_held_aside_documents_and_sets_are_never_read(tmp_path: Path, capsys) -> None:
    _gold(tmp_path, "0000aaaa", ["Quý II/2026", None, "Theo kế hoạch"])
    _gold(tmp_path, "99c7d8fff9e4572e", ["Năm 2026"])  # one of the five held aside
    held = tmp_path / "real3"
    held.mkdir()
    _gold(held, "x", ["Năm 2026"])
    assert [p for _, p, _ in gold_phrases(tmp_path)] == ["Quý II/2026", "Theo kế hoạch"]
    assert gold_phrases(held) == []
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "n=2 due date=0.500" in out and "UNKNOWN=0.500" in out and "'Theo kế hoạch'" in out
