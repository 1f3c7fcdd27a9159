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


def amended_big(tmp_path: Path) -> Path:
    """The real 140-task plan as its issuer amended it: task 7 dropped, 13a added, 15's deadline and 16's wording
    changed (the replace review's and the replace question's tests)."""
    out = []
    for line in BIG.read_text(encoding="utf-8").split("\n"):
        if line.startswith("| 7. |"):
            continue
        if line.startswith("| 15. |"):
            line = line.replace("| 2025 |", "| 6/2026 |")
        if line.startswith("| 16. |"):
            line = line.replace("Dự án Luật sửa đổi", "Dự án Luật sửa đổi (đã hiệu chỉnh)")
        out.append(line)
        if line.startswith("| 13. |"):
            out.append("| 13a. | Tổ chức hội nghị sơ kết việc thực hiện Chương trình hành động. | Bộ Nội vụ "
                       "| Các bộ, ngành | Báo cáo | 12/2025 |")
    path = tmp_path / "2ab9-dinh-chinh.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def replace_review(qtbot, services, prompter, tmp_path: Path) -> ImportView:  # noqa: ANN001
    """The review of `amended_big` over the stored plan, as the reading worker hands it back (synchronously)."""
    view = ImportView(AppState(services), prompter)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view._parsed(services.plan_import.prepare_review(services.plan_import.read(amended_big(tmp_path))))
    return view
