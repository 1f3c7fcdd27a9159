"""A file chooser opened in the open database's folder leaves the database's locks alone.

Why (session 19, wal19): Qt's file dialog reads each listed file's first bytes to name its type (strace:
`QFileInfoGatherer::getInfo → QAbstractFileIconProvider::type → QMimeDatabase::mimeTypeForFile →
QFile::open`), and closing that descriptor dropped every POSIX lock the program held on the database. A
second program reading the database then deleted the WAL the program went on writing into. The program's
choosers name files from their names only (`prompts.NameOnlyIcons`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot

from app.ui.widgets.prompts import file_dialog
from tests.models.test_own_locks import assert_later_writes_kept


def test_a_chooser_listing_the_open_database_keeps_its_locks(database_file: Path, qtbot: QtBot) -> None:
    def list_the_folder() -> None:
        dialog = file_dialog(None, "Mở", str(database_file.parent), "Cơ sở dữ liệu (*.db)",
                             QFileDialog.FileMode.ExistingFile)
        qtbot.addWidget(dialog)
        dialog.show()
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        # the type column is filled once the dialog has looked at the file (where Qt's own provider opened it)
        qtbot.waitUntil(lambda: bool(model.type(model.index(str(database_file)))), timeout=10000)
        dialog.close()

    assert_later_writes_kept(database_file, list_the_folder)


def test_every_chooser_of_the_program_is_made_by_file_dialog() -> None:
    """Qt's static choosers (`QFileDialog.getOpenFileName` & co.) use Qt's own provider, which opens the files."""
    ui = Path(file_dialog.__code__.co_filename).parents[1]
    static = re.compile(r"QFileDialog\.get\w+\(")
    calling = [p for p in sorted(ui.rglob("*.py")) if static.search(p.read_text(encoding="utf-8"))]
    assert [str(p.relative_to(ui)) for p in calling] == []
