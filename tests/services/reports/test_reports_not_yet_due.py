"""A report printed before the agencies' own reports are due (the current period, printed today)
named every agency in section III as having failed to send its report, and Phụ lục II said
`Chưa báo cáo` on every line: a leader would sign a reproach the agencies did not deserve yet.

Read from the printed files: the PDF's text and the DOCX's Phụ lục II table.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from pypdf import PdfReader

from app.__main__ import main
from app.models.database import Database

PLAN = "177/KH-UBND"  # agencies report the fourth quarter `trước ngày 15/12`


def _print(db: Database, out: Path, *extra: str) -> str:
    assert main(["report", "--db", str(db.path), "--plan", PLAN, "--period", "2024-Q4", "--out", str(out),
                 "--format", out.suffix[1:], *extra]) == 0
    if out.suffix == ".pdf":
        return " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    return ""


def _annex2_reports(docx: Path) -> list[str]:
    tables = [t for t in open_docx(str(docx)).tables if t.rows[0].cells[0].text == "STT"]
    header, *rows = tables[1].rows
    assert header.cells[-1].text == "Nhận báo cáo"
    return [row.cells[-1].text for row in rows if len(row.cells) == len(header.cells) and row.cells[0].text.isdigit()]


def test_a_report_printed_before_the_agencies_reports_are_due_blames_none(demo_db: Database, tmp_path: Path) -> None:
    early = ("--as-of", "2024-12-10", "--date", "2024-12-10")
    text = _print(demo_db, tmp_path / "som.pdf", *early)
    _print(demo_db, tmp_path / "som.docx", *early)
    section3 = text.split("III. TỒN TẠI", 1)[1].split("IV. KHÓ KHĂN", 1)[0]
    assert "chưa gửi báo cáo" not in section3
    words = _annex2_reports(tmp_path / "som.docx")
    assert "Chưa đến hạn" in words and "Chưa báo cáo" not in words
    assert "Chưa báo cáo" not in text.split("Phụ lục II", 1)[1]


def test_a_report_dated_after_the_due_day_names_who_did_not_report(demo_db: Database, tmp_path: Path) -> None:
    text = _print(demo_db, tmp_path / "bc.pdf")  # dated at the office's own due day, after the agencies'
    _print(demo_db, tmp_path / "bc.docx")
    section3 = text.split("III. TỒN TẠI", 1)[1].split("IV. KHÓ KHĂN", 1)[0]
    missing = _annex2_reports(tmp_path / "bc.docx").count("Chưa báo cáo")
    assert missing > 0
    assert f"{missing}/" in section3 and "chưa gửi báo cáo quý IV năm 2024" in section3
