"""Where the program may put a file the user named: never on a database, never over a file
the user did not agree to replace.

Every writer (reports, reminder letters, backups, exchange workbooks, screenshots) asks
`check_output` before it writes, and then writes through a temporary file that is renamed over
the target (`app.exporters.atomic.atomic_path`). A slip of the keyboard — `--out theodoi.db` —
must cost nothing: an SQLite file is refused even with `force`, because no output of ours is
ever an SQLite database except a backup, and a backup never replaces one in place.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import InputError
from app.models.sqlite_files import has_sqlite_header

SIDE_FILES = ("-wal", "-shm", "-journal")


def database_files(database: str | os.PathLike[str] | None) -> list[Path]:
    """The files an SQLite database lives in (main file, WAL, shared memory, rollback journal).

    A URL of another engine (`postgresql://…`) has no local files; None gives none either.
    """
    if database is None:
        return []
    text = os.fspath(database)
    if "://" in text:
        url = make_url(text)  # the path in a URL is quoted (`%25` for `%`)
        if url.get_backend_name() != "sqlite":
            return []
        text = url.database or ""
    if not text or text == ":memory:":
        return []
    main = Path(text)
    return [main, *(main.with_name(main.name + suffix) for suffix in SIDE_FILES)]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_output(
    target: str | os.PathLike[str],
    *,
    force: bool = False,
    protected: Iterable[str | os.PathLike[str] | None] = (),
) -> Path:
    """Refuse, with one Vietnamese message, a target the program must not write; else return it.

    `protected` names open databases (paths or URLs): their main file and side files are never
    a target, whatever `force` says, nor is any existing SQLite file. An existing file is
    replaced only with `force` and only when it is writable; a folder is never a file target.
    """
    path = Path(target)
    resolved = path.resolve()
    for database in protected:
        for guarded in database_files(database):
            if resolved == guarded.resolve() or _same_file(path, guarded):
                raise InputError(f"Không ghi vào {path}: đó là tệp cơ sở dữ liệu đang mở. Hãy chọn tên tệp khác.")
    if path.is_dir():
        raise InputError(f"{path} là một thư mục, không phải tệp. Hãy ghi rõ tên tệp.")
    _refuse_file_as_folder(path.parent)
    if not path.exists():
        return path
    if has_sqlite_header(path):  # never the open database: the guard above refused it
        raise InputError(f"Không ghi đè {path}: đó là một tệp cơ sở dữ liệu. Hãy chọn tên tệp khác.")
    if not force:
        raise InputError(f"Tệp {path} đã có. Dùng --force để ghi đè, hoặc chọn tên khác.")
    if _read_only(path):
        raise InputError(f"Tệp {path} chỉ đọc, không ghi đè được.")
    return path


def _read_only(path: Path) -> bool:
    """The user marked the file read-only (no write bit; Windows: the read-only attribute), or
    we may not write it. The mode is read too: an administrator's `os.access` is always true,
    and the atomic rename would replace a read-only file without asking."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return True
    return not mode & stat.S_IWUSR or not os.access(path, os.W_OK)


def check_output_folder(folder: str | os.PathLike[str]) -> Path:
    """A folder that will receive several files (letters, workbooks): it must not be a file."""
    path = Path(folder)
    _refuse_file_as_folder(path)
    if not path.exists() and path.suffix.lower() in _DOCUMENT_SUFFIXES:
        # `--out cong-van.pdf` for several letters made a folder named like a file, which nobody opens
        raise InputError(f"“{path.name}” là tên một tệp, nhưng ở đây cần một thư mục để lưu nhiều tệp "
                         f"(mỗi cơ quan một tệp). Hãy ghi tên thư mục, ví dụ “{path.with_suffix('')}”.")
    return path


_DOCUMENT_SUFFIXES = {".pdf", ".docx", ".doc", ".xlsx", ".xls", ".ods", ".odt", ".zip"}


def _refuse_file_as_folder(folder: Path) -> None:
    """The nearest existing part of `folder` must be a folder (`bao-cao.docx/thu.docx` is a slip)."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise InputError(f"{existing} là một tệp, không phải thư mục. Hãy ghi một thư mục để lưu các tệp.")
