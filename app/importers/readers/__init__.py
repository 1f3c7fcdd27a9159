"""Readers: a plan file of any supported format → neutral blocks (`app.importers.blocks`).

One entry, `read_blocks(path)`: it refuses bad input with one Vietnamese `InputError` (unknown
type, empty, too large, not what its name says, unsafe) and otherwise dispatches on the file
type. The file's bytes are read once; readers never write anything and never execute content.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import InputError
from app.importers.blocks import Block, Paragraph
from app.importers.readers.decode import refuse_legacy_vietnamese
from app.importers.readers.limits import MAX_FILE_BYTES, check_file_size, check_line_lengths
from app.os_errors import os_error_cause

SUPPORTED = (".docx", ".txt", ".md", ".pdf")


def _reader(suffix: str) -> Callable[[bytes], list[Block]]:
    if suffix == ".docx":
        from app.importers.readers.docxfile import read_docx_bytes

        return read_docx_bytes
    if suffix == ".pdf":
        from app.importers.readers.pdffile import read_pdf_bytes

        return read_pdf_bytes
    from app.importers.readers.textfile import read_text_bytes

    return read_text_bytes


def read_file_bytes(path: str | Path) -> bytes:
    """The file's bytes after the checks every format shares (exists, type, size)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise InputError("Định dạng Word 97-2003 (.doc) chưa hỗ trợ; hãy mở bằng Word và lưu thành .docx.")
    if suffix not in SUPPORTED:
        raise InputError(
            f"Không hỗ trợ loại tệp '{path.suffix or path.name}'; hãy dùng .docx, .pdf, .txt hoặc .md."
        )
    try:
        if not path.is_file():
            raise InputError(f"Không tìm thấy tệp: {path}")
        check_file_size(path.stat().st_size)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {path.name}: {os_error_cause(exc)}") from exc
    check_file_size(len(data))
    return data


def read_blocks(path: str | Path) -> list[Block]:
    """Blocks of the plan file at `path`, in document order."""
    data = read_file_bytes(path)
    return read_bytes(data, Path(path).suffix.lower())


def read_bytes(data: bytes, suffix: str) -> list[Block]:
    """Blocks of a plan given as bytes and its file type (`.docx`, `.pdf`, `.txt`, `.md`)."""
    suffix = suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"Không hỗ trợ loại tệp '{suffix}'; hãy dùng .docx, .pdf, .txt hoặc .md.")
    check_file_size(len(data))
    if suffix in (".txt", ".md") and data[:2] == b"PK":
        raise InputError(
            "Tệp có đuôi văn bản nhưng là tệp nén (có thể là .docx đổi tên); hãy dùng đúng đuôi tệp."
        )
    if suffix in (".txt", ".md", ".docx") and data[:5] == b"%PDF-":
        raise InputError("Tệp là PDF nhưng có đuôi khác; hãy đổi đuôi thành .pdf.")
    blocks = _reader(suffix)(data)
    if not any(getattr(b, "text", "").strip() or getattr(b, "rows", None) for b in blocks):
        raise InputError("Tệp không có nội dung văn bản để nhập.")
    check_line_lengths(_texts(blocks))
    refuse_legacy_vietnamese("\n".join(_texts(blocks)))
    return blocks


def _texts(blocks: list[Block]):
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text
        else:
            yield from (cell for row in block.rows for cell in row)
