"""Optimistic versions: two windows (two service instances on one file) or two processes editing
the same progress entry, measurement, agency report or plan — the stale write is refused with who
changed the record and when, and nothing is overwritten (issue 11, case 5)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.errors import ConflictError
from app.models.database import open_database
from app.services import Services
from app.services.progress import ProgressEntry

ROOT = Path(__file__).resolve().parents[2]
WHO_WHEN = re.compile(r"vừa được (\S+) sửa lúc \d\d:\d\d ngày \d\d/\d\d/\d{4}; hãy tải lại trước khi sửa\.$")


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Services, Services, dict[str, int]]]:
    """Two "windows": separate engines on one database file, users a and b, and a small plan."""
    first, second = open_database(tmp_path / "chung.db"), open_database(tmp_path / "chung.db")
    a, b = Services(first, "nguyen.van.a"), Services(second, "tran.thi.b")
    plan = a.plans.create_plan("Kế hoạch thử", number="1/KH-UBND")
    task = a.nodes.add(plan, None, None, label="1", kind="task", text="Việc")
    agency = a.agencies.create("Sở Nội vụ", kind="so")
    target = a.targets.add(plan, indicator="tỷ lệ", comparator=">=", value=15, unit="%")
    yield a, b, {"plan": plan, "task": task, "agency": agency, "target": target}
    first.dispose()
    second.dispose()


def _entry(ids: dict[str, int], result: str, percent: int = 50) -> ProgressEntry:
    return ProgressEntry(ids["task"], ids["agency"], "2024-Q1", "in_progress", percent, result,
                         reported_on=date(2024, 3, 1))


def test_progress_stale_form_gets_who_and_when(two) -> None:
    a, b, ids = two
    a.progress.record(_entry(ids, "Bản đầu"))
    shown_a = a.progress.current(ids["task"], ids["agency"], "2024-Q1")
    shown_b = b.progress.current(ids["task"], ids["agency"], "2024-Q1")  # both windows show version 1
    assert shown_a.version == shown_b.version == 1
    a.progress.record(_entry(ids, "Sửa của A", 70), expected_version=shown_a.version)
    with pytest.raises(ConflictError) as caught:
        b.progress.record(_entry(ids, "Sửa của B", 20), expected_version=shown_b.version)
    match = WHO_WHEN.search(caught.value.message)
    assert match and match.group(1) == "nguyen.van.a", caught.value.message
    [row] = b.progress.history(ids["task"])
    assert (row.result, row.percent, row.version, row.entered_by) == ("Sửa của A", 70, 2, "nguyen.van.a")


def test_progress_new_entry_saved_meanwhile_is_not_overwritten(two) -> None:
    a, b, ids = two
    a.progress.record(_entry(ids, "A ghi trước"))  # both forms showed no entry for the period
    with pytest.raises(ConflictError, match="nguyen.van.a"):
        b.progress.record(_entry(ids, "B ghi sau"))
    [row] = a.progress.history(ids["task"])
    assert row.result == "A ghi trước"
    b.progress.record(_entry(ids, "B sau khi tải lại"), expected_version=row.version)  # reloaded: accepted
    assert a.progress.history(ids["task"])[0].result == "B sau khi tải lại"


def test_deleted_entry_is_not_resurrected_by_a_stale_form(two) -> None:
    a, b, ids = two
    a.progress.record(_entry(ids, "A"))
    row = a.progress.current(ids["task"], ids["agency"], "2024-Q1")
    a.progress.delete(row.id, row.version)
    with pytest.raises(ConflictError, match="đã bị xóa"):
        b.progress.record(_entry(ids, "B"), expected_version=row.version)
    assert a.progress.history(ids["task"]) == []


def test_measurement_and_agency_report_versions(two) -> None:
    a, b, ids = two
    day = date(2024, 12, 31)
    a.targets.add_measurement(ids["target"], day, 12.0)
    [shown] = b.targets.list_targets(ids["plan"])[0].measurements
    a.targets.add_measurement(ids["target"], day, 13.5, expected_version=shown.version)  # A corrects it
    with pytest.raises(ConflictError) as caught:
        b.targets.add_measurement(ids["target"], day, 10.0, expected_version=shown.version)
    assert WHO_WHEN.search(caught.value.message) and "Số đo chỉ tiêu này" in caught.value.message
    with pytest.raises(ConflictError):
        b.targets.add_measurement(ids["target"], day, 10.0)  # B showed none: still refused
    with pytest.raises(ConflictError):
        b.targets.delete_measurement(shown.id, shown.version)
    [kept] = a.targets.list_targets(ids["plan"])[0].measurements
    assert (kept.value, kept.version) == (13.5, 2)

    first = a.progress.record_agency_report(ids["agency"], ids["plan"], "2024-Q1", date(2024, 3, 20), "12/BC-SNV")
    with pytest.raises(ConflictError) as caught:
        b.progress.record_agency_report(ids["agency"], ids["plan"], "2024-Q1", date(2024, 3, 25), "13/BC-SNV")
    assert WHO_WHEN.search(caught.value.message) and caught.value.message.startswith("Báo cáo định kỳ này")
    assert b.progress.record_agency_report(ids["agency"], ids["plan"], "2024-Q1", date(2024, 3, 25), "13/BC-SNV",
                                           expected_version=1) == first
    with pytest.raises(ConflictError, match="tran.thi.b"):
        a.progress.record_agency_report(ids["agency"], ids["plan"], "2024-Q1", date(2024, 3, 21),
                                        expected_version=1)


def test_update_plan_never_skips_the_check(two) -> None:
    a, b, ids = two
    version = a.plans.plan(ids["plan"]).version
    with pytest.raises(ConflictError):
        b.plans.update_plan(ids["plan"], None, title="Không có phiên bản")  # type: ignore[arg-type]
    assert a.plans.update_plan(ids["plan"], version, title="Tên mới của A") == version + 1
    with pytest.raises(ConflictError) as caught:
        b.plans.update_plan(ids["plan"], version, title="Tên cũ của B")
    assert WHO_WHEN.search(caught.value.message) and "nguyen.van.a" in caught.value.message
    assert a.plans.plan(ids["plan"]).title == "Tên mới của A"


WRITER = r"""
import sys, time
from datetime import date
from pathlib import Path
from app.errors import ConflictError, AppError
from app.models.database import open_database
from app.services import Services
from app.services.progress import ProgressEntry

