"""`PlanImportService.read` / `store_read`: the window reads a plan document through the service,
with the command line's checks (type, size), and stores exactly the bytes and text it read."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InputError
from app.importers import import_plan_document
from app.models import Plan
from app.models.database import open_database
from app.services.plan_import import PlanImportService

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "000_5d85a5fb6824ef83.txt"


def test_read_gives_the_plan_its_text_and_the_files_bytes() -> None:
    read = PlanImportService.read(SAMPLE)
    assert read.plan.tasks() and read.filename == SAMPLE.name
    assert read.original == SAMPLE.read_bytes()
    assert read.plan.title and read.plan.title.split()[0] in read.text


@pytest.mark.parametrize("size", [0, 20 * 1024 * 1024 + 1])
def test_read_refuses_what_the_command_line_refuses(tmp_path: Path, size: int) -> None:
    path = tmp_path / "ke-hoach.txt"
    with path.open("wb") as handle:
        handle.truncate(size)
    with pytest.raises(InputError) as from_window:
        PlanImportService.read(path)
    with pytest.raises(InputError) as from_command_line:
        import_plan_document(path)
    assert from_window.value.message == from_command_line.value.message


def test_read_refuses_a_file_type_it_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(InputError, match="Không hỗ trợ loại tệp"):
        PlanImportService.read(path)


def test_store_read_keeps_the_bytes_and_text_that_were_read(tmp_path: Path) -> None:
    database = open_database(tmp_path / "t.db")
    try:
        service = PlanImportService(database, "clerk")
        read = service.read(SAMPLE)
        plan_id = service.store_read(read).plan_id
        with database.session() as s:
            row = s.get(Plan, plan_id)
            assert row is not None
            assert row.original_bytes == SAMPLE.read_bytes() and row.original_filename == SAMPLE.name
            assert row.extracted_text == read.text
    finally:
        database.dispose()
