"""Session 13's walk of the window as a clerk (bench/README.md, "Session 13 (clerk3)"): the leftovers of
session 12's walk and what a new walk found, each reproduced here."""

from __future__ import annotations

from app.ui.shell.main_window import MainWindow


def test_the_progress_form_shows_what_was_recorded(window: MainWindow, sample_plan, services) -> None:
    """A clerk chose "Đã hoàn thành", then typed 60 in the percent: the service stores 100 for a done
    task (the history said 100) but the form kept "60%". The form now shows what was stored."""
    window.tree.select_node(sample_plan["t1"])
    form = window.task_panel.progress
    form.period.setText("Quý IV năm 2021")
    form.status.setCurrentIndex(form.status.findData("done"))
    form.percent.setValue(60)
    assert form.record()
    assert [h.percent for h in services.progress.history(sample_plan["t1"])] == [100]
    assert form.percent.value() == 100 and form.status.currentData() == "done"
    assert not form.has_unsaved_edits()
