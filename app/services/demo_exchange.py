"""The demo's exchange history: one real round of report forms for the office's main sample plan.

Through the real services and files: the workbooks of the last sample quarter are exported,
most agencies fill theirs (some on time, some after the due date, a few never send it back),
the clerk imports what came back, then corrects two entries at the desk — so the register shows
late and missing reports, and importing the returned forms again (they are kept beside the
database, in `<name>-phieu-bao-cao/`) shows unchanged rows, conflicts and a refused row copied
from another agency's form.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy import select

from app.domain import exchange as x
from app.domain.periods import Period
from app.domain.task_state import ProgressStatus
from app.exporters.exchange_fill import fill_exchange_workbook, paste_foreign_row
from app.models import Plan
from app.models.database import Database
from app.services.exchange import ExchangeService, FileReview
from app.services.progress import ProgressEntry, ProgressService
from app.services.reports.office import stored_profile

PERIOD = Period.parse("2024-Q4")
EXPORTED_ON = date(2024, 11, 25)
RESULTS = ("Đã triển khai đầy đủ; tổ chức {n} hội nghị quán triệt.",
           "Đang hoàn thiện dự thảo, dự kiến trình trong quý I.", "Đã rà soát {n} hồ sơ; đang tổng hợp báo cáo.",
           "Thực hiện thường xuyên; đăng {n} tin, bài trên cổng thông tin.")


@dataclass
class ExchangeHistory:
    sent: int = 0
    returned: int = 0
    late: int = 0
    rows: int = 0
    folder: str = ""
    period: str = PERIOD.code


def build_exchange_history(database: Database, seed: int, keep_in: Path | None,
                           user: str = "demo") -> ExchangeHistory:
    """One round for PERIOD of the office's own plan (`round_plan`; nothing when it has none)."""
    history = ExchangeHistory()
    plan_id = round_plan(database)
    if plan_id is None:
        return history
    rng = random.Random(seed + 8)
    exchange = ExchangeService(database, user)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = exchange.export(plan_id, PERIOD, root / "gui", as_of=EXPORTED_ON)
        history.sent = len(files)
        returned = root / "nhan"
        returned.mkdir()
        for number, sent in enumerate(files):
            if number % 7 == 3:
                continue  # never sent back: the register's missing reports
            late = rng.random() < 0.25
            history.late += late
            day = date(2024, 12, rng.randint(26, 31) if late else rng.randint(5, 24))
            history.rows += fill_exchange_workbook(sent.path, returned / sent.path.name, partial(_answer, rng, day))
            history.returned += 1
        _copy_a_row(returned)
        reviews = exchange.review([returned], today=date(2025, 1, 6))
        exchange.apply(reviews, today=date(2025, 1, 6))
        _desk_corrections(database, reviews, user)
        if keep_in is not None and not keep_in.exists():
            shutil.copytree(returned, keep_in)
            history.folder = str(keep_in)
    return history


def round_plan(database: Database) -> int | None:
    """The first sample plan of the stored office's own family (`state` or `party`), in import order.

    An office sends forms for its own plans: a Thành ủy's round on a UBND plan headed every form
    `THÀNH ỦY HÀ NỘI … KẾ HOẠCH SỐ 177/KH-UBND`. For the Sở this is 177/KH-UBND, as before."""
    with database.session() as s:
        family = stored_profile(s).format
        return s.scalars(select(Plan.id).where(Plan.format == family).order_by(Plan.id).limit(1)).first()


def _answer(rng: random.Random, day: date, _key: x.RowKey) -> dict[str, object]:
    """What the agency writes on one row of its form (drawn row by row, in the sheet's order)."""
    status = rng.choices((ProgressStatus.IN_PROGRESS, ProgressStatus.DONE, ProgressStatus.NOT_STARTED), (6, 3, 1))[0]
    answer: dict[str, object] = {x.STATUS: status.label, x.REPORTED_ON: day,
                                 x.RESULT: rng.choice(RESULTS).format(n=rng.randint(2, 40))}
    if status is ProgressStatus.IN_PROGRESS:
        answer[x.PERCENT] = rng.choice((30, 50, "60%", 0.75, 80))
    if rng.random() < 0.2:
        answer[x.DIFFICULTIES] = "Thiếu biên chế; kinh phí được giao chậm."
    return answer


def _copy_a_row(folder: Path) -> None:
    """One agency pastes a row of another agency's form into its own (the import refuses it)."""
    files = sorted(folder.iterdir())
    if len(files) >= 2:
        paste_foreign_row(files[0], files[1], files[1])


def _desk_corrections(database: Database, reviews: list[FileReview], user: str) -> None:
    """The clerk corrects two imported entries at the desk: re-sent forms now conflict there."""
    progress = ProgressService(database, user)
    corrected = 0
    for review in reviews:
        for row in review.rows:
            if corrected < 2 and row.incoming is not None and row.node_id is not None and review.agency_id:
                note = row.incoming.result + " (đã đối chiếu, bổ sung số liệu)"
                shown = progress.current(row.node_id, review.agency_id, review.period)
                progress.record(ProgressEntry(row.node_id, review.agency_id, review.period, row.incoming.status,
                                              row.incoming.percent, note, reported_on=row.incoming.reported_on),
                                expected_version=shown.version if shown else None, today=date(2025, 1, 7))
                corrected += 1
                break
