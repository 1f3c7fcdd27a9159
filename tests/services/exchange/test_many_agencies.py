"""120 agencies at once: export, every agency fills its workbook, one review and one apply."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain import exchange as x
from app.domain.periods import Period
from app.services import Services
from bench.exchange_data import build
from tests.services.exchange.helpers import fill


def test_120_agencies_round_trip_in_one_apply(tmp_path: Path) -> None:
    db = build(tmp_path / "many.db", tasks=240, agencies=120)
    try:
        services = Services(db, user="tester")
        period = Period.parse("2025-Q1")
        files = services.exchange.export(1, period, tmp_path / "out", as_of=date(2025, 1, 5))
        assert len(files) == 120 and len({f.path.name for f in files}) == 120
        back = tmp_path / "back"
        back.mkdir()
        for f in files:
            fill(f.path, {0: {x.STATUS: "Đang thực hiện", x.PERCENT: 50, x.RESULT: f"Kết quả của {f.agency_name}",
                              x.REPORTED_ON: date(2025, 3, 10)}}, out=back / f.path.name)
        reviews = services.exchange.review([back], today=date(2025, 3, 20))
        assert len(reviews) == 120 and not any(r.error for r in reviews)
        assert sum(r.counts["new"] for r in reviews) == 120
        result = services.exchange.apply(reviews)
        assert result.written == 120
        register = services.register.register(1, period, as_of=date(2025, 3, 30)).register
        assert register.total.received == 120 and register.total.on_time == 120
        assert all(r.counts["unchanged"] == 1 for r in services.exchange.review([back]))
    finally:
        db.dispose()
