"""The extraction on the five sample plans, scored by the rules of ANNOTATION.md.

Blocks come from a tiny line reader (tests only), so this measures the rules, not the readers.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from extract_corpus_blocks import CORPUS, txt_blocks

from app.importers.extract import extract_plan

SCORER = Path(__file__).resolve().parents[1] / "scoring.py"  # the suite's own ANNOTATION.md scorer
BAR = {"recall": 0.95, "precision": 0.90, "lead": 0.90, "support": 0.85, "deadline": 0.90, "targets": 0.80,
       "header": 0.90}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_import", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_meets_the_bar() -> None:
    si = _scorer()
    results = []
    for gold_path in sorted(CORPUS.glob("*.gold.json")):
        doc = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        pred = extract_plan(txt_blocks(doc)).to_annotation_dict()
        json.dumps(pred, ensure_ascii=False)  # serialisable
        results.append(si.score(json.loads(gold_path.read_text(encoding="utf-8")), pred))
    total = {m: sum(r[m] for r in results) / len(results) for m in BAR}
    for metric, bar in BAR.items():
        assert total[metric] >= bar, (metric, total)
