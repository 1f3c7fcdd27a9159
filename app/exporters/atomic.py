"""Atomic file output and the progress/cancel protocol shared by the writers.

A report half-written when the disk fills or the user cancels must not replace a good file, so
each writer writes into a temporary file next to the target, syncs it and renames it over the
target in one step (`os.replace`). On any error, including a cancel, the temporary file goes.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from app.exporters.errors import ExportCancelled, ExportError
from app.os_errors import os_error_cause

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class Monitor:
    """Reports progress and raises `ExportCancelled` when the cancel callable says so."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self._progress = progress
        self._cancel = cancel

    def step(self, done: int, total: int, message: str) -> None:
        """Report progress and stop the export (ExportCancelled) when the user cancelled: called between rows so a
        long export answers within a step."""
        if self._cancel is not None and self._cancel():
            raise ExportCancelled()
        if self._progress is not None:
            self._progress(done, total, message)


_SHOWN: contextvars.ContextVar[Path | None] = contextvars.ContextVar("atomic_target", default=None)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces `target`, on failure it is removed.

    Nested (a writer's own atomic file inside a caller's, as the report service does to record
    the snapshot before the file takes its name), messages still name the user's file, never a
    temporary one.
    """
    target = Path(target)
    shown = _SHOWN.get() or target
    folder = target.parent if str(target.parent) else Path(".")
    created = missing_folders(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        remove_empty(created)
        raise ExportError(f"Không tạo được tệp trong thư mục {folder}: {os_error_cause(exc)}.") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    token = _SHOWN.set(shown)
    try:
        os.chmod(tmp, _mode_for(target))
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _sync_dir(folder)
    except OSError as exc:
        _remove([tmp])
        remove_empty(created)
        raise ExportError(f"Không ghi được tệp {shown}: {os_error_cause(exc)}.") from exc
    except BaseException:
        _remove([tmp])  # a disk pulled out refuses the removal too: that must not hide why the write failed
        remove_empty(created)
        raise
    finally:
        _SHOWN.reset(token)


@contextlib.contextmanager
def files_together(folder: Path | None = None) -> Iterator[list[Path]]:
    """Files of one batch (a workbook or a letter per agency) that are kept together or not at all.

    The caller appends each file once it is written (each one atomically, `atomic_path`). When
    anything fails before the block ends — the disk fills at the fifth workbook, the database
    cannot record the batch, the user cancels — the files already written go too: a clerk must
    not send out four of twelve workbooks that the database does not know about. (A file that
    replaced an older one with --force is gone either way.) `folder`, the batch's folder: what
    of it the batch created goes too when it is left empty, so a failed batch leaves the disk as
    it found it, not an empty folder a clerk takes for a finished export.
    """
    created = missing_folders(folder) if folder is not None else []
    written: list[Path] = []
    try:
        yield written
    except ExportCancelled:
        _remove(written)
        remove_empty(created)
        raise
    except ExportError as exc:  # the message names the file that failed; say the others are gone too
        removed = _remove(written)
        remove_empty(created)
        if removed:
            raise ExportError(f"{exc.message} Các tệp đã ghi trước đó trong lần này ({len(written)} tệp) "
                              "đã được xóa: không giữ tệp nào.") from exc
        raise
    except BaseException:
        _remove(written)
        remove_empty(created)
        raise


def missing_folders(folder: Path) -> list[Path]:
    """`folder` and its parents that do not exist yet, deepest first (what a write would create)."""
    out: list[Path] = []
    current = Path(folder)
    while not current.exists() and current != current.parent:
        out.append(current)
        current = current.parent
    return out


def remove_empty(folders: list[Path]) -> None:
    """Remove each folder (deepest first) while it is empty; one holding anything stays."""
    for path in folders:
        try:
            path.rmdir()
        except OSError:
            return


def _remove(paths: list[Path]) -> int:
    """Remove the files, as many as can be; how many there were."""
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
    return len(paths)


def zip_bytes(save: Callable[[IO[bytes]], object]) -> bytes:
    """What `save(stream)` writes (a .docx or .xlsx zip), built in memory.

    python-docx and openpyxl leave their ZipFile open when a write fails (a full disk); the
    garbage collector then closes it, writes again and prints `Exception ignored in
    ZipFile.__del__` after our clean message. In memory the zip always closes; the caller then
    writes the bytes in one plain write. A report is a few MB at most.
    """
    buffer = io.BytesIO()
    save(buffer)
    return buffer.getvalue()


def _mode_for(target: Path) -> int:
    """The replaced file's own mode, else what the user's umask gives a new file.

    mkstemp makes 0600 files: a report that a colleague cannot open from a shared folder.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
