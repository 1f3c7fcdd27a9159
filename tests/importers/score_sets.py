"""Scoring a set of documents against its gold and holding the TOTAL line to bars.

The score tests (corpus, its renderings, genre, genre2, real, real2, real4) all print one line a
document and a TOTAL line, then fail on the metrics whose total is under the set's bars; this is
that step once, so a change to the report or to the message is made in one place. Each test keeps
its own set, its own bars and floors (other sessions edit those constants in place).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path

import pytest
from scoring import line, score, total

from app.importers.extract import extract_plan
from app.importers.readers import read_blocks

Scores = Mapping[str, dict[str, float]]
Renderer = Callable[[Path, Path], Path]


def documents(folder: Path) -> list[str]:
    """The names of the documents in `folder` that have a gold file, sorted (the set a test scores)."""
    return sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json"))


def gold_of(folder: Path, name: str) -> dict:
    """`name`'s hand-written gold annotation in `folder`."""
    return json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))


def score_file(folder: Path, name: str, path: Path | None = None) -> dict[str, float]:
    """`name`'s gold against what the importer reads from `path` (by default the set's own `name.txt`),
    so a rendering of the same plan (Word, PDF) is scored against the same gold."""
    plan = extract_plan(read_blocks(path if path is not None else folder / f"{name}.txt"))
    return score(gold_of(folder, name), plan.to_annotation_dict())


def score_renderings(folder: Path, names: Sequence[str], renderings: Sequence[tuple[str, Renderer]],
                     tmp_path: Path) -> dict[str, dict[str, float]]:
    """Every document's text scored, then each `(document, renderer)` rendered as a Word file under
    `tmp_path` and scored against the same gold (as `name.docx(renderer)`), so a set holds for both."""
    scores = {name: score_file(folder, name) for name in names}
    for name, render in renderings:
        path = render(folder / f"{name}.txt", tmp_path / f"{name}.{render.__name__}.docx")
        scores[f"{name}.docx({render.__name__})"] = score_file(folder, name, path)
    return scores


def below(figures: Mapping[str, float], floors: Mapping[str, float]) -> dict[str, float]:
    """The metrics of `figures` under their floor, rounded for the failure message (empty when all hold)."""
    return {m: round(figures[m], 3) for m, floor in floors.items() if figures[m] < floor}


def documents_below(folder: Path, floors: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """Each document of `folder` named in `floors` scored, and the metrics it holds under its own floors (a spent
    set's documents held one by one: their TOTAL, a mean of a few, would hide one that fell)."""
    return {name: low for name, bars in floors.items() if (low := below(score_file(folder, name), bars))}


def hold_totals(capsys: pytest.CaptureFixture[str], scores: Scores,
                totals: Sequence[tuple[str, Collection[str], Mapping[str, float]]]) -> None:
    """Print a line a document and one TOTAL line per `(title, names, bars)`, the mean over those names;
    then fail, naming every total under its bars. The report is printed even under pytest's capture
    because the figures are what a reader of the run looks for."""
    means = [(title, total([scores[n] for n in names]), bars) for title, names, bars in totals]
    report = "\n".join([line(name, s) for name, s in scores.items()] + [line(title, m) for title, m, _ in means])
    with capsys.disabled():
        print("\n" + report)
    failures = [f"{title} below {dict(bars)}: {low}" for title, m, bars in means if (low := below(m, bars))]
    assert not failures, "\n".join(failures) + "\n" + report


def hold_total(capsys: pytest.CaptureFixture[str], scores: Scores, bars: Mapping[str, float],
               title: str = "TOTAL") -> None:
    """`hold_totals` with one TOTAL line over every document scored."""
    hold_totals(capsys, scores, [(title, list(scores), bars)])
