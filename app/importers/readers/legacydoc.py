"""Word 97-2003 plans (.doc) → .docx bytes, through LibreOffice when it is installed.

Offices still send .doc files. We do not parse the binary format ourselves: LibreOffice (or
Word, by the clerk) converts it to .docx, which the .docx reader then reads like any other. The
conversion runs headless in a temporary folder, with macros disabled by LibreOffice's defaults
and a time limit; without LibreOffice the clerk gets one line saying how to save as .docx.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from app.errors import InputError

CONVERT_SECONDS = 120
SAVE_AS_DOCX = "Tệp Word 97-2003 (.doc): hãy mở bằng Word, chọn Lưu thành (Save As) định dạng .docx rồi nhập lại."


def office_program() -> str | None:
    """The LibreOffice command on this machine, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (Path("C:/Program Files/LibreOffice/program/soffice.exe"),
                      Path("C:/Program Files (x86)/LibreOffice/program/soffice.exe")):
        if candidate.is_file():
            return str(candidate)
    return None


def doc_to_docx(data: bytes) -> bytes:
    """The .docx LibreOffice makes of a .doc file's bytes; `InputError` when it cannot."""
    program = office_program()
    if program is None:
        raise InputError(SAVE_AS_DOCX)
    with tempfile.TemporaryDirectory(prefix="kehoach-doc-") as folder:
        source = Path(folder) / "plan.doc"
        source.write_bytes(data)
        # the Word 97 filter only: a damaged file fails instead of being imported as plain text
        profile = Path(folder) / "profile"  # a private profile: no clash with an open LibreOffice
        command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                   "--infilter=MS Word 97", "--convert-to", "docx", "--outdir", folder, str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise InputError(f"Không chuyển được tệp .doc sang .docx. {SAVE_AS_DOCX}") from exc
        target = Path(folder) / "plan.docx"
        if not target.is_file() or target.stat().st_size == 0:
            raise InputError(f"Không chuyển được tệp .doc sang .docx (tệp hỏng hoặc có mật khẩu). {SAVE_AS_DOCX}")
        return target.read_bytes()
