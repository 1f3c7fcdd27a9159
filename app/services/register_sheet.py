"""The register as a printable sheet (PDF, XLSX) and the words its cells show.

Cell words are the ones the window's table shows too: `Đúng hạn 20/12/2021`, `Chậm 28/12/2021`,
`Chưa báo cáo`, `Chưa đến hạn`, and `—` where the agency owed nothing that period.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.domain.register import Cell, Rates
from app.domain.reporting import ReportStatus
from app.errors import InputError
from app.exporters.register_print import RegisterLine, RegisterSheet, write_register_pdf, write_register_xlsx
from app.outputs import check_output
from app.services.register import RegisterView

STATUS_CODES = {ReportStatus.ON_TIME: "on_time", ReportStatus.LATE: "late", ReportStatus.MISSING: "missing",
                ReportStatus.NOT_DUE: "not_due"}
_WORDS = {ReportStatus.ON_TIME: "Đúng hạn", ReportStatus.LATE: "Chậm", ReportStatus.MISSING: "Chưa báo cáo",
          ReportStatus.NOT_DUE: "Chưa đến hạn"}


def cell_text(cell: Cell | None, note_on: str = " ") -> str:
    """One register cell in words (status and date received, or `—`), marked when the agency owed no report then;
    `note_on` goes before that mark (the window puts it on a line of its own, so the column stays narrow)."""
    if cell is None or cell.status is None:
        return "—"
    word = _WORDS[cell.status]
    if cell.received_on is not None:
        word = f"{word} {cell.received_on:%d/%m/%Y}"
    return word if cell.expected else f"{word}{note_on}(không phải báo cáo)"


def counts_text(rates: Rates) -> str:
    """An agency's or the plan's reporting counts in one line, for the printed register's last column."""
    return (f"{rates.received}/{rates.assessed} đã báo cáo, {rates.on_time} đúng hạn, {rates.late} chậm, "
            f"{rates.missing} chưa báo cáo" + (f", {rates.not_due} chưa đến hạn" if rates.not_due else ""))


def register_sheet(view: RegisterView) -> RegisterSheet:
    """The register as a printable sheet: a line per agency with its cells and rates, a totals line per period, and
    a note saying how the rates are counted."""
    reg = view.register
    codes = [p.code for p in reg.periods]
    lines = []
    for agency in view.agencies:
        rates = reg.by_agency.get(agency, Rates())
        name = view.names.get(agency, "?") + (" (chưa có trong danh bạ)" if agency in view.proposed else "")
        lines.append(RegisterLine(name, [cell_text(reg.cell(agency, c)) for c in codes],
                                  rates.reporting_rate, rates.timeliness, counts_text(rates)))
    totals = RegisterLine("Cả kế hoạch (theo kỳ)", [
        f"{reg.by_period[c].received}/{reg.by_period[c].assessed} — {_pct(reg.by_period[c].reporting_rate)}"
        for c in codes], reg.total.reporting_rate, reg.total.timeliness, counts_text(reg.total))
    due = "; ".join(f"{p.short_label}: hạn {reg.due[p.code]:%d/%m/%Y}" for p in reg.periods[-6:])
    names = [p.short_label for p in reg.periods]  # the printed columns name periods in words, not codes
    return RegisterSheet(
        title="SỔ THEO DÕI BÁO CÁO CỦA CÁC CƠ QUAN",
        subtitle=view.plan_heading,
        note=f"Tính đến ngày {view.as_of:%d/%m/%Y}. {due}. Tỷ lệ báo cáo = số báo cáo nhận được / số báo cáo "
             "phải nộp đã đến hạn; tỷ lệ đúng hạn = số báo cáo đúng hạn / số báo cáo phải nộp đã đến hạn."
             + (" Tên cơ quan chưa có trong danh bạ được liệt kê nhưng không tính là phải báo cáo."
                if reg.unconfirmed else ""),
        periods=names, lines=lines, totals=totals,
        trend=[(n, reg.by_period[c].reporting_rate, reg.by_period[c].timeliness) for n, c in zip(names, codes,
                                                                                              strict=True)],
    )


def write_register(view: RegisterView, fmt: str, target: str | os.PathLike[str], *, force: bool = False,
                   protected: list[str] | None = None) -> Path:
    """Check the target (`app.outputs.check_output`) and write the register as PDF or XLSX."""
    if fmt not in ("pdf", "xlsx"):
        raise InputError(f"Định dạng «{fmt}» không hỗ trợ cho sổ theo dõi: dùng pdf hoặc xlsx.")
    path = check_output(target, force=force, protected=protected or [])
    sheet = register_sheet(view)
    (write_register_pdf if fmt == "pdf" else write_register_xlsx)(sheet, path)
    return path


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"
