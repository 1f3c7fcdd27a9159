"""The level chosen for a list is remembered for that list only (`list_levels.ListLevels`)."""
from __future__ import annotations

import gc
import weakref

from outline_trees import outline_tree

from app.importers.extract.list_levels import ListLevels
from app.importers.extract.outline import OutlineNode
from app.importers.extract.task_level import ITEMS

_DESCRIBED = "+ nội dung hội nghị"  # a sub-dash that only says what its dash covers: the dashes are the duties
_OWN_DUTY = "+ Sở Y tế chủ trì, hoàn thành trong năm 2024"  # a sub-dash with an actor and a time: undecided


def _dashes_over(sub: str) -> OutlineNode:
    """The first dash of a list of two dashes under one numbered item, each with two sub-dashes."""
    tree = outline_tree(["1. Công tác tuyên truyền", "- Tổ chức hội nghị quán triệt", sub, "+ phát hành tài liệu",
                         "- Tổ chức tập huấn", sub, "+ in ấn tài liệu"])
    return tree.children[0].children[0]


def test_the_two_lists_used_here_get_different_levels() -> None:
    assert ListLevels().of(_dashes_over(_DESCRIBED)) == ITEMS
    assert ListLevels().of(_dashes_over(_OWN_DUTY)) is None


def test_a_list_met_after_earlier_outlines_were_dropped_gets_its_own_level() -> None:
    """One instance serves a whole document, whose annexes' outlines are built and dropped one after another.
    Python hands the id of a dropped node to the next node made: a cache keyed by the bare id of a list's
    parent gave a later list a dropped list's level (6–15 of these 200 lists before the fix)."""
    levels = ListLevels()
    for k in range(200):
        node = _dashes_over(_DESCRIBED if k % 2 == 0 else _OWN_DUTY)
        assert levels.of(node) == (ITEMS if k % 2 == 0 else None), k
        del node


def test_a_list_asked_about_is_held_while_its_level_is_remembered() -> None:
    """What makes the key safe: the parent stays alive, so no other node can be given its id."""
    levels = ListLevels()
    node = _dashes_over(_DESCRIBED)
    assert node.parent is not None
    parent = weakref.ref(node.parent)
    levels.of(node)
    del node
    gc.collect()
    assert parent() is not None
