"""Train the list-level decision of `task_level` on the development gold and estimate how it generalises.

`python -m bench.train_task_level [--write] [--cv]`

For every list of sibling numbered items in a development document (the outline the importer builds,
before `duty_level` folds anything) the features are the cue shares `task_level.list_features` computes,
and the label is what the gold says of the list: the items are the tasks (`items`), their sub-items are
(`subitems`), or neither (`none`). A gold task is matched to an item's wording as the scorer matches
tasks (first 60 characters, ratio ≥ 0.85). The model is a multinomial logistic regression fitted by
plain gradient descent (no numpy: the program ships none), deterministic for a given gold.

`--write` writes app/importers/extract/task_level_model.json. `--cv` runs leave-one-set-out
cross-validation over the development sets: the model trained on the other sets decides the lists of
the left-out set, and the importer's task recall/precision on that set is compared with the hand-set
weights. Held-out documents (the five of tests/fixtures/real held aside, real3, real4) are never read.
"""
from __future__ import annotations

import argparse
import copy
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "importers"))

from scoring import PREFIX, TASK_RATIO, norm, score, total  # noqa: E402

from app.importers.extract import extract_plan  # noqa: E402
from app.importers.extract import pipeline, task_level  # noqa: E402
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
CLASSES = (task_level.ITEMS, task_level.SUBITEMS, "none")
# gradient descent: fixed steps, rate and L2 penalty, so the fit is the same on every run
STEPS = 3000
RATE = 0.5
L2 = 0.01
# a gold share at or over this speaks for its level (half the items, or half the items' sub-lists)
GOLD_SHARE = 0.5


@dataclass
class Example:
    doc: str
    group: str
    features: list[float]
    label: str


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


def _is_gold(node: OutlineNode, prefixes: list[str]) -> bool:
    """The node's wording starts as a gold task does (the scorer's prefix rule)."""
    import difflib
    mine = norm(" ".join(node.paras))[:PREFIX]
    return bool(mine) and any(difflib.SequenceMatcher(None, g, mine).ratio() >= TASK_RATIO for g in prefixes)


def gold_label(items: list[OutlineNode], prefixes: list[str]) -> str:
    """What the gold says of the list: its items are the tasks, its items' sub-items are, or neither."""
    item_share = sum(_is_gold(i, prefixes) for i in items) / len(items)
    with_subs = [i for i in items if any(not task_level.is_field(k) for k in i.children)]
    sub_share = sum(any(_is_gold(k, prefixes) for k in i.children if not task_level.is_field(k))
                    for i in with_subs) / len(with_subs) if with_subs else 0.0
    if item_share >= GOLD_SHARE and item_share >= sub_share:
        return task_level.ITEMS
    if sub_share >= GOLD_SHARE:
        return task_level.SUBITEMS
    return "none"


def walk(node: OutlineNode):
    for kid in node.children:
        yield kid
        yield from walk(kid)


def examples(group: str) -> list[Example]:
    out = []
    for doc, path, gold in documents(group):
        prefixes = [norm(t.get("text"))[:PREFIX] for t in gold.get("tasks") or []]
        root = outline_of(path)
        for node in [root, *walk(root)]:
            items = task_level.list_items(node)
            if len(items) < task_level.MIN_ITEMS:
                continue
            out.append(Example(doc, group, task_level.list_features(items), gold_label(items, prefixes)))
    return out


# ---------------------------------------------------------------------------------------- the model
def fit(data: list[Example]) -> dict:
    """Multinomial logistic regression by batch gradient descent; weights per class, last = bias."""
    n_feat = len(task_level.FEATURES)
    w = [[0.0] * (n_feat + 1) for _ in CLASSES]
    xs = [ex.features + [1.0] for ex in data]
    ys = [CLASSES.index(ex.label) for ex in data]
    # each class weighs as much in total (a few `subitems` lists must not be drowned by `none`)
    counts = [max(1, ys.count(c)) for c in range(len(CLASSES))]
    weight = [len(ys) / (len(CLASSES) * counts[y]) for y in ys]
    for _ in range(STEPS):
        grad = [[0.0] * (n_feat + 1) for _ in CLASSES]
        for x, y, sw in zip(xs, ys, weight, strict=True):
            p = task_level.softmax([sum(a * b for a, b in zip(wc, x, strict=True)) for wc in w])
            for c in range(len(CLASSES)):
                g = sw * (p[c] - (1.0 if c == y else 0.0))
                for j in range(n_feat + 1):
                    grad[c][j] += g * x[j]
        for c in range(len(CLASSES)):
            for j in range(n_feat + 1):
                reg = L2 * w[c][j] if j < n_feat else 0.0
                w[c][j] -= RATE * (grad[c][j] / len(xs) + reg)
    return {"features": list(task_level.FEATURES), "classes": list(CLASSES),
            "weights": [[round(v, 4) for v in wc] for wc in w],
            "min_prob": task_level.DEFAULT_MIN_PROB,
            "trained_on": {"lists": len(data), **{c: ys.count(i) for i, c in enumerate(CLASSES)}}}


