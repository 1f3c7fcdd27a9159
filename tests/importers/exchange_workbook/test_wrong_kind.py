"""What an agency sends back instead of its form is told apart where every returned file is sniffed: the exchange
guard (`app.importers.exchange.guard.wrong_kind`), asked first by the exchange reader. It lived beside the guard in
the exchange service (`services/exchange/wrong_file.py`), a second place that read a file's first bytes."""

from __future__ import annotations

import io

import docx
import pytest
from openpyxl import Workbook

from app.errors import InputError
from app.importers.exchange import read_exchange_workbook
from app.importers.exchange.guard import wrong_kind


def _word() -> bytes:
    document = docx.Document()
    document.add_paragraph("Kính gửi: Ban Tuyên giáo Thành ủy.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("data", "opening"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "Tệp PDF (bản in hoặc bản quét của phiếu)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "Tệp ảnh"),
    ("STT;Nhiệm vụ;Tình trạng\r\n1;Rà soát;".encode(), "Tệp văn bản (CSV)"),
])
def test_the_reader_names_what_was_sent_instead_of_the_form(data: bytes, opening: str) -> None:
    with pytest.raises(InputError) as raised:
        read_exchange_workbook(data)
    assert raised.value.message.startswith(opening), raised.value.message
    assert "đề nghị cơ quan gửi lại chính tệp phiếu (.xlsx) đã điền" in raised.value.message


def test_a_letter_in_word_is_named_and_a_workbook_goes_on_to_its_checks() -> None:
    assert (wrong_kind(_word()) or "").startswith("Tệp Word (có thể là công văn gửi kèm)")
    out = io.BytesIO()
    Workbook().save(out)
    assert wrong_kind(out.getvalue()) is None and wrong_kind(b"PK\x03\x04 cut") is None
