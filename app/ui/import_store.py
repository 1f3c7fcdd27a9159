"""Storing a reviewed import: one call of `PlanImportService.store`, i.e. one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def store_import(services: Any, imported: Any, path: str, source_text: str) -> int:
    """Store the reviewed plan with the original file's bytes; returns the new plan's id."""
    original = Path(path).read_bytes() if Path(path).is_file() else None
    outcome = services.plan_import.store(imported, original=original, filename=Path(path).name,
                                         extracted_text=source_text)
    return int(outcome.plan_id)
