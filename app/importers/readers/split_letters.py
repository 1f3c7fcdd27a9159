"""Words a PDF's text layer printed letter by letter: `Đ ế n năm 2020`, `h ế t`, `Đ ả ng`, `ch ế độ`.

A PDF places some glyphs on their own (a letter with two marks, one the font composes by hand), and a text
extraction then puts a space on each side of them: `Đến` comes out `Đ ế n`, `Đảng` `Đ ả ng`, `chế` `ch ế`. No
deadline, actor or word list reads the word so split, and the clerk sees it broken in the review.

The pieces are joined back only where nothing else can be meant: each piece is a single letter or a run of
consonants that is no Vietnamese word by itself (`ch`, `ng`, `nh` …); the pieces together spell one Vietnamese
syllable (an initial, a vowel, a final, at most one tone mark, in lower case, capitalised or in capitals); and
there are three pieces or more, or one of them is such a consonant run. Two lone letters are joined when they are
a consonant and a marked vowel (`x ã`, `k ế`, `t ế`) or a vowel and a final (`ơ n`), unless a word citing a label
stands before them (`điểm b ở trên`: a label and a word). Left alone as well:
- a run of capitals only (`K Ế H O Ạ C H`): a heading set with letter spacing, whose words the spaces between
  letters no longer part;
- a letter after a number (`5 m ở …`): a unit.
A consonant run glued to a real word (`chí nh trị`, `công ng hệ`) can be no word of its own: it joins the neighbour
with which it spells a syllable, the word before it as a final (`chính`) or the word after it as an initial
(`nghệ`) — when both or neither could, it is left as printed.
"""
from __future__ import annotations

import re
import unicodedata

from app.domain.text import TONE_MARKS

_STOP_TONES = "\u0301\u0323"  # a syllable closed by c, ch, p or t takes the acute or the dot below only
_INITIAL = r"(?P<initial>ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
# the vowels of a syllable with nothing after them (`tiê`, `ươ`, `ă` alone are no syllable), with a glide, and
# before each final: `c`/`ng` never after `i`, `ê`, `y` (`ing` is no syllable; `inh`, `ênh` are)
_OPEN = r"(?:a|e|ê|i|o|ô|ơ|u|ư|y|oa|oe|uê|uy|uơ)"
_GLIDED = (r"(?:ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu"
           r"|uya|uyu)")
_BEFORE_NG = r"(?:iê|yê|oa|oă|oo|uâ|uô|ươ|a|ă|â|e|o|ô|u|ư)"
_BEFORE_T = r"(?:iê|yê|oa|oă|oe|uâ|uê|uô|ươ|uyê|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư)"
_BEFORE_NH = r"(?:oa|uy|uê|a|ê|i|y)"
_RHYME = rf"(?:{_BEFORE_NG}(?:ng|c)|{_BEFORE_T}[mnpt]|{_BEFORE_NH}(?:ch|nh)|{_GLIDED}|{_OPEN})"
_SYLLABLE = re.compile(rf"{_INITIAL}(?P<rhyme>{_RHYME})")
# consonant runs that spell an initial or a final and are no word of their own
_CLUSTERS = frozenset({"ch", "gh", "kh", "ng", "ngh", "nh", "ph", "th", "tr"})
# a letter alone or such a run, as a token of its own
_PIECE = rf"(?:{'|'.join(sorted(_CLUSTERS, key=len, reverse=True))}|[^\W\d_])(?!\w)"
# pieces parted by single spaces, not glued to a word, a number or an abbreviation's dot
_RUN = re.compile(rf"(?<![\w./-])(?<!\d )(?:{_PIECE} )+{_PIECE}(?![/-])")


# a consonant run standing alone in lower case, with the word before and the word after it (`_CLUSTER`: a cheap first
# search for one of `_CLUSTERS` after a space, most lines have none)
_CLUSTER = re.compile(r" (?:ngh?|[ncgkpt]h|tr)\b")
_GLUED = re.compile(rf"(?:(?<![\w./-])([^\W\d_]+) )?(?<![\w./-])({'|'.join(sorted(_CLUSTERS, key=len, reverse=True))})"
                    rf"(?![\w./-])(?: ([^\W\d_]+)(?![\w./-]))?")
# a word citing a label (`điểm b`, `mục c`, `tiết a`): the letter after it is the label, not a split word
_CITES_LABEL = re.compile(r"\b(?:điểm|mục|tiết|khoản|phần|phụ lục)\s*$", re.IGNORECASE)
_CONSONANTS = "bcdđghklmnpqrstvx"
_FINALS = "cmnpt"


def join_split_letters(text: str) -> str:
    """`text` with the words a PDF split into spaced letters joined back (`Đ ế n năm 2020` → `Đến năm 2020`)."""
    if " " not in text:
        return text
    text = _RUN.sub(_join_run, text)
    return _GLUED.sub(_join_glued, text) if _CLUSTER.search(" " + text) else text


