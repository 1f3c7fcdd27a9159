"""UI fixtures: Vietnamese translator, temporary settings, a scripted prompter, a sample plan and
the main window over the root conftest's temporary database, and two guards — no modal dialog may
open, no top-level widget may leak."""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from app.ui.shell.i18n import install_translator, remove_translator
from app.ui.shell.settings import Settings
from app.ui.widgets.prompts import Prompter


@pytest.fixture(scope="session", autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """Every UI test runs in the shipped language, so untranslated strings show up in tests too."""
    translator = install_translator(qapp, "vi")
    yield
    remove_translator(qapp, translator)


class ScriptedPrompter(Prompter):
    """Answers questions from queues and records what the window said."""

    def __init__(self) -> None:
        self.answers: deque[Any] = deque()
        self.messages: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[QWidget] = []
        self.dialog_handler: Any = None  # callable(dialog) -> bool, fills a dialog of ours
        self.text_names: list[Any] = []  # the `names` each text box was asked with

    def _next(self, what: str) -> Any:
        if not self.answers:
            raise AssertionError(f"unexpected {what}: no scripted answer")
        return self.answers.popleft()

    def ask_yes_no(self, parent: Any, title: str, text: str) -> bool:
        self.messages.append(text)
        return bool(self._next(f"question {text!r}"))

    def inform(self, parent: Any, title: str, text: str) -> None:
        self.messages.append(text)

    def error(self, parent: Any, text: str) -> None:
        self.errors.append(text)

    def open_file(self, parent: Any, caption: str, filters: str, directory: str = "") -> str | None:
        return self._next(f"open file {caption!r}")

    def save_file(self, parent: Any, caption: str, filters: str, directory: str = "") -> str | None:
        return self._next(f"save file {caption!r}")

    def open_files(self, parent: Any, caption: str, filters: str, directory: str = "") -> list[str]:
        return self._next(f"open files {caption!r}")

    def choose_folder(self, parent: Any, caption: str, directory: str = "") -> str | None:
        return self._next(f"folder {caption!r}")

    def get_text(self, parent: Any, title: str, label: str, text: str = "", names: Any = None) -> str | None:
        self.text_names.append(names)  # what the box's field would complete (`prompts.text_box`)
        return self._next(f"text {label!r}")

    def run_dialog(self, dialog: QWidget) -> bool:
        self.dialogs.append(dialog)
        if self.dialog_handler is None:
            raise AssertionError(f"unexpected dialog {type(dialog).__name__}")
        return bool(self.dialog_handler(dialog))


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise AssertionError("a modal dialog was opened in a test; inject a Prompter instead")


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would hang the suite: fail the test at once instead."""
    monkeypatch.setattr(QDialog, "exec", _refuse)
    monkeypatch.setattr(QMessageBox, "exec", _refuse)
    for name in ("question", "information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, _refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _refuse)
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, _refuse)


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a visible top-level widget behind (register widgets with qtbot)."""
    before = {id(w) for w in qapp.topLevelWidgets()}
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in qapp.topLevelWidgets() if id(w) not in before and w.isVisible()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # a Qt object freed in the wrong order crashes here, in its own test, not at the end
    # What outlived the test is moved out of the collector's sight: the next test's collection then walks only
    # the objects made since (~0.1 s of CPU a test otherwise, a third of the UI tests' time). Every test's own
    # garbage is still collected at its end.
    gc.freeze()
    assert not leaked, f"leaked top-level widgets: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def sample_plan(services: Any) -> dict[str, int]:
    """A small plan: two sections, three tasks (one with a lead agency and a dated deadline)."""
    import datetime as dt

    from app.services.nodes import AssigneeSpec

    plan = services.plans.create_plan("Triển khai Nghị quyết số 04-NQ/TU về cán bộ", number="177/KH-UBND",
                                      issuer="UBND Thành phố Hà Nội", issued_on=dt.date(2021, 8, 2))
    agency = services.agencies.create("Sở Nội vụ", short_name="SNV")
    other = services.agencies.create("Sở Tài chính", short_name="STC")
    add = services.nodes.add
    s1 = add(plan, None, None, label="I", kind="section", text="MỤC ĐÍCH, YÊU CẦU")
    s2 = add(plan, None, None, label="II", kind="section", text="NHIỆM VỤ, GIẢI PHÁP")
    t1 = add(plan, s2, None, label="1", kind="task", text="Tổ chức quán triệt Nghị quyết")
    t2 = add(plan, s2, None, label="2", kind="task", text="Rà soát, đánh giá đội ngũ cán bộ")
    t3 = add(plan, s2, None, label="3", kind="task", text="Báo cáo kết quả thực hiện")
    services.nodes.set_assignments(t1, [AssigneeSpec("lead", agency_id=agency),
                                        AssigneeSpec("support", agency_id=other)])
    services.nodes.set_deadline(t1, "xong trước ngày 30/9/2021")
    services.nodes.set_deadline(t2, "trong quý IV/2021")
    services.nodes.set_deadline(t3, "Thường xuyên")
    return {"plan": plan, "s1": s1, "s2": s2, "t1": t1, "t2": t2, "t3": t3, "agency": agency, "other": other}


@pytest.fixture
def make_window(qtbot: Any, services: Any, settings: Settings, prompter: ScriptedPrompter, database: Any
                ) -> Callable[..., Any]:
    """Builds the main window over the test's database (or the `services` given: the demo's), seen on
    `as_of` (1 November 2021 unless told), shown unless told not to; other keywords go to MainWindow."""
    import datetime as dt

    from app.ui.shell.main_window import MainWindow

    def build(*, over: Any = None, as_of: dt.date | None = dt.date(2021, 11, 1), url: str | None = None,
              show: bool = True, **options: Any) -> MainWindow:
        w = MainWindow(services=over or services, database_url=url or database.display_name, settings=settings,
                       prompter=prompter, as_of=as_of, **options)
        qtbot.addWidget(w)
        if show:
            w.show()
        return w

    return build


@pytest.fixture
def window(make_window: Callable[..., Any], sample_plan: dict[str, int]) -> Any:
    """The main window over the sample plan, seen on 1 November 2021; it can open other databases."""
    from app.services import Services

    def opener(target: str | None) -> tuple[Any, str]:
        from app.models.database import open_database

        db = open_database(target)
        return Services(db, "tester"), db.display_name

    return make_window(opener=opener)


@pytest.fixture
def plan_tree(qtbot: Any, services: Any, prompter: ScriptedPrompter) -> Callable[..., Any]:
    """Opens the outline panel on its own (a PlanTreeView and its controller with an undo stack of its own),
    seen on 1 November 2021 like the window; `plan_tree(plan_id)` also loads a plan."""
    import datetime as dt

    from PySide6.QtGui import QUndoStack

    from app.ui.shell.state import AppState
    from app.ui.tree.plan_tree import PlanTreeController, PlanTreeView

    def open_tree(plan: int | None = None) -> PlanTreeController:
        view = PlanTreeView()
        qtbot.addWidget(view)
        ctl = PlanTreeController(view, AppState(services, as_of=dt.date(2021, 11, 1)), QUndoStack(view), prompter)
        if plan is not None:
            ctl.load_plan(plan)
        return ctl

    return open_tree


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Any]:
    """Services over a private copy of the session's demo database (tests/conftest.py), one per test:
    saving records snapshots and office profiles."""
    from app.models.database import open_database
    from app.services import Services

    database = open_database(demo_copy)
    yield Services(database, "tester")
    database.dispose()


