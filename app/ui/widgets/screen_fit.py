"""A window opens at the size it wants, or smaller on a small screen.

Why: dialogs were given fixed sizes made on a 1366×768 screen (1200×680, 1100×600, 900×620); on
the 1024×600 screen of an office laptop their buttons were below the taskbar. The screen's free
area is read when the window is built (the primary screen before it is shown).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_AND_TASKBAR = 48  # what the window's title bar and the taskbar take off the screen's height
SIDES = 24


def fit_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width×height, no larger than its screen's free area, no smaller than its
    own minimum."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is not None and free.width() > 0:
        width, height = min(width, free.width() - SIDES), min(height, free.height() - TITLE_AND_TASKBAR)
    hint = window.minimumSizeHint()
    window.resize(max(width, hint.width()), max(height, hint.height()))


def first_size(window: QWidget, width: int, height: int) -> None:
    """A main window's size before any is remembered: width×height on a larger screen, else the whole
    free area (maximized). Given 1366×768 on a 1366×768 laptop, the window's title bar and the taskbar
    pushed its status line and the task panel's buttons below the screen's edge."""
    fit_screen(window, width, height)
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is not None and (free.width() - SIDES < width or free.height() - TITLE_AND_TASKBAR < height):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
