"""Issue 9: reports a leader signs as printed, checked the way the issue will be checked.

A script produces every kind for several periods of the demo plans through the command line and
checks what a Chánh Văn phòng would catch: `quá hạn` for a deadline after the data cut-off, two
letters with one number, a quarterly report of the 32-task plan longer than 14 pages, filler
(`Không có.`, `(0/0 nhiệm vụ)`, a placeholder signer), a period before the plan accepted. DOCX
and PDF page counts: test_page_parity.py.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.__main__ import main
from app.domain.periods import Period, PeriodKind
from app.exporters.content import ResultTask
from app.models.database import Database
from app.services import Services
from app.services.reports import ReportRequest, ReportService
from app.services.reports.request import DocKind

PLAN = "177/KH-UBND"
FILLER = ("Không có.", "(0/0 nhiệm vụ)", "chưa có số liệu; chưa có số liệu", "(CHỨC VỤ NGƯỜI KÝ)",
          "(Chức vụ người ký)", "Kế hoạch số của", "Kế hoạch số  ")
DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def _run(db: Database, *args: str) -> int:
    return main(["report", "--db", str(db.path), *args])


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def _dates(text: str) -> list[date]:
    return [date(int(y), int(m), int(d)) for d, m, y in DAY.findall(text)]


def _no_filler(text: str) -> None:
    flat = " ".join(text.split())
    for phrase in FILLER:
        assert phrase not in flat, phrase
    assert not re.search(r"Kế hoạch số 177/KH-UBND (quý|6 tháng|năm) .* của Sở Nội vụ\./\.", flat)  # garbled closing


@pytest.mark.parametrize("code", ["2021-Q4", "2022-Q1", "2022-H1"])
def test_quarterly_and_half_year_reports_are_signable(demo_db: Database, tmp_path: Path, code: str) -> None:
    out = tmp_path / f"bao-cao-{code}.pdf"
    assert _run(demo_db, "--plan", PLAN, "--period", code, "--kind", "progress", "--format", "pdf",
                "--out", str(out)) == 0
    pages = len(PdfReader(str(out)).pages)
    assert pages <= 14, pages
    text = _text(out)
    _no_filler(text)
    for heading in ("III. TỒN TẠI", "IV. KHÓ KHĂN", "V. PHƯƠNG HƯỚNG", "VI. ĐỀ XUẤT", "Phụ lục I", "Phụ lục II"):
        assert heading in text

    # the figures are those of the cut-off, and every overdue task missed a date before it
    period = Period.parse(code)
    service = ReportService(demo_db)
    plan_id = Services(demo_db).plans.find(PLAN)
    content = service.content(ReportRequest(DocKind.PROGRESS, plan_id, period))
    assert content.as_of == period.window().end
    for task in (i for i in content.results if isinstance(i, ResultTask)):
        if task.status == "Đang thực hiện quá hạn":
            assert all(day <= content.as_of for day in _dates(task.deadline)), (task.text, task.deadline)
    for part in content.parts:
        for line in part.overdue:
            assert all(day <= content.as_of for day in _dates(line)), line

    # one set of numbers: the sentence of section I, Phụ lục II and the missing named in III
    expected = len(content.agencies)
    missing = [a for a in content.agencies if a.submitted_on is None]
    assert f"{expected - len(missing)}/{expected} cơ quan, đơn vị phải báo cáo đã gửi báo cáo" in " ".join(text.split())
    assert sum(row.report == "Chưa báo cáo" for row in content.agency_rows) == len(missing)
    if period.kind is PeriodKind.QUARTER:  # the register (issue 8) counts the same reports
        total = Services(demo_db).register.register(plan_id, period, as_of=content.reports_as_of).register.total
        assert (total.expected, total.received) == (expected, expected - len(missing))
    if missing:
        said = f"{len(missing)}/{expected} cơ quan, đơn vị chưa gửi báo cáo"
        assert any(said in line for line in content.shortcomings)


def test_letters_use_the_period_data_and_their_own_numbers(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "don-doc"
    assert _run(demo_db, "--plan", PLAN, "--period", "2022-H1", "--kind", "reminder", "--format", "pdf",
                "--out", str(folder), "--number", "7") == 0
    files = sorted(folder.glob("*.pdf"))
    assert len(files) > 2
    numbers = []
    cutoff = date(2022, 6, 14)
    for path in files:
        text = _text(path)
        _no_filler(text)
        numbers.append(re.search(r"Số: (\d+)/", text).group(1))  # type: ignore[union-attr]
        flat = " ".join(text.split())
        assert "quá hạn" not in flat or "Phụ lục" in flat
        annex = flat.split("DANH MỤC NHIỆM VỤ CẦN ĐÔN ĐỐC", 1)
        if len(annex) == 2:  # every task listed as overdue missed a date before the cut-off
            assert all(day <= cutoff for day in _dates(annex[1].split("(Kèm theo", 1)[-1].split(")", 1)[-1])
                       if day.year < 2026)
        else:
            assert "nêu trên" not in flat and "Phụ lục kèm theo" not in flat
        assert "Ban Tổ chức Thành ủy;" not in flat.split("Nơi nhận:", 1)[-1]  # a report's list, not a letter's
    assert numbers == [f"{n:02d}" for n in range(7, 7 + len(files))]


def test_letters_and_calendar_of_2021_use_2021_data(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "q4"
    assert _run(demo_db, "--plan", PLAN, "--period", "2021-Q4", "--kind", "reminder", "--format", "pdf",
                "--out", str(folder)) == 0
    for path in folder.glob("*.pdf"):
        flat = " ".join(_text(path).split())
        assert "Số: /" in flat or "Số:  /" in flat or re.search(r"Số:\s+/", flat)  # blank for the văn thư
        assert "31/12/2026" not in flat and "ngày 14/12/2021" in flat
        assert "trước ngày 15/12/2021" in flat  # the plan's due day, as the calendar shows it
    calendar = tmp_path / "lich.pdf"
    assert _run(demo_db, "--plan", PLAN, "--period", "2021-M12", "--kind", "calendar", "--format", "pdf",
                "--out", str(calendar)) == 0
    flat = " ".join(_text(calendar).split())
    assert "Số liệu đến ngày 14/12/2021" in flat and "Hạn các cơ quan gửi báo cáo" in flat


def test_a_period_before_the_plan_is_refused(demo_db: Database, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "q1.docx"
    assert _run(demo_db, "--plan", PLAN, "--period", "2021-Q1", "--out", str(out)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "trước khi ban hành Kế hoạch số 177/KH-UBND" in err[0]
    assert not out.exists()
    plan_id = Services(demo_db).plans.find(PLAN)
    request = ReportRequest(DocKind.PROGRESS, plan_id, Period.parse("2021-Q1"), outside_plan=True)
    assert ReportService(demo_db).content(request).period_label == "quý I năm 2021"  # the window's override


def test_plans_without_a_number_are_found_and_named(demo_db: Database, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    plans = Services(demo_db).plans
    party = plans.find("tăng cường kỷ luật, kỷ cương và trách nhiệm")
    assert plans.find(str(party)) == party
    out = tmp_path / "dang.pdf"
    assert _run(demo_db, "--plan", str(party), "--period", "2024-Q2", "--format", "pdf", "--out", str(out)) == 0
    flat = " ".join(_text(out).split())
    _no_filler(flat)
    assert "Kế hoạch của Ban Thường vụ Thành ủy Hà Nội về" in flat
    capsys.readouterr()
    assert _run(demo_db, "--plan", "cán bộ", "--period", "2024-Q2", "--out", str(tmp_path / "y.docx")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "khớp" in err[0]


def test_an_incomplete_office_profile_is_named_not_printed(demo_db: Database, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    service = ReportService(demo_db)
    profile = service.office()
    profile.signer_title = ""
    profile.signer_name = ""
    service.save_office(profile)
    out = tmp_path / "x.pdf"
    assert _run(demo_db, "--plan", PLAN, "--period", "2022-Q1", "--format", "pdf", "--out", str(out)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "chức vụ người ký, họ tên người ký" in err[0]
    assert not out.exists()
