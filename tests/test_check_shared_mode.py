"""The issue-14 check (tests/check_shared_mode.py) passes, step by step, on the session's server."""

from __future__ import annotations

from pathlib import Path

from check_shared_mode import Step, user_steps
from pg_cluster import PgCluster


def test_every_step_of_the_shared_mode_check_passes(pg_cluster: PgCluster, pg_server_steps: list[Step],
                                                    tmp_path: Path) -> None:
    """`run_checks`' steps: the server ones (check, demo, report) run once per session."""
    steps = pg_server_steps + user_steps(pg_cluster.create_database("check_office"), tmp_path)
    assert [s.name for s in steps if not s.ok] == [], [s for s in steps if not s.ok]
    assert len(steps) == 11
    refused = [s for s in steps if s.name.startswith("staff import refused")]
    assert len(refused) == 2 and all("không có quyền nhập kế hoạch" in s.detail for s in refused)
