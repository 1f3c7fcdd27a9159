"""What an agency does to the form after unprotecting it (no password) that was taken without a word (agency10),
each done in LibreOffice Calc itself (`helpers.in_calc`) and received:

- one result written for two tasks, its cell merged down over both rows: the second task, its status picked, was
  taken with no result (openpyxl's read-only mode gives no merged ranges). Each task now takes the merged text, and
  both rows say so (`app.importers.exchange.merges`);
- words typed over `Kết quả kỳ trước` or `Tình trạng hiện tại`: both change with the day the form is made, so
  nothing in the database could tell an edit. The form now keeps a digest of what it printed there in its very hidden
  identity sheet (`x.printed_digest`) and the reader compares: a filled row says the words were not taken, a row with
  nothing else is refused saying where to write them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.domain import exchange as x
from app.domain.periods import Period
from app.exporters.exchange_workbook import META_SHEET
from app.exporters.xlsx_writer import save_workbook
from app.services import Services
from app.services.progress import ProgressEntry
from tests.services.exchange.conftest import AS_OF
from tests.services.exchange.helpers import in_calc

Q4 = Period.parse("2021-Q4")
RESULT = "Đã tổ chức một hội nghị chung cho cả hai nhiệm vụ, 120 đại biểu dự"


def _sent(services: Services, plan: dict[str, int], folder: Path) -> Path:
    [form] = services.exchange.export(plan["plan"], Q4, folder, agency_ids=[plan["Sở Nội vụ"]], as_of=AS_OF)
    return form.path


def test_a_result_merged_over_two_tasks_is_taken_for_both_and_said(services: Services, plan, tmp_path: Path) -> None:
    typed = in_calc(_sent(services, plan, tmp_path / "out"), [
        ("UNPROTECT",), ("S", "E9", "Đang thực hiện"), ("S", "E10", "Đã hoàn thành"), ("S", "G9", RESULT),
        ("MERGE", "G9:G10"), ("S", "J9", "10/12/2021"), ("PROTECT",)], tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    assert [(r.line, r.outcome.value, r.incoming.result if r.incoming else None) for r in review.rows] == [
        (9, "new", RESULT), (10, "new", RESULT)]
    for row in review.rows:
        assert f"ô «{x.RESULT}» gộp qua dòng 9–10 (2 nhiệm vụ): đã lấy cùng nội dung cho mỗi nhiệm vụ" in row.note
    services.exchange.apply([review])
    assert [services.progress.current(plan[t], plan["Sở Nội vụ"], "2021-Q4").result for t in ("t1", "t2")] == [
        RESULT, RESULT]


def test_a_merged_result_over_a_task_without_status_refuses_it_saying_why(services: Services, plan,
                                                                          tmp_path: Path) -> None:
    typed = in_calc(_sent(services, plan, tmp_path / "out"), [
        ("UNPROTECT",), ("S", "E9", "Đang thực hiện"), ("S", "G9", RESULT), ("MERGE", "G9:G10"), ("PROTECT",)],
        tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    assert [(r.line, r.outcome.value) for r in review.rows] == [(9, "new"), (10, "refused")]
    reason = review.rows[1].reason
    assert reason.startswith("chưa chọn Tình trạng; ô «Kết quả thực hiện» gộp qua dòng 9–10"), reason
    assert "Excel, Calc đưa mỗi đoạn văn" not in reason  # not a spilled paste


def test_words_typed_over_the_previous_result_and_the_state_are_seen(services: Services, plan,
                                                                     tmp_path: Path) -> None:
    services.progress.record(ProgressEntry(plan["t1"], plan["Sở Nội vụ"], "2021-Q3", "in_progress", 40,
                                           "Đã rà soát 20 thủ tục", reported_on=date(2021, 9, 20)))
    form = _sent(services, plan, tmp_path / "out")
    typed = in_calc(form, [
        ("UNPROTECT",), ("S", "E9", "Đang thực hiện"), ("S", "G9", "Đã rà soát 40 thủ tục"),
        ("S", "L9", "Đã rà soát 20 thủ tục; quý này rà soát thêm 20"), ("S", "K10", "Đã hoàn thành"), ("PROTECT",)],
        tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    assert [(r.line, r.outcome.value) for r in review.rows] == [(9, "new"), (10, "refused")]
    assert ("cột L «Kết quả kỳ trước» (đã gõ đè chữ của phiếu): «Đã rà soát 20 thủ tục; quý này rà soát thêm 20»"
            in review.rows[0].note), review.rows[0].note
    assert review.rows[1].reason.startswith(
        "chỉ có chữ ở cột không thuộc phần điền của phiếu (cột K «Tình trạng hiện tại» (đã gõ đè chữ của phiếu): "
        "«Đã hoàn thành»)"), review.rows[1].reason


def test_the_office_columns_as_printed_say_nothing_after_a_calc_save(services: Services, plan, tmp_path: Path) -> None:
    services.progress.record(ProgressEntry(plan["t1"], plan["Sở Nội vụ"], "2021-Q3", "in_progress", 40,
                                           "Đã rà soát 20 thủ tục\n\nCòn 5 thủ tục", reported_on=date(2021, 9, 20)))
    typed = in_calc(_sent(services, plan, tmp_path / "out"), [("S", "E9", "Đang thực hiện"), ("S", "G9", "Đã họp")],
                    tmp_path / "calc", fmt="ods")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    assert [(r.line, r.outcome.value, r.reason, r.note) for r in review.rows] == [(9, "new", "", "")]


def test_a_form_sent_before_the_digests_is_read_as_before(services: Services, plan, tmp_path: Path) -> None:
    # Forms already with the agencies when this version is installed have no digests in their identity sheet: they
    # are read as they were (the state column checked by the states' words only), nothing refused for it.
    form = _sent(services, plan, tmp_path / "out")
    book = load_workbook(form)
    book[META_SHEET].delete_cols(x.PRINTED_AT, 1 + len(x.PRINTED))
    save_workbook(book, form)
    typed = in_calc(form, [("UNPROTECT",), ("S", "E9", "Đang thực hiện"), ("S", "G9", "Đã họp"),
                           ("S", "L9", "Đã rà soát 20 thủ tục"), ("PROTECT",)], tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    assert [(r.line, r.outcome.value, r.reason, r.note) for r in review.rows] == [(9, "new", "", "")]
