"""Whether the body an item opens with takes the lead from the one its heading hands down.

An item under `3. Sở Y tế:` or `Giao Sở X chủ trì, phối hợp với … thực hiện:` inherits that lead; most items then
open with their verb, but some open with a body of their own. That body is the item's actor (its `Assignment` is
explicit) when the item says `X chủ trì`, or when the text shows it is another body than the heading's rather than
the heading's body named again: a specific body the heading did not name, a narrower group of the heading's kind,
one of the partners the lead-in named, or any body under a heading of `các đơn vị khác`.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import PRIVATE_HEADS, head_at, holds_post
from app.importers.extract.roles import Assignment
from app.importers.extract.subjects import is_specific


def takes_lead(subjects: list[str], rest: str, inherited: Assignment | None) -> bool:
    """Do the `subjects` opening an item lead it, `rest` being the words after them? `X chủ trì ...`, or a list
    naming a body other than the inherited one (`Báo X, Cổng Y và hệ thống truyền thanh cơ sở tuyên truyền …`)."""
    return bool(re.match(r"^chủ trì", rest)) or (
        inherited is not None and any(is_specific(m) for m in subjects) and not set(subjects) & set(inherited.lead)) \
        or (inherited is not None and _narrower(subjects, inherited.lead)) \
        or (inherited is not None and _one_of_partners(subjects, inherited)) \
        or (inherited is not None and _remainder(inherited.lead) and not set(subjects) & set(inherited.lead))


def _narrower(subjects: list[str], inherited: list[str]) -> bool:
    """`Doanh nghiệp viễn thông, bưu chính …` under `Các doanh nghiệp công nghệ số`: the item names a
    narrower group of the same kind of body than its heading, so it is the item's actor."""
    heads = {head_at(m) for m in inherited}
    # `Chuyên viên phụ trách tổng hợp …` under `Chuyên viên Cơ quan …`: persons of the same post, named narrower
    return bool(subjects) and set(subjects) != set(inherited) and all(
        head_at(m) in heads and (head_at(m) in PRIVATE_HEADS or holds_post(m)) for m in subjects)


def _one_of_partners(subjects: list[str], inherited: Assignment) -> bool:
    """`- UBND các huyện bố trí vốn đối ứng.` under `Giao Sở X chủ trì, phối hợp với Sở Y, UBND các huyện
    thực hiện:`: the item opens with one of the partners the lead-in named, so that partner is its actor."""
    return bool(subjects) and set(subjects) <= set(inherited.support) and not set(subjects) & set(inherited.lead)


def _remainder(inherited: list[str]) -> bool:
    """`h) Các đơn vị khác` over `Cơ quan đăng ký đầu tư có trách nhiệm …`: a heading of the other bodies, those no
    heading above named, owns no duty itself; an item under it naming its own subject names which body it means."""
    return bool(inherited) and all(m.lower().endswith(" khác") for m in inherited)
