"""Fuzzing the exchange workbook reader: random bytes and mutated valid workbooks give either a
workbook or a typed `InputError` — never another exception — and the reader writes nothing."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.exchange import RowKey
from app.errors import InputError
from app.exporters.exchange_workbook import ExchangeHeader, ExchangeRow, write_exchange_workbook
from app.importers.exchange import read_exchange_workbook


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz")
    header = ExchangeHeader("Sở Nội vụ", "5/KH-UBND", "Kế hoạch", "Sở Tài chính", "2021-Q4", "quý IV năm 2021",
                            date(2021, 9, 15), date(2021, 12, 14), date(2021, 12, 25), "ab" * 16, 1, 2, "cd" * 16,
                            date(2021, 12, 1), "Kế hoạch số 5/KH-UBND")
    rows = [ExchangeRow(RowKey("ab" * 16, 1, "2021-Q4", 2, n), str(n), f"Nhiệm vụ {n}", "Chủ trì", "Thường xuyên",
                        "Thường xuyên", "", status="Đang thực hiện", percent=50, result="Kết quả")
            for n in range(1, 4)]
    path = folder / "valid.xlsx"
    write_exchange_workbook(header, rows, path)
    return path.read_bytes()


def _read(data: bytes, folder: Path) -> None:
    before = sorted(os.listdir(folder))
    try:
        book = read_exchange_workbook(data)
    except InputError as exc:
        assert exc.message.strip()
    else:
        assert book.meta["period"] and all(r.line > 0 for r in book.rows)
    assert sorted(os.listdir(folder)) == before


def test_the_valid_workbook_reads(valid: bytes) -> None:
    book = read_exchange_workbook(valid)
    assert len(book.rows) == 3 and book.rows[0].percent == 50


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2048))
def test_random_bytes_give_typed_errors(data: bytes, tmp_path: Path) -> None:
    _read(data, tmp_path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), flips=st.binary(min_size=1, max_size=16))
def test_flipped_bytes_of_a_valid_workbook_give_typed_errors(valid: bytes, position: int, flips: bytes,
                                                             tmp_path: Path) -> None:
    start = position % len(valid)
    mutated = valid[:start] + bytes(b ^ f for b, f in zip(valid[start:start + len(flips)], flips, strict=False)) \
        + valid[start + len(flips):]
    _read(mutated, tmp_path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(member=st.integers(min_value=0), payload=st.binary(max_size=512), truncate=st.booleans())
def test_mutated_parts_of_a_valid_workbook_give_typed_errors(valid: bytes, member: int, payload: bytes,
                                                             truncate: bool, tmp_path: Path) -> None:
    """One part of the package replaced by garbage (or cut short): XML parsers must not escape."""
    source = zipfile.ZipFile(io.BytesIO(valid))
    infos = source.infolist()
    victim = infos[member % len(infos)].filename
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in infos:
            data = source.read(info)
            if info.filename == victim:
                data = data[: len(data) // 2] if truncate else payload
            out.writestr(info.filename, data)
    _read(buffer.getvalue(), tmp_path)


def test_an_unknown_zip_version_is_a_typed_error(valid: bytes, tmp_path: Path) -> None:
    """Found by the fuzzer: zipfile raises NotImplementedError for a central directory entry
    that claims a newer zip version."""
    mutated = valid[:7917] + bytes(b ^ f for b, f in zip(valid[7917:7920], b"\x00\x00@", strict=True)) \
        + valid[7920:]
    _read(mutated, tmp_path)
