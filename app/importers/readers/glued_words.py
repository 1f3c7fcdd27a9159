"""Words a PDF's text layer printed without the space after them: `Ban Thường vụĐảng uỷtiếp thu`, `Đềnghị`, `kỳ2025`.

Some PDF text layers (PyMuPDF's reading of signed Party and commune documents) drop the space that follows a
syllable ending in a marked vowel — the mark's glyph overlaps the gap, so no space is seen: `vụ Đảng` comes out
`vụĐảng`, `uỷ tiếp thu` `uỷtiếp thu`, `cử cán bộ công chức` `cửcán bộcông chức`, `giờ 00` `giờ00`. The words so glued
are no words to any rule: an agency mention does not end before `tiếp thu` when it reads `uỷtiếp`, a clock time is
not read in `giờ00`, and the clerk sees the words run together in the review.

A Vietnamese syllable never has a letter after its marked vowel other than a glide or a final consonant, and a final
ends it. So a word is parted after a marked lower-case vowel where the next letters begin another syllable: a capital
(`vụĐảng`), a digit (`kỳ2025`), or an initial and a vowel (`uỷtiếp`, `Đềnghị`) — and only when every piece so made
is a syllable as spelt (`Đề`, `nghị`), a run of capitals (`UBND` in `uỷUBND`) or a number, so that a foreign word
or a name with an accent (`Pokémon`) stays as printed.
"""
from __future__ import annotations

import re
import unicodedata

from app.domain.text import TONE_MARKS
from app.importers.readers.split_letters import is_syllable

_WORD = re.compile(r"\w{3,}")
# the letters with a tone mark, in lower case (`à`, `ả`, `ụ`, `ề`, `ỷ` …), and the capitals of the alphabet
_MARKED = "".join(sorted(
    c for c in map(chr, range(0xC0, 0x1EFA))
    if c.islower() and any(m in TONE_MARKS for m in unicodedata.normalize("NFD", c))))
_CAPITALS = "".join(sorted({c.upper() for c in "abcdđeghiklmnopqrstuvxyăâêôơư" + _MARKED} | set("FJWZ")))
# a cheap first search: a marked vowel followed by a capital, a digit, or an initial and a vowel (`tiếp`, `được`,
# `người` never are)
_GLUE = re.compile(rf"[{_MARKED}](?:[{_CAPITALS}0-9]|[bcdđghklmnpqrstvx]+[aăâeêioôơuưy{_MARKED}])")
# a run of more glued syllables than this is no dropped space (and parting it would try too many ways)
_MOST_CUTS = 8
# the lower-case letters a syllable may begin with (a syllable beginning with a vowel cannot be told from a glide)
_INITIALS = frozenset("bcdđghklmnpqrstvx")


def split_glued_words(text: str) -> str:
    """`text` with the words a PDF glued after a marked vowel parted again (`vụĐảng uỷtiếp` → `vụ Đảng uỷ tiếp`)."""
    if text.isascii() or not _GLUE.search(text):
        return text
    return _WORD.sub(_part, text)


def _part(m: re.Match[str]) -> str:
    word = m.group(0)
    cuts = [i for i in range(1, len(word)) if _ends_marked(word[i - 1]) and _begins_another(word[i])]
    if not cuts or len(cuts) > _MOST_CUTS or _piece_ok(word):
        return word
    pieces = _pieces(word, 0, tuple(cuts))
    return " ".join(pieces) if pieces else word


def _pieces(word: str, start: int, cuts: tuple[int, ...]) -> list[str] | None:
    """The fewest pieces `word[start:]` parts into at `cuts`, each one a piece a glued word may part into; None when
    there is no such parting (`tiếp` is one piece, not `tiế` and `p`)."""
    rest = word[start:]
    if _piece_ok(rest):
        return [rest]
    best: list[str] | None = None
    for cut in (c for c in cuts if c > start):
        head = word[start:cut]
        tail = _pieces(word, cut, cuts) if _piece_ok(head) else None
        if tail is not None and (best is None or len(tail) + 1 < len(best)):
            best = [head, *tail]
    return best


def _ends_marked(ch: str) -> bool:
    """A lower-case vowel carrying a tone mark (`ụ`, `ỷ`, `ề`), the letter after which the space was lost."""
    return ch.islower() and any(c in TONE_MARKS for c in unicodedata.normalize("NFD", ch))


def _begins_another(ch: str) -> bool:
    """A letter that cannot go on the syllable of a marked vowel: a capital, a digit or an initial consonant."""
    return ch.isupper() or ch.isdigit() or ch in _INITIALS


def _piece_ok(piece: str) -> bool:
    """A piece a glued word may part into: a syllable as spelt, a run of capitals (`UBND`) or a number."""
    if piece.isdigit() or (len(piece) > 1 and piece.isalpha() and piece.isupper()):
        return True
    return is_syllable(piece)
