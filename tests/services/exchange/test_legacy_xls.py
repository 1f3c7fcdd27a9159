"""Workbooks sent back as Excel 97-2003 (.xls), as an agency on an old Excel or one that picked that type in
Save As does.

A real round trip: the program exports the workbook, the agency fills it, LibreOffice Calc saves it as .xls; the
.xls is taken in through LibreOffice's conversion with every check of an .xlsx, and the progress lands exactly.
It was refused whole ("Tệp là Excel 97-2003 (.xls) …: hãy mở … lưu lại thành .xlsx"). An .xls with macros, a
password-protected .xlsx (also an OLE file) and an .xls without LibreOffice on the machine are refused with one
clear line and change nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain import exchange as x
from app.importers.exchange.legacyxls import SAVE_AS_XLSX_97
from app.importers.readers import office
from app.models.database import open_database
from app.services import Services
from tests.services.exchange.conftest import LibreOfficeCase, copy_database
from tests.services.exchange.helpers import convert, fill

DAY = date(2021, 12, 20)
PROGRESS = {x.STATUS: "Đang thực hiện", x.PERCENT: "35%", x.RESULT: "Đã rà soát 12 thủ tục;\nđã gửi dự thảo",
            x.DIFFICULTIES: "Thiếu người", x.REPORTED_ON: "11-12-21"}


@pytest.fixture(scope="module")
def xls_file(libreoffice_case: LibreOfficeCase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sở Nội vụ's exported workbook, one row filled, saved as Excel 97-2003 by LibreOffice Calc."""
    root = tmp_path_factory.mktemp("xls")
    filled = fill(libreoffice_case.exported[0], {0: PROGRESS}, out=root / "so-noi-vu.xlsx")
    xls = convert(filled, root / "calc", "xls")
    assert xls.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    return xls


def _services(case: LibreOfficeCase, folder: Path) -> Services:
    return Services(open_database(copy_database(case, folder)), user="tester")


def test_an_xls_round_trip_lands_the_progress_exactly(libreoffice_case: LibreOfficeCase, xls_file: Path,
                                                      tmp_path: Path) -> None:
    services = _services(libreoffice_case, tmp_path)
    try:
        [review] = services.exchange.review([xls_file], today=DAY)
        assert not review.error, review.error
        assert (review.agency_name, review.period) == ("Sở Nội vụ", "2021-Q4")
        assert [r.outcome.value for r in review.rows] == ["new"]
        assert services.exchange.apply([review], today=DAY).written == 1
        [entry] = services.progress.history(libreoffice_case.plan["t1"])
        assert (entry.status, entry.percent, entry.result, entry.difficulties, entry.reported_on) == (
            "in_progress", 35, "Đã rà soát 12 thủ tục;\nđã gửi dự thảo", "Thiếu người", date(2021, 12, 11))
        [again] = services.exchange.review([xls_file], today=DAY)
        assert again.counts["unchanged"] == 1, "a file taken in twice changes nothing"
    finally:
        services.database.dispose()


def test_an_xls_with_macros_or_a_password_and_one_without_libreoffice_are_refused(
        libreoffice_case: LibreOfficeCase, xls_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    data = xls_file.read_bytes()
    (inbox / "macro.xls").write_bytes(data + "_VBA_PROJECT_CUR".encode("utf-16-le"))
    (inbox / "locked.xlsx").write_bytes(data[:512] + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    services = _services(libreoffice_case, tmp_path)
    try:
        reviews = {Path(r.path).name: r for r in services.exchange.review([inbox], today=DAY)}
        assert "có macro" in reviews["macro.xls"].error
        assert reviews["locked.xlsx"].error.startswith("Tệp đã đặt mật khẩu")
        monkeypatch.setattr(office, "office_program", lambda: None)
        [review] = services.exchange.review([xls_file], today=DAY)
        assert review.error == SAVE_AS_XLSX_97 and review.rows == []
        assert services.exchange.apply([*reviews.values(), review], today=DAY).written == 0
        assert services.progress.history(libreoffice_case.plan["t1"]) == []
    finally:
        services.database.dispose()
