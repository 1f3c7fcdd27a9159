"""Where the program keeps the user's files: one folder per user for the database, its automatic
backups, the logs and the crash logs.

Why one module: the database used to live under Roaming AppData (a hand-built path), the
window's log under Qt's `AppDataLocation` (`TheoDoiKeHoach\\TheoDoiKeHoach\\logs`) and the
command line's crash log in a third place, so "Open log folder" showed only one of them. Now
every caller asks here. On Windows the folder is under *Local* AppData: a database does not
belong in a roaming profile, which is copied over the network at every logon and logoff.

No Qt here: the command line, the models and the window share these functions — and, for the
same reason, the one answer to "who is acting when nobody said" (`default_user_name`).
"""

from __future__ import annotations

import faulthandler
import getpass
import logging
import os
import shutil
import sqlite3
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from app import APP_ID

log = logging.getLogger(__name__)

USER_ENV = "THEODOI_USER"
FALLBACK_USER = "user"
DATABASE_NAME = "theodoi.db"
BACKUPS_NAME = "saoluu"  # the automatic backups of a database go to this folder beside it
LOGS_NAME = "logs"
MOVED_SUFFIX = ".da-chuyen"  # the Roaming database, kept (renamed) after its one-time move
_fault_file: TextIO | None = None


def data_folder(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path:
    """`%LOCALAPPDATA%\\TheoDoiKeHoach` on Windows, the XDG data folder elsewhere (not created)."""
    home = Path(environ.get("HOME") or environ.get("USERPROFILE") or Path.home())
    if platform == "win32":
        base = Path(environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_ID


def legacy_database(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path | None:
    """Where versions before 0.2 kept the database on Windows (Roaming AppData); None elsewhere."""
    if platform != "win32" or not environ.get("APPDATA"):
        return None
    return Path(environ["APPDATA"]) / APP_ID / DATABASE_NAME


def database_path(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path:
    """The default database, after moving a database left in the old Roaming folder here once."""
    target = data_folder(platform, environ) / DATABASE_NAME
    legacy = legacy_database(platform, environ)
    if legacy is not None and legacy != target and legacy.exists() and not target.exists():
        return move_legacy_database(legacy, target)
    return target


def logs_folder(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path:
    """The window's log, the command line's crash log and native crash dumps: one folder."""
    return data_folder(platform, environ) / LOGS_NAME


def cache_folder(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path:
    """Files the program rebuilds at will (`cache` in the data folder on Windows, so one folder
    still holds everything; the XDG cache folder elsewhere)."""
    if platform == "win32":
        return data_folder(platform, environ) / "cache"
    home = Path(environ.get("HOME") or Path.home())
    return Path(environ.get("XDG_CACHE_HOME") or home / ".cache") / APP_ID


def window_log() -> Path:
    return logs_folder() / "theodoi.log"


def crash_log() -> Path:
    """Tracebacks of unexpected errors in the command line."""
    return logs_folder() / "crash-cli.log"


def fault_log() -> Path:
    """Native crashes (a Qt abort, a segmentation fault) dumped by `faulthandler`."""
    return logs_folder() / "crash-native.log"


def move_legacy_database(legacy: Path, target: Path) -> Path:
    """Copy the Roaming database to `target` through SQLite's backup API (which also takes in a
    pending `-wal`), then rename the old file to `*.da-chuyen` so it is never adopted twice and
    nothing is deleted. Its `saoluu` backups follow. On any failure the old database stays in use
    (returned) and the reason is logged: a failed move must never hide the clerk's data.
    """
    partial = target.with_name(target.name + ".dang-chuyen")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(legacy)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(partial, target)
        legacy.rename(legacy.with_name(legacy.name + MOVED_SUFFIX))
    except (OSError, sqlite3.Error) as exc:
        log.warning("cannot move %s to %s: %s", legacy, target, exc)
        partial.unlink(missing_ok=True)
        if target.exists() and legacy.exists():  # copied but the old file is locked: use the old one
            target.unlink(missing_ok=True)
        return legacy if legacy.exists() else target
    old_backups, new_backups = legacy.parent / BACKUPS_NAME, target.parent / BACKUPS_NAME
    if old_backups.is_dir() and not new_backups.exists():
        try:
            shutil.move(str(old_backups), str(new_backups))
        except OSError as exc:
            log.warning("cannot move backups %s: %s", old_backups, exc)
    log.info("moved the database from %s to %s", legacy, target)
    return target


def enable_fault_log() -> Path | None:
    """Let `faulthandler` write a native crash's Python stack into the log folder.

    Skipped when fault handling is already on (`python -X faulthandler`, pytest): whoever turned
    it on chose where the dump goes. Returns the file, or None when skipped or not writable.
    """
    global _fault_file
    if faulthandler.is_enabled():
        return None
    path = fault_log()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _fault_file = path.open("a", encoding="utf-8")  # kept open: faulthandler writes to its fd
    except OSError:
        return None
    faulthandler.enable(file=_fault_file, all_threads=True)
    return path


def default_user_name(environ: Mapping[str, str] = os.environ) -> str:
    """THEODOI_USER, else the operating-system login name, else "user" — never an exception.

    One helper for the command line (`--user` missing) and the window (the name it opens the
    database with and proposes at sign-in), so both write the same name in the audit log. The
    login name can be missing (a uid with no /etc/passwd entry in a container, no USERNAME on a
    locked-down Windows account): `getpass.getuser` then raises.
    """
    named = environ.get(USER_ENV)
    if named:
        return named
    try:
        return getpass.getuser() or FALLBACK_USER
    except (OSError, KeyError, ImportError):  # ImportError: no pwd module (a frozen build without it)
        return FALLBACK_USER
