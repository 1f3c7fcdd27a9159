"""The report content's own logic: SummaryCounts copies the domain's figures and rule."""

from __future__ import annotations

from dataclasses import asdict

from app.domain.task_state import TaskState, summarize
from app.exporters.content import SummaryCounts


def test_summary_counts_of_copies_every_figure_and_keeps_the_domain_rate() -> None:
    counts = summarize([TaskState.DONE_ON_TIME, TaskState.DONE_LATE, TaskState.IN_PROGRESS_OVERDUE,
                        TaskState.ONGOING, TaskState.NOT_DUE, TaskState.SUSPENDED])
    summary = SummaryCounts.of(counts)
    assert asdict(summary) == asdict(counts)
    assert (summary.done, summary.completion_rate) == (counts.done, counts.completion_rate) == (2, 2 / 3)


def test_summary_counts_from_a_partial_snapshot_has_no_rate_until_something_is_due() -> None:
    assert SummaryCounts(total=5).completion_rate is None
    assert SummaryCounts(total=5, due=4, done_on_time=1, done_late=1).completion_rate == 0.5