db, name, task, agency, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])
database = open_database(db)
services = Services(database, name)
shown = services.progress.current(task, agency, "2024-Q1")          # what the form displays
(folder / f"ready-{name}").touch()
while not (folder / "go").exists():
    time.sleep(0.005)
try:
    services.progress.record(ProgressEntry(task, agency, "2024-Q1", "in_progress", 10, f"ghi bởi {name}",
                                           reported_on=date(2024, 3, 1)), expected_version=shown.version)
    print("ok")
except ConflictError as exc:
    print("conflict", exc.message)
except AppError as exc:
    print("other", exc.message)
database.dispose()
"""


def test_two_processes_racing_one_wins_the_other_is_told(tmp_path: Path) -> None:
    path = tmp_path / "chung.db"
    database = open_database(path)
    services = Services(database, "chuan.bi")
    plan = services.plans.create_plan("Kế hoạch thử")
    task = services.nodes.add(plan, None, None, label="1", kind="task", text="Việc")
    agency = services.agencies.create("Sở Nội vụ", kind="so")
    services.progress.record(ProgressEntry(task, agency, "2024-Q1", "in_progress", 0, "ban đầu",
                                           reported_on=date(2024, 3, 1)))
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(task), str(agency),
                                 str(tmp_path)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, encoding="utf-8") for name in ("may.mot", "may.hai")]
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"ready-{n}").exists() for n in ("may.mot", "may.hai")):
        assert time.monotonic() < deadline and all(w.poll() is None for w in writers)
        time.sleep(0.01)
    (tmp_path / "go").touch()
    outputs = [w.communicate(timeout=60) for w in writers]
    results = [out.strip() for out, _ in outputs]
    assert sorted(r.split()[0] for r in results) == ["conflict", "ok"], outputs
    assert any(WHO_WHEN.search(r) for r in results), results  # serialized: the loser is told who and when
    winner = ("may.mot", "may.hai")[[r.split()[0] for r in results].index("ok")]
    [row] = services.progress.history(task)
    assert (row.result, row.entered_by, row.version) == (f"ghi bởi {winner}", winner, 2)
    database.dispose()


def test_node_and_target_edits_name_who_changed_them(two) -> None:
    a, b, ids = two
    node_version = next(v for v in b.plans.tree(ids["plan"]) if v.id == ids["task"]).version
    assert a.nodes.update(ids["task"], node_version, text="Việc đã sửa") == node_version + 1
    with pytest.raises(ConflictError) as caught:
        b.nodes.update(ids["task"], node_version, text="Việc sửa từ bản cũ")
    assert WHO_WHEN.search(caught.value.message) and caught.value.message.startswith("Mục/nhiệm vụ này")
    target_version = b.targets.list_targets(ids["plan"])[0].version
    assert a.targets.update(ids["target"], target_version, value=20) == target_version + 1
    with pytest.raises(ConflictError, match="nguyen.van.a"):
        b.targets.update(ids["target"], target_version, value=10)
    with pytest.raises(ConflictError):
        b.targets.update(ids["target"], None, value=10)  # type: ignore[arg-type]
    assert a.targets.list_targets(ids["plan"])[0].value == 20
