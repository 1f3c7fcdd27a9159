"""Where a plan's zones begin: the header above the body, the body, the footer (recipients, signature), the annexes.

Nghị định 30/2020 and Hướng dẫn 36 print a document in one order: the issuing body, motto, number, place and date
and the type and subject lines; the body; `Nơi nhận:` and the signature; then the annexes, each under its own
`PHỤ LỤC` caption. The rules that read the header, the tasks and the signer each read their own zone only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.importers.extract import header as hdr
from app.importers.extract.closing_paragraph import TEXT_END
from app.importers.extract.outline import Line
from app.importers.extract.prose import letter_body_start

# the Công báo prints the caption in sentence case on a line of its own (`Phụ lục`, `Phụ lục II`) above the annex
# title in capitals; in a sentence (`Phụ lục 2 kèm theo Chương trình …`) the words only refer to one
_SENTENCE_CASE = r"Phụ (?:lục|biểu)(?:\s+(?:số\s+)?[0-9IVXLC]{1,4}[a-z]?)?\s*$"
_ANNEX = re.compile(rf"^(?:PH[UỤ] L[UỤ]C\b|{_SENTENCE_CASE})")
# `PHỤ LỤC`, `PHỤ BIỂU` (an attached table) in capitals on a line of their own: a new annex begins
_ANNEX_CAPTION = re.compile(rf"^(?:PH[UỤ] (?:L[UỤ]C|BIỂU)\b(?!\s*[a-zà-ỹđ])|{_SENTENCE_CASE})")
_OUTLINE_TOP = ("step", "roman", "ALPHA", "part", "article")  # the levels that open a plan's body


@dataclass(frozen=True)
class Zones:
    """The first line of each zone after the header (the header is `lines[:body]`)."""

    body: int
    footer: int
    annex: int  # the first annex after the footer, or len(lines)


def zones_of(lines: list[Line]) -> Zones:
    """The zones of a document's lines. A công văn (no outline, no type word, no `như sau:`) starts its body
    after its `Kính gửi:` list."""
    body = _body_start(lines) or letter_body_start(lines) or 0
    footer = _footer_start(lines, body + 1 if lines else 0)
    annex = next((i for i in range(footer, len(lines)) if _ANNEX.match(lines[i].text)), len(lines))
    return Zones(body=body, footer=footer, annex=annex)


def _annex_after_closing(lines: list[Line]) -> int:
    """Where the annexes begin (`PHỤ LỤC` after the main text's `Nơi nhận:` or signature), or len(lines).
    A guidance numbered `1.`, `2.` and signed can carry an annex numbered `Phần 1`, `I.`: those levels are the
    annex's, not the body's. A decision that issues a plan signs before the plan (`KẾ HOẠCH`, `I.`): no annex
    caption stands between, so its plan's levels stay the body's."""
    closing = next((i for i, ln in enumerate(lines) if ln.label is None and hdr.is_footer_start(ln.text)), None)
    if closing is None:
        return len(lines)
    return next((i for i in range(closing, len(lines)) if _ANNEX.match(lines[i].text)), len(lines))


def _body_start(lines: list[Line]) -> int:
    """The first line of the outline's top level (`I.`, `A.`, `Phần`, `Điều`, `Bước`), else the first `1.`;
    with no numbered outline, the line after the preamble's `… như sau:`, else two lines after the type line."""
    annex = _annex_after_closing(lines)
    numbered = any(ln.style == "dec1" for ln in lines[:annex])
    for i, line in enumerate(lines[:annex] if numbered else lines):
        if line.style in _OUTLINE_TOP:
            return i
    for i, line in enumerate(lines):
        if line.style == "dec1":
            return i
    # no numbered outline: the body starts after the preamble (`... ban hành Kế hoạch như sau:`)
    for i, line in enumerate(lines[:40]):
        if re.search(r"(?:như sau|sau đây|cụ thể như sau)\s*:$", line.text):
            return i + 1
    type_line = next((i for i, ln in enumerate(lines[:20]) if hdr.type_word(ln.text)), None)
    return type_line + 2 if type_line is not None and type_line + 2 < len(lines) else 0


def _footer_start(lines: list[Line], start: int) -> int:
    """Where the footer begins: `Nơi nhận:` or the signing authority (`TM. …`); in a copy without either, after
    the last line ending the text (`./.`): the signature printed below is no part of the last item."""
    for i in range(start, len(lines)):
        if hdr.is_footer_start(lines[i].text) and lines[i].label is None:
            return i
    ends = [i for i in range(start, len(lines)) if TEXT_END.search(lines[i].text)]
    return ends[-1] + 1 if ends else len(lines)


def annex_parts(lines: list[Line], annex: int) -> list[tuple[int, int]]:
    """The annexes after the signature, each `(caption line, end)`: a guidance may attach a procedure annex, an
    allocation table and a set of blank forms one after the other, and each is judged on its own (the forms
    give no duty, the procedure annex may)."""
    if annex >= len(lines):
        return []
    starts = [annex] + [i for i in range(annex + 1, len(lines))
                        if lines[i].label is None and _ANNEX_CAPTION.match(lines[i].text)]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))
