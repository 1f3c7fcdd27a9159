"""Does the importer depend on a writer's typing habits? (issue 10, `python -m bench.perturb`)

Every development document with gold is imported as written and once per perturbation of
`bench.perturbations` (NFD, tone placement, bullet glyphs, label punctuation, heading case,
emphasis, line breaks, indentation, table layout, agency and place names of
another province after the 2025 reorganisation) and of `bench.export_habits` (Markdown stripped
or decorated, PDF page furniture, line ends and encodings, mail wrapping); each result is scored against the unchanged
gold with the shared scorer's own functions. The `r.` layouts (`bench.perturb_layouts`) write the plan anew from
its gold in another layout real plans use (fields, a)/b)/c) blocks, inline `Giao …`, agency groups, an annex
table, fields after the items) and are scored against that gold. Prints, per perturbation and set, the six metrics and
their drop from the unperturbed text, then the documents that drop most.

    python -m bench.perturb [--only NAME ...] [--sets real real2 ...] [--top 3] [--json OUT]

Held-out documents (the five of tests/fixtures/real, real3, real4, held5) are never read.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

from app.errors import InputError
from app.importers.extract import extract_plan
from app.importers.readers import read_bytes
from bench.export_habits import ENCODERS, EXPORTS
from bench.layouts import LAYOUTS
from bench.perturbations import PERTURBATIONS, expected_gold
from bench.shared_scorer import HELD_ASIDE as HELD
from bench.shared_scorer import load_scorer

ROOT = Path(__file__).resolve().parent.parent
NEVER = {"real3", "real4", "held5"}
SETS: dict[str, Path] = {
    "real": ROOT / "tests" / "fixtures" / "real",
    "real2": ROOT / "tests" / "fixtures" / "real2",
    "corpus": Path("/work/shared/corpus/plans"),
    "genre": ROOT / "tests" / "fixtures" / "genre",
    "genre2": ROOT / "tests" / "fixtures" / "genre2",
}
SIX = ("recall", "precision", "lead", "support", "deadline", "header")
SEED = 20261204
ALL = {**PERTURBATIONS, **EXPORTS}
NAMES = [*ALL, *LAYOUTS]  # `r.` layouts write the plan anew from its gold: they take the gold too




def documents(set_names: list[str]) -> list[tuple[str, str, Path, Path]]:
    """(set, id, text path, gold path) of every development document with gold."""
    out = []
    for name in set_names:
        if name in NEVER:
            raise SystemExit(f"{name} is held out: never perturbed")
        folder = SETS[name]
        for gold in sorted(folder.glob("*.gold.json")):
            doc = gold.name[: -len(".gold.json")]
            if name == "real" and doc in HELD:
                continue
            text = gold.with_name(doc + ".txt")
            if text.exists():
                out.append((name, doc, text, gold))
    return out


def predict(text: str, suffix: str = ".txt", encode: Callable[[str], bytes] | None = None) -> dict:
    """What `import-plan FILE --json` prints for this text saved as `encode` gives (UTF-8 by
    default) ({} when it refuses the file)."""
    try:
        plan = extract_plan(read_bytes(encode(text) if encode else text.encode("utf-8"), suffix))
    except InputError:
        return {}
    return plan.to_annotation_dict() if plan.tasks() else {}


def perturbed(name: str, fn: Callable[[str, random.Random], str], doc: str, text: str) -> str:
    return fn(text, random.Random(SEED ^ zlib.crc32(f"{name}/{doc}".encode())))


def variant_of(name: str, doc: str, text: str, gold: dict) -> str:
    """The document's text under the perturbation or layout `name` (a layout re-writes it from its gold)."""
    if name in LAYOUTS:
        return perturbed(name, partial(LAYOUTS[name], gold=gold), doc, text)
    return perturbed(name, ALL[name], doc, text)


def run(names: list[str], set_names: list[str]) -> dict[str, dict[str, dict[str, dict]]]:
    """scores[perturbation][set][doc] = the scorer's figures ('none' = the text as written)."""
    scorer = load_scorer()
    scores: dict[str, dict[str, dict[str, dict]]] = {}
    for set_name, doc, text_path, gold_path in documents(set_names):
        text = text_path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for name in ["none", *names]:
            variant = text if name == "none" else variant_of(name, doc, text, gold)
            if name != "none" and variant == text and name not in ENCODERS:
                score = scores["none"][set_name][doc]  # nothing of this kind in the document
            else:
                expected = expected_gold(name, gold)
                score = scorer.score(expected, predict(variant, text_path.suffix, ENCODERS.get(name)))
            scores.setdefault(name, {}).setdefault(set_name, {})[doc] = score
    return scores


def mean(per_doc: dict[str, dict]) -> dict[str, float]:
    return {m: sum(s[m] for s in per_doc.values()) / len(per_doc) for m in SIX} if per_doc else {}


def drop(base: dict, now: dict) -> float:
    """How much a document lost: the sum of its six metrics' drops."""
    return sum(base[m] - now[m] for m in SIX)


def report(scores: dict[str, dict[str, dict[str, dict]]], top: int = 3) -> str:
    base = scores["none"]
    rows = [f"{'perturbation':18} {'set':7} " + " ".join(f"{m[:6]:>13}" for m in SIX) + "  worst documents"]
    for name, per_set in scores.items():
        for set_name, per_doc in per_set.items():
            now, was = mean(per_doc), mean(base[set_name])
            cells = " ".join(f"{now[m]:.3f}" + (f"({now[m] - was[m]:+.3f})" if name != "none" else " " * 8)
                             for m in SIX)
            worst = sorted(((drop(base[set_name][d], s), d) for d, s in per_doc.items()), reverse=True)
            names = ", ".join(f"{d[:16]} -{v:.2f}" for v, d in worst[:top] if v > 1e-9) if name != "none" else ""
            rows.append(f"{name:18} {set_name:7} {cells}  {names}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="perturbations to run (default: all); prefix matches")
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--json", help="also write the per-document figures to this file")
    args = ap.parse_args(argv)
    names = [n for n in NAMES if not args.only or any(n.startswith(o) for o in args.only)]
    scores = run(names, args.sets)
    print(report(scores, args.top))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
