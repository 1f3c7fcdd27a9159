"""The words a printed line must not end on (`domain/text.binds_next`): they govern the word after them."""

from __future__ import annotations

from app.domain.text import binds_next


def test_prepositions_conjunctions_and_plural_words_bind_to_the_next() -> None:
    for word in ("về", "của", "và", "các", "những", "trong", "cho", "đến", "Về", "CỦA"):
        assert binds_next(word), word
    # `số` goes with its number (bound apart), `việc` ends `công việc`, a name or a noun ends a line well
    for word in ("số", "việc", "Tỉnh ủy", "chuyển", "năm", "2024,"):
        assert not binds_next(word), word
