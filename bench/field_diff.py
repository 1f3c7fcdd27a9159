"""Gold vs predicted deadline/lead/support of matched tasks, side by side (issue 10 development aid).

`python -m bench.field_diff [SET ...] [--doc ID] [--field deadline|lead|support] [--totals]`
SET is a folder of NN.txt + NN.gold.json pairs (default: the development sets real, real2).
Held-aside documents (the five of tests/fixtures/real, and any set named real3) are only ever
scored: their text, gold and output are never printed.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "importers"))

from scoring import match_tasks, ratio, same_mentions, score, total  # noqa: E402

from app.importers.extract import extract_plan  # noqa: E402
from app.importers.readers import read_blocks  # noqa: E402
from bench.shared_scorer import HELD_ASIDE as HELD  # noqa: E402

NO_TASKS = {"6e205b75bcc588b5"}
FIX = ROOT / "tests" / "fixtures"


def _deadline_hit(g: str | None, p: str | None) -> bool:
    if g is None and p is None:
        return True
    return g is not None and p is not None and ratio(g, p) >= 0.85


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def diff_doc(gold: dict, pred: dict, fields: set[str]) -> list[str]:
    gt, pt = gold.get("tasks") or [], pred.get("tasks") or []
    out = []
    for gi, pi in sorted(match_tasks(gt, pt)):
        g, p = gt[gi], pt[pi]
        rows = []
        if "deadline" in fields and not _deadline_hit(g.get("deadline_text"), p.get("deadline_text")):
            rows.append(f"    deadline gold={g.get('deadline_text')!r}\n             pred={p.get('deadline_text')!r}")
        for f in ("lead", "support"):
            if f in fields and not same_mentions(g.get(f), p.get(f)):
                rows.append(f"    {f:8} gold={g.get(f)}\n             pred={p.get(f)}")
        if rows:
            out.append(f"  [{'/'.join(g.get('path') or [])}] {_short(g.get('text') or '')}")
            out.extend(rows)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=["real", "real2"])
    ap.add_argument("--doc")
    ap.add_argument("--field", action="append")
    ap.add_argument("--totals", action="store_true", help="score lines only")
    args = ap.parse_args()
    fields = set(args.field or ["deadline", "lead", "support"])
    for name in args.sets:
        folder = Path(name) if "/" in name else FIX / name
        held_set = folder.name == "real3" or folder.name == "held5"
        scores: dict[str, dict] = {}
        held_scores: dict[str, dict] = {}
        for gold_path in sorted(folder.glob("*.gold.json")):
            doc = gold_path.name[: -len(".gold.json")]
            if args.doc and doc != args.doc:
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            t0 = time.perf_counter()
            pred = extract_plan(read_blocks(folder / f"{doc}.txt")).to_annotation_dict()
            s = score(gold, pred)
            hidden = held_set or (folder.name == "real" and doc in HELD)
            (held_scores if hidden and folder.name == "real" else scores)[doc] = s
            line = " ".join(f"{m}={s[m]:.3f}" for m in ("recall", "precision", "lead", "support", "deadline"))
            print(f"{folder.name}/{doc} {line} gold={s['gold']} matched={s['matched']}"
                  f" ({time.perf_counter() - t0:.2f}s){' HELD' if hidden else ''}")
            if not hidden and not args.totals:
                for row in diff_doc(gold, pred, fields):
                    print(row)
        for title, group in (("dev", scores), ("held", held_scores)):
            group = {d: s for d, s in group.items() if d not in NO_TASKS}
            if group:
                t = total(list(group.values()))
                print(f"TOTAL {folder.name} {title} n={len(group)} "
                      + " ".join(f"{m}={t[m]:.3f}" for m in ("recall", "precision", "lead", "support",
                                                              "deadline", "header")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
