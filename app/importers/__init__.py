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
    """Read and extract a plan file; refuse a document in which no plan is recognised."""
    return import_plan_document(path)[1]


def extract_plan_document(path: str | Path) -> tuple[list[Block], ImportedPlan]:
    """The blocks and the plan as read, refusing only a file that cannot be read: what
    `import-plan --json` prints, so whoever reads the JSON sees the header of a document the import
    refuses (a catalogue decision) as the program read it."""
    from app.importers.extract import extract_plan

    blocks = read_blocks(path)
    return blocks, extract_plan(blocks)


def import_plan_document(path: str | Path) -> tuple[list[Block], ImportedPlan]:
    """`import_plan_file` that also returns the blocks (their text is kept with a stored plan).

    Why a document with an official header but no task found is returned, empty, and not refused: a
    cut web copy, a short chỉ thị or a letter assigning duties in prose the importer misses is still
    the plan the clerk must track; its header as read and an empty review (`nothing_to_import` says
    why) let them add the tasks by hand, and storing refuses a plan left empty. Refused here: a
    decision publishing a catalogue, which says so, and a text in which not even a header is
    recognised (`NOT_A_PLAN`)."""
    from app.importers.extract.prose import no_task_message

    blocks, plan = extract_plan_document(path)
    if plan.is_empty() and (_catalogue(plan) or no_task_message(plan) is None):
        raise InputError(_catalogue(plan) or NOT_A_PLAN)
    return blocks, plan


def nothing_to_import(plan: ImportedPlan) -> str | None:
    """One Vietnamese line saying why `plan` holds nothing to track (what was found instead), for the
    command line's warning or refusal; None when it has tasks or targets."""
    from app.importers.extract.prose import no_task_message

    return (_catalogue(plan) or no_task_message(plan) or NOT_A_PLAN) if plan.is_empty() else None


def _catalogue(plan: ImportedPlan) -> str | None:
    """The extraction's warning that the document is a decision publishing a catalogue, if it is one."""
    return next((w for w in plan.warnings if w.startswith("Quyết định công bố")), None)


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


__all__ = ["NOT_A_PLAN", "blocks_text", "extract_plan_document", "import_plan_document", "import_plan_file",
           "nothing_to_import", "read_plan_file"]
