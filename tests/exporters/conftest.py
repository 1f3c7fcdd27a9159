"""Documents built once per session from the corpus samples, in both formats."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import samples  # noqa: E402

from app.exporters import docx_writer, pdf_writer  # noqa: E402
from app.exporters.builders import build_progress_report  # noqa: E402
from app.exporters.document import Document, Format  # noqa: E402


def _written(document: Document, write: Callable[[Document, Path], None], path: Path) -> Path:
    write(document, path)
    return path


@pytest.fixture(scope="session")
def state_report() -> Document:
    return build_progress_report(samples.progress_content(Format.STATE))


@pytest.fixture(scope="session")
def party_report() -> Document:
    return build_progress_report(samples.progress_content(Format.PARTY))


@pytest.fixture(scope="session")
def state_docx(state_report: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _written(state_report, docx_writer.write, tmp_path_factory.mktemp("docx") / "bao-cao.docx")


@pytest.fixture(scope="session")
def party_docx(party_report: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _written(party_report, docx_writer.write, tmp_path_factory.mktemp("docx") / "bao-cao-dang.docx")


@pytest.fixture(scope="session")
def state_pdf(state_report: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _written(state_report, pdf_writer.write, tmp_path_factory.mktemp("pdf") / "bao-cao.pdf")


@pytest.fixture(scope="session")
def party_pdf(party_report: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _written(party_report, pdf_writer.write, tmp_path_factory.mktemp("pdf") / "bao-cao-dang.pdf")


@pytest.fixture(scope="session")
def hd05_report() -> Document:
    """A Party report dated 05/6/2026, after Hướng dẫn 05-HD/VPTW took effect."""
    return build_progress_report(samples.progress_content(Format.PARTY_HD05))


@pytest.fixture(scope="session")
def hd05_docx(hd05_report: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _written(hd05_report, docx_writer.write, tmp_path_factory.mktemp("docx") / "bao-cao-hd05.docx")


@pytest.fixture(scope="session")
def hd05_pdf(hd05_report: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _written(hd05_report, pdf_writer.write, tmp_path_factory.mktemp("pdf") / "bao-cao-hd05.pdf")
