"""The register (sổ theo dõi báo cáo) of a 1,000-task plan: 120 agencies × 5 years of quarters.

Target (issue 8): < 200 ms. Also the 60 months of the same 5 years, shown for information.

    python -m bench register
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from app.domain.periods import Period
from app.services.register import RegisterService
from bench.exchange_data import build

TARGET = 0.2


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db = build(Path(folder) / "register.db")
        print(f"plan built in {time.perf_counter() - started:.1f} s")
        service = RegisterService(db)
        failed = False
        for first, last, judged in (("2020-Q1", "2024-Q4", True), ("2020-M01", "2024-M12", False)):
            times = []
            for _ in range(3):
                t0 = time.perf_counter()
                view = service.register(1, Period.parse(last), first=Period.parse(first), as_of=date(2025, 1, 31))
                times.append(time.perf_counter() - t0)
            best = min(times)
            cells = len(view.register.cells)
            verdict = (" ok" if best < TARGET else f" SLOW (target {TARGET * 1000:.0f} ms)") if judged else ""
            failed |= judged and best >= TARGET
            print(f"register {first}…{last}: {len(view.register.agencies)} agencies, {cells} cells, "
                  f"best {best * 1000:.0f} ms (runs {', '.join(f'{t * 1000:.0f}' for t in times)}){verdict}")
        db.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
