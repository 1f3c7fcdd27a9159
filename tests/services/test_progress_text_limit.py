"""A progress text longer than a spreadsheet cell holds is refused when typed, naming the box (app/services/progress.py
`CELL_TEXT_LIMIT`).

Why: every stored result goes into the agency's next exchange form (the last result beside the task) and into the
report workbooks; a cell over 32,767 characters (a whole report pasted into the box) makes Excel "repair" the file,
cutting the text or refusing it. Before the fix it was stored without a word.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import InputError
from app.services import Services
from app.services.progress import CELL_TEXT_LIMIT, ProgressEntry
from tests.services.exchange.conftest import make_plan


@pytest.mark.parametrize(("field", "name"), [("result", "Kết quả thực hiện"), ("difficulties", "Khó khăn, vướng mắc"),
                                             ("proposals", "Đề xuất, kiến nghị"), ("evidence", "Minh chứng")])
def test_a_text_longer_than_a_cell_is_refused_and_nothing_is_stored(services: Services, field: str,
                                                                    name: str) -> None:
    ids = make_plan(services)
    typed = {field: "Đã triển khai. " * (CELL_TEXT_LIMIT // 15 + 1)}
    entry = ProgressEntry(ids["t1"], ids["Sở Nội vụ"], "2021-Q4", "in_progress", 40, reported_on=date(2021, 12, 1))
    with pytest.raises(InputError) as caught:
        services.progress.record(ProgressEntry(**{**entry.__dict__, **typed}))
    assert caught.value.message.startswith(f"Ô «{name}» quá dài (32.774 ký tự; một ô bảng tính giữ tối đa "
                                           "32.767 ký tự)"), caught.value.message
    assert services.progress.history(ids["t1"]) == []
    services.progress.record(ProgressEntry(**{**entry.__dict__, field: "x" * CELL_TEXT_LIMIT}))  # as much as fits
    assert len(getattr(services.progress.history(ids["t1"])[0], field)) == CELL_TEXT_LIMIT
