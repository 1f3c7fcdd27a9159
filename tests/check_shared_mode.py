"""The check of issue 14 as a script: `python tests/check_shared_mode.py`.

Starts a throwaway PostgreSQL (tests/pg_cluster.py), runs `check`, `demo` and a quarterly report
against it, then on a SQLite file and on a server database creates a clerk and a staff user and checks
that the staff user's plan import is refused with one `Lỗi: … không có quyền …` line (exit 2,
nothing written: no plan, node or audit row, no backup file) while the clerk's succeeds. Every
step runs `python -m app …` in its own process, as the office would. Prints one line per step
and exits 1 when any fails. `tests/test_check_shared_mode.py` runs the same steps in the suite (the
server steps once per session, the `pg_server_steps` fixture of tests/conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from sqlalchemy import func, select  # noqa: E402

from app.models import AuditEntry, Plan, PlanNode  # noqa: E402
from app.models.database import open_database  # noqa: E402
from app.resources import resource_path  # noqa: E402

SAMPLE = resource_path("samples") / "ke-hoach-194-KH-UBND-2023-can-tho.txt"
CLERK_PASSWORD = "mat-khau-chuyen-vien"
STAFF_PASSWORD = "mat-khau-can-bo"


@dataclass(frozen=True)
class Step:
    name: str
    ok: bool
    detail: str = ""


def app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGS` from the checkout, as a clerk would type it."""
    full = {**os.environ, **(env or {})}
    for name in ("THEODOI_USER", "THEODOI_PASSWORD", "THEODOI_NEW_PASSWORD"):
        if env is None or name not in env:
            full.pop(name, None)
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=600)


def counts(target: str) -> tuple[int, int, int]:
    database = open_database(target)
    try:
        with database.session() as s:
            return tuple(s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                         for m in (Plan, PlanNode, AuditEntry))
    finally:
        database.dispose()


def backups(target: str) -> list[Path]:
    """Backup files beside a SQLite database (a server keeps none on this computer)."""
    if "://" in target:
        return []
    folder = Path(target).parent / "saoluu"
    return sorted(folder.iterdir()) if folder.exists() else []


def _ran(name: str, done: subprocess.CompletedProcess[str], check: Callable[[], bool] = lambda: True) -> Step:
    if done.returncode != 0:
        return Step(name, False, f"exit {done.returncode}: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
    return Step(name, check(), done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "")


def server_steps(url: str, folder: Path) -> list[Step]:
    """`check`, `demo` and a quarterly report on an empty server database."""
    report = folder / "bao-cao-quy-3-2021.docx"
    return [
        _ran("check (PostgreSQL)", app("check", "--db", url)),
        _ran("demo (PostgreSQL)", app("demo", "--db", url)),
        _ran("quarterly report 2021-Q3 (PostgreSQL)",
             app("report", "--db", url, "--plan", "177/KH-UBND", "--period", "2021-Q3", "--out", str(report)),
             lambda: report.exists() and report.stat().st_size > 0),
    ]


def role_steps(target: str, engine: str, *, passwords: bool) -> list[Step]:
    """A clerk and a staff user; the staff user's import refused in one line, the clerk's done."""
    clerk = {"THEODOI_USER": "an"}
    staff = {"THEODOI_USER": "lan"}
    if passwords:
        clerk["THEODOI_PASSWORD"], staff["THEODOI_PASSWORD"] = CLERK_PASSWORD, STAFF_PASSWORD
    add_clerk = app("users", "add", "an", "--role", "clerk", "--db", target, *(["--password"] if passwords else []),
                    env={**clerk, "THEODOI_NEW_PASSWORD": CLERK_PASSWORD})
    add_staff = app("users", "add", "lan", "--role", "staff", "--db", target, *(["--password"] if passwords else []),
                    env={**clerk, "THEODOI_NEW_PASSWORD": STAFF_PASSWORD})
    steps = [_ran(f"clerk «an» added ({engine})", add_clerk), _ran(f"staff «lan» added ({engine})", add_staff)]
    before, kept = counts(target), backups(target)
    refused = app("import-plan", str(SAMPLE), "--db", target, env=staff)
    lines = refused.stderr.strip().splitlines()
    one_line = (refused.returncode == 2 and len(lines) == 1 and lines[0].startswith("Lỗi: ")
                and "không có quyền" in lines[0])
    untouched = counts(target) == before and backups(target) == kept
    steps.append(Step(f"staff import refused in one line, nothing written ({engine})", one_line and untouched,
                      f"exit {refused.returncode}: {' | '.join(lines)}" + ("" if untouched else " — DATA CHANGED")))
    steps.append(_ran(f"clerk import stored ({engine})", app("import-plan", str(SAMPLE), "--db", target, env=clerk),
                      lambda: counts(target)[0] == before[0] + 1))
    return steps


def user_steps(office_url: str, folder: Path) -> list[Step]:
    """The users on a fresh SQLite file in `folder` and on an empty server database."""
    return (role_steps(str(folder / "ban-lam-viec" / "theodoi.db"), "SQLite", passwords=False)
            + role_steps(office_url, "PostgreSQL", passwords=True))


def run_checks(demo_url: str, office_url: str, folder: Path) -> list[Step]:
    """The demo and its report on one empty server database; the users on another (the demo
    already holds every sample plan) and on a fresh SQLite file in `folder`."""
    return server_steps(demo_url, folder) + user_steps(office_url, folder)


def main() -> int:
    from pg_cluster import PgCluster

    cluster = PgCluster().start()
    try:
        with tempfile.TemporaryDirectory(prefix="theodoi-check-") as folder:
            steps = run_checks(cluster.create_database("demo"), cluster.create_database("van_phong"), Path(folder))
    finally:
        cluster.stop()
    for step in steps:
        print(f"{'ok  ' if step.ok else 'FAIL'}  {step.name}{f'  [{step.detail}]' if step.detail else ''}")
    failed = [s for s in steps if not s.ok]
    print(f"{len(steps) - len(failed)}/{len(steps)} steps passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
