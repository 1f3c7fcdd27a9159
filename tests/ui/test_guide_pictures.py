"""The user guide's pictures (app/resources/help/img) are taken with `screenshot`: they show a
clerk's name and a clerk's database path, never the account or the temporary copy they were taken
with (session 8's pictures showed `/tmp/uifix/demo.db`)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app.ui.shell.main_window import MainWindow

CLERK_DB = r"C:\Users\lan\AppData\Local\TheoDoiKeHoach\theodoi.db"
HELP_IMG = Path(__file__).resolve().parents[2] / "app" / "resources" / "help" / "img"


def test_screenshot_shows_the_database_path_given(tmp_path, database, sample_plan, qapp, monkeypatch) -> None:
    """`screenshot --shown-db` is the path in the status bar (and its tooltip), the window's title
    names its file; without it the real path shows."""
    from app.__main__ import main

    seen: list[tuple[str, str, str]] = []
    close = MainWindow.close

    def noting_close(self: MainWindow) -> bool:
        seen.append((self.db_label.text(), self.db_label.toolTip(), self.windowTitle()))
        return close(self)

    monkeypatch.setattr(MainWindow, "close", noting_close)
    args = ["screenshot", "--db", database.display_name, "--view", "tree", "--size", "1024x576"]
    assert main([*args, "--out", str(tmp_path / "a.png"), "--shown-db", CLERK_DB]) == 0
    assert main([*args, "--out", str(tmp_path / "b.png")]) == 0
    assert seen[0] == (f"Cơ sở dữ liệu: {CLERK_DB}", CLERK_DB, "Theo dõi Kế hoạch — theodoi.db")
    assert seen[1][0] == f"Cơ sở dữ liệu: {database.display_name}"
    assert Image.open(tmp_path / "a.png").size == (1024, 576)


def test_the_guide_pictures_are_the_clerk_sized_ones() -> None:
    """Every picture the guide shows exists, at the size the guide was taken at (1024×576, a
    256-colour palette to keep the program small)."""
    guide = (HELP_IMG.parent / "guide.html").read_text(encoding="utf-8")
    names = sorted(p.name for p in HELP_IMG.glob("*.png"))
    assert names and all(f'src="img/{name}"' in guide for name in names)
    for name in names:
        image = Image.open(HELP_IMG / name)
        assert image.size == (1024, 576) and image.mode == "P", name
