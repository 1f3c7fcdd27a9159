"""The files the program ships (fonts, translations, samples, icons), as package data.

Why package data: the same lookup (`importlib.resources`) serves a source checkout, an
installed wheel and a PyInstaller bundle (whose loader answers it from the unpacked folder), so
no caller guesses paths relative to `__file__` or `sys._MEIPASS`.

Translations ship compiled (`.qm`, built by `make translations` before a wheel or a bundle);
the `.ts` sources exist only in a checkout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_root() -> Path:
    """The folder holding the resources. Callers need real files (Qt, reportlab, fonts), so a
    zipped install — which this program never uses — would fail here rather than later."""
    root = files(__name__)
    if not isinstance(root, Path):
        raise RuntimeError(f"resources are not files on disk: {root!r}")
    return root


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. `resource_path("fonts", "LiberationSerif-Regular.ttf")`."""
    return resource_root().joinpath(*parts)
