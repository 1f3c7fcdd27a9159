"""The suite's own scorer follows ANNOTATION.md on small hand-made cases."""
from __future__ import annotations

import json
from pathlib import Path

from scoring import match_tasks, same_mentions, score, total

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def _task(text: str, lead=(), support=(), deadline=None) -> dict:
    return {"text": text, "lead": list(lead), "support": list(support), "deadline_text": deadline}


def test_gold_against_itself_is_perfect() -> None:
    for path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        s = score(gold, gold)
        assert all(s[m] == 1.0 for m in ("recall", "precision", "lead", "support", "deadline", "targets",
                                          "header")), (path.name, s)


def test_prefix_match_is_case_and_space_insensitive_and_one_to_one() -> None:
    gold = [_task("Rà soát   quy chế làm việc"), _task("Rà soát quy chế làm việc")]
    pred = [_task("rà soát quy chế LÀM VIỆC của sở")]
    assert len(match_tasks(gold, pred)) == 1


def test_mentions_compared_as_sets_with_tolerance() -> None:
    assert same_mentions(["Sở Nội vụ", "Các sở, ban, ngành"], ["các sở, ban, ngành", "Sở Nội Vụ"])
    assert not same_mentions(["Sở Nội vụ"], ["Sở Nội vụ", "Sở Tư pháp"])
    assert same_mentions([], [""])  # empty mentions are ignored


def test_figures() -> None:
    gold = {"number": "1/KH-UBND", "doc_type": "KH", "place": None, "date": None, "title": "Kế hoạch",
            "tasks": [_task("Việc một của Sở Nội vụ", ["Sở Nội vụ"], [], "Quý II/2024"),
                      _task("Việc hai của Sở Tài chính", ["Sở Tài chính"])],
            "targets": [{"indicator": "tỷ lệ cán bộ nữ", "comparator": ">=", "value": 15, "unit": "%"}]}
    pred = {"number": "1/KH-UBND", "doc_type": "KH", "place": "Hà Nội", "date": None, "title": "Kế hoạch",
            "tasks": [_task("Việc một của Sở Nội vụ", ["Sở Nội vụ"], [], "quý II/2024"),
                      _task("Một đoạn văn không phải nhiệm vụ")],
            "targets": [{"indicator": "tỷ lệ cán bộ nữ", "comparator": ">=", "value": 15.0, "unit": "%"}]}
    s = score(gold, pred)
    assert (s["recall"], s["precision"], s["lead"], s["deadline"], s["targets"]) == (0.5, 0.5, 1.0, 1.0, 1.0)
    assert s["header"] == 0.8
    assert total([s, s])["recall"] == 0.5


def test_partial_gold_counts_predictions_up_to_last_match() -> None:
    gold = {"partial": True, "tasks": [_task("Việc một của Sở Nội vụ")]}
    pred = {"tasks": [_task("Việc một của Sở Nội vụ"), _task("Việc sau, chưa chú thích")]}
    assert score(gold, pred)["precision"] == 1.0
