"""Storing a reviewed import: one call of `PlanImportService.store`, i.e. one transaction (with
`replace`, the service backs the database up first and updates the stored plan in place)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def store_import(services: Any, imported: Any, path: str, source_text: str, *, replace: bool = False) -> int:
    """Store the reviewed plan with the original file's bytes; returns the (new or kept) plan id."""
    original = Path(path).read_bytes() if Path(path).is_file() else None
    outcome = services.plan_import.store(imported, original=original, filename=Path(path).name,
                                         extracted_text=source_text, replace=replace)
    return int(outcome.plan_id)
