"""The status drop-down accepts what the import accepts.

The status cell's check was a stop: in Calc, a status typed without diacritics (`Dang thuc hien`, as on a
machine without a Vietnamese keyboard) was refused ("Invalid value") though the import reads it. The check
now warns (the agency keeps the word with OK/Có) and its hint on selecting the cell says unaccented words are
read; a word the import does not know is still sent back by the import, with the row named.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.domain import exchange as x
from app.exporters.exchange_workbook import HEADER_ROW
from app.models.database import open_database
from app.services import Services
from tests.services.exchange.conftest import LibreOfficeCase, copy_database
from tests.services.exchange.helpers import columns, convert, fill


def _status_check(path: Path):  # noqa: ANN202 - openpyxl's DataValidation
    ws = load_workbook(path)["Phiếu báo cáo"]
    cell = ws.cell(HEADER_ROW + 1, columns(ws)[x.STATUS]).coordinate
    [check] = [v for v in ws.data_validations.dataValidation if cell in v.sqref]
    return check


def test_the_status_check_warns_and_says_unaccented_words_are_read(libreoffice_case: LibreOfficeCase) -> None:
    check = _status_check(libreoffice_case.exported[0])
    assert check.type == "list" and check.formula1 == '"' + ",".join(x.STATUS_WORDS) + '"'
    assert check.errorStyle == "warning" and check.showErrorMessage
    assert check.showInputMessage and "Dang thuc hien" in check.prompt and "không dấu" in check.prompt
    assert "vẫn được nhận" in check.error and len(check.error) <= 255 and len(check.prompt) <= 255


def test_calc_keeps_the_warning_and_a_typed_unaccented_status_lands(libreoffice_case: LibreOfficeCase,
                                                                   tmp_path: Path) -> None:
    """Calc reads the check as its own "Warning" action (re-saved as .ods: `table:message-type="warning"`); the
    unaccented statuses typed come back through Calc and land."""
    ods = convert(libreoffice_case.exported[0], tmp_path / "ods", "ods")
    content = zipfile.ZipFile(ods).read("content.xml").decode("utf-8")
    checks = re.findall(r"<table:content-validation .*?</table:content-validation>", content)
    [status] = [c for c in checks if "cell-content-is-in-list" in c]
    assert re.findall(r'table:message-type="(\w+)"', status) == ["warning"]
    assert "Dang thuc hien" in status, "Calc shows the hint too"
    filled = fill(libreoffice_case.exported[0], {
        0: {x.STATUS: "Dang thuc hien", x.RESULT: "Đã họp"}, 1: {x.STATUS: "da hoan thanh", x.RESULT: "Xong"}},
        out=tmp_path / "typed.xlsx")
    resaved = convert(filled, tmp_path / "calc")
    services = Services(open_database(copy_database(libreoffice_case, tmp_path)), user="tester")
    try:
        [review] = services.exchange.review([resaved], today=date(2021, 12, 20))
        assert [(r.outcome.value, r.incoming.status) for r in review.rows] == [("new", "in_progress"), ("new", "done")]
    finally:
        services.database.dispose()
