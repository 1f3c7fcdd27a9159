"""A learned list-level decision for `task_level`, trained on the development gold (session 6 experiment).

`python -m bench.train_task_level [--cv] [--sweep] [--write PATH] [--cache PATH]`

For every list of sibling numbered items in a development document (the outline the importer builds,
before `duty_level` folds anything) the features are the cue shares `task_level.list_cues` computes and
the printed shape of the items (`list_features`); the label is what the gold says of the list: the items
are the tasks (`items`), their sub-items are (`subitems`), or neither (`none`). A gold task is matched to
an item's wording as the scorer matches tasks (first 60 characters, ratio ≥ 0.85). The model is a
multinomial logistic regression fitted by plain gradient descent (pure Python: the program ships no
numpy), deterministic for a given gold.

`--cv`: leave-one-set-out cross-validation over the development sets (real minus the five held aside,
real2, and the written sets corpus/plans + genre + genre2): the model trained on the other sets decides
the lists of the left-out set in the importer's place (`installed`), and the importer's task
recall/precision on that set is compared with the hand-set weights. `--sweep`: list-level agreement
with the gold at several probability bars. `--write PATH`: the model fitted on every development list.
Held-out documents (the five of tests/fixtures/real held aside, real3, real4) are never read.

Session 6 wired this decision into the importer, scored the held-out sets once, and did not keep it
(tests/fixtures/real/FIRST_RUN.md, "Session 6 (learned)"): the importer keeps the hand-set weights and
the experiment stays reproducible here.
"""
from __future__ import annotations

import argparse
import copy
import difflib
import json
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "importers"))

from scoring import PREFIX, TASK_RATIO, norm, score, total  # noqa: E402

from app.importers.extract import duty_level, extract_plan, pipeline, task_level, tasks  # noqa: E402
from app.importers.extract.outline import OutlineNode  # noqa: E402
from app.importers.readers import read_blocks  # noqa: E402
from bench.shared_scorer import HELD_ASIDE  # noqa: E402

FIX = ROOT / "tests" / "fixtures"
# the development sets, grouped as the cross-validation leaves them out
SETS: dict[str, list[Path]] = {
    "real": [FIX / "real"],
    "real2": [FIX / "real2"],
    "written": [Path("/work/shared/corpus/plans"), FIX / "genre", FIX / "genre2"],
}
ITEMS, SUBITEMS, NONE = task_level.ITEMS, task_level.SUBITEMS, "none"
CLASSES = (ITEMS, SUBITEMS, NONE)
# the features, in the order of a model's weights: `task_level`'s cue shares, then the printed shape
FEATURES = ("fields_after_details", "item_carries", "item_heading", "with_subs", "sub_carries",
            "item_colon", "item_sentence", "sub_bullets", "sub_heading", "top_level")
# gradient descent: fixed steps, rate and L2 penalty, so the fit is the same on every run
STEPS = 3000
RATE = 0.5
L2 = 0.01
# the learned decision decides only when its best class has at least this probability
MIN_PROB = 0.6
# a gold share at or over this speaks for its level (half the items, or half the items' sub-lists)
GOLD_SHARE = 0.5


@dataclass
class Example:
    doc: str
    group: str
    features: list[float]
    label: str
    hand: str | None  # the hand-set decision of `task_level.choose_level`


# ---------------------------------------------------------------------------------------- features
def list_features(items: list[OutlineNode]) -> list[float]:
    """The features of one list of sibling items (≥ 1 item), in `FEATURES` order."""
    cues = task_level.list_cues(items)
    n = len(items)
    subs = [k for i in items for k in i.children if not task_level.is_field(k)]
    colon = sum(i.title.rstrip().endswith(":") for i in items) / n
    # a full sentence long enough to state a duty (as `tasks` reads an item that is a duty of its own)
    sentence = sum(i.title.rstrip().endswith((".", ";")) and len(i.title) >= 60 for i in items) / n
    sub_bullets = sum(k.style.startswith("bullet") for k in subs) / len(subs) if subs else 0.0
    sub_heading = sum(task_level.heading_shape(k) for k in subs) / len(subs) if subs else 0.0
    top = 1.0 if items[0].parent is not None and items[0].parent.style == "root" else 0.0
    return [cues.fields_after_details, cues.item_carries, cues.item_heading, cues.with_subs, cues.sub_carries,
            colon, sentence, sub_bullets, sub_heading, top]


