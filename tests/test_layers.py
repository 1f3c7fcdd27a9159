"""The layer rules of DESIGN.md §6, checked on the source tree."""

from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


def _imports(folder: str) -> dict[Path, set[str]]:
    return {path: set(IMPORT.findall(path.read_text(encoding="utf-8"))) for path in (APP / folder).rglob("*.py")}


def test_no_qt_outside_ui() -> None:
    for folder in ("domain", "models", "services", "importers", "exporters"):
        for path, names in _imports(folder).items():
            assert not any(n.startswith("PySide6") for n in names), f"{path} imports Qt"


def test_no_sql_in_ui() -> None:
    for path, names in _imports("ui").items():
        assert not any(n.startswith(("sqlalchemy", "sqlite3", "sqlite_utils")) for n in names), path


def test_domain_imports_no_other_layer() -> None:
    for path, names in _imports("domain").items():
        bad = {n for n in names if n.startswith("app.") and not n.startswith(("app.domain", "app.errors"))}
        assert not bad, f"{path} imports {bad}"
        assert not any(n.startswith("sqlalchemy") for n in names), path
