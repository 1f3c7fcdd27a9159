"""A guard on `bench.perturb`: a few development plans typed another way (other label punctuation,
glued bullets, tab indentation, old-style tones, decomposed Unicode, Windows line ends) score as
they do typed as written. Real documents, the suite's scorer (tests/importers/scoring.py)."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.spelling import respell
from app.importers.readers import read_bytes
from bench.perturbations import GOLD_SPELLING, PERTURBATIONS
from tests.importers.scoring import score

FIX = Path(__file__).resolve().parent.parent / "fixtures"
DOCS = ["genre/01_nghean_cchc", "genre/08_bacninh_ctr_tu", "genre/14_bocongthuong_ctr", "genre2/05_binhphuoc_atvsld",
        "real/556b2fb4a0149576"]
CHEAP = ["a.nfd", "a.tone_old", "b.dash_glued", "b.star_glued", "b.round(•/o)", "c.a/", "c.1/", "c.I/",
         "e.crlf", "e.indent_tab"]
METRICS = ("recall", "precision", "lead", "support", "deadline", "header")
MARGIN = 0.02


def _predict(text: str) -> dict:
    plan = extract_plan(read_bytes(text.encode("utf-8"), ".txt"))
    return plan.to_annotation_dict()


@pytest.mark.parametrize("doc", DOCS)
def test_typing_habits_do_not_move_the_scores(doc: str) -> None:
    text = (FIX / f"{doc}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIX / f"{doc}.gold.json").read_text(encoding="utf-8"))
    base = score(gold, _predict(text))
    drops = {}
    for name in CHEAP:
        variant = PERTURBATIONS[name](text, random.Random(1))
        expected = respell(gold, GOLD_SPELLING[name]) if name in GOLD_SPELLING else gold
        now = score(expected, _predict(variant))
        worst = max(METRICS, key=lambda m: base[m] - now[m])
        if base[worst] - now[worst] > MARGIN:
            drops[name] = f"{worst} {base[worst]:.3f} → {now[worst]:.3f}"
    assert not drops, drops
