"""Backup and restore of a PostgreSQL database through `pg_dump` / `pg_restore`.

Why the server's own tools: a PostgreSQL database is not a file the program can copy, and the
custom-format dump they write is what every administrator can restore. When the tools are not on
this computer the clerk gets one line saying so (and what to install), never a traceback.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import InputError, StorageError
from app.os_errors import os_error_cause


def find_tool(name: str) -> str:
    """`pg_dump` or `pg_restore`: on PATH, else the newest one Debian installs under
    /usr/lib/postgresql/N/bin; StorageError naming what to install when there is none."""
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    found = candidates[-1] if candidates else shutil.which(name)
    if not found:
        raise StorageError(f"Không tìm thấy {name} trên máy này: hãy cài công cụ PostgreSQL (postgresql-client) "
                           "hoặc nhờ quản trị máy chủ sao lưu/khôi phục.")
    return found


def _connection(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL without the password (it goes in PGPASSWORD, never on a command line)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    # not `.set(password=None)`: None there means "unchanged", and the password stayed on the command line
    plain = parsed.set(drivername="postgresql")._replace(password=None)
    return plain.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str], what: str) -> str:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    except OSError as exc:
        raise StorageError(f"Không chạy được {Path(command[0]).name}: {os_error_cause(exc)}.") from exc
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise StorageError(f"{what}: {(lines or ['?'])[0].strip()}")
    return done.stdout


def dump_server(url: str, destination: Path) -> Path:
    """`pg_dump -Fc` into a temporary file renamed over `destination` (never a half dump)."""
    tool = find_tool("pg_dump")
    dbname, env = _connection(url)
    partial = destination.with_name(destination.name + ".part")
    try:
        _run([tool, "--format=custom", "--no-owner", f"--file={partial}", f"--dbname={dbname}"], env,
             f"Không sao lưu được cơ sở dữ liệu vào {destination}")
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    return destination


def require_dump_of_ours(source: Path) -> None:
    """The file must be a pg_dump archive of a Theo dõi Kế hoạch database (`pg_restore -l`)."""
    tool = find_tool("pg_restore")
    try:
        listing = _run([tool, "--list", str(source)], dict(os.environ), "x")
    except StorageError:
        raise InputError(f"Tệp {source.name} không phải bản sao lưu pg_dump (định dạng custom).") from None
    if " TABLE public alembic_version " not in listing or " TABLE public plans " not in listing:
        raise InputError(f"Tệp {source.name} là bản sao lưu của một cơ sở dữ liệu khác, "
                         "không phải của Theo dõi Kế hoạch.")


def restore_server(source: Path, url: str) -> None:
    """Replace the database's content with the dump, in one transaction: a failure changes nothing."""
    tool = find_tool("pg_restore")
    dbname, env = _connection(url)
    _run([tool, "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
          f"--dbname={dbname}", str(source)], env, "Không khôi phục được (dữ liệu hiện tại không thay đổi)")
