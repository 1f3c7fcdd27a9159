"""Loading the Vietnamese translation (ours plus Qt's standard buttons, which Qt does not ship).

Why: `.qm` files are build products (git-ignored). A source checkout compiles them from the
`.ts` on start-up when missing or older than the `.ts`; a wheel and a frozen bundle ship only the
`.qm`, compiled at build time, and never look for lrelease (file times reset by an installer's
copy must not trigger a compile, nor a "lrelease not found" warning at every start).
The compile writes a file of its own and moves it into place: two programs starting at once (or two
test workers) never load a `.qm` the other is half-way through writing.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.resources import resource_path

log = logging.getLogger(__name__)
CATALOG = "theodoi_vi"


def _lrelease() -> str | None:
    """The tool beside this Python (`Scripts\\pyside6-lrelease.exe` on Windows), else on PATH."""
    beside = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return beside or shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalog(directory: Path | None = None) -> Path | None:
    """Path of an up-to-date `.qm`, compiling it from the `.ts` if needed; None if impossible."""
    folder = directory or resource_path("translations")
    ts, qm = folder / f"{CATALOG}.ts", folder / f"{CATALOG}.qm"
    if getattr(sys, "frozen", False) or not ts.exists():  # a bundle or a wheel: prebuilt only
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("cannot compile %s: lrelease not found", ts)
        return qm if qm.exists() else None
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(partial)], check=True, capture_output=True, timeout=60)
        os.replace(partial, qm)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed: %s", exc)
        partial.unlink(missing_ok=True)
        return qm if qm.exists() else None
    return qm


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the catalog for `language` ('vi' or 'en'); English needs none (sources are English)."""
    if language != "vi":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return None
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    qm = compiled_catalog()
    if qm is None:
        return None
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        log.warning("cannot load %s", qm)
        return None
    app.installTranslator(translator)
    return translator


def remove_translator(app: QCoreApplication, translator: QTranslator | None) -> None:
    if translator is not None:
        try:
            app.removeTranslator(translator)
        except RuntimeError:  # already deleted by a language switch
            pass
