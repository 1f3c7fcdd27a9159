"""Files LibreOffice converts for us: a Word 97-2003 plan (.doc → .docx), an OpenDocument or
Excel 97-2003 workbook (.ods, .xls → .xlsx).

We do not parse these formats ourselves: LibreOffice, when installed, converts the file to the
Office Open XML format the program reads, and the usual reader and its checks take over. The
conversion runs headless in a private temporary folder, with its own LibreOffice profile (a
LibreOffice the clerk has open would otherwise take the job over, or block it), macros left off
by LibreOffice's defaults, one input filter (a damaged file fails instead of being read as
text) and a time limit. Without LibreOffice the clerk gets the one line `save_as` saying how
to save the file in the format we read.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from app.errors import InputError

CONVERT_SECONDS = 120


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


def convert_with_office(data: bytes, *, source: str, target: str, infilter: str, save_as: str) -> bytes:
    """The `.target` file LibreOffice makes of a `.source` file's bytes (suffixes without the
    dot); `InputError` ending with `save_as` when LibreOffice is missing or cannot convert it."""
    program = office_program()
    if program is None:
        raise InputError(save_as)
    with tempfile.TemporaryDirectory(prefix=f"kehoach-{source}-") as folder:
        original = Path(folder) / f"input.{source}"
        original.write_bytes(data)
        profile = Path(folder) / "profile"  # a private profile: no clash with an open LibreOffice
        command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                   f"--infilter={infilter}", "--convert-to", target, "--outdir", folder, str(original)]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise InputError(f"Không chuyển được tệp .{source} sang .{target}. {save_as}") from exc
        converted = Path(folder) / f"input.{target}"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise InputError(f"Không chuyển được tệp .{source} sang .{target} (tệp hỏng hoặc có mật khẩu). "
                             f"{save_as}")
        return converted.read_bytes()
