"""One place for the user's files, the one-time move out of Roaming AppData, native crash dumps."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.models.database import default_database_path

ROOT = Path(__file__).resolve().parent.parent


def _windows(tmp_path: Path) -> dict[str, str]:
    return {"APPDATA": str(tmp_path / "Roaming"), "LOCALAPPDATA": str(tmp_path / "Local"),
            "USERPROFILE": str(tmp_path)}


def test_windows_keeps_everything_under_local_appdata(tmp_path: Path) -> None:
    env = _windows(tmp_path)
    local = tmp_path / "Local" / "TheoDoiKeHoach"
    assert paths.data_folder("win32", env) == local
    assert paths.database_path("win32", env) == local / "theodoi.db"
    assert paths.logs_folder("win32", env) == local / "logs"
    assert paths.cache_folder("win32", env) == local / "cache"
    assert paths.legacy_database("win32", env) == tmp_path / "Roaming" / "TheoDoiKeHoach" / "theodoi.db"


def test_linux_and_mac_folders(tmp_path: Path) -> None:
    assert paths.data_folder("linux", {"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "TheoDoiKeHoach"
    assert paths.data_folder("linux", {"HOME": str(tmp_path)}) == tmp_path / ".local" / "share" / "TheoDoiKeHoach"
    mac = paths.data_folder("darwin", {"HOME": str(tmp_path)})
    assert mac == tmp_path / "Library" / "Application Support" / "TheoDoiKeHoach"
    assert paths.cache_folder("linux", {"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "TheoDoiKeHoach"
    assert paths.legacy_database("linux", {"APPDATA": str(tmp_path)}) is None


def test_logs_and_crash_logs_share_one_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    folder = tmp_path / "TheoDoiKeHoach" / "logs"
    assert {paths.window_log().parent, paths.crash_log().parent, paths.fault_log().parent} == {folder}
    assert default_database_path() == tmp_path / "TheoDoiKeHoach" / "theodoi.db"


def _roaming_database_left_by_a_crash(legacy: Path) -> None:
    """A WAL database whose last rows are still only in `-wal`, as a crash leaves it."""
    legacy.parent.mkdir(parents=True)
    live = legacy.parent / "live" / legacy.name
    live.parent.mkdir()
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE plans (title TEXT)")
    conn.executemany("INSERT INTO plans VALUES (?)", [("Kế hoạch 177",), ("Kế hoạch 194",)])
    conn.commit()
    for suffix in ("", "-wal", "-shm"):  # copied while open: the rows are in the -wal only
        shutil.copyfile(f"{live}{suffix}", f"{legacy}{suffix}")
    conn.close()
    (legacy.parent / "saoluu").mkdir()
    (legacy.parent / "saoluu" / "theodoi-truoc-xoa-20250101-080000.db").write_bytes(b"backup")


def test_a_roaming_database_moves_once_with_its_wal_and_backups(tmp_path: Path) -> None:
    env = _windows(tmp_path)
    legacy = paths.legacy_database("win32", env)
    assert legacy is not None
    _roaming_database_left_by_a_crash(legacy)
    target = paths.database_path("win32", env)
    assert target == tmp_path / "Local" / "TheoDoiKeHoach" / "theodoi.db"
    rows = sqlite3.connect(target).execute("SELECT title FROM plans ORDER BY title").fetchall()
    assert rows == [("Kế hoạch 177",), ("Kế hoạch 194",)]
    assert not legacy.exists() and legacy.with_name("theodoi.db.da-chuyen").exists()
    assert (target.parent / "saoluu" / "theodoi-truoc-xoa-20250101-080000.db").read_bytes() == b"backup"
    before = target.read_bytes()
    assert paths.database_path("win32", env) == target and target.read_bytes() == before  # only once


def test_an_existing_local_database_is_never_replaced(tmp_path: Path) -> None:
    env = _windows(tmp_path)
    legacy = paths.legacy_database("win32", env)
    assert legacy is not None
    _roaming_database_left_by_a_crash(legacy)
    target = paths.data_folder("win32", env) / "theodoi.db"
    target.parent.mkdir(parents=True)
    sqlite3.connect(target).execute("CREATE TABLE newer (x)").connection.close()
    assert paths.database_path("win32", env) == target
    assert legacy.exists()
    tables = sqlite3.connect(target).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("newer",)]


def test_a_move_that_fails_keeps_using_the_old_database(tmp_path: Path) -> None:
    env = _windows(tmp_path)
    legacy = paths.legacy_database("win32", env)
    assert legacy is not None
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"not a database, but the clerk's file all the same" * 100)
    assert paths.database_path("win32", env) == legacy
    assert legacy.exists()
    assert not list((tmp_path / "Local").rglob("theodoi.db*"))


def test_a_native_crash_is_dumped_into_the_log_folder(tmp_path: Path) -> None:
    code = "from app.paths import enable_fault_log; import faulthandler; enable_fault_log(); faulthandler._sigsegv()"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONFAULTHANDLER", None)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert done.returncode != 0
    dump = (tmp_path / "TheoDoiKeHoach" / "logs" / "crash-native.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in dump and "<string>" in dump


def test_fault_handling_chosen_by_someone_else_is_left_alone() -> None:
    import faulthandler

    assert faulthandler.is_enabled()  # pytest turned it on, towards its own stream
    assert paths.enable_fault_log() is None


# ---- who acts when nobody said --------------------------------------------------------------------
def test_one_default_user_name_for_the_command_line_and_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """THEODOI_USER, else the login name, else "user" when the system has none (a uid without a
    passwd entry: getpass raises KeyError; no USERNAME on Windows: OSError) — the same name
    from `acting_name` (command line) and the window's sign-in."""
    import argparse
    import getpass

    from app.cli.common import acting_name
    from app.paths import default_user_name
    from app.ui.shell import sign_in

    monkeypatch.setenv("THEODOI_USER", "Nguyễn Văn A")
    assert default_user_name() == acting_name(argparse.Namespace()) == "Nguyễn Văn A"
    assert acting_name(argparse.Namespace(user="lan")) == "lan"
    monkeypatch.delenv("THEODOI_USER")
    monkeypatch.setattr(getpass, "getuser", lambda: "clerk")
    assert default_user_name() == acting_name(argparse.Namespace()) == "clerk"
    for error in (KeyError("getpwuid(): uid not found: 1000"), OSError("No username set in the environment")):
        def missing(error: Exception = error) -> str:
            raise error
        monkeypatch.setattr(getpass, "getuser", missing)
        assert default_user_name() == acting_name(argparse.Namespace()) == "user"
    assert sign_in.default_user_name is default_user_name  # the window asks the same helper
