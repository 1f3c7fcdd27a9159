"""Every damaged or hostile Office package (zip_damage.py) gets ONE Vietnamese line and changes
nothing, through every door it can come in by: `import-plan` and `exchange import` on the command
line (exit 2, `Lỗi: …`, the database's dump identical before and after), and the services the
window calls (reading a plan, reviewing returned workbooks, reading an agency list).

Before the shared guard (app/importers/readers/zipguard.py) a member named `../../evil.xml`,
`/etc/evil.xml` or `..\\evil.xml` was accepted and the plan or the workbook stored; an encrypted
Word member was called "cannot read word/document.xml"; a DOCTYPE in UTF-32 passed the workbook
guard (and openpyxl read the workbook); an agency list with an empty or garbled workbook.xml
raised lxml's XMLSyntaxError or an IndexError (a traceback in the first-run assistant); a
workbook with a broken relation made openpyxl print a UserWarning on stderr.
"""
from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from plan_renderers import render_docx
from zip_damage import DAMAGES

from app.__main__ import main
from app.domain.periods import Period
from app.errors import InputError
from app.models.database import open_database
from app.services import Services
from app.services.onboarding import OnboardingService
from app.services.plan_import import PlanImportService
from tests.services.exchange.conftest import make_plan
from tests.services.exchange.helpers import FILLED, fill

PLAN = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "000_5d85a5fb6824ef83.txt"


@dataclass
class World:
    """A database with a plan, the plan as Word, and one agency's filled exchange workbook."""

    folder: Path
    database: Path
    docx: bytes
    xlsx: bytes

    def dump(self) -> list[str]:
        with sqlite3.connect(self.database) as connection:
            return list(connection.iterdump())


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("damaged")
    database = folder / "theodoi.db"
    db = open_database(database)
    try:
        services = Services(db, user="tester")
        plan = make_plan(services)
        files = services.exchange.export(plan["plan"], Period.parse("2021-Q4"), folder / "out",
                                         as_of=date(2021, 12, 1))
    finally:
        db.dispose()
    xlsx = fill(files[0].path, {0: FILLED}, folder / "filled.xlsx").read_bytes()
    docx = render_docx(PLAN, folder / "plan.docx").read_bytes()
    return World(folder, database, docx, xlsx)


def _quietly(call: Callable[[], int]) -> int:
    """`call()`, failing on any `warnings.warn` (Python would print it on stderr beside `Lỗi:`)."""
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        result = call()
    assert not warned, [str(w.message) for w in warned]
    return result


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("Lỗi: ") and "Traceback" not in text, text
    return lines[0]


def _damaged(world: World, kind: str, damage: str) -> Path:
    seed, main_part = (world.docx, "word/document.xml") if kind == "docx" else (world.xlsx, "xl/workbook.xml")
    path = world.folder / f"{damage}.{kind}"
    path.write_bytes(DAMAGES[damage](seed, main_part))
    return path


def test_the_sound_files_are_taken(world: World) -> None:
    """The seeds themselves pass: what the damaged copies get is about the damage."""
    assert PlanImportService.read(world.folder / "plan.docx").plan is not None
    db = open_database(world.database)
    try:
        assert not Services(db, user="tester").exchange.review([world.folder / "filled.xlsx"])[0].error
    finally:
        db.dispose()


@pytest.mark.parametrize("damage", sorted(set(DAMAGES) - {"relation_without_type"}))
def test_damaged_word_plan_is_one_line_and_stores_nothing(world: World, damage: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = _damaged(world, "docx", damage)
    with pytest.raises(InputError) as refused:  # the window's Import page reads through this
        PlanImportService.read(path)
    assert "\n" not in refused.value.message
    before = world.dump()
    assert _quietly(lambda: main(["import-plan", str(path), "--db", str(world.database)])) == 2
    _one_line(capsys.readouterr().err)
    assert world.dump() == before


def test_word_plan_whose_relations_have_no_type_is_read(world: World) -> None:
    """Found by fuzzing: python-docx gives such a relation the type None and the reader called
    None.endswith (AttributeError, a traceback). Word needs no type to find the body: read, and
    the styles and numbering found by their usual names."""
    path = _damaged(world, "docx", "relation_without_type")
    read = PlanImportService.read(path)
    assert read.plan is not None and read.plan.number == "177/KH-UBND"


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_damaged_exchange_workbook_is_one_line_and_stores_nothing(world: World, damage: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _damaged(world, "xlsx", damage)
    db = open_database(world.database)
    try:  # the window's "Nhận phiếu báo cáo" reviews through this
        review = Services(db, user="tester").exchange.review([path])[0]
    finally:
        db.dispose()
    assert review.error and "\n" not in review.error and not review.rows
    with pytest.raises(InputError) as refused:  # the first-run assistant's agency list (.xlsx)
        _quietly(lambda: len(OnboardingService.read_list(path)))
    assert "\n" not in refused.value.message
    before = world.dump()
    assert _quietly(lambda: main(["exchange", "import", str(path), "--db", str(world.database)])) == 2
    line = _one_line(capsys.readouterr().err)
    assert str(path) in line
    assert world.dump() == before


@pytest.mark.parametrize(("damage", "words"), [
    ("encrypted", "mã hóa (đặt mật khẩu)"), ("parent_name", "tên lạ «../../evil.xml»"),
    ("absolute_name", "tên lạ «/etc/evil.xml»"), ("duplicate_name", "tên lạ"), ("bomb", "độc hại"),
    ("doctype_utf32", "DOCTYPE"), ("unknown_method", "không đọc được"), ("bad_crc", "không đọc được"),
])
@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_both_kinds_say_the_same_cause(world: World, damage: str, words: str, kind: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """One guard: a Word plan and a workbook with the same damage are refused for the same reason."""
    path = _damaged(world, kind, damage)
    command = ["import-plan"] if kind == "docx" else ["exchange", "import"]
    assert main([*command, str(path), "--db", str(world.database)]) == 2
    assert words in _one_line(capsys.readouterr().err)
