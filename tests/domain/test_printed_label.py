"""Bullet items keep a unique stored label (`•3`) but show the glyph the document prints."""

import pytest

from app.domain.text import printed_label


@pytest.mark.parametrize(("stored", "shown"), [
    ("•1", "•"), ("•12", "•"), ("-2", "-"), ("+1", "+"), ("a", "a"), ("1.2", "1.2"), ("(3)", "(3)"),
    ("IV", "IV"), ("", ""), (None, ""), ("-", "-"), ("•", "•"), ("-a", "-a"),
])
def test_printed_label(stored: str | None, shown: str) -> None:
    assert printed_label(stored) == shown
