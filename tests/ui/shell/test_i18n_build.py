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
