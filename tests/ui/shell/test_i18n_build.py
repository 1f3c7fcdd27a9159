"""Translations ship compiled: a bundle or a wheel never looks for lrelease at start."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.ui.shell import i18n


def _catalog(folder: Path, *, with_source: bool) -> Path:
    qm = folder / "theodoi_vi.qm"
    qm.write_bytes(b"prebuilt")
    os.utime(qm, (1, 1))  # an installer's copy resets file times: the .qm looks older than the .ts
    if with_source:
        (folder / "theodoi_vi.ts").write_text("<TS/>", encoding="utf-8")
    return qm


def test_a_frozen_program_uses_its_prebuilt_catalog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    qm = _catalog(tmp_path, with_source=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(i18n, "_lrelease", lambda: pytest.fail("lrelease looked up at start"))
    assert i18n.compiled_catalog(tmp_path) == qm and qm.read_bytes() == b"prebuilt"


def test_an_installed_wheel_ships_no_source_and_never_compiles(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    qm = _catalog(tmp_path, with_source=False)
    monkeypatch.setattr(i18n, "_lrelease", lambda: pytest.fail("lrelease looked up at start"))
    assert i18n.compiled_catalog(tmp_path) == qm


def test_lrelease_is_found_beside_the_interpreter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tool = tmp_path / "pyside6-lrelease"
    tool.write_text("#!/bin/sh\n", encoding="utf-8")
    tool.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    assert i18n._lrelease() == str(tool)


def _lrelease_that_writes(tmp_path: Path, exit_code: int) -> str:
    """A stand-in lrelease: writes `compiled` to its `-qm` target, then exits with `exit_code`."""
    tool = tmp_path / "lrelease"
    tool.write_text(f'#!/bin/sh\nwhile [ "$1" != "-qm" ]; do shift; done\nprintf compiled > "$2"\nexit {exit_code}\n',
                    encoding="utf-8")
    tool.chmod(0o755)
    return str(tool)


def test_a_checkout_compiles_its_catalog_and_a_failed_compile_leaves_the_old_one_whole(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Two programs (or two test workers) start at once on a checkout whose .ts is newer: each compiles, and one must
    # never load the .qm the other is writing. lrelease writes a file of its own, moved into place when done.
    folder = tmp_path / "translations"
    folder.mkdir()
    qm = _catalog(folder, with_source=True)
    monkeypatch.setattr(i18n, "_lrelease", lambda: _lrelease_that_writes(tmp_path, 1))
    assert i18n.compiled_catalog(folder) == qm and qm.read_bytes() == b"prebuilt"
    monkeypatch.setattr(i18n, "_lrelease", lambda: _lrelease_that_writes(tmp_path, 0))
    assert i18n.compiled_catalog(folder) == qm and qm.read_bytes() == b"compiled"
    assert sorted(p.name for p in folder.iterdir()) == ["theodoi_vi.qm", "theodoi_vi.ts"]
