"""The demo database: directory, sample plans, deterministic progress with every kind of state."""
from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from collections import Counter
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.__main__ import main
from app.domain.task_state import TaskState
from app.errors import InputError
from app.models import Plan, ProgressUpdate
from app.models.database import open_database
from app.models.exchange import IDENTITY_KEY
from app.resources import resource_path
from app.services import Services
from app.services.demo import SEED, build_demo

AS_OF = date(2024, 12, 31)


@pytest.fixture
def demo_db(demo_file: Path) -> Path:
    """The session's demo database (tests/conftest.py builds it with build_demo's defaults): these
    tests only read it, and building it again here cost as much as the whole module."""
    return demo_file


def _progress_digest(path: Path) -> str:
    database = open_database(path)
    try:
        with database.session() as s:
            rows = s.execute(select(ProgressUpdate.node_id, ProgressUpdate.agency_id, ProgressUpdate.period,
                                    ProgressUpdate.status, ProgressUpdate.percent, ProgressUpdate.reported_on)
                             .order_by(ProgressUpdate.id)).all()
    finally:
        database.dispose()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_demo_holds_plans_directory_and_every_state(demo_db: Path) -> None:
    database = open_database(demo_db)
    try:
        services = Services(database)
        plans = services.plans.list_plans(as_of=AS_OF)
        assert {p.number for p in plans} >= {"177/KH-UBND", "69/KH-UBND", "194/KH-UBND"}
        assert len(plans) == 5
        agencies = services.agencies.list_agencies()
        names = {a.name for a in agencies}
        assert {"Sở Nội vụ", "UBND quận Ba Đình", "Sở Nội vụ thành phố Cần Thơ", "UBND quận Ninh Kiều"} <= names
        groups = {g.name: g for g in services.agencies.list_groups()}
        assert len(groups["UBND các quận, huyện, thị xã"].member_ids) == 30
        states = Counter(v.state for p in plans for v in services.plans.tree(p.id, AS_OF) if v.kind == "task")
        for state in (TaskState.DONE_ON_TIME, TaskState.DONE_LATE, TaskState.IN_PROGRESS_OVERDUE,
                      TaskState.IN_PROGRESS_ON_TIME, TaskState.SUSPENDED, TaskState.ONGOING):
            assert states[state] > 0, states
        with database.session() as s:
            periods = set(s.scalars(select(ProgressUpdate.period)))
        assert {"2021-Q4", "2022-Q2", "2023-Q3", "2024-Q4"} <= periods
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def cli_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A second demo database built by the command line with the default seed given explicitly,
    and what the command printed: `test_cli` reads the command's answer, `test_same_seed_same_rows`
    its rows (one build of ~11 s for both; each used to build its own)."""
    target = tmp_path_factory.mktemp("cli-demo") / "cli.db"
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["demo", "--db", str(target), "--seed", str(SEED)]) == 0
    return target, out.getvalue()


def test_same_seed_same_rows(demo_db: Path, cli_demo: tuple[Path, str]) -> None:
    again, _ = cli_demo
    assert again != demo_db
    assert _progress_digest(again) == _progress_digest(demo_db)


def test_refuses_existing_file(demo_db: Path) -> None:
    size = demo_db.stat().st_size
    with pytest.raises(InputError, match="đã tồn tại"):
        build_demo(demo_db)
    assert demo_db.stat().st_size == size


def test_cli(cli_demo: tuple[Path, str]) -> None:
    target, out = cli_demo
    assert "5 kế hoạch" in out
    size = target.stat().st_size
    assert main(["demo", "--db", str(target)]) == 2
    assert target.stat().st_size == size


@pytest.fixture(scope="module")
def party_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`demo --profile party`, built once for this module's tests (it costs as much as the state demo)."""
    target = tmp_path_factory.mktemp("party") / "party.db"
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["demo", "--db", str(target), "--profile", "party"]) == 0
    target.with_name("demo-output.txt").write_text(out.getvalue(), encoding="utf-8")
    return target


