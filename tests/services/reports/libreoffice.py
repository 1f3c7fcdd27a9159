"""Render DOCX files as Word would, with LibreOffice, and count their pages.

LibreOffice is given the metric-compatible font the PDF embeds (the bundled Liberation Serif
for Times New Roman) through its own fontconfig file, and converts many files in ONE call: its
start-up is most of the cost of a conversion.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from pypdf import PdfReader

from app.exporters import docx_writer, pdf_writer
from app.exporters.document import Document
from app.resources import resource_path


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def libreoffice_pages(docx_files: list[Path], work: Path) -> dict[Path, int]:
    """Each DOCX's page count as LibreOffice Writer lays it out."""
    return {d: pdf_pages(pdf) for d, pdf in libreoffice_pdfs(docx_files, work).items()}


def libreoffice_pdfs(docx_files: list[Path], work: Path) -> dict[Path, Path]:
    """Each DOCX printed to PDF by LibreOffice Writer, as Word would print it."""
    work.mkdir(parents=True, exist_ok=True)
    conf = work / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f'<dir>{resource_path("fonts")}</dir><cachedir>{work / "fc-cache"}</cachedir>'
        '<alias binding="same"><family>Times New Roman</family><prefer><family>Liberation Serif</family></prefer>'
        "</alias></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    out = work / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, docx_files)],
                   env=env, check=True, capture_output=True, timeout=60 + 20 * len(docx_files))
    return {d: out / (d.stem + ".pdf") for d in docx_files}


def printed_both_ways(documents: dict[str, Document], folder: Path) -> dict[str, tuple[Path, Path]]:
    """Each document as the PDF writer prints it and as LibreOffice prints the DOCX writer's file, by name: the
    two layouts that must end their pages alike."""
    docx_files = []
    for name, doc in documents.items():
        pdf_writer.write(doc, folder / f"{name}.pdf")
        docx_writer.write(doc, folder / f"{name}.docx")
        docx_files.append(folder / f"{name}.docx")
    printed = libreoffice_pdfs(docx_files, folder / "lo")
    return {name: (folder / f"{name}.pdf", printed[folder / f"{name}.docx"]) for name in documents}
