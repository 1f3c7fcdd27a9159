"""Generate the benchmark database: 200 plans, 30,000 nodes, 120 agencies, 5 years of progress.

Deterministic (seeded) so figures compare across runs. Bulk inserts through SQLAlchemy Core in
one transaction: going through the services row by row would take minutes and measure nothing
the program does at run time.

    python -m bench.make_big_db OUT.db
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy import text as sql

from app.domain.text import fold
from app.models import Plan
from app.models.database import open_database, refresh_statistics
from bench.synthetic import deadline_row, insert_agencies, insert_tasks, lead_and_support, node_row

PLANS = 200
BIG_PLAN_NODES = 2000
TOTAL_NODES = 30000
AGENCIES = 120
YEARS = range(2020, 2025)
PHRASES = ["trong năm {y}", "trong Quý {q}/{y}", "xong trước ngày 30/{m}/{y}", "Thường xuyên",
           "trong năm {y} và các năm tiếp theo", "Giai đoạn {y}-{y2}", "Hằng năm", "đến năm {y2}"]
VERBS = ["Rà soát", "Xây dựng", "Tổ chức", "Triển khai", "Kiểm tra", "Đánh giá", "Tuyên truyền", "Hoàn thiện"]
OBJECTS = ["quy hoạch cán bộ", "đề án vị trí việc làm", "cơ sở dữ liệu chuyên ngành", "hội nghị quán triệt",
           "chương trình đào tạo, bồi dưỡng", "cải cách thủ tục hành chính", "chuyển đổi số", "công tác thi đua"]


def _plan_sizes(rng: random.Random) -> list[int]:
    rest = TOTAL_NODES - BIG_PLAN_NODES
    sizes = [rest // (PLANS - 1)] * (PLANS - 1)
    sizes[0] += rest - sum(sizes)
    return [BIG_PLAN_NODES] + sizes


def build(path: Path, seed: int = 2026) -> dict[str, int]:
    rng = random.Random(seed)
    db = open_database(path)
    counts = {"plans": 0, "nodes": 0, "agencies": AGENCIES, "progress": 0}
    with db.session() as s:
        names = [f"Sở {i:03d} {rng.choice(['Nội vụ', 'Tài chính', 'Xây dựng', 'Y tế', 'Đào tạo'])}"
                 for i in range(AGENCIES)]
        insert_agencies(s, names)
        node_id = 0
        nodes, deadlines, assignments, progress = [], [], [], []
        plans = []
        for plan_index, size in enumerate(_plan_sizes(rng), start=1):
            year = rng.choice(list(YEARS))
            title = f"Kế hoạch thực hiện nhiệm vụ số {plan_index} năm {year}"
            plans.append(dict(id=plan_index, number=f"{plan_index}/KH-UBND", doc_type="KH", issuer="UBND Thành phố",
                              issued_on=date(year, rng.randint(1, 12), rng.randint(1, 28)), title=title,
                              title_folded=fold(title), recipients=[], format="state", status="active", version=1))
            sections: list[int] = []
            for position in range(size):
                node_id += 1
                if position % 15 == 0:
                    parent, kind, label = None, "section", f"{len(sections) + 1}"
                    sections.append(node_id)
                    text = f"Nhóm nhiệm vụ {len(sections)}"
                else:
                    parent, kind, label = sections[-1], "task", f"{len(sections)}.{position % 15}"
                    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} của đơn vị số {position}"
                nodes.append(node_row(node_id, plan_index, parent, position, label, kind, text))
                if kind != "task":
                    continue
                phrase = rng.choice(PHRASES).format(y=year, y2=year + 2, q=rng.choice("I II III IV".split()),
                                                    m=rng.randint(4, 9))
                deadlines.append(deadline_row(node_id, phrase, year))
                lead = rng.randint(1, AGENCIES)
                assignments += lead_and_support(node_id, lead, rng.randint(1, AGENCIES))
                for y in range(year, 2025):
                    for q in range(1, 5):
                        if rng.random() < 0.35:
                            continue
                        day = date(y, 3 * q, 10) + timedelta(days=rng.randint(0, 10))
                        status = rng.choice(["in_progress", "in_progress", "done", "not_started"])
                        progress.append(dict(node_id=node_id, agency_id=lead, period=f"{y}-Q{q}", status=status,
                                             percent=100 if status == "done" else rng.randint(0, 90),
                                             result=f"Kết quả quý {q}/{y}", difficulties="", proposals="",
                                             evidence="", reported_on=day,
                                             done_on=day if status == "done" else None, version=1))
        s.execute(insert(Plan), plans)
        insert_tasks(s, nodes, deadlines, assignments, progress)
        counts.update(plans=len(plans), nodes=len(nodes), progress=len(progress))
        if s.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequences past them
            for table in ("plans", "plan_nodes", "deadlines", "assignments", "progress_updates", "agencies"):
                s.execute(sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                               f"(SELECT coalesce(max(id), 1) FROM {table}))"))
    db.dispose()
    # What autovacuum does on the office's server within minutes of a bulk load; measuring before
    # it would time the planner's guesses (it assumed 89 progress rows for a plan that has 6,700).
    refresh_statistics(db.url)
    return counts


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[0] if args else "bench-big.db")
    if out.exists():
        out.unlink()
    started = time.perf_counter()
    counts = build(out)
    print(f"made {out}: {counts} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
