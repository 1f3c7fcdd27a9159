"""Do annex task tables depend on their header words? (issue 10, `python -m bench.table_headers`)

Every development document with a task table (three columns or more) is imported as written, with
each table's first row replaced by neutral words (`Cột 1`, `Cột 2`, … — a header in words the rules
do not know) and with the first row removed (a table whose header is on another page), and scored
against the unchanged gold with the shared scorer's own functions. A clerk reads such a table by
what fills its columns; so should the importer (`app.importers.extract.table_kinds`).

Held-out documents (the five of tests/fixtures/real, real3, real4) are never read.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.importers.blocks import Block, Table
from app.importers.extract import extract_plan
from app.importers.extract.block_lines import pipe_tables
from app.importers.extract.tables import is_task_table
from app.importers.readers import read_blocks
from bench.shared_scorer import HELD_ASIDE, load_scorer

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "tests/fixtures/real", ROOT / "tests/fixtures/real2", Path("/work/shared/corpus/plans"),
        ROOT / "tests/fixtures/genre", ROOT / "tests/fixtures/genre2"]
VARIANTS = ("as written", "neutral header", "no header")
SHOWN = ("recall", "precision", "lead", "support", "deadline")


def _tables(blocks: list[Block]) -> list[Table]:
    return [b for b in pipe_tables(blocks) if isinstance(b, Table) and len(b.rows) > 2
            and max(len(r) for r in b.rows) > 2]


def variant(blocks: list[Block], how: str) -> list[Block]:
    """The blocks with every table of three columns or more re-headed as `how` says."""
    out: list[Block] = []
    for block in pipe_tables(blocks):
        if isinstance(block, Table) and len(block.rows) > 2 and max(len(r) for r in block.rows) > 2:
            rows = [list(r) for r in block.rows]
            if how == "neutral header":
                rows[0] = [f"Cột {i + 1}" for i in range(len(rows[0]))]
            elif how == "no header":
                rows = rows[1:]
            block = Table(rows=rows, caption=block.caption)
        out.append(block)
    return out


def main() -> int:
    scorer = load_scorer()
    totals: dict[str, list[dict]] = {v: [] for v in VARIANTS}
    for folder in SETS:
        for gold_path in sorted(folder.glob("*.gold.json")):
            doc = gold_path.name[: -len(".gold.json")]
            text = folder / f"{doc}.txt"
            if doc in HELD_ASIDE or not text.exists():
                continue
            blocks = read_blocks(text)
            if not any(is_task_table(t) for t in _tables(blocks)):
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if not gold.get("tasks"):
                continue  # a document with no task scores nothing a header could change
            cells = []
            for how in VARIANTS:
                s = scorer.score(gold, extract_plan(variant(blocks, how)).to_annotation_dict())
                totals[how].append(s)
                cells.append(f"{s['recall']:.3f}/{s['precision']:.3f}")
            print(f"{folder.name}/{doc[:24]:24} recall/precision " + "  ".join(cells))
    for how, scores in totals.items():
        if scores:
            print(f"{how:15} docs={len(scores)} "
                  + " ".join(f"{m}={sum(s[m] for s in scores) / len(scores):.3f}" for m in SHOWN))
    return 0


if __name__ == "__main__":
    sys.exit(main())
