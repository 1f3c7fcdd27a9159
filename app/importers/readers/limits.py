"""Size limits for imported plan documents and the messages that refuse them.

A plan is 5–60 pages. The limits are generous for that and small enough that a hostile or
mistaken file (a zip bomb, a 2,000-page dump, a video renamed .docx) is refused *before* any
library spends memory on it:

* the file itself may be up to ``MAX_FILE_BYTES`` (20 MB) — a Word plan with scanned signatures
  and logos is a few MB, so a 5 MB .docx or .pdf is parsed normally;
* the text taken out of it may be up to ``MAX_TEXT_CHARS`` (1,000,000 characters, about 400
  pages) — a 5 MB plain-text file (~3.5 million Vietnamese characters) is refused with a clear
  size message rather than parsed for a minute;
* one line (a paragraph, a table cell) may be up to ``MAX_LINE_CHARS`` (20,000 characters,
  about 7 pages; the longest paragraph of the corpus has 1,406) — a text whose line breaks were
  lost in a copy is refused, not stored as a one-task plan;
* a .docx (a zip) may have at most ``MAX_ZIP_MEMBERS`` parts and ``MAX_UNZIPPED_BYTES`` once
  unpacked, checked from the zip directory *and* while really unpacking (sizes in a zip
  directory can lie).
"""
from __future__ import annotations

from collections.abc import Iterable

from app.errors import InputError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
MAX_LINE_CHARS = 20_000
MAX_ZIP_MEMBERS = 1_000
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_XML_PART_BYTES = 32 * 1024 * 1024  # ~1,000 pages of Word XML; lxml needs ~10x in memory
MAX_COMPRESSION_RATIO = 200  # deflate of real XML reaches ~20; bombs reach thousands


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def check_file_size(size: int) -> None:
    """Refuse an empty file or one over the byte limit."""
    if size == 0:
        raise InputError("Tệp rỗng (0 byte): không có nội dung kế hoạch để nhập.")
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"Tệp quá lớn ({_mb(size)}); giới hạn nhập một kế hoạch là {_mb(MAX_FILE_BYTES)}."
        )


def check_text_length(length: int) -> None:
    """Refuse text too long to be one plan (and too slow to parse interactively)."""
    if length > MAX_TEXT_CHARS:
        raise InputError(
            f"Văn bản quá dài ({length:,} ký tự; giới hạn {MAX_TEXT_CHARS:,} ký tự, khoảng 400 trang): "
            "không giống một kế hoạch — hãy tách tệp.".replace(",", ".")
        )


def check_line_lengths(texts: Iterable[str]) -> None:
    """Refuse a line longer than any paragraph of a plan (line breaks lost, or not a plan)."""
    longest = max((len(line) for text in texts for line in text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise InputError(
            f"Tệp có một dòng dài {longest:,} ký tự không xuống dòng (giới hạn {MAX_LINE_CHARS:,}): "
            "không giống một kế hoạch — có thể dấu xuống dòng đã mất khi sao chép; "
            "hãy lưu lại văn bản từ Word rồi nhập.".replace(",", ".")
        )


def refuse_zip_bomb(detail: str) -> InputError:
    """A zip built to harm (a bomb, a zip-slip name), whatever kind of document it claims to be."""
    return InputError(
        f"Tệp bất thường ({detail}): có thể là tệp nén độc hại, không mở để bảo vệ máy."
    )
