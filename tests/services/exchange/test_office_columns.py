"""Words typed into the office's own columns of a task the agency otherwise left blank are said, not lost (window11).

After unprotecting the sheet (no password) an agency writes where it finds room: a deadline extension over the
plan's `Thời hạn`, its report over the task's text. On a task it otherwise left blank the row was passed over as
blank — the words lost without a word. Such a row is now refused saying where the words are and where to write them
(`app.services.exchange.review.office_edits`); a blank task as sent still says nothing. Typed in Calc itself.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain.periods import Period
from app.services import Services
from tests.services.exchange.conftest import AS_OF
from tests.services.exchange.helpers import in_calc

Q4 = Period.parse("2021-Q4")


def test_a_deadline_typed_over_on_a_blank_task_is_refused_saying_so(services: Services, plan, tmp_path: Path) -> None:
    [sent] = services.exchange.export(plan["plan"], Q4, tmp_path / "out", agency_ids=[plan["Sở Nội vụ"]], as_of=AS_OF)
    typed = in_calc(sent.path, [("UNPROTECT",), ("S", "E9", "Đang thực hiện"), ("S", "G9", "Đã rà soát 40 thủ tục"),
                                ("S", "D10", "Đề nghị lùi đến 30/6/2022"), ("PROTECT",)], tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    assert [(r.line, r.outcome.value) for r in review.rows] == [(9, "new"), (10, "refused")]
    reason = review.rows[1].reason
    assert "cột «Thời hạn»: «Đề nghị lùi đến 30/6/2022»" in reason and "Đề xuất, kiến nghị" in reason, reason


def test_the_forms_own_words_on_blank_tasks_say_nothing(services: Services, plan, tmp_path: Path) -> None:
    [sent] = services.exchange.export(plan["plan"], Q4, tmp_path / "out", agency_ids=[plan["Sở Nội vụ"]], as_of=AS_OF)
    typed = in_calc(sent.path, [("S", "E9", "Đang thực hiện"), ("S", "G9", "Đã rà soát 40 thủ tục")], tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2021, 12, 20))
    assert [(r.line, r.outcome.value, r.reason) for r in review.rows] == [(9, "new", "")]
