"""What agencies send back instead of the filled form — the form printed to PDF, a scan or photo, the covering
letter in Word, the table saved as CSV — each refused with what to ask the agency for (session 17). They were
all refused as «Tệp không phải phiếu báo cáo .xlsx hợp lệ (không phải tệp nén Office Open XML)»."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from PIL import Image

from app.domain.periods import Period
from app.services import Services
from tests.services.exchange.conftest import AS_OF
from tests.services.exchange.helpers import convert


@pytest.fixture
def form(services: Services, plan, tmp_path: Path) -> Path:
    [sent] = services.exchange.export(plan["plan"], Period.parse("2021-Q4"), tmp_path / "out",
                                      agency_ids=[plan["Sở Nội vụ"]], as_of=AS_OF)
    return sent.path


def _refusal(services: Services, path: Path) -> str:
    [review] = services.exchange.review([path], today=date(2021, 12, 20))
    assert review.rows == []
    return review.error


def test_the_form_printed_to_pdf_even_renamed_xlsx_asks_for_the_spreadsheet(services: Services, form: Path,
                                                                          tmp_path: Path) -> None:
    pdf = convert(form, tmp_path / "calc", "pdf")
    renamed = shutil.copyfile(pdf, tmp_path / "2021-Q4_so-noi-vu (da ky).xlsx")
    for path in (pdf, renamed):
        refusal = _refusal(services, path)
        assert refusal.startswith("Tệp PDF (bản in hoặc bản quét của phiếu), không phải bảng tính")
        assert "gửi lại chính tệp phiếu (.xlsx) đã điền" in refusal


def test_a_photo_a_letter_in_word_and_a_csv_are_each_named(services: Services, form: Path, tmp_path: Path) -> None:
    photo = tmp_path / "phieu.jpg"
    Image.new("RGB", (40, 30), "white").save(photo)
    letter = tmp_path / "cong-van.docx"
    document = docx.Document()
    document.add_paragraph("Kính gửi: Sở Nội vụ. Bộ Nội vụ gửi kèm báo cáo kết quả thực hiện quý IV.")
    document.save(letter)
    old_word = convert(letter, tmp_path / "doc", "doc")
    csv = convert(form, tmp_path / "csv", "csv")
    assert _refusal(services, photo).startswith("Tệp ảnh (ảnh chụp hoặc bản quét của phiếu)")
    for word in (letter, old_word):
        assert _refusal(services, word).startswith("Tệp Word (có thể là công văn gửi kèm)")
    assert _refusal(services, csv).startswith("Tệp văn bản (CSV), không phải bảng tính: lưu dạng CSV làm mất mã dòng")


def test_a_damaged_workbook_keeps_its_own_reason(services: Services, form: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(form.read_bytes()[:2000])
    assert "không phải phiếu báo cáo .xlsx hợp lệ" in _refusal(services, cut)
