"""Bullet items keep a unique stored label (`•3`) but show the glyph the document prints."""

import pytest

from app.domain.text import path_label, printed_label


@pytest.mark.parametrize(("stored", "shown"), [
    ("•1", "•"), ("•12", "•"), ("-2", "-"), ("+1", "+"), ("a", "a"), ("1.2", "1.2"), ("(3)", "(3)"),
    ("IV", "IV"), ("", ""), (None, ""), ("-", "-"), ("•", "•"), ("-a", "-a"),
])
def test_printed_label(stored: str | None, shown: str) -> None:
    assert printed_label(stored) == shown


@pytest.mark.parametrize(("labels", "name"), [
    (["II", "6"], "II.6"), (["III", "6"], "III.6"), (["6"], "6"), (["", "II", "", "6"], "II.6"),
    (["II", "2", "2.1"], "II.2.1"), (["I", "1", "(2)"], "I.1.2"), (["II", "•3", "a"], "II.a"),
    (["II", "•3"], ""), (["II", ""], ""), ([], ""),
])
def test_path_label(labels: list[str], name: str) -> None:
    """A task is named by its labels from the plan's top, as the tree nests them: `6` alone read the same under II
    and III; a bullet or a task without a label has no name of its own (its text names it)."""
    assert path_label(labels) == name
