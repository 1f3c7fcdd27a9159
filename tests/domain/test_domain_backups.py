"""Retention of automatic backups and when the daily one is due (app/domain/backups.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain.backups import BackupStamp, Retention, backups_to_keep, daily_backup_due

NOW = datetime(2026, 12, 4, 12, 0)


def daily(day: date, hour: int = 8) -> BackupStamp:
    return BackupStamp(f"{day:%m%d}-{hour:02d}", datetime(day.year, day.month, day.day, hour), "hang-ngay")


def risky(key: str, when: datetime, reason: str = "truoc-xoa") -> BackupStamp:
    return BackupStamp(key, when, reason)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# (case, backups, expected keys kept) — all at NOW = Friday 4 December 2026, noon.
CASES = [
    ("nothing", [], set()),
    ("only the newest of a day", [daily(date(2026, 12, 4), 8), daily(date(2026, 12, 4), 11)], {"1204-11"}),
    ("risky one kept beside a newer daily one",
     [risky("xoa", datetime(2026, 12, 4, 9)), daily(date(2026, 12, 4), 11)], {"xoa", "1204-11"}),
    ("risky one kept 29 days", [risky("xoa", NOW - timedelta(days=29)), daily(date(2026, 11, 10), 9),
                                daily(date(2026, 12, 4))], {"xoa", "1110-09", "1204-08"}),
    ("risky one older than 30 days is an ordinary backup: the newer one of its day stays",
     [risky("xoa", datetime(2026, 10, 20, 7), "truoc-khoi-phuc"), daily(date(2026, 10, 20), 9),
      daily(date(2026, 12, 4))], {"1020-09", "1204-08"}),
    ("an old risky one is still the only backup of its month",
     [risky("nang-cap", datetime(2026, 3, 2), "truoc-nang-cap-0001"), daily(date(2026, 12, 4))],
     {"nang-cap", "1204-08"}),
    # 25 daily backups: the last 7 days, the newest of ISO weeks 48, 47 and 46 (29, 22, 15 Nov),
    # and the newest of November (30 Nov, already a daily one).
    ("25 days of daily backups", [daily(d) for d in days(date(2026, 11, 10), date(2026, 12, 4))],
     {"1115-08", "1122-08", "1128-08", "1129-08", "1130-08", "1201-08", "1202-08", "1203-08", "1204-08"}),
    ("a clock set wrong: future backups are kept", [daily(date(2027, 1, 9)), daily(date(2026, 12, 4))],
     {"0109-08", "1204-08"}),
]


@pytest.mark.parametrize(("backups", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_retention_rule(backups: list[BackupStamp], expected: set[str]) -> None:
    assert backups_to_keep(backups, NOW) == expected


def test_a_year_and_more_of_daily_backups_keeps_about_two_dozen_reaching_a_year_back() -> None:
    history = [BackupStamp(f"{d:%Y%m%d}", datetime(d.year, d.month, d.day, 8), "hang-ngay")
               for d in days(date(2025, 6, 1), date(2026, 12, 4))]
    kept = sorted(b.taken_at for b in history if b.key in backups_to_keep(history, NOW))
    assert len(kept) <= 7 + 4 + 12
    assert {(k.year, k.month) for k in kept} >= {(2026, m) for m in range(1, 13)}
    assert kept[-1] == datetime(2026, 12, 4, 8) and kept[0] >= datetime(2026, 1, 1)
    assert backups_to_keep(history, NOW, Retention(daily=1, weekly=0, monthly=0, risky_days=0)) == {"20261204"}


@pytest.mark.parametrize(("last", "due"), [
    (None, True),
    (NOW - timedelta(hours=23), False),
    (NOW - timedelta(days=1), True),
    (NOW - timedelta(days=40), True),
    (NOW + timedelta(hours=2), False),
    (NOW + timedelta(days=3), True),  # the clock went back: take one rather than none for days
])
def test_daily_backup_due(last: datetime | None, due: bool) -> None:
    assert daily_backup_due(last, NOW) is due
