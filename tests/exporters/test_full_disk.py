"""A writer that meets a full disk says so once, cleanly, and leaves nothing behind.

The disk is really full for the writing process: a child Python runs under RLIMIT_FSIZE (4 kB
per file; SIGXFSZ ignored, so writes fail with EFBIG as on a full disk). Before the fix,
python-docx and openpyxl left their ZipFile open on the failure and the interpreter printed
`Exception ignored in ZipFile.__del__ … OSError` after our message.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = textwrap.dedent("""
    import resource, signal, sys
    sys.path.insert(0, {tests!r})
    import samples
    from app.errors import AppError
    from app.exporters import docx_writer, pdf_writer, xlsx_writer
    from app.exporters.builders import build_progress_report

    document = build_progress_report(samples.progress_content())
    writer = {{"docx": docx_writer, "xlsx": xlsx_writer, "pdf": pdf_writer}}[sys.argv[1]]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
    try:
        writer.write(document, sys.argv[2])
    except AppError as exc:
        print("Lỗi: " + exc.message, file=sys.stderr)
        sys.exit(2)
""")


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_full_disk_gives_one_clean_line_and_no_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    script = SCRIPT.format(tests=str(ROOT / "tests" / "exporters"))
    result = subprocess.run([sys.executable, "-c", script, fmt, str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # no "Exception ignored in ZipFile.__del__" after it
    assert lines[0] == f"Lỗi: Không ghi được tệp {out}: tệp vượt quá kích thước cho phép.", lines[0]
    assert list(tmp_path.iterdir()) == []  # neither the report nor its temporary file
