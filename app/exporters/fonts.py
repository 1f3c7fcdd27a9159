"""The TrueType family the PDF embeds and the composer measures text with.

Times New Roman when the machine has it (Windows), else the bundled Liberation Serif 2.x, which
has the same metrics and covers Vietnamese. reportlab draws an empty box, without any warning,
for a character its font lacks, so `check_glyphs` is run on every text before drawing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
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
# after a hyphen inside a word, as Word and LibreOffice break (`80/2020/NĐ-` / `CP`, `2025-` / `2026`); never after `/`
HYPHEN = re.compile(r"(?<=[^\s-]-)(?=[^\s-])")


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
    face = family().face(bold, italic)
    lines: list[str] = []
    for part in text.split("\n"):
        lines += wrap(part, width_mm * 72 / 25.4, lambda word: pdfmetrics.stringWidth(word, face, size))
    return lines or [""]


def wrap(text: str, limit: float, measure: Callable[[str], float],
         too_long: Callable[[str], list[str]] | None = None) -> list[str]:
    """One paragraph's lines at `limit` points, greedy, breaking where Word and LibreOffice may: at an ordinary
    space and after a hyphen inside a word (`HYPHEN`) — the PDF's row heights and page ends follow from these
    lines, so a break LibreOffice makes that this wrap does not gives the PDF a line more (session 16: rows
    citing `…/NĐ-CP` moved the /NQ-CP annex's page ends). `too_long` cuts a piece wider than the line
    (between letters, in a table cell); without it such a piece keeps a line of its own."""
    space = measure(" ")
    lines: list[str] = []
    line, used = "", 0.0
    for word in BREAKS.split(text.strip()) if text.strip() else []:
        for k, piece in enumerate(HYPHEN.split(word)):
            width, gap = measure(piece), (0.0 if k else space)
            if line and used + gap + width <= limit:
                line, used = line + ("" if k else " ") + piece, used + gap + width
                continue
            if line:
                lines.append(line)
            if width > limit and too_long is not None:
                *whole, piece = too_long(piece)
                lines.extend(whole)
                width = measure(piece)
            line, used = piece, width
    if line:
        lines.append(line)
    return lines
