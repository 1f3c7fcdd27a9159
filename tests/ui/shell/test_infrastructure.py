"""Settings, actions, worker and the crash hook: the pieces every window feature stands on."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QByteArray, QThread
from PySide6.QtWidgets import QApplication, QMainWindow

from app.errors import InputError
from app.ui.shell.actions import SPECS, ActionRegistry
from app.ui.shell.application import make_exception_hook
from app.ui.shell.settings import Settings
from app.ui.widgets.worker import run_in_background


def test_settings_defaults_roundtrip_and_recent(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    s = Settings(path)
    assert s.language == "vi" and s.last_plan_id == 0 and s.recent_databases == []
    s.last_plan_id = 7
    s.geometry = QByteArray(b"\x01\x02")
    for i in range(12):
        s.add_recent_database(f"/db/{i}.db")
    s.add_recent_database("/db/3.db")
    s.sync()
    again = Settings(path)
    assert again.last_plan_id == 7
    assert bytes(again.geometry) == b"\x01\x02"
    assert again.recent_databases[0] == "/db/3.db" and len(again.recent_databases) == 8


def test_settings_migrates_renamed_key(tmp_path: Path) -> None:
    path = tmp_path / "old.ini"
    path.write_text("[General]\nrecent_databases=/a.db\n", encoding="utf-8")
    assert Settings(path).recent_databases == ["/a.db"]


def test_actions_have_unique_names_texts_and_no_shortcut_conflicts(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    assert len(registry.names()) == len(SPECS)
    assert registry.shortcut_conflicts() == []
    # translated: the Vietnamese catalog is installed for UI tests
    assert registry["edit.undo"].text().replace("&", "") == "Hoàn tác"
    conflicting = ActionRegistry(window, overrides={"edit.redo": "Ctrl+Z"})
    assert conflicting.shortcut_conflicts()


def test_worker_delivers_progress_and_result_on_gui_thread(qtbot) -> None:
    seen: list[tuple[int, str]] = []
    threads: list[bool] = []

    def work(progress, token):
        assert threading.current_thread() is not threading.main_thread()
        for i in range(3):
            progress(i, 3, f"step {i}")
        return 42

    def on_progress(done: int, total: int, message: str) -> None:
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        seen.append((done, message))

    results: list[int] = []
    run_in_background(work, on_result=results.append, on_progress=on_progress)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert [d for d, _ in seen] == [0, 1, 2] and all(threads)


def test_worker_cancel_and_error(qtbot) -> None:
    gate = threading.Event()

    def slow(progress, token):
        gate.wait(5)
        progress(1, 2, "")  # raises Cancelled once cancelled
        return "never"

    cancelled: list[bool] = []
    task = run_in_background(slow, on_cancelled=lambda: cancelled.append(True))
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)

    errors: list[BaseException] = []

    def bad(progress, token):
        raise InputError("Tệp hỏng")

    run_in_background(bad, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], InputError)


def test_exception_hook_logs_and_shows_short_message(tmp_path: Path) -> None:
    shown: list[str] = []
    hook = make_exception_hook(tmp_path / "theodoi.log", shown.append)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        hook(ValueError, exc, exc.__traceback__)
    assert shown and "boom" not in shown[0] and "theodoi.log" in shown[0]
    hook(InputError, InputError("Ngày không hợp lệ"), None)
    assert shown[-1] == "Ngày không hợp lệ"


def test_a_refusal_in_the_background_is_logged_without_a_traceback(qtbot, caplog) -> None:
    """The report export refused for a missing office profile (an InputError the clerk is shown) was
    logged as "background task failed" with a traceback, like a crash; a real bug still is."""
    import logging

    errors: list[BaseException] = []

    def refused(progress, token):
        raise InputError("Chưa đủ thông tin cơ quan ban hành")

    def broken(progress, token):
        raise ZeroDivisionError

    with caplog.at_level(logging.INFO, logger="app.ui.widgets.worker"):
        run_in_background(refused, on_error=errors.append)
        qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
        run_in_background(broken, on_error=errors.append)
        qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    records = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert (logging.INFO, "background task refused: Chưa đủ thông tin cơ quan ban hành") in records
    assert [m for level, m in records if level == logging.ERROR and "Traceback" in m and "ZeroDivisionError" in m]
    assert not [m for _level, m in records if "Traceback" in m and "InputError" in m]


def test_a_job_whose_owner_is_gone_cancels_and_calls_back_nothing(qtbot) -> None:
    """A window closed while its plan list was loading had the list land on its deleted status bar
    (RuntimeError, then the crash box over nothing — a hang in the suite): the owner's end ends the job."""
    from PySide6.QtWidgets import QLabel

    owner = QLabel()
    gate = threading.Event()
    delivered: list[object] = []
    finished: list[bool] = []

    def slow(progress, token):
        gate.wait(5)
        return "late"

    task = run_in_background(slow, owner=owner, on_result=lambda text: owner.setText(text),
                             on_cancelled=lambda: delivered.append("cancelled"))
    task.finished.connect(lambda: finished.append(True))
    owner.deleteLater()
    qtbot.waitUntil(lambda: task.token.cancelled, timeout=5000)  # deleted: the job is told to stop
    gate.set()
    qtbot.waitUntil(lambda: finished == [True], timeout=5000)
    assert delivered == [] and task.result is None

    living = QLabel()
    qtbot.addWidget(living)
    run_in_background(lambda progress, token: "on time", owner=living, on_result=living.setText)
    qtbot.waitUntil(lambda: living.text() == "on time", timeout=5000)


def test_the_window_run_gives_the_caller_its_exception_hook_back(
        qapp, tmp_path: Path, monkeypatch) -> None:
    """The window's crash box (a modal message) stayed the process's hook after `run_gui` returned: a
    test that went on had any later slip shown in a box nobody closes."""
    import argparse
    import sys

    from PySide6.QtWidgets import QApplication

    from app.ui.shell import application

    def hook(*_args) -> None:
        return None

    monkeypatch.setattr(sys, "excepthook", hook)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(application, "Settings", lambda: Settings(tmp_path / "s.ini"))
    during: list[object] = []

    def run(_app) -> int:
        during.append(sys.excepthook)
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    assert application.run_gui(argparse.Namespace(db=str(tmp_path / "p.db"), user=None, lang="vi")) == 0
    assert during and during[0] is not hook and sys.excepthook is hook


def test_a_job_whose_task_went_with_the_program_ends_quietly(qtbot, capfd) -> None:
    """At the program's end (a window closed while its database was still opening) the Task is deleted with the
    QApplication while its work runs: the worker printed `RuntimeError: Signal source has been deleted`."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    gate = threading.Event()

    def work(progress, token):
        gate.wait(5)
        return 1

    task = run_in_background(work)
    shiboken6.delete(task)
    gate.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    assert "Signal source has been deleted" not in capfd.readouterr().err
