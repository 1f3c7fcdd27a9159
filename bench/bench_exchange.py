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

from openpyxl import load_workbook

from app.domain import exchange as x
from app.domain.periods import Period
from app.services.exchange import ExchangeService
from bench.exchange_data import build

TARGET = 10.0
PERIOD = Period.parse("2025-Q1")
HEADER_ROW = 8


def _fill_all(source: Path, target: Path) -> int:
    wb = load_workbook(source)
    ws = wb.worksheets[0]
    cols = {ws.cell(HEADER_ROW, c).value: c for c in range(1, ws.max_column + 1)}
    rows = 0
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        if not ws.cell(r, cols[x.ROW_KEY]).value:
            continue
        ws.cell(r, cols[x.STATUS]).value = "Đang thực hiện"
        ws.cell(r, cols[x.PERCENT]).value = 40 + r % 50
        ws.cell(r, cols[x.RESULT]).value = "Đã triển khai kế hoạch, tổ chức hội nghị quán triệt, tuyên truyền."
        ws.cell(r, cols[x.REPORTED_ON]).value = date(2025, 3, 10)
        rows += 1
    wb.save(target)
    return rows


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
        filled = sum(_fill_all(f.path, back / f.path.name) for f in files)
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
