"""File ▸ Automatic backups…: the list, the folder, and restoring one backup (app/ui/admin/backups_dialog.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.services.storage import automatic_backup, list_automatic_backups
from app.ui.admin.backups_dialog import BackupsDialog, human_size
from app.ui.shell.main_window import MainWindow


def test_menu_entry_is_translated(window: MainWindow) -> None:
    action = window.registry["file.auto_backups"]
    assert action.text().replace("&", "") == "Bản sao lưu tự động…"
    assert action in window.menus["file"].actions()


def test_dialog_lists_backups_and_restores_one_after_asking_and_backing_up(window: MainWindow, prompter,
                                                                          services, sample_plan) -> None:
    url = window.database_url
    before_delete = automatic_backup(url, "truoc-thay-the")
    assert before_delete is not None
    services.plans.delete_plan(sample_plan["plan"], backup=False)
    assert services.plans.list_plans() == []
    seen: dict[str, Any] = {}

    def handle(dialog: BackupsDialog) -> bool:
        seen["rows"] = dialog.rows()
        seen["folder"] = dialog.folder_label.text()
        assert not dialog.restore_button.isEnabled()
        dialog.select_row(0)
        assert dialog.restore_button.isEnabled()
        prompter.answers.append(False)  # "Replace the current data…?" → no: nothing happens
        assert not dialog.restore_selected()
        prompter.answers.append(True)
        return dialog.restore_selected()

    prompter.dialog_handler = handle
    assert window.commands.automatic_backups()
    (when, reason, size), = seen["rows"]
    assert reason == "Trước khi thay thế kế hoạch" and size.endswith("KB")
    assert when == dt.datetime.now().strftime("%d/%m/%Y ") + when[-5:]
    assert str(Path(url).parent / "saoluu") in seen["folder"]
    assert prompter.errors == []
    assert [p.title for p in window.services.plans.list_plans()] != []  # the plan is back
    reasons = [b.reason for b in list_automatic_backups(url)]
    assert sorted(reasons) == ["truoc-khoi-phuc", "truoc-thay-the"]  # the current data went first


def test_folder_is_shown_and_changed_through_the_service(window: MainWindow, prompter, tmp_path: Path) -> None:
    chosen = tmp_path / "kho"

    def handle(dialog: BackupsDialog) -> bool:
        prompter.answers.append(None)  # cancelled: nothing changes
        assert not dialog.change_folder()
        prompter.answers.append(str(chosen))
        assert dialog.change_folder()
        assert str(chosen) in dialog.folder_label.text()
        return False

    prompter.dialog_handler = handle
    assert not window.commands.automatic_backups()
    assert chosen.is_dir()
    written = automatic_backup(window.database_url, "truoc-xoa")
    assert written is not None and written.parent == chosen


def test_sizes_read_as_vietnamese_numbers() -> None:
    assert human_size(512) == "512 B"
    assert human_size(1536) == "1,5 KB"
    assert human_size(5 * 1024 * 1024) == "5,0 MB"