def is_gold(node: OutlineNode, prefixes: list[str]) -> bool:
    """The node's wording starts as a gold task does (the scorer's prefix rule)."""
    mine = norm(" ".join(node.paras))[:PREFIX]
    return bool(mine) and any(difflib.SequenceMatcher(None, g, mine).ratio() >= TASK_RATIO for g in prefixes)


def gold_label(items: list[OutlineNode], prefixes: list[str]) -> str:
    """What the gold says of the list: its items are the tasks, its items' sub-items are, or neither."""
    item_share = sum(is_gold(i, prefixes) for i in items) / len(items)
    with_subs = [i for i in items if any(not task_level.is_field(k) for k in i.children)]
    sub_share = sum(any(is_gold(k, prefixes) for k in i.children if not task_level.is_field(k))
                    for i in with_subs) / len(with_subs) if with_subs else 0.0
    if item_share >= GOLD_SHARE and item_share >= sub_share:
        return ITEMS
    if sub_share >= GOLD_SHARE:
        return SUBITEMS
    return NONE


def documents(group: str) -> list[tuple[str, Path, dict]]:
    """(id, text path, gold) of every development document of a group (held-aside ones left out)."""
    out = []
    for folder in SETS[group]:
        for gold_path in sorted(folder.glob("*.gold.json")):
            doc = gold_path.name[: -len(".gold.json")]
            if folder.name == "real" and doc in HELD_ASIDE:
                continue
            out.append((f"{folder.name}/{doc}", folder / f"{doc}.txt",
                        json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def outline_of(path: Path) -> OutlineNode:
    """The document's outline as `duty_level` receives it (a copy taken before the fold)."""
    seen: list[OutlineNode] = []
    original = pipeline.mark_duty_level

    def record(root: OutlineNode) -> None:
        seen.append(copy.deepcopy(root))
        original(root)

    pipeline.mark_duty_level = record  # type: ignore[assignment]
    try:
        extract_plan(read_blocks(path))
    finally:
        pipeline.mark_duty_level = original  # type: ignore[assignment]
    return seen[0] if seen else OutlineNode(label="", style="root")


def _walk(node: OutlineNode) -> Iterator[OutlineNode]:
    for kid in node.children:
        yield kid
        yield from _walk(kid)


def examples_of(doc: str, group: str, root: OutlineNode, gold: dict) -> list[Example]:
    """One example per list of ≥ 2 sibling items of the outline."""
    prefixes = [norm(t.get("text"))[:PREFIX] for t in gold.get("tasks") or []]
    out = []
    for node in [root, *_walk(root)]:
        items = task_level.list_items(node)
        if len(items) >= task_level.MIN_ITEMS:
            out.append(Example(doc, group, list_features(items), gold_label(items, prefixes),
                               task_level.choose_level(items)[0]))
    return out


# ---------------------------------------------------------------------------------------- the model
def softmax(values: list[float]) -> list[float]:
    top = max(values)
    exps = [math.exp(v - top) for v in values]
    return [e / sum(exps) for e in exps]


def fit(data: list[Example]) -> dict:
    """Multinomial logistic regression by batch gradient descent; weights per class, last = bias.
    Each class weighs as much in total (the few `subitems` lists are not drowned by `none`)."""
    n_feat = len(FEATURES)
    w = [[0.0] * (n_feat + 1) for _ in CLASSES]
    xs = [ex.features + [1.0] for ex in data]
    ys = [CLASSES.index(ex.label) for ex in data]
    counts = [max(1, ys.count(c)) for c in range(len(CLASSES))]
    weight = [len(ys) / (len(CLASSES) * counts[y]) for y in ys]
    for _ in range(STEPS):
        grad = [[0.0] * (n_feat + 1) for _ in CLASSES]
        for x, y, sw in zip(xs, ys, weight, strict=True):
            p = softmax([sum(a * b for a, b in zip(wc, x, strict=True)) for wc in w])
            for c in range(len(CLASSES)):
                g = sw * (p[c] - (1.0 if c == y else 0.0))
                for j in range(n_feat + 1):
                    grad[c][j] += g * x[j]
        for c in range(len(CLASSES)):
            for j in range(n_feat + 1):
                reg = L2 * w[c][j] if j < n_feat else 0.0
                w[c][j] -= RATE * (grad[c][j] / len(xs) + reg)
    return {"features": list(FEATURES), "classes": list(CLASSES), "weights": [[round(v, 4) for v in wc] for wc in w],
            "min_prob": MIN_PROB, "trained_on": {"lists": len(data), **{c: ys.count(i) for i, c in enumerate(CLASSES)}}}


def decide(model: dict, features: list[float]) -> str | None:
    """ITEMS, SUBITEMS or None (undecided: the importer reads the list item by item)."""
    probs = softmax([sum(w * v for w, v in zip(ws, [*features, 1.0], strict=True)) for ws in model["weights"]])
    best = max(range(len(probs)), key=probs.__getitem__)
    level = model["classes"][best]
    return level if level in (ITEMS, SUBITEMS) and probs[best] >= model.get("min_prob", MIN_PROB) else None


@contextmanager
def installed(model: dict | None) -> Iterator[None]:
    """The importer decides lists with `model` instead of the hand-set weights (None: unchanged)."""
    if model is None:
        yield
        return
    hand = task_level.choose_level

    def learned(items: list[OutlineNode]) -> tuple[str | None, task_level.ListCues]:
        cues = task_level.list_cues(items)
        return (decide(model, list_features(items)) if cues.items >= task_level.MIN_ITEMS else None), cues

    tasks.choose_level = duty_level.choose_level = learned  # type: ignore[assignment]
    try:
        yield
    finally:
        tasks.choose_level = duty_level.choose_level = hand  # type: ignore[assignment]


# ---------------------------------------------------------------------------------------- evaluation
def agreement(data: list[Example], decisions: list[str | None]) -> tuple[int, int, int]:
    """(decided, right, wrong) of decisions (None = undecided) against the gold labels."""
    decided = [(d, ex.label) for d, ex in zip(decisions, data, strict=True) if d is not None]
    right = sum(d == label for d, label in decided)
    return len(decided), right, len(decided) - right


def task_scores(group: str) -> dict:
    """Task recall/precision of the importer on a group, with the decision installed now."""
    results = [score(gold, extract_plan(read_blocks(path)).to_annotation_dict())
               for _doc, path, gold in documents(group) if gold.get("tasks")]
    return total(results)


def cross_validate(data: list[Example]) -> list[str]:
    rows = ["| left out | decision | lists decided | right | wrong | task recall | task precision |",
            "|---|---|---|---|---|---|---|"]
    for left in SETS:
        test = [ex for ex in data if ex.group == left]
        model = fit([ex for ex in data if ex.group != left])
        for name, chosen in (("hand-set", None), ("learned", model)):
            decisions = [ex.hand for ex in test] if chosen is None else [decide(chosen, ex.features) for ex in test]
            decided, right, wrong = agreement(test, decisions)
            with installed(chosen):
                t = task_scores(left)
            rows.append(f"| {left} | {name} | {decided}/{len(test)} | {right} | {wrong} | "
                        f"{t['recall']:.3f} | {t['precision']:.3f} |")
            print(rows[-1], flush=True)
    return rows


def sweep(data: list[Example]) -> list[str]:
    """List-level agreement on the lists whose decision changes anything (items with sub-items)."""
    rows = ["| left out | decision | decided | right | wrong |", "|---|---|---|---|---|"]
    with_subs = FEATURES.index("with_subs")
    for left in SETS:
        test = [ex for ex in data if ex.group == left and ex.features[with_subs] > 0]
        decided, right, wrong = agreement(test, [ex.hand for ex in test])
        rows.append(f"| {left} | hand-set | {decided}/{len(test)} | {right} | {wrong} |")
        model = fit([ex for ex in data if ex.group != left])
        for bar in (0.6, 0.7, 0.8, 0.9):
            decided, right, wrong = agreement(test, [decide({**model, "min_prob": bar}, ex.features) for ex in test])
            rows.append(f"| {left} | learned ≥{bar} | {decided}/{len(test)} | {right} | {wrong} |")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation (task scores)")
    ap.add_argument("--sweep", action="store_true", help="list-level agreement at several probability bars")
    ap.add_argument("--write", type=Path, help="write the model fitted on every development list here")
    ap.add_argument("--cache", type=Path, help="keep the extracted examples in this JSON file")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        data = [Example(**e) for e in json.loads(args.cache.read_text(encoding="utf-8"))]
    else:
        data = [ex for group in SETS for doc, path, gold in documents(group)
                for ex in examples_of(doc, group, outline_of(path), gold)]
        if args.cache:
            args.cache.write_text(json.dumps([ex.__dict__ for ex in data]), encoding="utf-8")
    print(f"{len(data)} lists: { {c: sum(ex.label == c for ex in data) for c in CLASSES} }")
    if args.sweep:
        print("\n".join(sweep(data)))
    if args.cv:
        print("\n".join(cross_validate(data)))
    if args.write:
        args.write.write_text(json.dumps(fit(data), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
