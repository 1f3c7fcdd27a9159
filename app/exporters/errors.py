"""Errors the exporters raise; each carries a Vietnamese message a user can act on.

They subclass `AppError` so the command line and the window show them without a traceback.
"""

from __future__ import annotations

from app.errors import AppError


class ExportError(AppError):
    """The file could not be produced (disk, permissions, a font problem)."""


class ExportCancelled(ExportError):
    """The user stopped the export; nothing was left on disk."""

    def __init__(self) -> None:
        super().__init__("Đã hủy xuất tệp; không có tệp nào được ghi.")


class MissingGlyphError(ExportError):
    """The PDF font cannot draw some characters; reportlab would silently draw empty boxes."""

    def __init__(self, font_name: str, characters: str) -> None:
        shown = " ".join(f"'{c}' (U+{ord(c):04X})" for c in characters[:10])
        super().__init__(
            f"Phông chữ {font_name} không có ký tự: {shown}. "
            "Hãy sửa nội dung hoặc cài phông Times New Roman đầy đủ tiếng Việt."
        )
        self.font_name = font_name
        self.characters = characters
