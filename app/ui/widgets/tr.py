"""The translation marker, typed.

Why not PySide6's own: its stub returns `object`, so every table of marked strings (actions,
menus, task states) would need a cast. `pyside6-lupdate` finds the marker by its name, so this
function marks strings for the catalog exactly as Qt's does; like Qt's, it returns its source
untouched (the text is translated where it is shown, with `QCoreApplication.translate`).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    del context  # read by lupdate in the source text, not at run time
    return source
