"""Workbooks sent back as OpenDocument (.ods) by agencies that use LibreOffice Calc.

A real round trip: the program exports the workbook, the agency fills it and LibreOffice saves it
as .ods; the .ods is imported (service, command line) through LibreOffice's conversion with every
check of an .xlsx, and the progress lands. A damaged .ods, or one without LibreOffice on the
machine, is refused with one clear line and changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.__main__ import main
from app.domain import exchange as x
from app.importers.exchange.guard import SAVE_AS_XLSX
from app.importers.readers import office
from app.models.database import Database, open_database
from app.models.exchange import ExchangeFile
from app.services import Services
from tests.services.exchange.conftest import LibreOfficeCase, copy_database
from tests.services.exchange.helpers import convert, fill

DAY = date(2021, 12, 20)
PROGRESS = {x.STATUS: "Đang thực hiện", x.PERCENT: 75, x.RESULT: "Đã rà soát 40 thủ tục (Calc)",
            x.REPORTED_ON: date(2021, 12, 12)}


@pytest.fixture(scope="module")
def ods_file(libreoffice_case: LibreOfficeCase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sở Nội vụ's exported workbook, a progress cell filled, saved as .ods by LibreOffice Calc."""
    root = tmp_path_factory.mktemp("ods")
    filled = fill(libreoffice_case.exported[0], {0: PROGRESS}, out=root / "so-noi-vu.xlsx")
    ods = convert(filled, root / "calc", "ods")
    assert zipfile.ZipFile(ods).read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    return ods


def _open(case: LibreOfficeCase, folder: Path) -> tuple[Services, Database]:
    db = open_database(copy_database(case, folder))
    return Services(db, user="tester"), db


def _nothing_imported(db: Database, task_id: int) -> bool:
    """No progress entry on the task and no import recorded."""
    with db.session() as s:
        imports = s.scalar(select(func.count(ExchangeFile.id)).where(ExchangeFile.direction == "import"))
    return imports == 0 and Services(db, user="tester").progress.history(task_id) == []


def test_an_ods_round_trip_lands_the_progress(libreoffice_case: LibreOfficeCase, ods_file: Path,
                                              tmp_path: Path) -> None:
    services, db = _open(libreoffice_case, tmp_path)
    try:
        [review] = services.exchange.review([ods_file], today=DAY)
        assert not review.error, review.error
        assert (review.agency_name, review.period, review.plan_number) == ("Sở Nội vụ", "2021-Q4", "5/KH-UBND")
        assert review.sha256 == hashlib.sha256(ods_file.read_bytes()).hexdigest(), "the file as received"
        assert [r.outcome.value for r in review.rows] == ["new"]
        assert services.exchange.apply([review], today=DAY).written == 1
        [entry] = services.progress.history(libreoffice_case.plan["t1"])
        assert (entry.status, entry.percent, entry.result, entry.reported_on) == (
            "in_progress", 75, PROGRESS[x.RESULT], date(2021, 12, 12))
        [again] = services.exchange.review([ods_file], today=DAY)
        assert again.counts["unchanged"] == 1
    finally:
        db.dispose()


def test_an_ods_under_an_xlsx_name_is_read_by_its_content(libreoffice_case: LibreOfficeCase, ods_file: Path,
                                                          tmp_path: Path) -> None:
    renamed = tmp_path / "phieu.xlsx"
    shutil.copyfile(ods_file, renamed)
    services, db = _open(libreoffice_case, tmp_path)
    try:
        [review] = services.exchange.review([renamed], today=DAY)
        assert not review.error and review.rows[0].incoming.result == PROGRESS[x.RESULT]
    finally:
        db.dispose()


def test_the_command_line_imports_an_ods_folder(libreoffice_case: LibreOfficeCase, ods_file: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(copy_database(libreoffice_case, tmp_path))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copyfile(ods_file, inbox / ods_file.name)
    assert main(["exchange", "import", "--db", db, str(inbox), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["written"] == 1 and result["files"][0]["agency"] == "Sở Nội vụ"
    database = open_database(Path(db), create=False)
    try:
        [entry] = Services(database, user="tester").progress.history(libreoffice_case.plan["t1"])
        assert entry.result == PROGRESS[x.RESULT]
    finally:
        database.dispose()


def _damaged(ods: Path, folder: Path) -> list[Path]:
    """A cut .ods, one whose sheet XML is cut half way, one that is a text document."""
    data = ods.read_bytes()
    cut = folder / "cut.ods"
    cut.write_bytes(data[: len(data) // 2])
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts = {i.filename: archive.read(i) for i in archive.infolist() if not i.is_dir()}

    def package(name: str, **changes: bytes) -> Path:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as out:
            out.writestr(zipfile.ZipInfo("mimetype"), changes.get("mimetype", parts["mimetype"]))
            for member, payload in parts.items():
                if member != "mimetype":
                    out.writestr(member, changes.get(member.replace(".", "_"), payload), zipfile.ZIP_DEFLATED)
        (folder / name).write_bytes(buffer.getvalue())
        return folder / name

    half = package("half.ods", content_xml=parts["content.xml"][: len(parts["content.xml"]) // 2])
    text = package("text.ods", mimetype=b"application/vnd.oasis.opendocument.text")
    return [cut, half, text]


def test_a_damaged_ods_is_refused_clearly_and_changes_nothing(libreoffice_case: LibreOfficeCase, ods_file: Path,
                                                              tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    damaged = _damaged(ods_file, inbox)
    services, db = _open(libreoffice_case, tmp_path)
    try:
        reviews = {Path(r.path).name: r for r in services.exchange.review([inbox], today=DAY)}
        assert reviews["cut.ods"].error == "Tệp không phải bảng tính OpenDocument (.ods) hợp lệ (tệp nén bị hỏng)."
        assert reviews["half.ods"].error.startswith("Không chuyển được tệp .ods sang .xlsx (tệp hỏng")
        assert reviews["half.ods"].error.endswith(SAVE_AS_XLSX)
        assert "không phải bảng tính" in reviews["text.ods"].error
        assert all(r.rows == [] for r in reviews.values())
        assert services.exchange.apply(list(reviews.values()), today=DAY).written == 0
        assert _nothing_imported(db, libreoffice_case.plan["t1"])
        assert main(["exchange", "import", "--db", str(tmp_path / "theodoi.db"), *map(str, damaged)]) == 2
        assert capsys.readouterr().err.startswith("Lỗi:")
        assert _nothing_imported(db, libreoffice_case.plan["t1"])
    finally:
        db.dispose()


def test_without_libreoffice_the_clerk_is_told_how_to_save_as_xlsx(libreoffice_case: LibreOfficeCase,
                                                                   ods_file: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "office_program", lambda: None)
    services, db = _open(libreoffice_case, tmp_path)
    try:
        [review] = services.exchange.review([ods_file], today=DAY)
        assert review.error == SAVE_AS_XLSX and review.rows == []
        assert "Save As" in SAVE_AS_XLSX and ".xlsx" in SAVE_AS_XLSX and "\n" not in SAVE_AS_XLSX
    finally:
        db.dispose()
