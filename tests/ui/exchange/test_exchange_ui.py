"""The exchange windows and the register in the main window: send, receive with a per-row
preview the clerk ticks, apply undoable on the window's stack, the register table and its print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.domain import exchange as x
from app.domain.periods import Period
from app.domain.reporting import ReportStatus
from app.ui.exchange.exchange_review_model import Column, ReviewModel
from app.ui.exchange.register_model import STATUS_ROLE, RegisterModel
from tests.services.exchange.helpers import FILLED, convert, fill

AS_OF = date(2021, 12, 20)


@pytest.fixture
def window(make_window, sample_plan):
    w = make_window(as_of=AS_OF, url="ui.db", show=False)
    w.open_plan(sample_plan["plan"])
    return w


def test_menu_entries_and_no_shortcut_conflicts(window) -> None:
    texts = [a.text() for a in window.menus["plan"].actions() if a.text()]
    assert "&Gửi phiếu báo cáo…" in texts and "N&hận phiếu báo cáo…" in texts and "Sổ theo &dõi báo cáo…" in texts
    assert window.registry.shortcut_conflicts() == []


def test_send_receive_apply_undo_redo(window, qtbot, services, sample_plan, prompter, tmp_path: Path) -> None:
    from app.services.nodes import AssigneeSpec

    services.nodes.set_assignments(sample_plan["t3"], [AssigneeSpec("lead", agency_id=sample_plan["agency"])])
    window.registry["plan.exchange_send"].trigger()
    send = window.exchange.dialogs["send"]
    send.period.set_code("2021-Q4")
    assert send.agencies.count() == 2  # Sở Nội vụ leads, Sở Tài chính supports
    prompter.answers.append(str(tmp_path / "out"))
    files = send.send()
    assert len(files) == 2 and prompter.messages
    send.close()
    snv = next(f.path for f in files if f.agency_name == "Sở Nội vụ")
    filled = fill(snv, {0: FILLED, 1: {x.STATUS: "Hoàn thành", x.RESULT: "Xong"}}, out=tmp_path / "back.xlsx")

    receive = _open_receive(window)
    prompter.answers.append([str(filled)])
    receive.pick(folder=False)
    assert receive.files.count() == 1 and "Sở Nội vụ" in receive.files.item(0).text()
    QAbstractItemModelTester(receive.model, QAbstractItemModelTester.FailureReportingMode.Fatal, receive.model)
    assert receive.model.rowCount() == 2
    # The clerk unticks the second row: only the first is applied.
    second = receive.model.index(1, Column.APPLY)
    assert receive.model.setData(second, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert receive.ticked() == 1
    assert receive.apply()
    assert [h.result for h in services.progress.history(sample_plan["t1"])] == [FILLED[x.RESULT]]
    assert services.progress.history(sample_plan["t3"]) == []
    assert window.undo_stack.count() == 1 and "1" in window.undo_stack.text(0)
    assert receive.model.data(receive.model.index(0, Column.OUTCOME)) == "Không đổi"
    window.undo_stack.undo()
    assert services.progress.history(sample_plan["t1"]) == []
    window.undo_stack.redo()
    assert [h.result for h in services.progress.history(sample_plan["t1"])] == [FILLED[x.RESULT]]
    receive.close()


def test_register_dialog_table_print_and_reminder(window, qtbot, services, sample_plan, prompter, open_register,
                                                  tmp_path: Path) -> None:
    dialog = open_register(window, "2021-Q3", "2021-Q4")
    model = dialog.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)
    assert model.rowCount() == 3 and model.columnCount() == 5  # 2 agencies + plan row; agency, 2 periods, rates
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Quý III năm 2021"  # periods by name
    missing = model.index(0, 1)
    assert missing.data(STATUS_ROLE) == ReportStatus.MISSING and missing.data() == "Chưa báo cáo"
    dialog.table.setCurrentIndex(missing)
    assert dialog.remind_button.isEnabled()
    prompter.answers.append(str(tmp_path / "so.pdf"))
    assert dialog.print_to("pdf") == str(tmp_path / "so.pdf") and (tmp_path / "so.pdf").stat().st_size > 1000
    dialog.remind()
    report = window.report_menu().dialog
    assert report is not None and report.request().period == Period.parse("2021-Q3")
    # the preview is the letter of that period, not of the quarter the dialog opens on (window10: `Quý I` over a
    # letter of `quý IV`)
    # waited on the outcome reaching the window (`busy` ends there), not on `task.done`: the worker sets that
    # before the result is delivered, and under load the check ran between the two
    qtbot.waitUntil(lambda: report.task is not None and report.task.done and not report.busy, timeout=20000)
    assert report._loaded_for == report._key(report.request())
    report.close()
    dialog.close()


def _snv_form(services, sample_plan, tmp_path: Path) -> Path:
    """Sở Nội vụ's form for Q4/2021, exported as the clerk's Send does."""
    files = services.exchange.export(sample_plan["plan"], Period.parse("2021-Q4"), tmp_path / "out", as_of=AS_OF)
    return next(f.path for f in files if f.agency_name == "Sở Nội vụ")


def _open_receive(window):
    """The clerk's Plan ▸ Receive report forms: the dialog it opens."""
    window.registry["plan.exchange_receive"].trigger()
    return window.exchange.dialogs["receive"]


