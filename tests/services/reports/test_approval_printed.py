"""Issue 14: once a leader approved a period's report, the printed report names the approval
(who, when) at the foot of the Nơi nhận list, where NĐ 30 puts the office's own marks, in DOCX
and PDF alike; a copy of the approved snapshot printed again says so too."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfReader

from app.domain.periods import Period
from app.models.database import Database
from app.services import Services
from app.services.reports import ReportRequest
from app.services.reports.request import DocKind

NOTE = "Số liệu kỳ báo cáo đã được phê duyệt: Trần Văn Hùng (hung),"


def _pdf(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def _recipients_cell(path: Path) -> list[str]:
    """The paragraphs of the footer's left cell (Nơi nhận) of the report's body."""
    document = docx.Document(str(path))
    for table in document.tables:
        for cell in table.rows[0].cells:
            lines = [p.text for p in cell.paragraphs]
            if lines and lines[0] == "Nơi nhận:":
                return lines
    raise AssertionError("no Nơi nhận block")


def test_the_printed_report_names_the_approval(demo_db: Database, tmp_path: Path) -> None:
    setup = Services(demo_db, "an")
    setup.users.add("an", "clerk")
    setup.users.add("hung", "leader", full_name="Trần Văn Hùng")
    an, hung = Services(demo_db, "an"), Services(demo_db, "hung")
    plan = an.plans.find("177/KH-UBND")
    request = ReportRequest(DocKind.PROGRESS, plan, Period.parse("2022-Q1"))

    [before] = an.reports.produce(request, tmp_path / "truoc.pdf", "pdf")
    assert "phê duyệt" not in _pdf(before)
    hung.approvals.approve(plan, "2022-Q1")
    snapshot = an.reports.snapshots(plan)[0][0]

    [printed_docx] = an.reports.produce(request, tmp_path / "sau.docx", "docx")
    [printed_pdf] = an.reports.produce(request, tmp_path / "sau.pdf", "pdf")
    lines = _recipients_cell(printed_docx)
    assert lines[-2].startswith("- Lưu: VT") and lines[-1].startswith(NOTE), lines
    assert NOTE in _pdf(printed_pdf)
    flat = _pdf(printed_pdf)
    # under the list, before the annex
    assert flat.index("- Lưu: VT") < flat.index(NOTE) < flat.index("TỔNG HỢP TÌNH HÌNH")

    # the approved snapshot, printed again, names its approval; the period's later prints too
    an.reports.reproduce(snapshot, "pdf", tmp_path / "ban-luu.pdf")
    assert NOTE in _pdf(tmp_path / "ban-luu.pdf")
    content = an.reports.content(request)
    assert content.approval is not None and content.approval.startswith(NOTE)

    # unlocked by a clerk, the next print no longer claims an approval
    an.approvals.unlock(plan, "2022-Q1")
    [again] = an.reports.produce(request, tmp_path / "mo-khoa.pdf", "pdf")
    assert "phê duyệt" not in _pdf(again)
