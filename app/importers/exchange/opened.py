"""A checked workbook opened by openpyxl, every failure of openpyxl turned into one `InputError`.

Why: openpyxl answers a malformed workbook with whatever its XML parser or its own code raises
(lxml's XMLSyntaxError for an empty or garbled part, KeyError for a missing relation,
TypeError, IndexError…), and in read-only mode it parses each sheet only while its rows are
walked. It also *warns* about a damaged part (`warnings.warn`: "… contains invalid dependency
definitions", found by fuzzing), which Python prints on stderr as two lines of English and a
source path around our one `Lỗi:` line; the clerk can do nothing with them, so they are
silenced here. The exchange reader and the agency list both open workbooks; both go through
here, so neither can let one of those reach the clerk.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from openpyxl import load_workbook

from app.errors import AppError
from app.importers.exchange.guard import WORKBOOK, check_workbook_bytes
from app.importers.readers.zipguard import PackageKind


@contextmanager
def opened_workbook(data: bytes, kind: PackageKind = WORKBOOK) -> Iterator[Any]:
    """The read-only workbook in `data` after `check_workbook_bytes`; anything but an `AppError`
    raised while opening it or inside the `with` block is `kind.damaged(...)`. Closed on leaving."""
    check_workbook_bytes(data, kind)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a malformed package; all mean the same
            raise kind.damaged("Excel không đọc được cấu trúc bảng tính") from exc
        try:
            yield book
        except AppError:
            raise
        except Exception as exc:  # noqa: BLE001 - a sheet openpyxl cannot walk is a damaged file
            raise kind.damaged("nội dung bảng tính hỏng") from exc
        finally:
            book.close()
