"""The scoring rules of corpus/ANNOTATION.md ("Scoring"), written for this suite.

The suite must not depend on files outside the repository, so this re-implements the rules
instead of importing the shared tool; `test_scoring.py` pins the behaviour on small cases.

- Text is compared after NFC, lowercasing and collapsing white space.
- A prediction matches a gold task when the first 60 characters have a difflib ratio ≥ 0.85;
  one-to-one, best pairs first.
- Recall = matched gold / gold; precision = matched predictions / predictions (with
  `partial`, only predictions up to the last matched one count).
- Lead/support: equal as sets, each mention matched with ratio ≥ 0.85. Deadline: ratio ≥ 0.85
  or both null. Targets: same value, unit and comparator, indicator ratio ≥ 0.6.
- Header: number, doc_type, place, date, title each ratio ≥ 0.85 (or both null).
"""
from __future__ import annotations

import difflib
import unicodedata
from typing import Any

TASK_RATIO = 0.85
MENTION_RATIO = 0.85
INDICATOR_RATIO = 0.6
PREFIX = 60
HEADER_FIELDS = ("number", "doc_type", "place", "date", "title")
METRICS = ("recall", "precision", "lead", "support", "deadline", "targets", "header")


def norm(text: Any) -> str:
    if text is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(text)).lower().split())


def ratio(a: Any, b: Any) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


def _names(items: Any) -> list[str]:
    names = []
    for item in items or []:
        names.append((item.get("name") or item.get("text") or "") if isinstance(item, dict) else str(item))
    return [n for n in names if norm(n)]


def same_mentions(gold: Any, pred: Any) -> bool:
    """Equal as sets of mentions, each gold mention paired with its closest unused prediction."""
    gold_names, left = _names(gold), _names(pred)
    if len(gold_names) != len(left):
        return False
    for name in gold_names:
        best = max(left, key=lambda p: ratio(name, p), default=None)
        if best is None or ratio(name, best) < MENTION_RATIO:
            return False
        left.remove(best)
    return True


def deadline_of(task: dict) -> str | None:
    if "deadline_text" in task:
        return task["deadline_text"]
    deadline = task.get("deadline")
    return deadline.get("text") if isinstance(deadline, dict) else deadline


def match_tasks(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    candidates = []
    for gi, g in enumerate(gold):
        prefix = norm(g.get("text"))[:PREFIX]
        for pi, p in enumerate(pred):
            r = difflib.SequenceMatcher(None, prefix, norm(p.get("text"))[:PREFIX]).ratio()
            if r >= TASK_RATIO:
                candidates.append((r, gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _same_target(gold: dict, cand: dict) -> bool:
    try:
        same_value = abs(float(cand.get("value")) - float(gold.get("value"))) < 1e-9
    except (TypeError, ValueError):
        return False
    return (same_value and norm(cand.get("unit")) == norm(gold.get("unit"))
            and cand.get("comparator") == gold.get("comparator")
            and ratio(gold.get("indicator"), cand.get("indicator")) >= INDICATOR_RATIO)


def score(gold: dict, pred: dict) -> dict[str, float]:
    """Scores of one document: the seven metrics plus gold/pred/matched counts."""
    gtasks, ptasks = gold.get("tasks") or [], pred.get("tasks") or []
    pairs = match_tasks(gtasks, ptasks)
    counted = (max(pi for _, pi in pairs) + 1) if gold.get("partial") and pairs else len(ptasks)
    n = len(pairs)
    lead = sum(same_mentions(gtasks[g].get("lead"), ptasks[p].get("lead")) for g, p in pairs)
    support = sum(same_mentions(gtasks[g].get("support"), ptasks[p].get("support")) for g, p in pairs)
    deadline = 0
    for g, p in pairs:
        gd, pd = deadline_of(gtasks[g]), deadline_of(ptasks[p])
        if (gd is None and pd is None) or (gd is not None and pd is not None and ratio(gd, pd) >= TASK_RATIO):
            deadline += 1
    gtargets, ptargets = gold.get("targets") or [], list(pred.get("targets") or [])
    hits = 0
    for target in gtargets:
        found = next((cand for cand in ptargets if _same_target(target, cand)), None)
        if found is not None:
            hits += 1
            ptargets.remove(found)
    header = sum(
        1 for f in HEADER_FIELDS
        if (gold.get(f) is None and pred.get(f) is None)
        or (gold.get(f) is not None and ratio(gold.get(f), pred.get(f)) >= TASK_RATIO)
    )
    return {
        "gold": len(gtasks), "pred": counted, "matched": n,
        "recall": n / len(gtasks) if gtasks else 1.0,
        "precision": n / counted if counted else (1.0 if not gtasks else 0.0),
        "lead": lead / n if n else 0.0,
        "support": support / n if n else 0.0,
        "deadline": deadline / n if n else 0.0,
        "targets": hits / len(gtargets) if gtargets else 1.0,
        "header": header / len(HEADER_FIELDS),
    }


def total(scores: list[dict[str, float]]) -> dict[str, float]:
    """The TOTAL line: each metric averaged over documents (macro average)."""
    return {m: sum(s[m] for s in scores) / len(scores) for m in METRICS} if scores else {}


def line(name: str, s: dict[str, float]) -> str:
    figures = " ".join(f"{m}={s[m]:.3f}" for m in METRICS)
    extra = f" gold={s['gold']} pred={s['pred']} matched={s['matched']}" if "gold" in s else ""
    return f"{name} {figures}{extra}"


SIX = ("recall", "precision", "lead", "support", "deadline", "header")


def worst_drop(base: dict, now: dict, margin: float) -> str | None:
    """The metric that fell most from `base` to `now`, as `lead 0.950 → 0.800`, when it fell more than `margin`
    (the perturbation guards' report)."""
    worst = max(SIX, key=lambda m: base[m] - now[m])
    return f"{worst} {base[worst]:.3f} → {now[worst]:.3f}" if base[worst] - now[worst] > margin else None
