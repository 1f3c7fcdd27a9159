"""Exchange workbooks for a 1,000-task plan and 120 agencies (issue 8).

Targets: export the 120 workbooks < 10 s; preview (review) and apply 120 filled workbooks < 10 s.
Each agency fills every row of its workbook (openpyxl, as Excel would save it; not timed).
Wall time is judged; CPU time is printed beside it because the machine is often shared.

    python -m bench exchange
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from app.domain import exchange as x
from app.domain.periods import Period
from app.exporters.exchange_fill import fill_exchange_workbook
from app.services.exchange import ExchangeService
from bench.exchange_data import build

TARGET = 10.0
PERIOD = Period.parse("2025-Q1")


def _answer(key: x.RowKey) -> dict[str, object]:
    """What every agency writes on every row (the percent varies with the task)."""
    return {x.STATUS: "Đang thực hiện", x.PERCENT: 40 + key.node_id % 50,
            x.RESULT: "Đã triển khai kế hoạch, tổ chức hội nghị quán triệt, tuyên truyền.",
            x.REPORTED_ON: date(2025, 3, 10)}


def main() -> int:
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = build(root / "exchange.db")
        service = ExchangeService(db, "bench")
        started, cpu = time.perf_counter(), time.process_time()
        files = service.export(1, PERIOD, root / "out", as_of=date(2025, 1, 5))
        export_time, export_cpu = time.perf_counter() - started, time.process_time() - cpu
        rows = sum(f.rows for f in files)
        failed |= export_time >= TARGET
        print(f"export: {len(files)} workbooks, {rows} rows in {export_time:.2f} s (CPU {export_cpu:.2f} s)"
              f"{' ok' if export_time < TARGET else f' SLOW (target {TARGET:.0f} s)'}")
        back = root / "back"
        back.mkdir()
        filled = sum(fill_exchange_workbook(f.path, back / f.path.name, _answer) for f in files)
        started, cpu = time.perf_counter(), time.process_time()
        reviews = service.review([back], today=date(2025, 3, 20))
        review_time = time.perf_counter() - started
        result = service.apply(reviews, today=date(2025, 3, 20))
        total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
        failed |= total >= TARGET or result.written != filled
        print(f"preview {len(reviews)} workbooks ({filled} filled rows): {review_time:.2f} s; "
              f"+ apply ({result.written} rows written): {total:.2f} s (CPU {total_cpu:.2f} s)"
              f"{' ok' if total < TARGET else f' SLOW (target {TARGET:.0f} s)'}")
        db.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
