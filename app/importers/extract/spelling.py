"""One tone-placement convention for the rules, the document's own for what the clerk reads.

Vietnamese offices write an open syllable ending in `oa`, `oe`, `uy` two ways: the new style puts
the tone on the first vowel (`hòa`, `khỏe`, `thủy`, `Ủy ban`), the old style on the second
(`hoà`, `khoẻ`, `thuỷ`, `Uỷ ban`); Word files of one province use one, the next another. The rules
(agency names, `Ủy ban nhân dân`, `chủ trì`, deadline words) are written once, in the new style.
A document written mostly in the old style is read in the new style and every text of the result
is put back in the old style afterwards, so the clerk sees the plan spelled as it was written.
The mapping moves one mark inside one word and is its own inverse on these syllables.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any, TypeVar

from app.domain.text import TONE_MARKS

_LETTER = r"[^\W\d_]"
# `qu` is one consonant: `quý`, `quả` carry the tone on the vowel after it in both styles
_NEW = re.compile(rf"(?<![qQ])([òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?!{_LETTER})")
_OLD = re.compile(rf"(?<![qQ])([oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!{_LETTER})")
T = TypeVar("T")


def _move(pair: str, to_first: bool) -> str:
    first, second = (unicodedata.normalize("NFD", c) for c in pair)
    tone = next(c for c in first + second if c in TONE_MARKS)
    first, second = first.replace(tone, ""), second.replace(tone, "")
    if to_first:
        first += tone
    else:
        second += tone
    return unicodedata.normalize("NFC", first) + unicodedata.normalize("NFC", second)


def to_new_style(text: str) -> str:
    """`hoà`, `thuỷ`, `Uỷ` → `hòa`, `thủy`, `Ủy` (NFC text)."""
    return _OLD.sub(lambda m: _move(m.group(1), to_first=True), text)


def to_old_style(text: str) -> str:
    """`hòa`, `thủy`, `Ủy` → `hoà`, `thuỷ`, `Uỷ` (NFC text)."""
    return _NEW.sub(lambda m: _move(m.group(1), to_first=False), text)


def writes_old_style(text: str) -> bool:
    """Whether a document places tones mostly the old way (more `hoà`/`Uỷ` than `hòa`/`Ủy`)."""
    text = unicodedata.normalize("NFC", text)
    return len(_OLD.findall(text)) > len(_NEW.findall(text))


def respell(value: T, convert: Any) -> T:
    """`value` with every string inside it (dataclass fields, lists, dicts) passed to `convert`."""
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [respell(v, convert) for v in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(respell(v, convert) for v in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {k: respell(v, convert) for k, v in value.items()}  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: respell(getattr(value, f.name), convert) for f in dataclasses.fields(value)
                   if f.init}
        return dataclasses.replace(value, **changes)  # type: ignore[return-value]
    return value
