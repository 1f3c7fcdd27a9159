"""The window's speed on PostgreSQL against the same figures on SQLite (issue 14: within twice).

Starts a throwaway cluster (tests/pg_cluster.py: initdb in a temporary folder, a free local port,
stopped at the end), builds the same 200-plan / 30,000-node database there with
`bench.make_big_db`, and measures what `bench.bench_ui` measures on both engines: opening the
database and listing the plans (fresh process), switching to the 2,000-node plan, drawing a
calendar month, a search. `python -m bench.bench_postgres [--repeat N]` (best of N runs, default 5;
more on a loaded machine).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from bench.bench_ui import READY, big_database, first_paint, in_process  # noqa: E402

COMPARED = ("  plans listed (database opened in background)", "switch to 2,000-node plan", "calendar month", "search")


def figures(target: str, repeat: int) -> dict[str, float]:
    out = {COMPARED[0]: min(first_paint(target, READY, "ready") for _ in range(2))}  # type: ignore[arg-type]
    out.update(in_process(target, repeat))  # type: ignore[arg-type]
    return out


def main() -> int:
    from pg_cluster import PgCluster

    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 5
    sqlite = figures(str(big_database()), repeat)
    cluster = PgCluster().start()
    try:
        url = cluster.create_database("bench")
        from bench.make_big_db import build

        started = time.perf_counter()
        build(url)  # type: ignore[arg-type]
        print(f"  built the PostgreSQL database in {time.perf_counter() - started:.1f} s", flush=True)
        postgres = figures(url, repeat)
    finally:
        cluster.stop()
    worst = 0.0
    print(f"{'':48s} {'SQLite':>8s} {'PostgreSQL':>11s}  ratio")
    for name in COMPARED:
        ratio = postgres[name] / sqlite[name] if sqlite[name] else 0.0
        worst = max(worst, ratio)
        print(f"{name.strip():48s} {sqlite[name] * 1000:6.0f} ms {postgres[name] * 1000:8.0f} ms  {ratio:4.1f}×")
    print(f"{'worst ratio':48s} {worst:4.1f}× (target ≤ 2.0×) {'ok' if worst <= 2.0 else 'SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