@pytest.fixture
def review_of(qtbot: Any, services: Any, prompter: ScriptedPrompter) -> Callable[..., Any]:
    """`review_of(path)`: the import review of the document at `path`, read synchronously (what the window's
    reading worker hands back), seen on `as_of` (today unless told), shown unless told not to."""
    import datetime as dt

    from app.ui.imports.import_view import ImportView
    from app.ui.shell.state import AppState

    def build(path: Path, *, as_of: dt.date | None = None, show: bool = True) -> ImportView:
        state = AppState(services)
        if as_of is not None:
            state.set_as_of(as_of)
        view = ImportView(state, prompter)
        qtbot.addWidget(view)
        if show:
            view.show()
        view._parsed(services.plan_import.read(path))
        return view

    return build


@pytest.fixture
def proposed_names(services: Any, sample_plan: dict[str, int]) -> Callable[[str, str], tuple[int, int]]:
    """`proposed_names(lead, support)`: two names the plan gave that the directory lacks (stored as proposed
    agencies), leading and supporting the sample plan's second task; their ids."""
    from app.services.nodes import AssigneeSpec

    def assign(lead: str, support: str) -> tuple[int, int]:
        ids = services.agencies.create(lead, proposed=True), services.agencies.create(support, proposed=True)
        services.nodes.set_assignments(sample_plan["t2"], [AssigneeSpec("lead", agency_id=ids[0]),
                                                           AssigneeSpec("support", agency_id=ids[1])])
        return ids

    return assign


@pytest.fixture
def open_register() -> Callable[[Any, str, str], Any]:
    """`open_register(window, first, last)`: the clerk's Kế hoạch → Sổ theo dõi báo cáo, shown from period code
    `first` to `last`; the dialog."""

    def show(window: Any, first: str, last: str) -> Any:
        window.registry["plan.register"].trigger()
        dialog = window.exchange.dialogs["register"]
        dialog.first.set_code(first)
        dialog.last.set_code(last)
        assert dialog.refresh()
        return dialog

    return show


@pytest.fixture
def typed_progress() -> Callable[..., Any]:
    """`typed_progress(window, task, period, status, percent, result="")`: the clerk shows `task` in the tree and
    types its progress in the task panel's form (not recorded yet); the form."""

    def type_in(window: Any, task: int, period: str, status: str, percent: int, result: str = "") -> Any:
        window.tree.select_node(task)
        form = window.task_panel.progress
        form.period.setText(period)
        form.status.setCurrentIndex(form.status.findData(status))
        form.percent.setValue(percent)
        if result:
            form.result.setPlainText(result)
        return form

    return type_in
