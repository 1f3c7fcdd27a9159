"""The day cell's `+N more` line: the words where they fit, the bare count in a narrow cell (a
1024 px screen), never words cut in the middle (`+3 việc n`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

from app.ui.calendar.calendar_model import fitted_more


def test_more_line_fits_or_falls_back_to_the_count(qapp: Any) -> None:
    metrics = QFontMetrics(QFont())
    words = "+3 việc nữa"
    needed = metrics.horizontalAdvance(words)
    assert fitted_more(metrics, "+{n} việc nữa", 3, needed) == words
    assert fitted_more(metrics, "+{n} việc nữa", 3, needed + 40) == words
    assert fitted_more(metrics, "+{n} việc nữa", 3, needed - 1) == "+3"
    assert fitted_more(metrics, "+{n} more", 12, 10) == "+12"


def test_the_painter_font_decides(qapp: Any) -> None:
    """The delegate measures with the small font it paints with."""
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        small = QFont()
        small.setPointSizeF(7.0)
        painter.setFont(small)
        width = painter.fontMetrics().horizontalAdvance("+4 việc nữa")
        assert fitted_more(painter.fontMetrics(), "+{n} việc nữa", 4, width) == "+4 việc nữa"
        assert fitted_more(painter.fontMetrics(), "+{n} việc nữa", 4, width - 1) == "+4"
    finally:
        painter.end()
