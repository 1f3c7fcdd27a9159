"""Which items of an amended plan are the same items as in the stored one.

Why not the label path alone: inserting one item renumbers every item after it (`3` becomes `4`),
so the path of an unchanged task changes while its text does not; a reworded task keeps its place
but not its words. The rule therefore weighs both:

* similarity of two texts is the Dice ratio of their folded word multisets (diacritics and case
  ignored, so a retyped accent does not count as a change);
* a pair may match when the texts are similar (≥ `MIN_SIMILARITY`), or moderately similar
  (≥ `MIN_AT_SAME_PLACE`) at the same label path; items of different kinds only when nearly equal;
  items without text (bare headings) match on their label path;
* the assignment is global: an order-preserving alignment of the two outlines (document order)
  that maximises first the number of matched items, then their total similarity — a weighted
  longest common subsequence, so an insertion or a removal shifts the labels after it without
  breaking a single match. Unchanged items whose text is unique on both sides anchor it (as in
  patience diff) and the alignment runs between anchors; then items that moved elsewhere are
  paired when nearly equal (≥ `MIN_MOVED`), best pairs first.

Pure: callers give keys (database ids, indexes) and get a mapping old key → new key.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.text import fold

MIN_SIMILARITY = 0.6
MIN_AT_SAME_PLACE = 0.4
MIN_OTHER_KIND = 0.85
MIN_MOVED = 0.8
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class OutlineItem:
    """One item to match: the caller's key, its label path from the root, kind and text."""

    key: int
    path: tuple[str, ...]
    kind: str
    text: str


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(fold(text)))


def similarity(a: Counter[str], b: Counter[str]) -> float:
    """Dice ratio of two word multisets: 1.0 equal, 0.0 nothing shared."""
    total = sum(a.values()) + sum(b.values())
    if total == 0:
        return 1.0
    return 2 * sum((a & b).values()) / total


def _labels(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(label).strip(" .)(") for label in path)


class _Scorer:
    def __init__(self, old: Sequence[OutlineItem], new: Sequence[OutlineItem]) -> None:
        self.old_words = [words(i.text) for i in old]
        self.new_words = [words(i.text) for i in new]
        self.old_sizes = [sum(w.values()) for w in self.old_words]
        self.new_sizes = [sum(w.values()) for w in self.new_words]
        self.old_paths = [_labels(i.path) for i in old]
        self.new_paths = [_labels(i.path) for i in new]
        self.old, self.new = old, new

    def similarity(self, i: int, j: int) -> float:
        a, b = self.old_sizes[i], self.new_sizes[j]
        if a == 0 or b == 0:
            if a == b:  # two bare headings: the same when their place is the same
                return 1.0 if self.old_paths[i] == self.new_paths[j] else 0.0
            return 0.0
        if 2 * min(a, b) / (a + b) < MIN_AT_SAME_PLACE:  # the best Dice two such lengths allow
            return 0.0
        return similarity(self.old_words[i], self.new_words[j])

    def weight(self, i: int, j: int) -> float:
        """> 0 for a pair allowed to match: 1 (one more match) + similarity + a bonus for the
        same label path; 0 for a pair that may not match."""
        sim = self.similarity(i, j)
        same_place = self.old_paths[i] == self.new_paths[j]
        if self.old[i].kind != self.new[j].kind and sim < MIN_OTHER_KIND:
            return 0.0
        if sim >= MIN_SIMILARITY or (same_place and sim >= MIN_AT_SAME_PLACE):
            return 1.0 + sim + (0.25 if same_place else 0.0)
        return 0.0


def match_outlines(old: Sequence[OutlineItem], new: Sequence[OutlineItem]) -> dict[int, int]:
    """Old key → new key for the items that are the same, both lists in document order."""
    scorer = _Scorer(old, new)
    n, m = len(old), len(new)
    pairs: dict[int, int] = {}
    # Anchors first (as patience diff does): the items whose text is unique in both outlines and
    # unchanged, kept in order. The weighted alignment then runs only in the gaps between them,
    # so a plan of thousands of items with a few amendments matches in a fraction of a second.
    previous = (-1, -1)
    for i, j in [*_anchors(scorer), (n, m)]:
        _align(scorer, list(range(previous[0] + 1, i)), list(range(previous[1] + 1, j)), pairs)
        if i < n:
            pairs[i] = j
        previous = (i, j)
    _pair_moved(scorer, pairs, n, m)
    return {old[i].key: new[j].key for i, j in pairs.items()}


def _anchors(scorer: _Scorer) -> list[tuple[int, int]]:
    """Pairs of identical, non-empty texts of one kind that occur once in each outline, reduced
    to the longest chain in document order on both sides (longest increasing subsequence)."""
    def unique(items: Sequence[OutlineItem]) -> dict[tuple[str, str], int]:
        seen: dict[tuple[str, str], int] = {}
        repeated: set[tuple[str, str]] = set()
        for index, item in enumerate(items):
            key = (item.kind, " ".join(_WORD.findall(fold(item.text))))
            if not key[1]:
                continue
            if key in seen:
                repeated.add(key)
            seen[key] = index
        return {k: v for k, v in seen.items() if k not in repeated}

    old_keys, new_keys = unique(scorer.old), unique(scorer.new)
    candidates = sorted((i, new_keys[key]) for key, i in old_keys.items() if key in new_keys)
    tails: list[int] = []  # tails[k]: index in candidates ending the best chain of length k + 1
    back: list[int] = []
    for index, (_, j) in enumerate(candidates):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if candidates[tails[mid]][1] < j:
                lo = mid + 1
            else:
                hi = mid
        back.append(tails[lo - 1] if lo else -1)
        if lo == len(tails):
            tails.append(index)
        else:
            tails[lo] = index
    chain: list[tuple[int, int]] = []
    index = tails[-1] if tails else -1
    while index >= 0:
        chain.append(candidates[index])
        index = back[index]
    return chain[::-1]


def _align(scorer: _Scorer, rows: list[int], cols: list[int], pairs: dict[int, int]) -> None:
    """Weighted longest common subsequence of old items `rows` and new items `cols`: the matches
    in order that maximise the number of matched items, then their similarity."""
    if not rows or not cols:
        return
    n, m = len(rows), len(cols)
    weights = [[scorer.weight(i, j) for j in cols] for i in rows]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(1, n + 1):
        row, above, w_row = best[a], best[a - 1], weights[a - 1]
        for b in range(1, m + 1):
            value = above[b] if above[b] >= row[b - 1] else row[b - 1]
            w = w_row[b - 1]
            if w > 0.0 and above[b - 1] + w > value:
                value = above[b - 1] + w
            row[b] = value
    a, b = n, m
    while a > 0 and b > 0:
        w = weights[a - 1][b - 1]
        if w > 0.0 and best[a][b] == best[a - 1][b - 1] + w:
            pairs[rows[a - 1]] = cols[b - 1]
            a, b = a - 1, b - 1
        elif best[a][b] == best[a - 1][b]:
            a -= 1
        else:
            b -= 1


def _pair_moved(scorer: _Scorer, pairs: dict[int, int], n: int, m: int) -> None:
    """Items moved to another place: nearly equal leftovers, best pairs first."""
    free_new = set(range(m)) - set(pairs.values())
    candidates = []
    for i in range(n):
        if i in pairs:
            continue
        for j in free_new:
            sim = scorer.similarity(i, j)
            if sim >= MIN_MOVED and scorer.old[i].kind == scorer.new[j].kind:
                candidates.append((-sim, i, j))
    for _, i, j in sorted(candidates):
        if i not in pairs and j in free_new:
            pairs[i] = j
            free_new.discard(j)
