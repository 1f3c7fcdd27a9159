"""What a Word paragraph *looks like* without Word: bold, heading level, list binding.

Plans mark their outline by style as often as by typed text: a `Heading 2` with automatic
numbering, a bold agency line, bold runs set by a character style. These facts live in
styles.xml and are inherited through `w:basedOn`, so we resolve them once per style.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from defusedxml import ElementTree as SafeET

from app.errors import InputError
from app.importers.readers.numbering import W

_HEADING_NAME = re.compile(r"^(?:heading|tiêu đề|đầu đề)\s*(\d)$", re.IGNORECASE)


@dataclass(frozen=True)
class StyleInfo:
    based_on: str | None = None
    name: str = ""
    bold: bool | None = None
    outline_level: int | None = None  # 0-based, as in w:outlineLvl
    num_id: str | None = None
    ilvl: int | None = None


def on_off(element) -> bool | None:
    """A w:b-like toggle: present means on unless its value says off."""
    if element is None:
        return None
    return element.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


def parse_num_pr(ppr) -> tuple[str | None, int | None]:
    """(numId, ilvl) of a w:pPr, either possibly None."""
    if ppr is None:
        return None, None
    num_pr = ppr.find(W + "numPr")
    if num_pr is None:
        return None, None
    num = num_pr.find(W + "numId")
    lvl = num_pr.find(W + "ilvl")
    ilvl = None
    if lvl is not None:
        try:
            ilvl = int(lvl.get(W + "val", "0"))
        except ValueError:
            ilvl = 0
    return (None if num is None else num.get(W + "val")), ilvl


class Styles:
    """Resolved style facts, following `basedOn` chains (cycles are cut)."""

    def __init__(
        self, styles: dict[str, StyleInfo], default_bold: bool, default_paragraph: str | None
    ) -> None:
        self._styles = styles
        self.default_bold = default_bold
        self.default_paragraph = default_paragraph

    @classmethod
    def from_xml(cls, data: bytes | None) -> Styles:
        if not data:
            return cls({}, False, None)
        try:
            root = SafeET.fromstring(data, forbid_dtd=True)
        except Exception as exc:  # expat/defusedxml errors of a broken or hostile part
            raise InputError("Tệp Word có phần kiểu định dạng (styles.xml) hỏng hoặc không an toàn.") from exc
        default_bold = False
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if defaults is not None:
            default_bold = bool(on_off(defaults.find(W + "b")))
        styles: dict[str, StyleInfo] = {}
        default_paragraph = None
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId", "")
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                default_paragraph = style_id
            name_el = style.find(W + "name")
            based = style.find(W + "basedOn")
            ppr = style.find(W + "pPr")
            rpr = style.find(W + "rPr")
            outline = ppr.find(W + "outlineLvl") if ppr is not None else None
            num_id, ilvl = parse_num_pr(ppr)
            styles[style_id] = StyleInfo(
                based_on=None if based is None else based.get(W + "val"),
                name="" if name_el is None else name_el.get(W + "val", ""),
                bold=None if rpr is None else on_off(rpr.find(W + "b")),
                outline_level=_outline(outline),
                num_id=num_id,
                ilvl=ilvl,
            )
        return cls(styles, default_bold, default_paragraph)

    def _chain(self, style_id: str | None):
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            info = self._styles[style_id]
            yield style_id, info
            style_id = info.based_on

    def bold(self, style_id: str | None) -> bool | None:
        for _, info in self._chain(style_id):
            if info.bold is not None:
                return info.bold
        return None

    def heading_level(self, style_id: str | None) -> int | None:
        for _, info in self._chain(style_id):
            match = _HEADING_NAME.match(info.name.strip())
            if match:
                return int(match.group(1))
            if info.name.strip().lower() == "title":
                return 1
            if info.outline_level is not None and info.outline_level < 9:
                return info.outline_level + 1
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None, str | None]:
        """(numId, ilvl, id of the style that carries it) from the style chain."""
        for sid, info in self._chain(style_id):
            if info.num_id is not None:
                return info.num_id, info.ilvl, sid
        return None, None, None


def _outline(element) -> int | None:
    if element is None:
        return None
    try:
        return int(element.get(W + "val", ""))
    except ValueError:
        return None
