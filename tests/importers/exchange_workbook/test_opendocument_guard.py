"""The package checks an .ods passes before LibreOffice opens it: password, macros, other
OpenDocument types and zip bombs are refused without starting LibreOffice."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.errors import InputError
from app.importers.exchange.guard import ODS_MIMETYPE, check_opendocument_bytes, is_opendocument
from app.importers.exchange.opendoc import ods_to_xlsx
from app.importers.readers import office

MANIFEST = b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'


def _ods(**extra: bytes) -> bytes:
    parts = {"content.xml": b"<office:document-content/>", "META-INF/manifest.xml": MANIFEST, **extra}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype", ODS_MIMETYPE))
        for name, data in parts.items():
            archive.writestr(name, data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


@pytest.mark.parametrize(("extra", "message"), [
    ({"META-INF/manifest.xml": MANIFEST[:-2] + b"><manifest:encryption-data/></manifest:manifest>"}, "mật khẩu"),
    ({"Basic/Standard/Module1.xml": b"<script/>"}, "macro"),
    ({"mimetype": b"application/vnd.oasis.opendocument.text"}, "không phải bảng tính"),
    ({"content.xml": b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'}, "DOCTYPE"),
    ({"content.xml": b" " * (160 * 1024 * 1024)}, "độc hại"),
])
def test_refused_before_libreoffice_starts(extra: dict[str, bytes], message: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "office_program", lambda: pytest.fail("LibreOffice must not be started"))
    data = _ods(**extra)
    assert is_opendocument(data)
    with pytest.raises(InputError, match=message):
        check_opendocument_bytes(data)
    with pytest.raises(InputError, match=message):
        ods_to_xlsx(data)


def test_what_counts_as_opendocument() -> None:
    data = _ods()
    check_opendocument_bytes(data)
    assert is_opendocument(data) and is_opendocument(data[: len(data) // 2]), "a cut .ods is still told apart"
    assert not is_opendocument(b"PK\x03\x04 not a zip") and not is_opendocument(b"")