def test_party_demo_prints_a_party_report_in_one_command(party_demo: Path, tmp_path: Path) -> None:
    """`demo --profile party`: a Thành ủy whose report dated after 27/5/2026 is in HD 05 and
    one dated before it in HD 36. It follows its own Party's documents and its city's plans, not Cần Thơ's
    194/KH-UBND (window12: another province's UBND plan in a Hà Nội Thành ủy's list)."""
    import docx

    target = party_demo
    assert "4 kế hoạch (177/KH-UBND, 69/KH-UBND, Kế hoạch “Thực hiện Chỉ thị về tăng cường…”, Nghị quyết" \
        in target.with_name("demo-output.txt").read_text(encoding="utf-8")
    database = open_database(target)
    try:
        with database.session() as s:
            places = {(p.number, p.place) for p in s.scalars(select(Plan))}
    finally:
        database.dispose()
    assert places == {("177/KH-UBND", "Hà Nội"), ("69/KH-UBND", "Hà Nội"), (None, None)}  # two without a number
    texts = {}
    for day in ("2026-06-15", "2026-05-26"):
        out = tmp_path / f"bc-{day}.docx"
        assert main(["report", "--db", str(target), "--plan", "177/KH-UBND", "--period", "2024-Q4",
                     "--number", "5", "--date", day, "--format", "docx", "--out", str(out)]) == 0
        document = docx.Document(str(out))
        cells = [p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
        texts[day] = [p.text for p in document.paragraphs] + cells
    hd05, hd36 = texts["2026-06-15"], texts["2026-05-26"]
    for text in ("ĐẢNG CỘNG SẢN VIỆT NAM", "THÀNH ỦY HÀ NỘI", "Số 05-BC/TU", "T/M BAN THƯỜNG VỤ",
                 "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nơi nhận:", "- Lưu Văn phòng Thành ủy."):
        assert text in hd05 and text in hd36, text
    assert "Hà Nội, ngày 15 tháng 6 năm 2026" in hd05 and "-----" in hd05
    assert "Hà Nội, ngày 26 tháng 5 năm 2026" in hd36 and "-----" not in hd36
    closing = [t for t in hd05 if t.startswith("Trên đây là báo cáo")]
    assert closing and closing[0].endswith("quý IV năm 2024.")  # HD 05 ends with `.`, not `./.`
    assert [t for t in hd36 if t.startswith("Trên đây là báo cáo")][0].endswith("./.")


def test_party_demo_exchange_round_is_on_a_party_plan(party_demo: Path) -> None:
    """The Thành ủy's round of report forms is on its own Party plan (the Ban Thường vụ's Kế hoạch), not on
    177/KH-UBND: its forms were headed `THÀNH ỦY HÀ NỘI … KẾ HOẠCH SỐ 177/KH-UBND`."""
    import openpyxl

    con = sqlite3.connect(f"file:{party_demo}?mode=ro", uri=True)
    try:
        plans = set(con.execute("SELECT DISTINCT p.format, p.issuer FROM exchange_files f "
                                "JOIN plans p ON p.id = f.plan_id"))
    finally:
        con.close()
    assert plans == {("party", "Ban Thường vụ Thành ủy Hà Nội")}
    forms = sorted(party_demo.with_name(f"{party_demo.stem}-phieu-bao-cao").iterdir())
    assert forms
    sheet = openpyxl.load_workbook(forms[0], read_only=True).worksheets[0]
    heading = " ".join(str(c) for row in sheet.iter_rows(max_row=3, values_only=True) for c in row if c)
    assert heading.startswith("THÀNH ỦY HÀ NỘI") and "BAN THƯỜNG VỤ THÀNH ỦY" in heading and "UBND" not in heading


def test_unknown_demo_profile_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Hồ sơ cơ quan"):
        build_demo(tmp_path / "x.db", profile="ministry")
    assert not (tmp_path / "x.db").exists()


def test_agency_directory_file_is_consistent() -> None:
    data = json.loads(resource_path("samples", "agencies.json").read_text(encoding="utf-8"))
    codes = [a["code"] for a in data["agencies"]]
    assert len(codes) == len(set(codes))
    kinds = Counter((a["city"], a["kind"]) for a in data["agencies"])
    assert kinds[("Hà Nội", "quan_huyen")] == 30 and kinds[("Cần Thơ", "quan_huyen")] == 9
    for city in ("Hà Nội", "Cần Thơ"):
        assert sum(kinds[(city, k)] for k in ("so", "ban", "nganh")) >= 22
    assert all(m in set(codes) for g in data["groups"] for m in g["members"])
    assert {"kind", "aliases", "abbreviations", "full_name"} <= set(data["agencies"][1])


def test_demo_has_an_exchange_history_with_late_missing_and_conflicts(demo_db: Path) -> None:
    """One real round of report forms for 177/KH-UBND, 2024-Q4: the register shows late and
    missing reports; importing the kept forms again shows unchanged rows, conflicts (entries
    corrected at the desk) and a row copied from another agency's form."""
    from app.domain.periods import Period

    database = open_database(demo_db)
    try:
        services = Services(database)
        plan_id = services.plans.find_by_number("177/KH-UBND")
        register = services.register.register(plan_id, Period.parse("2024-Q4"), as_of=date(2025, 1, 10)).register
        assert register.total.late > 0 and register.total.missing > 0 and register.total.on_time > 0
        reviews = services.exchange.review([demo_db.with_name(f"{demo_db.stem}-phieu-bao-cao")])
        counts = Counter()
        for review in reviews:
            counts.update(review.counts)
        assert counts["unchanged"] > 100 and counts["conflict"] == 2 and counts["refused"] == 1
    finally:
        database.dispose()


# What build_demo(path) stores, before the demo's speed-up (session 9): rows per table and a digest of every
# value that does not depend on the clock or on chance (timestamps, file ids and hashes, the database identity).
# A deliberate change to the demo or to how the sample plans are read changes it: the failure prints the new one.
# Session 10 (names): the proposed `Ủy ban MTTQ Việt Nam thành phố Hà Nội` is of kind `doan_the` (was `other`).
# Session 13 (clerk3): migration 0008 adds `plans.followed_from` (NULL in the demo) and is the alembic version.
# Session 15 (clerk6): the data migration 0009 is the alembic version (with 0008 written back: the old digest).
# Session 16 (names9): a name proposed in an import is no longer folded into another proposed a moment earlier (one
# more group); (chunks5): the closing paragraph of 69/KH-UBND and 194/KH-UBND, after the last item, is a task of its
# own at the body's level (was under the last item), so the demo's agencies report on it every quarter.
DEMO_COUNTS = {
    "agencies": 149, "agency_aliases": 418, "agency_group_aliases": 72, "agency_group_members": 194,
    "agency_groups": 44, "agency_reports": 2615, "alembic_version": 1, "assignments": 387, "audit_log": 2038,
    "deadlines": 69, "exchange_entries": 1159, "exchange_files": 117, "measurements": 160, "office_settings": 1,
    "period_approvals": 0, "plan_bases": 6, "plan_nodes": 304, "plan_reporting_rules": 8, "plans": 5,
    "progress_updates": 21632, "report_snapshots": 0, "source_documents": 6, "targets": 42, "user_agencies": 0,
    "users": 0,
}
DEMO_DIGEST = "146e169e049d4998df279b96b23101fdf41b271a6ea27ac93f812849f126761a"
VARYING = {"created_at", "at", "entered_at", "file_id", "saved_at", "sha256"}


def _fingerprint(path: Path) -> tuple[dict[str, int], str]:
    """Rows per table, and a digest of the tables' rows in insertion order without the VARYING columns."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts, digest = {}, hashlib.sha256()
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            kept = [row[1] for row in con.execute(f'PRAGMA table_info("{table}")') if row[1] not in VARYING]
            names = ", ".join(f'"{c}"' for c in kept)
            rows = con.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
            if table == "office_settings":  # the database identity is a random UUID
                rows = [r for r in rows if r[kept.index("key")] != IDENTITY_KEY]
            counts[table] = len(rows)
            digest.update(repr((table, kept, rows)).encode())
        return counts, digest.hexdigest()
    finally:
        con.close()


def test_demo_content_is_what_it_was(demo_db: Path) -> None:
    """The demo's speed-up changed how it writes, not what: same rows, same values, same ids."""
    counts, digest = _fingerprint(demo_db)
    assert counts == DEMO_COUNTS
    assert digest == DEMO_DIGEST, digest
