"""Word automatic numbering: recover the label Word *draws* but does not store in the text.

A plan typed in Word with automatic lists has `1.`, `a)`, `II.` or `-` only in numbering.xml:
the paragraph says "list 3, level 1" (`w:numPr`) and Word counts. The outline is built from
these labels, so we replay the counting: one counter set per list instance, deeper levels reset
when a higher level advances, `%1.%2.` level texts filled in with each level's format.

Lower-case letter lists follow the Vietnamese alphabet of administrative documents
(a b c d đ e g h i k l m n o p q r s t u v x y), which is how a plan's items are cited
("điểm đ khoản 2"); Word itself would draw `e` after `d`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

from app.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_DASHES = {"-", "–", "—", "‒", "−", "\uf02d"}


@dataclass(frozen=True)
class Level:
    """One level of an abstract list: how its counter prints and where it starts."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: 0 = never restart
    legal: bool = False  # w:isLgl: every %N of this level in decimal
    style: str | None = None  # w:pStyle: paragraph style bound to this level


@dataclass
class ListDef:
    """A w:num: which abstract list it uses and the levels it restarts or redefines."""

    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _val(element, name: str) -> str | None:
    child = element.find(W + name)
    return None if child is None else child.get(W + "val")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _level(lvl) -> Level:
    restart = _val(lvl, "lvlRestart")
    return Level(
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        start=_int(_val(lvl, "start"), 1),
        restart=_int(restart, 1) if restart is not None else None,
        legal=(lvl.find(W + "isLgl") is not None and _val(lvl, "isLgl") not in ("0", "false", "off")),
        style=_val(lvl, "pStyle"),
    )


def format_number(n: int, fmt: str) -> str:
    """One counter value in a Word number format."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = _letters(n, VIETNAMESE_LETTERS)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal and the exotic formats (ordinal, cardinalText, ...) fall back


def _letters(n: int, alphabet: str) -> str:
    if n < 1:
        return str(n)
    size = len(alphabet)
    return alphabet[(n - 1) % size] * ((n - 1) // size + 1)  # Word's aa, bb after z


def _roman(n: int) -> str:
    if n < 1:
        return str(n)
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def bullet_label(text: str) -> str:
    """A bullet's glyph as the outline writes it: dashes stay `-`, `+` stays, the rest is `•`."""
    glyph = text.strip()
    if glyph in _DASHES:
        return "-"
    if glyph == "+":
        return "+"
    return "•"


class Numbering:
    """The lists of one document and the counters of the paragraphs read so far."""

    def __init__(self, abstracts: dict[str, dict[int, Level]], lists: dict[str, ListDef]) -> None:
        self._abstracts = abstracts
        self._lists = lists
        self._counters: dict[object, dict[int, int]] = {}
        self._started: set[str] = set()

    @classmethod
    def from_xml(cls, data: bytes | None) -> Numbering:
        """Parse numbering.xml with defusedxml (no DTD, no entities); None → no lists."""
        if not data:
            return cls({}, {})
        try:
            root = SafeET.fromstring(data, forbid_dtd=True)
        except Exception as exc:  # defusedxml/expat raise several types; all mean a bad part
            raise InputError("Tệp Word có phần đánh số (numbering.xml) hỏng hoặc không an toàn.") from exc
        abstracts: dict[str, dict[int, Level]] = {}
        for abstract in root.iter(W + "abstractNum"):
            levels = {_int(lvl.get(W + "ilvl"), 0): _level(lvl) for lvl in abstract.findall(W + "lvl")}
            abstracts[abstract.get(W + "abstractNumId", "")] = levels
        lists: dict[str, ListDef] = {}
        for num in root.iter(W + "num"):
            definition = ListDef(_val(num, "abstractNumId") or "")
            for override in num.findall(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"), 0)
                start = override.find(W + "startOverride")
                if start is not None:
                    definition.start_overrides[ilvl] = _int(start.get(W + "val"), 1)
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    definition.level_overrides[ilvl] = _level(lvl)
            lists[num.get(W + "numId", "")] = definition
        return cls(abstracts, lists)

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level a paragraph style is bound to (`w:pStyle` inside a `w:lvl`), if any."""
        definition = self._lists.get(num_id)
        if definition is None:
            return None
        for ilvl, level in self._abstracts.get(definition.abstract_id, {}).items():
            if level.style == style_id:
                return ilvl
        return None

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Advance list `num_id` at level `ilvl` and return the label Word prints, or None."""
        definition = self._lists.get(num_id)
        if definition is None or num_id == "0":
            return None
        levels = self._levels(definition)
        level = levels.get(ilvl)
        if level is None:
            return None
        # Lists sharing an abstract definition continue one another (Word's behaviour) unless
        # the w:num restarts a level: then it counts on its own.
        key: object = ("num", num_id) if definition.start_overrides else definition.abstract_id
        counters = self._counters.setdefault(key, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl_no, start in definition.start_overrides.items():
                counters[lvl_no] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart != 0 and (restart is None or restart - 1 >= ilvl):
                del counters[deeper]
        if level.fmt == "bullet":
            return bullet_label(level.text)
        return self._render(level, levels, counters) or None

    def _levels(self, definition: ListDef) -> dict[int, Level]:
        levels = dict(self._abstracts.get(definition.abstract_id, {}))
        levels.update(definition.level_overrides)
        return levels

    @staticmethod
    def _render(level: Level, levels: dict[int, Level], counters: dict[int, int]) -> str:
        out = []
        text = level.text
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                ref = int(text[i + 1]) - 1
                ref_level = levels.get(ref, Level())
                value = counters.get(ref, ref_level.start)
                fmt = "decimal" if level.legal else ref_level.fmt
                out.append(format_number(value, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        return "".join(out).strip()
