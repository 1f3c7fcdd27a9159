"""Shared fixtures: offscreen Qt, a temporary migrated database (a copy of one migrated per session),
the services over it, one demo database per test session (tests that write copy it), a throwaway
PostgreSQL cluster (tests/pg_cluster.py) for the tests that run on both engines, and one run of the
command line's `check`, `demo` and report on that server (`pg_server_steps`). Build an expensive
thing once here and share it rather than again in a test module; under pytest-xdist (`make test`: two workers)
`built_once` makes the dearest ones once for both workers."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: each worker builds its own
    fcntl = None  # type: ignore[assignment]

import pytest
from hypothesis import settings
from sqlalchemy import text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite draws the same fuzz inputs every run, so a red run means a change broke something;
# `python -m bench.fuzz_readers` explores new inputs.
settings.register_profile("suite", derandomize=True, database=None)
settings.load_profile("suite")

from check_shared_mode import Step, server_steps  # noqa: E402
from engines import migrated_copy  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402

from app.models.database import Database, open_database  # noqa: E402
from app.services import Services  # noqa: E402

_names = itertools.count(1)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Everything imported and collected so far (Qt, SQLAlchemy, Hypothesis, the app: ~180,000 objects) lives
    until the end: move it out of the cyclic collector's sight, so the collections a test run triggers walk only
    what the tests made."""
    gc.collect()
    gc.freeze()


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder `build` filled once for the whole run. Under pytest-xdist the first worker to ask builds it in the
    run's common temporary folder (the parent of every worker's own) while another that asks waits on a lock, then
    both read it: each would otherwise spend the same seconds making the same thing. Alone (or without `fcntl`),
    in this session's own folder. What is built must be read-only to everyone."""
    if "PYTEST_XDIST_WORKER" not in os.environ or fcntl is None:
        folder = tmp_path_factory.mktemp(name)
        build(folder)
        return folder
    common = tmp_path_factory.getbasetemp().parent  # this run's, not the last runs' (`pytest-of-USER` is theirs)
    folder = common / name
    with open(common / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".built").exists():
            shutil.rmtree(folder, ignore_errors=True)  # a worker that died half-way
            folder.mkdir()
            build(folder)
            (folder / ".built").touch()
    return folder


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One PostgreSQL cluster for the whole run (about 2 s to initdb and start), stopped at the end."""
    cluster = PgCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    """A database migrated once; each test gets a copy by `CREATE DATABASE … TEMPLATE` (~50 ms)."""
    pg_cluster.create_database("migrated")
    open_database(pg_cluster.url("migrated")).dispose()
    return "migrated"


@pytest.fixture
def pg_url(pg_cluster: PgCluster, pg_template: str) -> Iterator[str]:
    """A fresh migrated PostgreSQL database for one test, dropped afterwards."""
    name = f"t{os.getpid()}_{next(_names)}"
    url = pg_cluster.create_database(name, template=pg_template)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(scope="session")
def pg_server_steps(pg_cluster: PgCluster, tmp_path_factory: pytest.TempPathFactory) -> list[Step]:
    """`python -m app check`, `demo` and a quarterly report, each in its own process, on one empty
    server database (tests/check_shared_mode.py `server_steps`), run once: the shared-mode check and
    tests/services/test_storage_postgres.py both read them (the demo on a server costs ~20 s). Run by one worker
    for both: the steps are what each process did, read as data (the server database is not read again)."""
    def build(folder: Path) -> None:
        steps = server_steps(pg_cluster.create_database("check_demo"), folder)
        (folder / "steps.json").write_text(json.dumps([dataclasses.asdict(s) for s in steps]), encoding="utf-8")

    folder = built_once(tmp_path_factory, "server-steps", build)
    return [Step(**step) for step in json.loads((folder / "steps.json").read_text(encoding="utf-8"))]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database migrated to head once per run, closed (no -wal beside it): never
    write to it. Upgrading from scratch costs about half a second a test, a file copy ~10 ms; the
    upgrade itself is tested where it is the subject (tests/models), with `open_database` on a new path."""
    path = tmp_path_factory.mktemp("sqlite-template") / "migrated.db"
    open_database(path).dispose()
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def database(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database in a temporary folder."""
    db = migrated_copy(sqlite_template, tmp_path / "theodoi.db")
    yield db
    db.dispose()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database, user="tester")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database (≈19,000 progress rows), built once per session: never write to it."""
    from app.services.demo import build_demo

    return built_once(tmp_path_factory, "demo", lambda folder: build_demo(folder / "demo.db")) / "demo.db"


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo file (the build closed every connection: the file is complete)."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    return copy


@pytest.fixture
def database_file(sqlite_template: Path, tmp_path: Path) -> Path:
    """A real database file as users have it: one agency, one plan with one task, closed (WAL mode,
    no -wal left beside it)."""
    path = tmp_path / "theodoi.db"
    db = migrated_copy(sqlite_template, path)
    with db.session() as s:
        s.execute(text("INSERT INTO agencies (id, name, name_folded, kind, active, proposed, version) "
                       "VALUES (1, 'Sở Nội vụ', 'so noi vu', 'so', 1, 0, 1)"))
        s.execute(text("INSERT INTO plans (id, title, title_folded, recipients, format, status, version) "
                       "VALUES (1, 'Kế hoạch', 'ke hoach', '[]', 'state', 'active', 1)"))
        s.execute(text("INSERT INTO plan_nodes (id, plan_id, position, label, kind, text, text_folded, version) "
                       "VALUES (1, 1, 0, '1', 'task', 'Nhiệm vụ', 'nhiem vu', 1)"))
    db.dispose()
    return path


LOCK_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO audit_log (user, action, entity) VALUES ('holder', 'hold', 'test')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@pytest.fixture
def hold_write_lock() -> Iterator[Callable[[Path, float], subprocess.Popen[str]]]:
    """Another process that holds a database's write lock for some seconds (then commits a row
    of its own); the call returns once the lock is held. Stopped at the end of the test."""
    started: list[subprocess.Popen[str]] = []

    def hold(path: Path, seconds: float) -> subprocess.Popen[str]:
        holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(path), str(seconds)],
                                  stdout=subprocess.PIPE, text=True)
        started.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        return holder

    yield hold
    for holder in started:
        holder.kill()
        holder.wait(timeout=30)
