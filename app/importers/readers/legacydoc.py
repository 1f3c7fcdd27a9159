"""Word 97-2003 plans (.doc) → .docx bytes, through LibreOffice when it is installed.

Offices still send .doc files. We do not parse the binary format ourselves: LibreOffice (or
Word, by the clerk) converts it to .docx, which the .docx reader then reads like any other (how
the conversion runs: `app.importers.readers.office`); without LibreOffice the clerk gets one
line saying how to save as .docx.
"""
from __future__ import annotations

from app.importers.readers.office import convert_with_office

SAVE_AS_DOCX = "Tệp Word 97-2003 (.doc): hãy mở bằng Word, chọn Lưu thành (Save As) định dạng .docx rồi nhập lại."


def doc_to_docx(data: bytes) -> bytes:
    """The .docx LibreOffice makes of a .doc file's bytes; `InputError` when it cannot."""
    # the Word 97 filter only: a damaged file fails instead of being imported as plain text
    return convert_with_office(data, source="doc", target="docx", infilter="MS Word 97", save_as=SAVE_AS_DOCX)
