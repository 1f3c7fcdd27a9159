"""The report dialog and the office profile on a demo database: choices as typed values, the
preview's pages, saving DOCX/PDF/XLSX with the clerk's text, cancelling, printing, the menu."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from app.domain.periods import Period
from app.errors import AppError
from app.ui.admin.office_dialog import OfficeDialog, edit_office
from app.ui.reports.report_dialog import ReportDialog
from app.ui.reports.report_jobs import DocKind, ReportRequest

AS_OF = date(2021, 12, 14)
PERIOD = Period.parse("2021-Q4")


@pytest.fixture
def plan_id(demo: Any) -> int:
    return demo.plans.find_by_number("177/KH-UBND")


def make_dialog(qtbot: Any, demo: Any, prompter: Any, plan_id: int | None, **kwargs: Any) -> ReportDialog:
    plans = demo.plans.list_plans(AS_OF, with_progress=False)
    dialog = ReportDialog(demo.reports, plans, prompter, as_of=AS_OF, plan_id=plan_id, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def wait(qtbot: Any, dialog: ReportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)


def loaded(qtbot: Any, dialog: ReportDialog) -> ReportDialog:
    assert dialog.refresh() is not None
    wait(qtbot, dialog)
    return dialog


def test_choices_are_typed_and_preview_shows_pages(qtbot, demo, prompter, plan_id) -> None:
    """The form gives back what was set; the preview is a PDF of the report's pages, and the text
    sections are prefilled with what the report would print."""
    dialog = make_dialog(qtbot, demo, prompter, None)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, PERIOD, AS_OF))
    request = dialog.request()
    assert (request.kind, request.plan_id, request.period, request.as_of) == (DocKind.PROGRESS, plan_id, PERIOD,
                                                                                AS_OF)
    loaded(qtbot, dialog)
    assert not prompter.errors
    assert dialog.form.pdf.pageCount() > 0
    assert dialog.form.pages_label.text().endswith("trang")
    texts = dialog.edited_texts()
    assert texts["opening"].startswith("Thực hiện Kế hoạch số 177/KH-UBND")
    assert "quý IV năm 2021" in texts["closing"]
    assert dialog.request().narrative == type(dialog.request().narrative)()  # nothing edited yet


def test_period_kinds_map_to_periods(qtbot, demo, prompter, plan_id) -> None:
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    for code in ("2022-M08", "2021-H2", "2023-9M", "2020-Y", "2021-Q1"):
        dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, Period.parse(code), AS_OF))
        assert dialog.request().period == Period.parse(code)


@pytest.mark.parametrize("file_format", ["docx", "pdf", "xlsx"])
def test_save_each_format_records_a_snapshot(qtbot, demo, prompter, plan_id, tmp_path, file_format) -> None:
    dialog = loaded(qtbot, make_dialog(qtbot, demo, prompter, plan_id))
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, PERIOD, AS_OF))
    prompter.answers.append(str(tmp_path / f"bao-cao.{file_format}"))
    assert dialog.save(file_format) is not None
    wait(qtbot, dialog)
    out = tmp_path / f"bao-cao.{file_format}"
    assert not prompter.errors
    assert out.exists() and out.stat().st_size > 0
    assert dialog.written == [out]
    snapshots = demo.reports.snapshots(plan_id)
    assert snapshots and snapshots[0][1:3] == ("progress", "2021-Q4") and snapshots[0][4] == file_format


def test_edited_text_appears_in_the_docx(qtbot, demo, prompter, plan_id, tmp_path) -> None:
    import docx

    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, PERIOD, AS_OF))
    loaded(qtbot, dialog)
    dialog.set_section_text("difficulties", "Biên chế làm công tác tham mưu còn thiếu.\nKinh phí cấp chậm.")
    dialog.set_section_text("opening", "Căn cứ Kế hoạch số 177/KH-UBND, Sở Nội vụ báo cáo như sau:")
    narrative = dialog.request().narrative
    assert narrative.difficulties == ["Biên chế làm công tác tham mưu còn thiếu.", "Kinh phí cấp chậm."]
    assert narrative.closing == "" and narrative.shortcomings == []  # untouched: the builder's own words
    out = tmp_path / "bao-cao.docx"
    dialog.save("docx", str(out))
    wait(qtbot, dialog)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Căn cứ Kế hoạch số 177/KH-UBND, Sở Nội vụ báo cáo như sau:" in text
    assert "- Kinh phí cấp chậm." in text
    assert "Trên đây là báo cáo của Sở Nội vụ về kết quả thực hiện Kế hoạch số 177/KH-UBND" in text


class _HeldService:
    """The report service, held at the content step until the test has pressed Cancel."""

    def __init__(self, service: Any) -> None:
        self._service = service
        self.release = threading.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)

    def progress(self, *args: Any, **kwargs: Any) -> Any:
        self.release.wait(30)
        return self._service.progress(*args, **kwargs)


def test_cancel_leaves_no_file(qtbot, demo, prompter, plan_id, tmp_path) -> None:
    held = _HeldService(demo.reports)
    plans = demo.plans.list_plans(AS_OF, with_progress=False)
    dialog = ReportDialog(held, plans, prompter, as_of=AS_OF, plan_id=plan_id)
    qtbot.addWidget(dialog)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, PERIOD, AS_OF))
    out = tmp_path / "out" / "bao-cao.pdf"
    assert dialog.save("pdf", str(out)) is not None
    assert dialog.busy and not dialog.form.cancel_button.isHidden()
    dialog.form.cancel_button.click()
    held.release.set()
    wait(qtbot, dialog)
    assert not out.exists()
    assert not list(tmp_path.glob("out/*")), "a temporary file was left behind"
    assert not prompter.errors
    assert "hủy" in dialog.form.status.text().lower()
    assert demo.reports.snapshots(plan_id) == []


def test_print_draws_every_preview_page(qtbot, demo, prompter, plan_id, tmp_path) -> None:
    from pypdf import PdfReader

    printed = tmp_path / "printed.pdf"

    def answer(printer: QPrinter, _parent: Any) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialog = make_dialog(qtbot, demo, prompter, plan_id, print_dialog=answer)
    dialog.set_request(ReportRequest(DocKind.TASKLIST, plan_id, None, AS_OF))
    assert dialog.print_document() is False and prompter.messages  # no preview yet: says so
    loaded(qtbot, dialog)
    assert dialog.print_document(QPrinter(QPrinter.PrinterMode.ScreenResolution)) is True
    assert len(PdfReader(str(printed)).pages) == dialog.form.pdf.pageCount() > 0


def test_other_kinds_preview(qtbot, demo, prompter, plan_id) -> None:
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    for request in (ReportRequest(DocKind.TARGETS, plan_id, None, AS_OF),
                    ReportRequest(DocKind.CALENDAR, plan_id, Period.parse("2021-M11"), AS_OF)):
        dialog.set_request(request)
        loaded(qtbot, dialog)
        assert not prompter.errors, prompter.errors
        assert dialog.form.pdf.pageCount() > 0
        assert dialog.form.narrative_box.isHidden()


def test_missing_plan_is_an_error_message(qtbot, demo, prompter) -> None:
    dialog = ReportDialog(demo.reports, [], prompter, as_of=AS_OF)
    qtbot.addWidget(dialog)
    assert dialog.refresh() is None
    assert prompter.errors == ["Hãy chọn một kế hoạch."]


def test_office_profile_saved_and_reused(qtbot, demo, prompter, plan_id, tmp_path) -> None:
    def fill(dialog: OfficeDialog) -> bool:
        qtbot.addWidget(dialog)
        profile = dialog.value()
        dialog.set_value(replace(profile, issuing_body="Sở Nội vụ", parent_body="UBND Thành phố Hà Nội",
                                 place="Hà Nội", body_code="SNV", signer_authority="KT",
                                 signer_authority_body="Giám đốc", signer_title="Phó Giám đốc",
                                 signer_name="Nguyễn Thị Hằng", recipients=["UBND Thành phố", "Bộ Nội vụ"],
                                 archive="CCVC"))
        return True

    prompter.dialog_handler = fill
    assert edit_office(demo.reports, prompter, None, plan_id) is True
    stored = demo.reports.office(plan_id)
    assert (stored.issuing_body, stored.signer_name, stored.recipients) == (
        "Sở Nội vụ", "Nguyễn Thị Hằng", ["UBND Thành phố", "Bộ Nội vụ"])
    assert stored.parent_body == "UBND Thành phố Hà Nội" and stored.signer_authority == "KT"
    content = demo.reports.progress(plan_id, PERIOD, AS_OF)
    assert content.letterhead.signer.name == "Nguyễn Thị Hằng" and content.letterhead.number.body_code == "SNV"

    prompter.dialog_handler = lambda dialog: (qtbot.addWidget(dialog), False)[1]  # Cancel keeps the profile
    assert edit_office(demo.reports, prompter, None, plan_id) is False
    assert demo.reports.office(plan_id).signer_name == "Nguyễn Thị Hằng"


def test_office_error_is_shown(prompter) -> None:
    class Broken:
        def office(self, _plan_id: Any) -> Any:
            raise AppError("Không đọc được cơ sở dữ liệu.")

    assert edit_office(Broken(), prompter, None) is False
    assert prompter.errors == ["Không đọc được cơ sở dữ liệu."]


def test_printed_blanks_are_not_stored_as_the_signer(qtbot) -> None:
    from app.services.reports import OfficeProfile

    dialog = OfficeDialog(OfficeProfile(issuing_body="Sở Nội vụ", signer_title="(Chức vụ người ký)",
                                        signer_name="(Họ và tên người ký)", parent_body=None))
    qtbot.addWidget(dialog)
    value = dialog.value()
    assert (value.signer_title, value.signer_name, value.parent_body) == ("", "", None)
    assert dialog.labels["issuing_body"].text() == "Cơ quan ban hành:"


def test_report_menu_opens_dialog_and_office(qtbot, demo, prompter, settings, plan_id) -> None:
    """Báo cáo menu: each kind opens the dialog on the open plan; the office entry edits the profile;
    the new actions keep the shortcut table free of conflicts."""
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(services=demo, database_url="demo.db", settings=settings, prompter=prompter, as_of=AS_OF)
    qtbot.addWidget(window)
    window.open_plan(plan_id)
    assert window.registry.shortcut_conflicts() == []
    assert window.registry["report.progress"] in window.toolbar.actions()
    window.registry["report.targets"].trigger()
    dialog = window.report_menu().dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.request().kind is DocKind.TARGETS and dialog.request().plan_id == plan_id
    wait(qtbot, dialog)
    assert dialog.form.pdf.pageCount() > 0, prompter.errors
    assert dialog.windowTitle() == "In báo cáo, văn bản"
    dialog.close()
    prompter.dialog_handler = lambda office: (qtbot.addWidget(office), False)[1]
    window.registry["report.office"].trigger()
    assert len(prompter.dialogs) == 1 and isinstance(prompter.dialogs[0], OfficeDialog)
    texts = [a.text() for a in window.menus["report"].actions() if a.text()]
    assert "&Lịch tháng…" in texts and "Thông tin &cơ quan ban hành…" in texts


def test_print_refuses_a_stale_preview(qtbot, demo, prompter, plan_id) -> None:
    """Text edited after the preview is not what the printer would get: the clerk is told."""
    dialog = make_dialog(qtbot, demo, prompter, plan_id, print_dialog=lambda _p, _w: pytest.fail("asked"))
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, PERIOD, AS_OF))
    loaded(qtbot, dialog)
    dialog.set_section_text("proposals", "Bổ sung biên chế cho Sở Nội vụ.")
    assert dialog.print_document() is False
    assert "xem trước" in prompter.messages[-1]


def test_reminders_preview_every_letter_and_save_one_file_each(qtbot, demo, prompter, plan_id, tmp_path) -> None:
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    dialog.set_request(ReportRequest(DocKind.REMINDER, plan_id, PERIOD, date(2022, 1, 10)))
    loaded(qtbot, dialog)
    letters = len(dialog.content)
    assert letters > 1 and dialog.form.pdf.pageCount() >= letters, prompter.errors
    dialog.save("docx", str(tmp_path / "don-doc.docx"))
    wait(qtbot, dialog)
    files = sorted((tmp_path / "don-doc").glob("*.docx"))
    assert len(files) == letters and sorted(dialog.written) == files


def test_the_period_cut_off_is_the_default_data_date(qtbot, demo, prompter, plan_id) -> None:
    """The dialog, like the command line, takes the data at the period's cut-off unless the clerk
    sets a date: the request carries None and the date shown is the cut-off."""
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, Period.parse("2022-H1")))
    assert dialog.request().as_of is None and dialog.form.as_of_auto.isChecked()
    assert dialog.form.as_of.value() == date(2022, 6, 14)
    loaded(qtbot, dialog)
    assert dialog.content.as_of == date(2022, 6, 14), prompter.errors


def test_the_cut_off_is_shown_as_soon_as_the_dialog_opens(qtbot, demo, prompter, plan_id) -> None:
    """Opened on 1 June 2022, the dialog proposes quarter II, whose data date is its cut-off
    (14/06/2022): the date field says so before the clerk touches anything (it used to show the
    day the dialog was opened while the report stated the cut-off)."""
    plans = demo.plans.list_plans(date(2022, 6, 1), with_progress=False)
    dialog = ReportDialog(demo.reports, plans, prompter, as_of=date(2022, 6, 1), plan_id=plan_id)
    qtbot.addWidget(dialog)
    assert dialog.period() == Period.parse("2022-Q2") and dialog.form.as_of_auto.isChecked()
    assert dialog.form.as_of.value() == date(2022, 6, 14)
    assert dialog.form.as_of.text() == "14/06/2022"


def test_a_period_before_the_plan_is_produced_only_when_confirmed(qtbot, demo, prompter, plan_id) -> None:
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, Period.parse("2021-Q1")))
    prompter.answers.append(False)
    assert dialog.refresh() is None and "trước khi ban hành" in prompter.messages[-1]
    prompter.answers.append(True)
    loaded(qtbot, dialog)
    assert dialog.content.period_label == "quý I năm 2021", prompter.errors


def test_typed_text_is_kept_per_plan_and_period(qtbot, demo, prompter, plan_id) -> None:
    """Closing the dialog keeps what the clerk typed; reopening the same plan and period restores
    it, another period starts from the drafts."""
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, PERIOD, AS_OF))
    loaded(qtbot, dialog)
    dialog.set_section_text("proposals", "Bổ sung biên chế cho Sở Nội vụ.")
    dialog.form.close_button.click()
    again = make_dialog(qtbot, demo, prompter, plan_id)
    again.set_request(ReportRequest(DocKind.PROGRESS, plan_id, PERIOD, AS_OF))
    loaded(qtbot, again)
    assert again.form.editors["proposals"].toPlainText() == "Bổ sung biên chế cho Sở Nội vụ."
    assert again.request().narrative.proposals == ["Bổ sung biên chế cho Sở Nội vụ."]
    again.set_request(ReportRequest(DocKind.PROGRESS, plan_id, Period.parse("2022-Q1")))
    loaded(qtbot, again)
    assert "Bổ sung biên chế" not in again.form.editors["proposals"].toPlainText()
    assert demo.reports.narrative(plan_id, PERIOD.code).proposals == ["Bổ sung biên chế cho Sở Nội vụ."]


def test_history_reopens_a_report_as_printed(qtbot, demo, prompter, plan_id, tmp_path) -> None:
    import docx

    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, PERIOD, AS_OF))
    loaded(qtbot, dialog)
    dialog.set_section_text("closing", "Trên đây là báo cáo đã ký./.")
    dialog.save("docx", str(tmp_path / "lan-dau.docx"))
    wait(qtbot, dialog)
    assert dialog.form.history.count() == 1 and "lan-dau.docx" in dialog.form.history.itemText(0)
    dialog.set_section_text("closing", "Đoạn kết khác./.")
    assert dialog.open_snapshot() is not None
    wait(qtbot, dialog)
    assert dialog.snapshot_id is not None and dialog.form.pdf.pageCount() > 0
    dialog.save("docx", str(tmp_path / "in-lai.docx"))
    wait(qtbot, dialog)
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "in-lai.docx")).paragraphs)
    assert "Trên đây là báo cáo đã ký./." in text and "Đoạn kết khác" not in text


def test_the_office_profile_is_asked_once_at_first_start(qtbot, demo, prompter, settings) -> None:
    from app.services.reports import OfficeProfile
    from app.ui.shell.main_window import MainWindow

    demo.reports.save_office(OfficeProfile())  # a new database: nobody set who signs
    window = MainWindow(services=demo, database_url="demo.db", settings=settings, prompter=prompter, as_of=AS_OF)
    qtbot.addWidget(window)
    prompter.dialog_handler = lambda office: (qtbot.addWidget(office), False)[1]  # the clerk skips
    assert window.report_menu().ask_office_at_first_start() is False
    assert len(prompter.dialogs) == 1 and isinstance(prompter.dialogs[0], OfficeDialog)
    assert window.report_menu().ask_office_at_first_start() is False and len(prompter.dialogs) == 1  # not again
    assert demo.reports.office_gaps() == ["tên cơ quan ban hành", "địa danh", "chức vụ người ký",
                                          "họ tên người ký"]


def test_dialog_fits_a_1024x600_screen(qtbot, demo, prompter, plan_id) -> None:
    """Issue 13 bug 6: the dialog was a fixed 1200×720; on 1024×600 its buttons were off-screen."""
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 552, hint  # 600 less the taskbar and title bar
    dialog.resize(1000, 552)
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in (dialog.form.close_button, dialog.form.save_pdf, dialog.form.print_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), button.text()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= max(1000, screen.width()) and dialog.height() <= max(552, screen.height())
    dialog.close()


def test_a_typed_data_date_is_read_as_typed_or_refused(qtbot, demo, prompter, plan_id) -> None:
    """The clerk unticks the cut-off and types the data date: 10/06/2022 is 10/06/2022 (the
    QDateEdit it replaces kept the day it showed), 31/02/2022 is refused with one message."""
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, Period.parse("2022-H1")))
    dialog.form.as_of_auto.setChecked(False)
    dialog.form.as_of.selectAll()
    qtbot.keyClicks(dialog.form.as_of, "10/06/2022")
    assert dialog.request().as_of == date(2022, 6, 10)
    dialog.form.as_of.setText("31/02/2022")
    assert dialog.refresh() is None
    assert prompter.errors == ["Ngày 31/2/2022 không tồn tại: tháng 2 năm 2022 chỉ có 28 ngày."]


def test_a_period_outside_the_plan_is_asked_about_once(qtbot, demo, prompter, plan_id, tmp_path) -> None:
    """Session 16's walk: a plan whose last deadline had passed, reported for the current quarter. The clerk said
    yes to "Vẫn lập văn bản?" for the preview, then pressed Lưu PDF and was asked the same question again (and
    again for each file). Asked once for a plan and period; another period is asked about again."""
    dialog = make_dialog(qtbot, demo, prompter, plan_id)
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, Period.parse("2021-Q1")))
    prompter.answers.append(True)
    loaded(qtbot, dialog)
    asked = len(prompter.messages)
    prompter.answers.append(str(tmp_path / "bao-cao.pdf"))
    assert dialog.save("pdf") is not None
    wait(qtbot, dialog)
    assert len(prompter.messages) == asked and not prompter.answers and (tmp_path / "bao-cao.pdf").exists()
    dialog.set_request(ReportRequest(DocKind.PROGRESS, plan_id, Period.parse("2021-M02")))
    prompter.answers.append(False)
    assert dialog.refresh() is None and len(prompter.messages) == asked + 1
