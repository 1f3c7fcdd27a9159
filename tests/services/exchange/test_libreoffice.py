"""The same filled workbook re-saved by LibreOffice Calc imports identically (issue 8)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.models.database import open_database
from app.services import Services
from tests.services.exchange.conftest import LibreOfficeCase, copy_database


def _incoming(services: Services, path: Path) -> list[tuple]:
    [review] = services.exchange.review([path], today=date(2021, 12, 20))
    assert not review.error, review.error
    return [(r.node_id, r.outcome.value, r.reason, r.incoming) for r in review.rows]


def test_libreoffice_resave_reads_the_same_rows(libreoffice_case: LibreOfficeCase, tmp_path: Path) -> None:
    db = open_database(copy_database(libreoffice_case, tmp_path))
    try:
        services = Services(db, user="tester")
        original = _incoming(services, libreoffice_case.filled)
        resaved = _incoming(services, libreoffice_case.resaved)
        assert [row[:3] for row in original] == [row[:3] for row in resaved]
        assert [row[3] for row in original] == [row[3] for row in resaved]
        first = original[0][3]
        assert (first.status, first.percent, first.result, first.reported_on) == (
            "in_progress", 60, "Đã tổ chức 3 hội nghị", date(2021, 12, 10))
        assert original[1][3].status == "done" and original[1][3].percent == 100
    finally:
        db.dispose()


def test_libreoffice_resave_applies_and_then_the_original_is_unchanged(
        libreoffice_case: LibreOfficeCase, tmp_path: Path) -> None:
    db = open_database(copy_database(libreoffice_case, tmp_path))
    try:
        services = Services(db, user="tester")
        result = services.exchange.apply(services.exchange.review([libreoffice_case.resaved]))
        assert result.written == 2
        [again] = services.exchange.review([libreoffice_case.filled])
        assert again.counts["unchanged"] == 2
    finally:
        db.dispose()
