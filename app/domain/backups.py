"""Which automatic backups to keep, and when the daily one is due — pure rules, no files.

Why a rule and not "the last N": an office notices a mistake days or months later (a plan
replaced in March, found in June). Keeping the newest backup of each of the last 7 days, 4 weeks
and 12 months bounds the folder to about two dozen files while still reaching a year back; a
backup taken just before a risky change (restore, replace, merge, delete, upgrade) is the way
back from that one change, so it is kept at least 30 days whatever the calendar rule says.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

DAILY_REASON = "hang-ngay"
RISKY_PREFIX = "truoc-"


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    risky_days: int = 30


RETENTION = Retention()


@dataclass(frozen=True)
class BackupStamp:
    """One backup as the rule sees it: an identifier (the file name), when, and why."""

    key: str
    taken_at: datetime
    reason: str


def is_risky(reason: str) -> bool:
    """A backup taken before a change (`truoc-…`), as opposed to the routine daily one."""
    return reason.startswith(RISKY_PREFIX)


def backups_to_keep(backups: Iterable[BackupStamp], now: datetime,
                    policy: Retention = RETENTION) -> set[str]:
    """The keys to keep: the newest backup of each of the last `daily` days, `weekly` ISO weeks
    and `monthly` months that have a backup; every backup before a risky change younger than
    `risky_days`; and anything dated in the future (a clock set wrong is no reason to delete)."""
    items = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.key for b in items if b.taken_at > now}
    keep |= {b.key for b in items if is_risky(b.reason) and now - b.taken_at < timedelta(days=policy.risky_days)}
    past = [b for b in items if b.taken_at <= now]
    keep |= _newest_per(past, lambda d: d, policy.daily)
    keep |= _newest_per(past, lambda d: d.isocalendar()[:2], policy.weekly)
    keep |= _newest_per(past, lambda d: (d.year, d.month), policy.monthly)
    return keep


def _newest_per(newest_first: list[BackupStamp], bucket: Callable[[date], Hashable], count: int) -> set[str]:
    """The newest backup of each of the `count` most recent buckets (days, weeks, months)."""
    chosen: dict[Hashable, str] = {}
    for b in newest_first:
        key = bucket(b.taken_at.date())
        if key not in chosen:
            if len(chosen) == count:
                break
            chosen[key] = b.key
    return set(chosen.values())


def daily_backup_due(last: datetime | None, now: datetime) -> bool:
    """A routine backup is due when there is none yet or the newest is a day old or more."""
    return last is None or now - last >= timedelta(days=1) or last > now + timedelta(days=1)
