"""How many gold deadline phrases the program understands (issue 10 development aid).

`python -m bench.deadline_coverage [SET ...] [--quiet]`

Every `deadline_text` of the gold annotations of the development sets goes through
`app.domain.deadline_phrases.parse_deadline` with the plan's year (from the gold `date`, else its
title): the share read as a due date, a recurring period, ongoing work / an event, or UNKNOWN,
and the UNKNOWN phrases listed — each one a deadline the calendar and the overdue lists cannot
show. Held-aside documents (the five of tests/fixtures/real, real3, real4, held5) are never read.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import RECURRING_KINDS, TRIGGER_KINDS, Deadline, DeadlineKind

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
DEFAULT_SETS = [str(FIX / "real"), str(FIX / "real2"), "/work/shared/corpus/plans", str(FIX / "genre"),
                str(FIX / "genre2")]
HELD_DOCS = {"001c610b2efdcf0c", "192068354fd1ffe5", "99c7d8fff9e4572e", "a83fffe08d7aeed7", "ceb89a53c7b93f00"}
HELD_SETS = {"real3", "real4", "held5"}
CLASSES = ("due date", "recurring", "ongoing/event", "UNKNOWN")


def plan_year(gold: dict) -> int | None:
    """The year the plan was issued: its gold date, else the first year in its title."""
    for text in (gold.get("date"), gold.get("title")):
        m = re.search(r"\b(?:19|20)\d{2}\b", str(text or ""))
        if m:
            return int(m.group(0))
    return None


def classify(meaning: Deadline) -> str:
    """Which of CLASSES a parsed deadline falls in."""
    if meaning.kind == DeadlineKind.UNKNOWN:
        return "UNKNOWN"
    if meaning.kind in RECURRING_KINDS:
        return "recurring"
    if meaning.kind == DeadlineKind.ONGOING or meaning.kind in TRIGGER_KINDS:
        return "ongoing/event"
    return "due date"


def gold_phrases(folder: Path) -> list[tuple[str, str, int | None]]:
    """(document, deadline phrase, plan year) for every gold task with a deadline, held-aside skipped."""
    if folder.name in HELD_SETS:
        return []
    out = []
    for path in sorted(folder.glob("*.gold.json")):
        doc = path.name[: -len(".gold.json")]
        if doc in HELD_DOCS:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        year = plan_year(gold)
        out.extend((doc, t["deadline_text"], year) for t in gold.get("tasks") or [] if t.get("deadline_text"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=DEFAULT_SETS)
    ap.add_argument("--quiet", action="store_true", help="totals only")
    args = ap.parse_args(argv)
    overall: Counter[str] = Counter()
    for name in args.sets:
        folder = Path(name)
        counts: Counter[str] = Counter()
        unknown: list[str] = []
        for doc, phrase, year in gold_phrases(folder):
            cls = classify(parse_deadline(phrase, plan_year=year))
            counts[cls] += 1
            if cls == "UNKNOWN":
                unknown.append(f"    {doc}: {phrase!r}")
        overall.update(counts)
        n = sum(counts.values()) or 1
        shares = " ".join(f"{c}={counts[c] / n:.3f}" for c in CLASSES)
        print(f"{folder.name} n={sum(counts.values())} {shares}")
        if not args.quiet:
            print("\n".join(sorted(set(unknown))))
    n = sum(overall.values()) or 1
    shares = " ".join(f"{c}={overall[c] / n:.3f}" for c in CLASSES)
    print(f"TOTAL n={sum(overall.values())} {shares}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
