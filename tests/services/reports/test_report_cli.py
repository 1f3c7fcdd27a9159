"""`python -m app report`: files written, snapshots recorded, bad input is one line and exit 2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.__main__ import main
from app.models.database import Database
from app.services.reports import ReportService


def _args(db: Database, *extra: str) -> list[str]:
    return ["report", "--db", str(db.path), "--plan", "177/KH-UBND", *extra]


def test_progress_report_pdf(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.pdf"
    code = main(_args(demo_db, "--period", "2021-Q3", "--as-of", "2021-09-14", "--format", "pdf",
                      "--out", str(out), "--number", "5", "--date", "2021-09-20"))
    assert code == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "BÁO CÁO" in text and "quý III năm 2021" in text and "Số: 05/BC-" in text
    assert ReportService(demo_db).snapshots()[0][1:5] == ("progress", "2021-Q3", date(2021, 9, 14), "pdf")


def test_reminders_one_file_per_agency(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "don-doc"
    assert main(_args(demo_db, "--period", "2021-Q3", "--as-of", "2021-10-20", "--kind", "reminder",
                      "--out", str(folder))) == 0
    files = sorted(folder.glob("don-doc-*.docx"))
    assert files and len(files) == len([s for s in ReportService(demo_db).snapshots() if s[1] == "reminder"])


@pytest.mark.parametrize("kind", ["tasklist", "targets", "calendar"])
def test_other_kinds(demo_db: Database, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.xlsx"
    period = ["--period", "2021-M12"] if kind == "calendar" else []
    assert main(_args(demo_db, "--kind", kind, "--format", "xlsx", "--out", str(out), *period)) == 0
    assert out.stat().st_size > 0


def test_a_plan_without_targets_prints_no_targets_page(demo_db: Database, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Session 18's leftover: 69/KH-UBND sets no target, and its targets table printed a landscape page of one line
    (`… không đặt chỉ tiêu định lượng.`). Nothing is written; the clerk reads why in one line."""
    out = tmp_path / "chi-tieu.pdf"
    assert main(["report", "--db", str(demo_db.path), "--plan", "69/KH-UBND", "--kind", "targets", "--format", "pdf",
                 "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["Lỗi: Kế hoạch số 69/KH-UBND ngày 20/3/2017 của UBND Thành phố Hà Nội không đặt chỉ tiêu định "
                   "lượng: không có bảng chỉ tiêu để in."]
    assert not out.exists()
    assert not [s for s in ReportService(demo_db).snapshots() if s[1] == "targets"]


def test_bad_input_exits_2_with_one_line(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_args(demo_db, "--period", "2021-Q9", "--out", str(tmp_path / "x.docx"))) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Lỗi:")
    assert main(["report", "--db", str(demo_db.path), "--plan", "1/KH-XYZ", "--period", "2021-Q3",
                 "--out", str(tmp_path / "x.docx")]) == 2
    assert main(_args(demo_db, "--kind", "progress", "--out", str(tmp_path / "x.docx"))) == 2
    assert not (tmp_path / "x.docx").exists()


def test_fresh_database_without_an_office_names_the_menu_that_fixes_it(
        database_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fresh database has no issuing office: one line that says what is missing and where the
    clerk fills it in (the menu's own words), and no file."""
    out = tmp_path / "bao-cao.pdf"
    assert main(["report", "--db", str(database_file), "--plan", "1", "--period", "2026-Q4",
                 "--format", "pdf", "--out", str(out)]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("Lỗi: Chưa đủ thông tin cơ quan ban hành để in văn bản: thiếu tên cơ quan ban hành")
    assert line.endswith("Hãy khai báo ở Báo cáo → Thông tin cơ quan ban hành.")
    assert not out.exists()
