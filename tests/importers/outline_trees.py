"""Outline trees of small written lists, for the structure tests: each text's printed label split off
(`outline.split_label`) as the readers leave it, then nested by `outline.build_tree`."""
from __future__ import annotations

from app.importers.extract.outline import Line, OutlineNode, build_tree, join_broken, split_label


def outline_tree(texts: list[str], *, joined: bool = False) -> OutlineNode:
    """The tree of `texts`, one printed line each; `joined`: broken lines joined first (`join_broken`)."""
    lines = []
    for text in texts:
        label, style, rest = split_label(text)
        lines.append(Line(text=rest if label is not None else text, label=label, style=style))
    return build_tree(join_broken(lines) if joined else lines)
