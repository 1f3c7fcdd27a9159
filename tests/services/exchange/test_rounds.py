"""A period's form sent twice (a second round: the reminder, or the office's corrections prefilled) and the
agency's answers to both coming back in any order: the answer to the newer round stands (session 17)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain import exchange as x
from app.domain.periods import Period
from app.services import Services
from tests.services.exchange.conftest import AS_OF
from tests.services.exchange.helpers import FILLED, fill

Q4 = Period.parse("2021-Q4")


def _round(services: Services, plan: dict[str, int], folder: Path) -> Path:
    [form] = services.exchange.export(plan["plan"], Q4, folder, agency_ids=[plan["Sở Nội vụ"]], as_of=AS_OF)
    return form.path


def _take(services: Services, path: Path):
    [review] = services.exchange.review([path], today=date(2021, 12, 20))
    services.exchange.apply([review], today=date(2021, 12, 20))
    return review


def test_a_correction_on_the_second_rounds_form_is_taken_whatever_day_it_names(services: Services, plan,
                                                                               tmp_path: Path) -> None:
    # The first answer named 15/12 (a slip: it was 5/12). The office sends the period's form again, prefilled with
    # what it holds; the agency corrects the day and the result. The correction was refused as «cũ hơn báo cáo đã
    # nhận ngày 15/12/2021 (phiếu gửi sau đã được nhập)» — the form it came on was made from that very report.
    first = fill(_round(services, plan, tmp_path / "r1"),
                 {0: {**FILLED, x.RESULT: "Bản đầu", x.REPORTED_ON: "15/12/2021"}}, out=tmp_path / "r1.xlsx")
    _take(services, first)
    second = fill(_round(services, plan, tmp_path / "r2"),
                  {0: {**FILLED, x.RESULT: "Bản sửa", x.REPORTED_ON: "05/12/2021"}}, out=tmp_path / "r2.xlsx")
    review = _take(services, second)
    assert [(r.outcome.value, r.reason) for r in review.rows] == [("changed", "")]
    [stored] = services.progress.history(plan["t1"])
    assert (stored.result, stored.reported_on) == ("Bản sửa", date(2021, 12, 5))


def test_the_first_rounds_form_sent_again_after_the_second_was_taken_changes_nothing(services: Services, plan,
                                                                                     tmp_path: Path) -> None:
    # The agency answers the reminder, then forwards its first answer again (its day is later): it overwrote the
    # newer answer without a word, the base of its rows (no report yet) telling nothing about the round.
    first = fill(_round(services, plan, tmp_path / "r1"),
                 {0: {**FILLED, x.RESULT: "Bản đầu", x.REPORTED_ON: "15/12/2021"}}, out=tmp_path / "r1.xlsx")
    second = fill(_round(services, plan, tmp_path / "r2"),
                  {0: {**FILLED, x.RESULT: "Bản lần hai", x.REPORTED_ON: "05/12/2021"}}, out=tmp_path / "r2.xlsx")
    _take(services, second)
    review = _take(services, first)
    [row] = review.rows
    assert row.outcome.value == "refused"
    assert row.reason.startswith("phiếu của lần gửi trước") and "lần gửi sau" in row.reason
    assert services.progress.history(plan["t1"])[0].result == "Bản lần hai"
