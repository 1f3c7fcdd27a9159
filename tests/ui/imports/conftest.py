"""The import review on the real 140-task plan (real2 2ab9f90ee834d2c1), shared by the review's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.imports.import_view import ImportView
from app.ui.shell.state import AppState

BIG = Path(__file__).resolve().parents[2] / "fixtures" / "real2" / "2ab9f90ee834d2c1.txt"


@pytest.fixture
def review(qtbot, services, prompter) -> ImportView:
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.resize(1000, 560)
    view.show()
    view._parsed(read_with_unsettled_deadlines(services))  # what the worker hands back, synchronously
    return view


def read_with_unsettled_deadlines(services):  # noqa: ANN001, ANN201 - the services fixture's objects
    """The plan as read; the importer understands every deadline of this one, while real plans also carry
    some a clerk must settle, so three rows get such a phrase."""
    read = services.plan_import.read(BIG)
    for task in read.plan.tasks()[10:13]:
        task.deadline_text = "Theo tiến độ của dự án"
    return read
