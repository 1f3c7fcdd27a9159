"""Plan documents (.docx, .pdf, .txt, .md) → an `ImportedPlan`: outline, tasks, targets.

Pure: file in, data out — no Qt, no SQL. Two steps, two owners: `readers` turn a file into
neutral blocks (format quirks, safety, page artefacts), `extract` turns blocks into a plan (the
rules of Vietnamese plans). Callers use the two functions below.
"""
from __future__ import annotations

from pathlib import Path

from app.errors import InputError
from app.importers.blocks import Block
from app.importers.readers import read_blocks
from app.importers.result import ImportedPlan

NOT_A_PLAN = (
    "Không nhận ra kế hoạch trong tệp: không tìm thấy đề mục đánh số (I, 1, a...) hay nhiệm vụ nào "
    "có cơ quan thực hiện hoặc thời hạn."
)


def read_plan_file(path: str | Path) -> list[Block]:
    """The blocks of a plan file; `InputError` with a Vietnamese message for bad input."""
    return read_blocks(path)


def import_plan_file(path: str | Path) -> ImportedPlan:
    """Read and extract a plan file; refuse a document in which no plan outline is found."""
    from app.importers.extract import extract_plan

    plan = extract_plan(read_blocks(path))
    if not plan.tasks():
        raise InputError(NOT_A_PLAN)
    return plan


__all__ = ["NOT_A_PLAN", "import_plan_file", "read_plan_file"]
