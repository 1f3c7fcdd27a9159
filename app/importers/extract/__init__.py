"""Extraction rules: blocks of a plan document → `ImportedPlan` (header, outline, tasks, targets)."""
from app.importers.extract.pipeline import extract_plan

__all__ = ["extract_plan"]
