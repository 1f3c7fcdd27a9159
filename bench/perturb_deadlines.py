"""Deadline-spelling perturbations of a plan's text (for `bench.perturb`, beside `bench.perturbations`).

Clerks write the same deadline many ways: `ngày 15/3/2026` or `ngày 15 tháng 3 năm 2026`, `15-3-2026`
(a Party document's dashes), `Quý I/2026`, `quý 1 năm 2026` or `quý I-2026`, `hằng năm` or `hàng năm`,
`trước ngày 15/3` or `chậm nhất ngày 15/3`, `ngày 05/03` or `ngày 5/3`, `Thời gian thực hiện:` or
`Thời hạn thực hiện:`. Each function here rewrites every phrase of one kind in the whole text (tables
included: a time cell is a deadline too) into an equivalent spelling. The rewrite is a pure function of
the string, so the same function respells the gold (`DEADLINE_SPELLING`): the gold's deadline text (and any
task wording that holds a date) changes exactly as the document does, and a drop is the importer's.

The place-and-date line of the header (`Hà Nội, ngày 15 tháng 3 năm 2026`) is left as printed: it is the
plan's date, not a deadline, and the header has its own habits.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable

YEAR = r"(?:19|20)\d{2}"
_QUARTER_WORD = r"(?P<q>[Qq]uý|QUÝ)"
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}
_ARABIC = {v: k for k, v in _ROMAN.items()}
# the plan's own date, wherever the line breaks it: `Hà Nội, ngày 15 tháng 3 năm 2026`, `*Đắk Lắk, ngày 21\ntháng
# 11 năm 2025*`, `TP. Hồ Chí Minh, ngày 05/3/2026`, and an annex's `((Ban hành) kèm theo Kế hoạch … ngày 01 tháng 01
# năm 2025` (its day may be bold, its spellings mixed: `*Hà Nội*, *ngày 22 …`, `ngày **20** tháng 3`, `ngày 02/tháng 8
# năm 2021`)
_OWN_DATE = re.compile(rf"(?:[A-ZĐÀ-Ỹ][^,;:()|\n]{{1,40}},|\(\s*(?:[Bb]an hành )?[Kk]èm theo\b[^()]{{0,200}}?)"
                       rf"\s+[*_]*ngày\s+[*_]*\d{{1,2}}[*_]*\s*(?:tháng\s+|[/.-]\s*(?:tháng\s+)?)[*_]*\d{{1,2}}[*_]*\s*(?:năm\s+|[/.-])[*_]*{YEAR}")


def _keep_header(rewrite: Callable[[str], str]) -> Callable[[str], str]:
    """`rewrite` applied to the whole text but the plan's own date (and an annex's)."""
    def run(text: str) -> str:
        out: list[str] = []
        pos = 0
        for m in _OWN_DATE.finditer(text):
            out.extend((rewrite(text[pos:m.start()]), m.group(0)))
            pos = m.end()
        out.append(rewrite(text[pos:]))
        return "".join(out)

    return run


# --- numeric ↔ words ----------------------------------------------------------------------------

# `15/3/2026` (not a part of a number or a document number: `số 12/2024/NĐ-CP`)
_NUM_DATE = re.compile(rf"(?<![\d/.\-])(?P<ngay>ngày\s+|Ngày\s+)?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{YEAR})"
                       r"(?![\d/])")
# `ngày 15/3` without its year (a bare `2/3` is a fraction: only after `ngày`)
_NUM_DAY = re.compile(r"(?P<ngay>\b[Nn]gày\s+)(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])")
_NUM_MONTH = re.compile(rf"(?P<t>\b[Tt]háng\s+)(?P<m>\d{{1,2}})/(?P<y>{YEAR})(?![\d/])")
_NUM_QUARTER = re.compile(rf"\b{_QUARTER_WORD}\s+(?P<n>IV|I{{1,3}}|[1-4])/(?P<y>{YEAR})(?![\d/])")


def _date_words(m: re.Match[str]) -> str:
    return f"{m.group('ngay') or ''}{m.group('d')} tháng {m.group('m')} năm {m.group('y')}"


def numeric_to_words(text: str) -> str:
    """`ngày 15/3/2026` → `ngày 15 tháng 3 năm 2026` (`trước 30/6/2026` → `trước 30 tháng 6 năm 2026`),
    `ngày 15/3` → `ngày 15 tháng 3`, `tháng 6/2026` → `tháng 6 năm 2026`, `Quý II/2026` → `Quý II năm 2026`."""
    text = _NUM_DATE.sub(_date_words, text)
    text = _NUM_DAY.sub(lambda m: f"{m.group('ngay')}{m.group('d')} tháng {m.group('m')}", text)
    text = _NUM_MONTH.sub(lambda m: f"{m.group('t')}{m.group('m')} năm {m.group('y')}", text)
    return _NUM_QUARTER.sub(lambda m: f"{m.group('q')} {m.group('n')} năm {m.group('y')}", text)


_WORD_DATE = re.compile(rf"\b(?P<ngay>[Nn]gày)\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})"
                        rf"(?:\s+năm\s+(?P<y>{YEAR}))?(?![\d/])")
_WORD_MONTH = re.compile(rf"(?<!\d )\b(?P<t>[Tt]háng)\s+(?P<m>\d{{1,2}})\s+năm\s+(?P<y>{YEAR})(?!\d)")
_WORD_QUARTER = re.compile(rf"\b{_QUARTER_WORD}\s+(?P<n>IV|I{{1,3}}|[1-4])\s+năm\s+(?P<y>{YEAR})(?!\d)")


def words_to_numeric(text: str) -> str:
    """`ngày 15 tháng 3 năm 2026` → `ngày 15/3/2026`, `ngày 15 tháng 3` → `ngày 15/3`, `tháng 6 năm 2026` →
    `tháng 6/2026`, `quý I năm 2026` → `quý I/2026`."""
    text = _WORD_DATE.sub(lambda m: f"{m.group('ngay')} {m.group('d')}/{m.group('m')}"
                          + (f"/{m.group('y')}" if m.group("y") else ""), text)
    text = _WORD_MONTH.sub(lambda m: f"{m.group('t')} {m.group('m')}/{m.group('y')}", text)
    return _WORD_QUARTER.sub(lambda m: f"{m.group('q')} {m.group('n')}/{m.group('y')}", text)


# --- dashes -------------------------------------------------------------------------------------

def slash_to_dash(text: str) -> str:
    """A Party document's dashes: `15/3/2026` → `15-3-2026`, `tháng 6/2026` → `tháng 6-2026`,
    `quý II/2026` → `quý II-2026` (a day without its year keeps its slash: `15-3` reads as a span)."""
    text = _NUM_DATE.sub(lambda m: f"{m.group('ngay') or ''}{m.group('d')}-{m.group('m')}-{m.group('y')}", text)
    text = _NUM_MONTH.sub(lambda m: f"{m.group('t')}{m.group('m')}-{m.group('y')}", text)
    return _NUM_QUARTER.sub(lambda m: f"{m.group('q')} {m.group('n')}-{m.group('y')}", text)


# --- quarters: roman ↔ arabic ---------------------------------------------------------------------

_QUARTER = re.compile(rf"\b{_QUARTER_WORD}(?P<sp>\s+)(?P<n>IV|I{{1,3}}|[1-4])(?![\w])")


def quarter_numerals(text: str) -> str:
    """`Quý I` ↔ `quý 1`: a roman quarter written in figures and a quarter in figures in roman."""
    def swap(m: re.Match[str]) -> str:
        n = m.group("n")
        return f"{m.group('q')}{m.group('sp')}{_ROMAN.get(n) or _ARABIC[n]}"

    return _QUARTER.sub(swap, text)


# --- frequencies --------------------------------------------------------------------------------

_EVERY = re.compile(r"(?<!ngân )\b(?P<h>[Hh])(?P<a>[ằà])ng(?P<sp>\s+)(?P<u>năm|tháng|quý|ngày|tuần)\b")


def hang_toggle(text: str) -> str:
    """`hằng năm` ↔ `hàng năm` (and `tháng`, `quý`, `ngày`, `tuần`): both spellings are in use."""
    return _EVERY.sub(lambda m: f"{m.group('h')}{'à' if m.group('a') == 'ằ' else 'ằ'}ng{m.group('sp')}{m.group('u')}",
                      text)


# --- limits: `trước ngày` ↔ `chậm nhất ngày` -------------------------------------------------------

_LIMIT_DAY = re.compile(r"\b(?:(?P<t>[Tt])rước|(?P<c>[Cc])hậm nhất(?:\s+là)?(?:\s+vào)?)(?P<sp>\s+)ngày(?=\s+\d)")


def before_latest(text: str) -> str:
    """`trước ngày 15/3` ↔ `chậm nhất ngày 15/3` (the same limit to a clerk)."""
    def swap(m: re.Match[str]) -> str:
        if m.group("t"):
            return ("Chậm" if m.group("t") == "T" else "chậm") + " nhất" + m.group("sp") + "ngày"
        return ("Trước" if m.group("c") == "C" else "trước") + m.group("sp") + "ngày"

    return _LIMIT_DAY.sub(swap, text)


# --- figures: `05/03` ↔ `5/3` -----------------------------------------------------------------------

_DAY_MONTH = re.compile(rf"(?<![\d/.\-])(?P<d>\d{{1,2}})(?P<s>[/-])(?P<m>\d{{1,2}})(?P<rest>(?P=s){YEAR}(?![\d/])"
                        r"|(?![\d/\-]))")


def _pad(n: str) -> str:
    return n.lstrip("0") or "0" if n.startswith("0") else n.zfill(2)


def zero_padding(text: str) -> str:
    """`ngày 5/3/2026` ↔ `ngày 05/03/2026`: a one-figure day or month padded, a padded one unpadded (dates
    with their year, or after `ngày`; `ngày 5 tháng 3` ↔ `ngày 05 tháng 03`)."""
    def fix(m: re.Match[str]) -> str:
        if not m.group("rest") and not re.search(r"\b[Nn]gày\s+$", text[max(0, m.start() - 8):m.start()]):
            return m.group(0)
        return f"{_pad(m.group('d'))}{m.group('s')}{_pad(m.group('m'))}{m.group('rest')}"

    text = _DAY_MONTH.sub(fix, text)
    return re.sub(r"\b(?P<n>[Nn]gày)\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\d)",
                  lambda m: f"{m.group('n')} {_pad(m.group('d'))} tháng {_pad(m.group('m'))}", text)


# --- without the year -----------------------------------------------------------------------------

_DAY_YEAR = re.compile(rf"(?<![\d/.\-])(?P<keep>\d{{1,2}}/\d{{1,2}})/{YEAR}(?![\d/])")
_WORD_DAY_YEAR = re.compile(rf"(?P<keep>\b[Nn]gày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}})\s+năm\s+{YEAR}(?!\d)")
_POINT_YEAR = re.compile(rf"(?P<keep>\b(?:[Tt]háng\s+\d{{1,2}}|(?:[Qq]uý|QUÝ)\s+(?:IV|I{{1,3}}|[1-4])))"
                         rf"(?:/|\s+năm\s+){YEAR}(?![\d/])")


def without_year(text: str) -> str:
    """A plan for one year leaves the year off its dates: `trước ngày 15/3/2026` → `trước ngày 15/3`,
    `trong tháng 6/2026` → `trong tháng 6`, `trong Quý II năm 2026` → `trong Quý II` (everywhere, so that
    the gold's phrases change as the text's do, whatever words stand before them)."""
    text = _DAY_YEAR.sub(r"\g<keep>", text)
    text = _WORD_DAY_YEAR.sub(r"\g<keep>", text)
    return _POINT_YEAR.sub(r"\g<keep>", text)


# --- field labels -----------------------------------------------------------------------------------

_LABEL = re.compile(r"\b(?P<t>[Tt]hời|THỜI)(?P<sp>\s+)(?P<w>gian|hạn|GIAN|HẠN)(?=\s+(?:thực hiện|hoàn thành|THỰC HIỆN"
                    r"|HOÀN THÀNH)\b)")
_LABEL_SWAP = {"gian": "hạn", "hạn": "gian", "GIAN": "HẠN", "HẠN": "GIAN"}


def label_toggle(text: str) -> str:
    """`Thời gian thực hiện` ↔ `Thời hạn thực hiện` (and `hoàn thành`): the field's label, another word."""
    return _LABEL.sub(lambda m: f"{m.group('t')}{m.group('sp')}{_LABEL_SWAP[m.group('w')]}", text)


# name → the respelling of a string; the perturbation is that respelling of the whole text
DEADLINE_SPELLING: dict[str, Callable[[str], str]] = {
    "l.words": _keep_header(numeric_to_words),
    "l.numeric": _keep_header(words_to_numeric),
    "l.dash": _keep_header(slash_to_dash),
    "l.quarter(I/1)": _keep_header(quarter_numerals),
    "l.hằng/hàng": _keep_header(hang_toggle),
    "l.trước/chậm": _keep_header(before_latest),
    "l.pad(05/5)": _keep_header(zero_padding),
    "l.no_year": _keep_header(without_year),
    "l.label": _keep_header(label_toggle),
}


def _as_perturbation(respelling: Callable[[str], str]) -> Callable[[str, random.Random], str]:
    def run(text: str, rng: random.Random) -> str:
        return respelling(text)

    run.__doc__ = respelling.__doc__
    return run


DEADLINE_PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    name: _as_perturbation(fn) for name, fn in DEADLINE_SPELLING.items()}
