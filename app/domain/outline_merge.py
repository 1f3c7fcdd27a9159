"""Replacing a stored plan: which items persist, which are new or gone, and which value of each the review
starts from — from three readings of one outline.

Why three readings, not two: the stored plan (`ours`) is the document as first read *plus the clerk's
corrections* (a lead retyped, a deadline settled, a task split, merged or removed), and the new document
(`theirs`) is the document as read today *plus the issuer's amendments*. Compared two by two, a difference
could be either: a corrected lead looks exactly like an amended one. The stored document read again (`base`)
tells them apart, as a three-way merge does: a value the clerk left as read takes the new document's value; a
value the clerk corrected is kept; when both changed it the clerk's stays and the review shows the document's.
Without a base (a plan stored without its file) every difference is treated as a correction: the clerk's
value stays and the review shows the document's — a correction is never lost silently.

Items are matched pairwise by `outline_match.match_outlines` (label path and text similarity). A stored item
without a counterpart in the new document is *gone* only when the document dropped it (its base item has no
counterpart either); one the clerk made (a split's second half, a task typed in) has no base item and stays.
A new document item whose base item the clerk had removed or merged away stays out.

Pure: keys in, keys out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TypeVar

from app.domain.outline_match import OutlineItem, match_outlines

T = TypeVar("T")


class Outcome(Enum):
    """What the three readings say about one value of a persisting item."""

    SAME = "same"  # stored and new agree
    AMENDED = "amended"  # the document changed it, the clerk had not: the document's value
    KEPT = "kept"  # the clerk corrected it, the document did not change it: the clerk's value
    CONFLICT = "conflict"  # both changed it (or no base tells): the clerk's value, the document's shown


def merge_value(ours: T, theirs: T, base: T | None, *, has_base: bool,
                key: Callable[[T | None], object] = lambda v: v) -> tuple[T, Outcome]:
    """The value the review starts from and why (see the module docstring); `key` compares values."""
    if key(ours) == key(theirs):
        return ours, Outcome.SAME
    if not has_base:
        return ours, Outcome.CONFLICT
    if key(ours) == key(base):
        return theirs, Outcome.AMENDED
    if key(theirs) == key(base):
        return ours, Outcome.KEPT
    return ours, Outcome.CONFLICT


@dataclass
class Reconciled:
    """The fate of every item: keys of `ours` (stored) and `theirs` (new document)."""

    persist: dict[int, int] = field(default_factory=dict)  # stored key → its new document key
    own: list[int] = field(default_factory=list)  # stored items the clerk made: stay, no counterpart
    gone: list[int] = field(default_factory=list)  # stored items the document dropped
    new: list[int] = field(default_factory=list)  # new document items, not stored before
    removed_by_clerk: list[int] = field(default_factory=list)  # new document items the clerk had removed
    base_of: dict[int, int] = field(default_factory=dict)  # stored key → its base key (for `merge_value`)


def reconcile(ours: Sequence[OutlineItem], theirs: Sequence[OutlineItem],
              base: Sequence[OutlineItem] | None) -> Reconciled:
    """Match the stored outline with the new document's, the stored document's reading (`base`, None when
    unknown; `theirs` itself when the document is the stored file again) telling the clerk's changes from the
    document's. Every list in document order."""
    out = Reconciled(persist=match_outlines(ours, theirs))
    matched_theirs = set(out.persist.values())
    if base is theirs:  # the stored file itself again: its reading is the new one, nothing to match twice
        base_ours = out.persist
        base_theirs = {item.key: item.key for item in theirs}
    else:
        base_ours = {o: b for b, o in match_outlines(base, ours).items()} if base is not None else {}
        base_theirs = match_outlines(base, theirs) if base is not None else {}
    out.base_of = base_ours
    for item in ours:
        if item.key in out.persist:
            continue
        base_key = base_ours.get(item.key)
        if base is not None and (base_key is None or base_key in base_theirs):
            out.own.append(item.key)  # typed in, or split off, by the clerk: the document never had it alone
        else:
            out.gone.append(item.key)
    ours_of_base = set(base_ours.values())
    base_of_theirs = {t: b for b, t in base_theirs.items()}
    for item in theirs:
        if item.key in matched_theirs:
            continue
        base_key = base_of_theirs.get(item.key)
        if base_key is not None and base_key not in ours_of_base:
            out.removed_by_clerk.append(item.key)
        else:
            out.new.append(item.key)
    return out
