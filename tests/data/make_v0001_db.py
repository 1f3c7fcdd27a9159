"""Recreate `theodoi-v0001.db`: a database at schema revision 0001 holding real-looking data.

Kept so the migration test runs on a real old file (as users will have), and so the file can be
rebuilt if revision 0001 is ever corrected. Run: python tests/data/make_v0001_db.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app.models.migration_config import alembic_config

HERE = Path(__file__).resolve().parent
TARGET = HERE / "theodoi-v0001.db"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{TARGET}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    db = sqlite3.connect(TARGET)
    db.executescript("""
        INSERT INTO agencies (id, name, name_folded, kind, active, proposed, version)
            VALUES (1, 'Sở Nội vụ', 'so noi vu', 'so', 1, 0, 1),
                   (2, 'Sở Tài chính', 'so tai chinh', 'so', 1, 0, 1);
        INSERT INTO agency_aliases (agency_id, alias, alias_folded) VALUES (1, 'SNV', 'snv');
        INSERT INTO plans (id, number, doc_type, issuer, place, issued_on, title, title_folded, recipients,
                           format, status, version)
            VALUES (1, '177/KH-UBND', 'KH', 'UBND Thành phố Hà Nội', 'Hà Nội', '2021-08-02',
                    'Triển khai Nghị quyết số 04-NQ/TU', 'trien khai nghi quyet so 04-nq/tu', '[]', 'state',
                    'active', 1);
        INSERT INTO plan_nodes (id, plan_id, parent_id, position, label, kind, text, text_folded, version)
            VALUES (1, 1, NULL, 0, 'I', 'section', 'NHIỆM VỤ', 'nhiem vu', 1),
                   (2, 1, 1, 0, '1', 'task', 'Rà soát quy hoạch cán bộ', 'ra soat quy hoach can bo', 1);
        INSERT INTO assignments (node_id, agency_id, role, mention, position)
            VALUES (2, 1, 'lead', 'Sở Nội vụ', 0), (2, 2, 'support', 'Sở Tài chính', 0);
        INSERT INTO deadlines (node_id, phrase, kind, params, version)
            VALUES (2, 'trong Quý II/2022', 'quarter', '{}', 1);
        INSERT INTO progress_updates (node_id, agency_id, period, status, percent, result, difficulties,
                                      proposals, evidence, reported_on, version)
            VALUES (2, 1, '2022-Q2', 'done', 100, 'Đã hoàn thành rà soát', '', '', '', '2022-06-10', 1);
    """)
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main()
