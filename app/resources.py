"""Locating the files the program ships (fonts, translations, samples, icons).

One function serves both a source checkout and a PyInstaller bundle, where data files are
unpacked next to the executable under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. `resource_path("fonts", "LiberationSerif-Regular.ttf")`."""
    return resource_root().joinpath(*parts)