def _join_glued(m: re.Match[str]) -> str:
    """A consonant run glued to the word before (`chí nh` → `chính`) or after it (`ng hệ` → `nghệ`): joined to the one
    neighbour with which it spells a syllable; as printed when both or neither could."""
    before, run, after = m.group(1), m.group(2), m.group(3)
    back = bool(before) and is_syllable(before + run)
    ahead = bool(after) and is_syllable(run + after)
    if back == ahead:
        return m.group(0)
    if back:
        return before + run + (f" {after}" if after else "")
    return (f"{before} " if before else "") + run + after


def _two_letters(pieces: list[str], before: str, whole: bool) -> bool:
    """Two lone letters that spell a syllable a PDF split: a consonant and a marked vowel (`x ã`, `k ế`, also inside
    a longer run: `Y t ế`), or a vowel and a final consonant making the whole run (`ơ n`, `Ă n`; inside `đ ế n h ế t`
    the `ế t` is the end of `hết`) — not after a word citing a label (`điểm b ở trên`)."""
    first, second = (p.lower() for p in pieces)
    if _CITES_LABEL.search(before) or not is_syllable("".join(pieces)):
        return False
    if first in _CONSONANTS:
        return second not in _CONSONANTS and not second.isascii()
    return whole and second in _FINALS


def _join_run(run: re.Match[str]) -> str:
    """The pieces of one run parted into syllables so that as many pieces as can are joined: `đ ế n h ế t` is
    `đến hết`, not `đếnh` and three pieces left (a syllable may close on `nh`, so the first that spells one is not
    always the one meant)."""
    pieces = run.group(0).split(" ")
    if all(len(p) > 1 for p in pieces):
        return run.group(0)  # consonant runs only (`ng th`): no syllable
    # best[k]: over pieces[k:], the most pieces joined, then the fewest words (counted below zero, so that the
    # larger is the better), and where the first word of that parting ends
    best: list[tuple[int, int, int]] = [(0, 0, len(pieces))] * (len(pieces) + 1)
    for start in range(len(pieces) - 1, -1, -1):
        joined, fewer, _ = best[start + 1]
        choice = (joined, fewer - 1, start + 1)  # the piece left as printed
        for end in range(start + 2, len(pieces) + 1):
            if _joinable(pieces[start:end], run.string[:run.start()] + " ".join(["", *pieces[:start]]),
                         whole=end - start == len(pieces)):
                joined, fewer, _ = best[end]
                choice = max(choice, (joined + end - start, fewer - 1, end))
        best[start] = choice
    out: list[str] = []
    start = 0
    while start < len(pieces):
        end = best[start][2]
        out.append("".join(pieces[start:end]))
        start = end
    return " ".join(out)


def _joinable(pieces: list[str], before: str, whole: bool) -> bool:
    """Do these pieces (printed after `before`; `whole`: all of the run) spell one syllable split by the extraction,
    and nothing else?"""
    singles = [p for p in pieces if len(p) == 1]
    if len(singles) == len(pieces) and all(p.isupper() for p in pieces):
        return False
    if len(singles) == len(pieces) == 2:
        return _two_letters(pieces, before, whole)
    if len(singles) == len(pieces) and len(pieces) < 3:
        return False
    return is_syllable("".join(pieces))


def is_syllable(word: str) -> bool:
    """Is `word` one Vietnamese syllable as spelt (`Đến`, `hết`, `Đảng`, `HUẾ`; not `hêt`, `tiê`, `Kẽm`'s `kẼm`)?"""
    if word not in (word.lower(), word.capitalize(), word.upper()):
        return False
    spelt = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in spelt if c in TONE_MARKS]
    base = unicodedata.normalize("NFC", "".join(c for c in spelt if c not in TONE_MARKS))
    m = _SYLLABLE.fullmatch(base)
    if m is None or len(tones) > 1:
        return False
    if re.search(r"(?:c|ch|p|t)$", base) and not (tones and tones[0] in _STOP_TONES):
        return False  # `hêt` is no syllable, `hết` and `mặt` are
    return _spelt_right(m.group("initial") or "", m.group("rhyme"))


def _spelt_right(initial: str, rhyme: str) -> bool:
    """Vietnamese spelling of an initial before its vowel: `k`, `gh`, `ngh` before `i e ê y` only, `c`, `g`,
    `ng` never before `e ê` (nor `c` before `i y`)."""
    front = rhyme[0] in "ieêy"
    if initial in ("k", "gh", "ngh"):
        return front
    if initial == "c":
        return not front
    if initial in ("g", "ng"):
        return rhyme[0] not in "eê"
    return True
