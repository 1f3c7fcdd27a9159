"""The plan the exchange and register benchmarks share: 1,000 tasks, 120 agencies, 5 years.

Deterministic (seeded). Texts come from the corpus plans so workbooks have real lengths and
diacritics. Each task has a lead and a support agency; every lead reported in most quarters of
2020–2024 (about 13,000 progress rows), some on time, some late, and every agency's report
document is recorded for a few periods.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from app.domain.text import fold
from app.models import AgencyReport, Plan
from app.models.database import Database, open_database
from bench.synthetic import corpus_texts, deadline_row, insert_agencies, insert_tasks, lead_and_support, node_row

TASKS = 1000
AGENCIES = 120
YEARS = range(2020, 2025)
PLAN_NUMBER = "120/KH-UBND"
PHRASES = ["trong Quý {q}/{y}", "xong trước ngày 30/{m}/{y}", "Thường xuyên", "trong năm {y}", "Hằng năm",
           "Giai đoạn 2020-2025"]
KINDS = ["Sở", "UBND quận", "UBND huyện", "Ban"]
PLACES = ["Nội vụ", "Tài chính", "Ba Đình", "Đống Đa", "Ứng Hòa", "Quản lý dự án", "Y tế", "Giáo dục và Đào tạo"]


def build(path: Path, *, tasks: int = TASKS, agencies: int = AGENCIES, seed: int = 2026) -> Database:
    rng = random.Random(seed)
    texts = corpus_texts()
    db = open_database(path)
    with db.session() as s:
        names = [f"{KINDS[i % 4]} {PLACES[i % len(PLACES)]} {i + 1:03d}" for i in range(agencies)]
        insert_agencies(s, names)
        title = "Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2020-2025"
        s.execute(insert(Plan), [dict(id=1, number=PLAN_NUMBER, doc_type="KH", issuer="UBND Thành phố Hà Nội",
                                      place="Hà Nội", issued_on=date(2020, 1, 6), title=title,
                                      title_folded=fold(title), recipients=[], format="state", status="active",
                                      version=1)])
        nodes, deadlines, assignments, progress, reports = [], [], [], [], []
        node_id = 0
        for n in range(tasks):
            if n % 20 == 0:
                node_id += 1
                parent = node_id
                text = f"Nhóm nhiệm vụ {n // 20 + 1}"
                nodes.append(node_row(node_id, 1, None, n // 20, f"{n // 20 + 1}.", "section", text))
            node_id += 1
            text = rng.choice(texts)
            nodes.append(node_row(node_id, 1, parent, n % 20, f"{n % 20 + 1}", "task", text))
            year = rng.choice(list(YEARS))
            phrase = rng.choice(PHRASES).format(q=rng.choice(["I", "II", "III", "IV"]), m=rng.randint(3, 12), y=year)
            deadlines.append(deadline_row(node_id, phrase, 2020))
            lead = n % agencies + 1
            assignments += lead_and_support(node_id, lead, rng.randint(1, agencies))
            for y in YEARS:
                for q in (1, 2, 3, 4):
                    if rng.random() < 0.3:
                        continue
                    day = date(y, 3 * q, 10) + timedelta(days=rng.randint(0, 25))
                    progress.append(dict(node_id=node_id, agency_id=lead, period=f"{y}-Q{q}", status="in_progress",
                                         percent=rng.randint(0, 90), result=f"Kết quả quý {q}/{y}", difficulties="",
                                         proposals="", evidence="", reported_on=day, done_on=None, version=1))
        for agency in range(1, agencies + 1):
            for y in YEARS:
                if rng.random() < 0.5:
                    reports.append(dict(agency_id=agency, plan_id=1, period=f"{y}-Y",
                                        received_on=date(y, 12, rng.randint(5, 28))))
        insert_tasks(s, nodes, deadlines, assignments, progress)
        s.execute(insert(AgencyReport), reports)
    return db