# ---------------------------------------------------------------------------------------- evaluation
def list_agreement(data: list[Example], decide) -> dict[str, int]:
    """How the decisions (None = undecided) compare with the gold labels."""
    out = {"lists": len(data), "decided": 0, "right": 0, "wrong": 0}
    for ex in data:
        got = decide(ex.features)
        if got is None:
            continue
        out["decided"] += 1
        out["right" if got == ex.label else "wrong"] += 1
    return out


def task_scores(group: str) -> dict:
    """Task recall/precision of the importer on a group, with whatever decision is installed now."""
    results = []
    for _doc, path, gold in documents(group):
        if not gold.get("tasks"):
            continue
        results.append(score(gold, extract_plan(read_blocks(path)).to_annotation_dict()))
    return total(results)


def cross_validate(data: list[Example]) -> list[str]:
    rows = ["| left out | decision | lists decided | right | wrong | task recall | task precision |",
            "|---|---|---|---|---|---|---|"]
    for left in SETS:
        train = [ex for ex in data if ex.group != left]
        test = [ex for ex in data if ex.group == left]
        model = fit(train)
        for name, installed in (("hand-set", None), ("learned", model)):
            task_level.install_model(installed)
            agree = list_agreement(test, lambda f: task_level.decide(f))
            t = task_scores(left)
            rows.append(f"| {left} | {name} | {agree['decided']}/{agree['lists']} | {agree['right']} | "
                        f"{agree['wrong']} | {t['recall']:.3f} | {t['precision']:.3f} |")
            print(rows[-1], flush=True)
    task_level.install_model(task_level.load_model())
    return rows


def sweep(data: list[Example]) -> list[str]:
    """List-level leave-one-set-out agreement of the hand-set and the learned decision (at several
    probability bars), on the lists whose decision changes anything (items with sub-items)."""
    rows = ["| left out | decision | decided | right | wrong |", "|---|---|---|---|---|"]
    affected = [ex for ex in data if ex.features[FEATURE_WITH_SUBS] > 0]
    for left in SETS:
        test = [ex for ex in affected if ex.group == left]
        task_level.install_model(None)
        agree = list_agreement(test, task_level.decide)
        rows.append(f"| {left} | hand-set | {agree['decided']}/{agree['lists']} | {agree['right']} | {agree['wrong']} |")
        model = fit([ex for ex in data if ex.group != left])
        for bar in (0.6, 0.7, 0.8, 0.9):
            task_level.install_model({**model, "min_prob": bar})
            agree = list_agreement(test, task_level.decide)
            rows.append(f"| {left} | learned ≥{bar} | {agree['decided']}/{agree['lists']} | {agree['right']} | "
                        f"{agree['wrong']} |")
    task_level.install_model(task_level.load_model())
    return rows


FEATURE_WITH_SUBS = task_level.FEATURES.index("with_subs")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="write the shipped model file")
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation")
    ap.add_argument("--sweep", action="store_true", help="list-level cross-validation of the probability bar")
    ap.add_argument("--cache", type=Path, help="keep the extracted examples in this JSON file")
    args = ap.parse_args()
    task_level.install_model(None)  # features never depend on the model; the labels are the gold's
    if args.cache and args.cache.exists():
        data = [Example(**e) for e in json.loads(args.cache.read_text(encoding="utf-8"))]
    else:
        data = [ex for group in SETS for ex in examples(group)]
        if args.cache:
            args.cache.write_text(json.dumps([ex.__dict__ for ex in data]), encoding="utf-8")
    by_label = {c: sum(ex.label == c for ex in data) for c in CLASSES}
    print(f"{len(data)} lists: {by_label}")
    if args.sweep:
        print("\n".join(sweep(data)))
    if args.cv:
        print("\n".join(cross_validate(data)))
    model = fit(data)
    if args.write:
        task_level.MODEL_FILE.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {task_level.MODEL_FILE}")
    else:
        print(json.dumps(model, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
