"""Test helper: a corpus .txt → Paragraph blocks, one per non-empty line, markdown stripped.

Kept independent of the readers so the extraction rules can be tested on their own.
"""
from __future__ import annotations

import re
from pathlib import Path

from app.importers.blocks import Paragraph

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"


def txt_blocks(path: Path) -> list[Paragraph]:
    out: list[Paragraph] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^\s*#{1,6}\s*", "", raw).replace("**", "").strip()
        line = re.sub(r"\[?LuatVietnam\]?(?:\(#\))?", "", line).strip()
        if line:
            out.append(Paragraph(text=line))
    return out
