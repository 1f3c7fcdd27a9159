"""Plan documents (.docx, .pdf, .txt, .md) → an `ImportedPlan`: outline, tasks, targets.

Pure: file in, data out — no Qt, no SQL. Two steps, two owners: `readers` turn a file into
neutral blocks (format quirks, safety, page artefacts), `extract` turns blocks into a plan (the
rules of Vietnamese plans). Callers use the two functions below.
"""
from __future__ import annotations

from pathlib import Path

from app.errors import InputError
from app.importers.blocks import Block, Paragraph
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
    return import_plan_document(path)[1]


def import_plan_document(path: str | Path) -> tuple[list[Block], ImportedPlan]:
    """`import_plan_file` that also returns the blocks (their text is kept with a stored plan)."""
    from app.importers.extract import extract_plan

    blocks = read_blocks(path)
    plan = extract_plan(blocks)
    if not plan.tasks() and not plan.targets:
        # (an annex of indicators alone is tracked by its targets, `indicator_tables`) a decision publishing
        # a catalogue says so; a document with an official header says what it holds
        # (`prose.no_task_message`); anything else is no plan we recognise
        from app.importers.extract.prose import no_task_message

        raise InputError(next((w for w in plan.warnings if w.startswith("Quyết định công bố")), None)
                         or no_task_message(plan) or NOT_A_PLAN)
    return blocks, plan


def blocks_text(blocks: list[Block]) -> str:
    """The document's text as read: one line per paragraph (with its Word list label), table
    rows as cells joined by ` | ` — what a clerk checks an imported node against."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            label = f"{block.numbering_label} " if block.numbering_label else ""
            lines.append(label + block.text)
        else:
            lines.extend(" | ".join(cell.replace("\n", " / ") for cell in row) for row in block.rows)
    return "\n".join(lines)


__all__ = ["NOT_A_PLAN", "blocks_text", "import_plan_document", "import_plan_file", "read_plan_file"]
