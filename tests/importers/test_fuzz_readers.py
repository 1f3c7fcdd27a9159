"""Fuzz every reader (.docx, .txt, .md, .pdf plans through `import-plan --db`'s use case, .xlsx exchange
workbooks through `exchange import`'s): only typed errors or a stored plan, nothing on stderr, and a
refused file leaves the database byte-identical.

Sized to run in well under a minute here (RANDOM + MUTATED examples per reader); the count is
printed at the end. `python -m bench.fuzz_readers` runs many more.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzzing import TARGETS, FuzzRun, mutated_inputs, random_inputs, run_fuzz

RANDOM = 200  # random bytes are refused in about a millisecond
MUTATED = 40  # a damaged plan is often still a plan: read, extracted and stored, ~0.2 s each


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[FuzzRun]:
    run = FuzzRun(tmp_path_factory.mktemp("fuzz"))
    yield run
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if capture is not None and reporter is not None:
        with capture.global_and_fixture_disabled():  # shown even when the tests pass
            reporter.write_line(run.summary())


@pytest.mark.parametrize("suffix", sorted(TARGETS))
def test_random_bytes_give_only_typed_errors(fuzz: FuzzRun, suffix: str) -> None:
    target = TARGETS[suffix]
    run_fuzz(target, random_inputs(target), RANDOM, fuzz)
    assert fuzz.refused[suffix] >= 1


@pytest.mark.parametrize("suffix", sorted(TARGETS))
def test_mutated_plans_give_only_typed_errors_or_a_plan(fuzz: FuzzRun, suffix: str) -> None:
    target = TARGETS[suffix]
    before = fuzz.tried[suffix]
    run_fuzz(target, mutated_inputs(target), MUTATED, fuzz)
    assert fuzz.tried[suffix] - before >= MUTATED // 2  # Hypothesis may stop early only on duplicates


def test_every_reader_was_fuzzed(fuzz: FuzzRun, tmp_path: Path) -> None:
    """The count the issue asks for, and no leftover file beside the database."""
    assert set(fuzz.tried) == set(TARGETS)
    assert sum(fuzz.tried.values()) >= len(TARGETS) * (RANDOM + MUTATED) // 2
    leftovers = {p.name for p in fuzz.folder.iterdir()} - {"fuzz.db", *(f"input{s}" for s in TARGETS)}
    assert not leftovers, leftovers
