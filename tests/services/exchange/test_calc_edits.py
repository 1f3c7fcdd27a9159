"""What agencies do to the form in LibreOffice Calc before sending it back, each done through Calc itself
(`helpers.in_calc`) and received: session 17's walk of the Government's programme 03/NQ-CP (104 rows a ministry)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.domain.periods import Period
from app.services import Services
from tests.services.exchange.conftest import AS_OF
from tests.services.exchange.helpers import in_calc

Q4 = Period.parse("2021-Q4")


def _sent(services: Services, plan: dict[str, int], folder: Path) -> Path:
    [form] = services.exchange.export(plan["plan"], Q4, folder, agency_ids=[plan["Sở Nội vụ"]], as_of=AS_OF)
    return form.path


def test_a_row_deleted_in_calc_leaves_the_rest_of_the_form_readable(services: Services, plan, tmp_path: Path) -> None:
    # The agency unprotects the sheet (no password) and deletes a task it has nothing to say about. Calc then writes
    # the sheet's last row (1,048,576) with its own default height, and the form was refused whole: «Phiếu có quá
    # 20000 dòng: không phải phiếu báo cáo của một cơ quan» — the rows between, never filled, were counted.
    form = _sent(services, plan, tmp_path / "out")
    typed = in_calc(form, [("UNPROTECT",), ("DELROW", 10), ("PROTECT",), ("S", "E9", "Đang thực hiện"),
                           ("S", "G9", "Đã rà soát 40 thủ tục"), ("S", "J9", "10/12/2021")], tmp_path / "calc")
    assert load_workbook(typed, read_only=True).active.max_row == 1_048_576
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    assert not review.error
    assert [(r.line, r.outcome.value, r.node_id) for r in review.rows] == [(9, "new", plan["t1"])]
    services.exchange.apply([review])
    [stored] = services.progress.history(plan["t1"])
    assert (stored.result, stored.reported_on) == ("Đã rà soát 40 thủ tục", date(2021, 12, 10))


def test_a_form_opened_and_saved_with_nothing_filled_is_refused_saying_so(services: Services, plan,
                                                                          tmp_path: Path) -> None:
    # Opened in Calc and saved again as it came (the agency answered in another copy, or not at all): it was taken
    # as «mới 0, thay đổi 0, không đổi 0, xung đột 0, từ chối 0», recorded as received, and nobody was told to ask
    # for the filled one.
    form = _sent(services, plan, tmp_path / "out")
    saved = in_calc(form, [], tmp_path / "calc")
    [review] = services.exchange.review([saved], today=date(2021, 12, 20))
    assert review.agency_name == "Sở Nội vụ" and review.rows == []
    assert review.error.startswith("Phiếu của Sở Nội vụ chưa điền dòng nào")
    assert "điền các cột nền vàng" in review.error


def test_words_written_in_a_column_nobody_reads_are_said_not_dropped(services: Services, plan, tmp_path: Path) -> None:
    # The agency unprotects the sheet, adds a `Ghi chú` column right of the table and writes there — a deadline
    # extension asked for beside a reported task, a note on a task it otherwise left blank. Both were passed over
    # without a word: the first row taken without its note, the second never listed.
    form = _sent(services, plan, tmp_path / "out")
    typed = in_calc(form, [("UNPROTECT",), ("S", "N8", "Ghi chú"), ("S", "E9", "Đang thực hiện"),
                           ("S", "G9", "Đã rà soát 40 thủ tục"), ("S", "N9", "Đề nghị lùi hạn đến 30/6/2022"),
                           ("S", "N10", "Chưa được giao kinh phí"), ("PROTECT",)], tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    taken, refused = review.rows
    assert (taken.line, taken.outcome.value) == (9, "new")
    assert taken.note == ("chữ ở cột không thuộc phần điền của phiếu không được nhập (cột N «Ghi chú»: «Đề nghị lùi "
                          "hạn đến 30/6/2022»): nếu cần, ghi vào cột Kết quả thực hiện hoặc Đề xuất, kiến nghị và gửi "
                          "lại")
    assert (refused.line, refused.outcome.value, refused.node_id) == (10, "refused", plan["t2"])
    assert refused.reason.startswith("chỉ có chữ ở cột không thuộc phần điền của phiếu (cột N «Ghi chú»: «Chưa được "
                                     "giao kinh phí»): không nhập")


def test_a_new_deadline_written_over_the_plans_is_said(services: Services, plan, tmp_path: Path) -> None:
    # The agency unprotects the sheet and writes the deadline it asks for in `Thời hạn`, over the plan's: the
    # column is the office's and is not read, and the request was lost without a word.
    form = _sent(services, plan, tmp_path / "out")
    typed = in_calc(form, [("UNPROTECT",), ("S", "D9", "Đề nghị lùi đến 30/6/2022"), ("S", "E9", "Đang thực hiện"),
                           ("S", "E10", "Đã hoàn thành"), ("PROTECT",)], tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    asked, kept = review.rows
    assert asked.outcome.value == kept.outcome.value == "new"
    assert asked.note == ("cột Thời hạn ghi «Đề nghị lùi đến 30/6/2022», khác thời hạn của kế hoạch («trong Quý "
                          "IV/2021»): cột này không được nhập — nếu là đề nghị lùi hạn, ghi vào cột Đề xuất, kiến nghị "
                          "và gửi lại")
    assert kept.note == "", "the plan's own deadline, as sent"
