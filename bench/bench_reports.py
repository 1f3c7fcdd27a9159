"""Report export speed: the quarterly report of a 1,000-task plan.

Targets (issue "Reports leaders sign"): DOCX < 3 s, PDF < 2 s for the whole report (main text
plus the landscape annex of every task). The plan is built in a temporary database with task
texts taken from the corpus plans, 40 agencies and a year of quarterly progress, so the texts
have the length and the diacritics of real ones. Each writer runs three times; the best run is
judged (the others show the noise of a busy machine).

    python -m bench.bench_reports
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from app.domain.periods import Period
from app.domain.text import fold
from app.models import Plan
from app.models.database import Database, open_database
from app.services.reports import ReportOptions, ReportService
from bench.synthetic import corpus_texts, deadline_row, insert_agencies, insert_tasks, lead_and_support, node_row

TASKS = 1000
TASKS_PER_GROUP = 14
AGENCIES = 40
TARGETS = {"docx": 3.0, "pdf": 2.0}
PERIOD = Period.parse("2024-Q3")
RESULTS = [
    "Đã ban hành Kế hoạch số {n}/KH-SNV triển khai thực hiện; tổ chức {k} hội nghị quán triệt cho cán bộ, "
    "công chức, viên chức.",
    "Đang xây dựng dự thảo, lấy ý kiến các sở, ngành; dự kiến trình UBND Thành phố trong quý IV năm 2024.",
    "Chưa triển khai do vướng mắc về kinh phí; đã có văn bản đề xuất bổ sung dự toán.",
    "Thường xuyên cập nhật thông tin trên Cổng thông tin điện tử; đăng tải {k} tin, bài.",
]
PHRASES = ["trong Quý {q}/2024", "xong trước ngày 30/{m}/2024", "Thường xuyên", "trong năm 2024", "Quý IV/2024"]


def build_plan(path: Path, seed: int = 2026) -> Database:
    """One plan of TASKS tasks in groups, with leads, deadlines and quarterly progress."""
    rng = random.Random(seed)
    texts = corpus_texts()
    db = open_database(path)
    with db.session() as s:
        names = [f"{kind} {i + 1:02d}" for i, kind in enumerate(["Sở Nội vụ", "UBND quận Ba Đình", "Sở Tài chính",
                                                               "UBND huyện Ứng Hòa"] * (AGENCIES // 4))]
        insert_agencies(s, names)
        title = "Triển khai thực hiện Chỉ thị số 24-CT/TU về tăng cường kỷ luật, kỷ cương hành chính"
        s.execute(insert(Plan), [dict(id=1, number="99/KH-UBND", doc_type="KH", issuer="UBND Thành phố Hà Nội",
                                      place="Hà Nội", issued_on=date(2024, 1, 15), title=title,
                                      title_folded=fold(title),
                                      recipients=[], format="state", status="active", version=1)])
        nodes, deadlines, assignments, progress = [], [], [], []
        node_id = group = 0
        for n in range(TASKS):
            if n % TASKS_PER_GROUP == 0:
                group += 1
                node_id += 1
                parent = node_id
                text = f"Nhóm nhiệm vụ {group}: {rng.choice(texts)[:80]}"
                nodes.append(node_row(node_id, 1, None, group, f"{group}.", "section", text))
            node_id += 1
            text = rng.choice(texts)
            nodes.append(node_row(node_id, 1, parent, n, "-", "task", text))
            phrase = rng.choice(PHRASES).format(q=rng.choice(["I", "II", "III", "IV"]), m=rng.randint(3, 12))
            deadlines.append(deadline_row(node_id, phrase, 2024))
            lead = rng.randint(1, AGENCIES)
            assignments += lead_and_support(node_id, lead, rng.randint(1, AGENCIES))
            for q in (1, 2, 3):
                status = rng.choice(["in_progress", "in_progress", "done", "not_started"])
                day = date(2024, 3 * q, rng.randint(5, 14))
                result = rng.choice(RESULTS).format(n=rng.randint(10, 300), k=rng.randint(2, 30))
                progress.append(dict(node_id=node_id, agency_id=lead, period=f"2024-Q{q}", status=status,
                                     percent=100 if status == "done" else rng.randint(0, 90), result=result,
                                     difficulties="Thiếu biên chế làm công tác tham mưu." if rng.random() < .05 else "",
                                     proposals="", evidence="", reported_on=day,
                                     done_on=day if status == "done" else None, version=1))
        insert_tasks(s, nodes, deadlines, assignments, progress)
    return db


def _best(runs: int, action) -> tuple[float, list[float]]:  # noqa: ANN001
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times), times


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        started = time.perf_counter()
        db = build_plan(root / "bench.db")
        print(f"plan of {TASKS} tasks built in {time.perf_counter() - started:.1f} s")
        service = ReportService(db)
        options = ReportOptions(number=5, issued_on=date(2024, 9, 20))
        content_time, _ = _best(3, lambda: service.progress(1, PERIOD, options=options))
        content = service.progress(1, PERIOD, options=options)
        print(f"content (states, results, agencies, targets): {content_time:.2f} s")
        failed = False
        for fmt in ("docx", "pdf", "xlsx"):
            out = root / f"bao-cao.{fmt}"
            best, times = _best(3, lambda fmt=fmt, out=out: service.export(content, fmt, out, plan_id=1))
            target = TARGETS.get(fmt)
            verdict = "" if target is None else (" ok" if best < target else f" SLOW (target {target:.1f} s)")
            failed |= target is not None and best >= target
            runs = ", ".join(f"{t:.2f}" for t in times)
            print(f"{fmt}: best {best:.2f} s (runs {runs}), {out.stat().st_size // 1024} KB{verdict}")
        db.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