def test_models_pass_the_model_tester_empty() -> None:
    """The tester is the model's child: both go together (a tester outliving its model, or the
    other way round, can crash at interpreter exit)."""
    for model in (RegisterModel(), ReviewModel()):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)


@pytest.mark.parametrize("view", ["exchange", "register"])
def test_screenshot_views(tmp_path: Path, database, sample_plan, qapp, view: str) -> None:
    """`screenshot --view exchange` (the receive preview on freshly exported forms of the open
    plan) and `--view register` write a picture of the dialog."""
    from PySide6.QtGui import QImage

    from app.__main__ import main

    out = tmp_path / f"{view}.png"
    assert main(["screenshot", "--db", database.display_name, "--view", view, "--plan", "177/KH-UBND",
                 "--as-of", "2021-11-01", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500


def test_receive_an_ods_saved_by_libreoffice_calc(window, services, sample_plan, prompter, tmp_path: Path) -> None:
    snv = _snv_form(services, sample_plan, tmp_path)
    ods = convert(fill(snv, {0: FILLED}, out=tmp_path / "back.xlsx"), tmp_path / "calc", "ods")
    receive = _open_receive(window)
    prompter.answers.append([str(ods)])
    receive.pick(folder=False)
    assert receive.files.count() == 1 and "Sở Nội vụ" in receive.files.item(0).text()
    assert receive.model.rowCount() == 1 and receive.apply()
    assert [h.result for h in services.progress.history(sample_plan["t1"])] == [FILLED[x.RESULT]]
    receive.close()


def test_a_rounded_percent_is_said_in_the_preview(window, services, sample_plan, prompter, tmp_path: Path) -> None:
    """A workbook's 45,5 is taken as 46% with a note in the row's Reason and a count in the summary
    (it was rounded without a word)."""
    snv = _snv_form(services, sample_plan, tmp_path)
    filled = fill(snv, {0: {**FILLED, x.PERCENT: "45,5"}}, out=tmp_path / "back.xlsx")
    receive = _open_receive(window)
    assert receive.load([str(filled)])
    assert receive.model.data(receive.model.index(0, Column.PERCENT)) == 46
    assert receive.model.data(receive.model.index(0, Column.REASON)) == "tỷ lệ hoàn thành 45,5% làm tròn thành 46%"
    assert receive.summary.text().endswith("; 1 dòng có lưu ý (xem cột Lý do)")
    receive.close()


def test_a_day_without_its_year_is_said_in_the_summary(window, services, sample_plan, prompter,
                                                       tmp_path: Path) -> None:
    """window11: `15/12` is read in the form's period's year, said on the row and counted in the summary."""
    snv = _snv_form(services, sample_plan, tmp_path)
    filled = fill(snv, {0: {**FILLED, x.REPORTED_ON: "15/12"}}, out=tmp_path / "back.xlsx")
    receive = _open_receive(window)
    window.resize(1366, 768)
    assert receive.load([str(filled)])
    assert "«15/12» không ghi năm" in receive.model.data(receive.model.index(0, Column.REASON))
    assert receive.summary.text().endswith("; 1 ngày báo cáo ghi thiếu năm đã được thêm năm (theo kỳ của phiếu)")
    receive.close()


def test_the_reason_is_in_sight_at_1024_pixels(window, qtbot, services, sample_plan, tmp_path: Path) -> None:
    """Session 8's walk: the Reason column was the last, off screen at 1024 px. It now follows the
    outcome: a refused or adjusted row's reason shows in the window as fitted to a 1024×600 screen
    (1000×552), elided if long with the whole reason in its tooltip; each file's line too."""
    snv = _snv_form(services, sample_plan, tmp_path)
    filled = fill(snv, {0: {**FILLED, x.PERCENT: "45,5"}}, out=tmp_path / "back.xlsx")
    receive = _open_receive(window)
    receive.resize(1000, 552)
    receive.show()
    qtbot.waitExposed(receive)
    assert receive.load([str(filled)])
    header = receive.model.headerData(Column.REASON, Qt.Orientation.Horizontal)
    assert header == "Lý do" and Column.REASON == Column.OUTCOME + 1
    index = receive.model.index(0, Column.REASON)
    cell = receive.rows.visualRect(index)
    viewport = receive.rows.viewport().rect()
    assert cell.left() >= 0 and cell.right() <= viewport.right(), (cell, viewport)
    assert cell.width() >= 200
    reason = "tỷ lệ hoàn thành 45,5% làm tròn thành 46%"
    assert receive.model.data(index, Qt.ItemDataRole.ToolTipRole) == reason
    assert receive.files.item(0).toolTip() == receive.files.item(0).text()
    receive.close()


def test_a_refused_row_shows_what_the_agency_typed_beside_its_reason(window, services, sample_plan,
                                                                      tmp_path: Path) -> None:
    """agency10: a refused row showed its reason and empty Status, % and Result cells: the clerk could not see what
    the agency reported on it, nor read it out when asking for the form again. It shows both now, as typed; the
    result's tooltip lists every column the agency filled."""
    snv = _snv_form(services, sample_plan, tmp_path)
    filled = fill(snv, {0: {**FILLED, x.STATUS: "Xong rồi", x.PERCENT: "80 phần trăm"}}, out=tmp_path / "back.xlsx")
    receive = _open_receive(window)
    window.resize(1366, 768)
    assert receive.load([str(filled)])
    model = receive.model
    assert model.data(model.index(0, Column.OUTCOME)) == "Từ chối"
    assert "Xong rồi" in model.data(model.index(0, Column.REASON))
    assert [model.data(model.index(0, c)) for c in (Column.STATUS, Column.PERCENT, Column.RESULT)] == [
        "Xong rồi", "80 phần trăm", FILLED[x.RESULT]]
    tip = model.data(model.index(0, Column.RESULT), Qt.ItemDataRole.ToolTipRole)
    assert f"{x.DIFFICULTIES}: {FILLED[x.DIFFICULTIES]}" in tip and f"{x.STATUS}: Xong rồi" in tip
    receive.close()


def test_a_row_with_only_difficulties_and_proposals_shows_them_and_is_no_spilled_paste(window, services, sample_plan,
                                                                                        tmp_path: Path) -> None:
    """agency10's walk: a Đảng ủy wrote its difficulties and a proposal on a task and picked no status. The row was
    refused as «chưa chọn Tình trạng (nếu chữ ở dòng này là phần sau của đoạn dán…)» — a paste spills into one
    column, not two — and showed nothing of what it said."""
    snv = _snv_form(services, sample_plan, tmp_path)
    filled = fill(snv, {0: {x.DIFFICULTIES: "Thiếu cán bộ", x.PROPOSALS: "Bổ sung biên chế"}}, out=tmp_path / "b.xlsx")
    receive = _open_receive(window)
    assert receive.load([str(filled)])
    model = receive.model
    assert model.data(model.index(0, Column.REASON)) == "chưa chọn Tình trạng"
    assert model.data(model.index(0, Column.RESULT)) == (f"{x.DIFFICULTIES}: Thiếu cán bộ; {x.PROPOSALS}: Bổ sung "
                                                         "biên chế")
    receive.close()
