"""The TrueType family the PDF embeds and the composer measures text with.

Times New Roman when the machine has it (Windows), else the bundled Liberation Serif 2.x, which
has the same metrics and covers Vietnamese. reportlab draws an empty box, without any warning,
for a character its font lacks, so `check_glyphs` is run on every text before drawing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.exporters.errors import MissingGlyphError
from app.resources import resource_path

FAMILY = "VNSerif"  # the family name inside reportlab; the PDF shows the real font name
_FACES = ("regular", "bold", "italic", "bolditalic")
_WINDOWS_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_BUNDLED_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
_IGNORED = frozenset("\n\t\r")
BREAKS = re.compile(r"[^\S\u00a0]+")  # the white space a line may break at: all but the no-break space


@dataclass(frozen=True)
class FontFamily:
    display_name: str
    names: dict[str, str]  # face -> reportlab font name

    def face(self, bold: bool, italic: bool) -> str:
        """The registered font name for a weight and slant."""
        key = "bolditalic" if bold and italic else "bold" if bold else "italic" if italic else "regular"
        return self.names[key]


def _windows_font_files() -> list[Path] | None:
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if not windir:
        return None
    folder = Path(windir) / "Fonts"
    files = [folder / name for name in _WINDOWS_FILES]
    return files if all(f.is_file() for f in files) else None


@lru_cache(maxsize=1)
def family() -> FontFamily:
    """Register the four faces once per process and return their names."""
    files = _windows_font_files()
    display = "Times New Roman"
    if files is None:
        files = [resource_path("fonts", name) for name in _BUNDLED_FILES]
        display = "Liberation Serif"
    names: dict[str, str] = {}
    for face, path in zip(_FACES, files, strict=True):
        name = f"{FAMILY}-{face}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        names[face] = name
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bolditalic"],
    )
    return FontFamily(display, names)


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """Code points every one of the four faces can draw."""
    fam = family()
    sets = [set(pdfmetrics.getFont(n).face.charToGlyph) for n in fam.names.values()]
    return frozenset(set.intersection(*sets))


def check_glyphs(texts: Iterable[str]) -> None:
    """Raise `MissingGlyphError` naming the characters the embedded font cannot draw."""
    covered = _covered()
    missing: dict[str, None] = {}
    for text in texts:
        for ch in set(text):
            if ord(ch) not in covered and ch not in _IGNORED:
                missing[ch] = None
    if missing:
        raise MissingGlyphError(family().display_name, "".join(sorted(missing)))


def text_width_mm(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Printed width of one line; Liberation Serif and Times New Roman share their metrics."""
    return pdfmetrics.stringWidth(text, family().face(bold, italic), size) * 25.4 / 72


def split_lines(text: str, width_mm: float, size: float, bold: bool = False, italic: bool = False) -> list[str]:
    """Greedy word wrap with the font's metrics, breaking only where a line may break: a no-break space
    binds its words (`Đề án 06` set with them), as Word, LibreOffice and reportlab's Paragraph keep it —
    reportlab's `simpleSplit` broke there and gave the space back as an ordinary one."""
    face, limit = family().face(bold, italic), width_mm * 72 / 25.4
    space = pdfmetrics.stringWidth(" ", face, size)
    lines: list[str] = []
    for part in text.split("\n"):
        words: list[str] = []
        used = -space
        for word in BREAKS.split(part.strip()) if part.strip() else []:
            width = pdfmetrics.stringWidth(word, face, size)
            if words and used + space + width > limit:
                lines.append(" ".join(words))
                words, used = [], -space
            words.append(word)
            used += space + width
        if words:
            lines.append(" ".join(words))
    return lines or [""]
