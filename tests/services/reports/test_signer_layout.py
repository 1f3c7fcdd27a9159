"""What the signer of a report sees on the page, read from the produced files.

- Phụ lục I prints a long deadline in its short understood form (`31/12 hằng năm` for `trong năm
  2021 và các năm tiếp theo`, `Ngày 25 hằng tháng` for `Hàng tháng (định kỳ trước ngày 25 hàng
  tháng), hàng quý (...)`); the plan's printed task list keeps the phrase as the plan wrote it.
- Its columns take their widths from the cells: a 17 mm `Thời hạn` beside a 50 mm `Cơ quan chủ
  trì` holding one short name made rows five lines tall (194/KH-UBND, quý IV/2024: 12 pages).
- A signature never stands alone on a page: the quarterly report of 177/KH-UBND for quý IV/2021
  put the closing sentence and the signature alone on page 4 of the PDF.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from app.__main__ import main
from app.exporters import fonts
from app.exporters.builders.progress import ANNEX_COLUMNS
from app.models.database import Database
from app.services import Services
from tests.services.reports.libreoffice import libreoffice_pdfs

DEADLINE = [c.title for c in ANNEX_COLUMNS].index("Thời hạn")


def _report(db: Database, out: Path, plan: str, period: str, kind: str = "progress") -> Path:
    assert main(["report", "--db", str(db.path), "--plan", plan, "--period", period, "--kind", kind,
                 "--format", out.suffix[1:], "--out", str(out)]) == 0
    return out


def _annex_one(path: Path):  # type: ignore[no-untyped-def]
    return next(t for t in open_docx(str(path)).tables if t.rows[0].cells[0].text == "STT")


def _task_rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[c.text for c in row.cells] for row in table.rows[1:] if row.cells[0].text.strip().isdigit()]


def test_annex_deadlines_in_their_short_form_and_the_task_list_in_the_plans_words(demo_db: Database,
                                                                                   tmp_path: Path) -> None:
    annex = _task_rows(_annex_one(_report(demo_db, tmp_path / "177.docx", "177/KH-UBND", "2024-Q4")))
    deadlines = [row[DEADLINE] for row in annex]
    assert deadlines.count("31/12 hằng năm") >= 20, deadlines  # 26 tasks `trong năm 2021 và các năm tiếp theo`
    # `trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý II)`; an overdue one names the quarter it missed
    assert any(d.startswith("Quý I hằng năm") for d in deadlines)
    assert "31/12 hằng năm (31/12/2023)" in deadlines  # overdue at 2024-Q4: the occurrence missed
    assert "trong năm 2021 và các năm tiếp theo" not in deadlines
    monthly = _task_rows(_annex_one(_report(demo_db, tmp_path / "69.docx", "69/KH-UBND", "2024-Q4")))
    assert any(row[DEADLINE].startswith("Ngày 25 hằng tháng") for row in monthly)
    pdf = _report(demo_db, tmp_path / "177.pdf", "177/KH-UBND", "2024-Q4")
    assert "31/12 hằng năm" in " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())

    listed = _task_rows(_annex_one(_report(demo_db, tmp_path / "ds.docx", "177/KH-UBND", "2024-Q4", "tasklist")))
    assert "trong năm 2021 và các năm tiếp theo" in [row[-1] for row in listed]  # the plan's own words


def _grid_mm(table) -> list[float]:  # type: ignore[no-untyped-def]
    return [int(col.get(qn("w:w"))) / 56.7 for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def _lines(rows: list[list[str]], widths: list[float]) -> int:
    """The annex's task rows' height in lines at these column widths (1.5 mm padding each side)."""
    return sum(max(len(fonts.split_lines(text, w - 3.0, 12)) if text else 1
                   for text, w in zip(row, widths, strict=True)) for row in rows)


def test_annex_columns_take_their_widths_from_the_cells(demo_db: Database, tmp_path: Path) -> None:
    docx = _report(demo_db, tmp_path / "194.docx", "194/KH-UBND", "2024-Q4")
    table = _annex_one(docx)
    widths = _grid_mm(table)
    assert abs(sum(widths) - 252) < 1  # the landscape text width
    nominal = [c.width * 252 / sum(c.width for c in ANNEX_COLUMNS) for c in ANNEX_COLUMNS]
    rows = _task_rows(table)
    assert _lines(rows, widths) <= 0.8 * _lines(rows, nominal), (widths, nominal)
    for row in rows:  # `Theo kế hoạch tổ chức, sắp xếp lại cơ sở giáo dục mầm non, …` took nine lines
        assert len(fonts.split_lines(row[DEADLINE], widths[DEADLINE] - 3.0, 12)) <= 4, (row[DEADLINE], widths)
    pdf = _report(demo_db, tmp_path / "194.pdf", "194/KH-UBND", "2024-Q4")
    assert len(PdfReader(str(pdf)).pages) <= 10  # 12 with the fixed shares


def _signature_page(pdf: Path) -> list[str]:
    """The lines above `Nơi nhận:` on the page that holds the signature."""
    for page in PdfReader(str(pdf)).pages:
        text = page.extract_text()
        if "Nơi nhận" in text:
            lines = [x.strip() for x in text.split("Nơi nhận")[0].splitlines() if x.strip()]
            return [x for x in lines if not x.isdigit()]  # the page number
    raise AssertionError("no signature")


def test_the_signature_keeps_the_last_lines_of_the_body_in_both_writers(demo_db: Database, tmp_path: Path) -> None:
    pdf = _report(demo_db, tmp_path / "q4.pdf", "177/KH-UBND", "2021-Q4")
    docx = _report(demo_db, tmp_path / "q4.docx", "177/KH-UBND", "2021-Q4")
    printed = libreoffice_pdfs([docx], tmp_path / "lo")[docx]
    for path in (pdf, printed):
        above = _signature_page(path)
        assert not above[0].startswith("Trên đây là báo cáo"), (path.name, above)  # the closing was alone
        closing = next(i for i, x in enumerate(above) if x.startswith("Trên đây là báo cáo"))
        assert closing >= 1 and above[closing - 1].startswith("- "), above  # the last line of section VI
    assert len(PdfReader(str(pdf)).pages) == len(PdfReader(str(printed)).pages)


def test_a_plan_titled_in_capitals_is_cited_in_lower_case(demo_db: Database, tmp_path: Path) -> None:
    """An imported plan's title as printed, in capitals, made the report's subject `về tRIỂN KHAI ...`."""
    from sqlalchemy import update

    from app.models import Plan

    with demo_db.session() as s:
        plan = s.get(Plan, Services(demo_db).plans.find("177/KH-UBND"))
        assert plan is not None
        s.execute(update(Plan).where(Plan.id == plan.id).values(title=plan.title.upper()))
    docx = _report(demo_db, tmp_path / "hoa.docx", "177/KH-UBND", "2024-Q4")
    texts = [" ".join(p.text.split()) for p in open_docx(str(docx)).paragraphs]  # bound numbers, balanced lines
    subject = next(t for t in texts if t.startswith("Kết quả thực hiện Kế hoạch"))
    assert "về triển khai Nghị quyết số 04-NQ/TU ngày 31/5/2021 của Ban Chấp hành Đảng bộ Thành phố về tập trung " \
           "xây dựng và nâng cao" in subject, subject


def test_a_deputy_of_a_peoples_committee_signs_for_the_committee(demo_db: Database, tmp_path: Path) -> None:
    """Session 18's walk as the signer of UBND tỉnh: a Phó Chủ tịch signing (`KT.` for the `Chủ tịch`) printed
    `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` alone; a people's committee works by the collective regime, so NĐ 30 (Phụ lục I)
    puts `TM. ỦY BAN NHÂN DÂN` above it — in both writers. A Sở's `KT. GIÁM ĐỐC` has no such line."""
    from app.services.reports.office import OfficeProfile

    services = Services(demo_db)
    services.reports.save_office(OfficeProfile(
        issuing_body="Ủy ban nhân dân tỉnh Lào Cai", short_name="UBND tỉnh", body_code="UBND", place="Lào Cai",
        signer_authority="KT", signer_authority_body="Chủ tịch", signer_title="Phó Chủ tịch",
        signer_name="Nguyễn Văn Hải"))
    block = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hải"]
    docx = _report(demo_db, tmp_path / "177.docx", "177/KH-UBND", "2024-Q4")
    lines = [p.text for t in open_docx(str(docx)).tables for row in t.rows for c in row.cells for p in c.paragraphs]
    start = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert [x for x in lines[start:start + 6] if x.strip()][:4] == block
    pdf = _report(demo_db, tmp_path / "177.pdf", "177/KH-UBND", "2024-Q4")
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "TM. ỦY BAN NHÂN DÂN" in text and text.index("TM. ỦY BAN NHÂN DÂN") < text.index("KT. CHỦ TỊCH")
    services.reports.save_office(OfficeProfile(
        issuing_body="Sở Nội vụ", place="Hà Nội", signer_authority="KT", signer_authority_body="Giám đốc",
        signer_title="Phó Giám đốc", signer_name="Nguyễn Văn Minh"))
    text = "\n".join(p.extract_text() for p in PdfReader(str(_report(
        demo_db, tmp_path / "snv.pdf", "177/KH-UBND", "2024-Q4"))).pages)
    assert "KT. GIÁM ĐỐC" in text and "TM." not in text
