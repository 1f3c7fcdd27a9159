"""Does a name the documents print stand for the office itself (the one that compiles the reports)?

Why a rule of its own: the office types its name once, in the first-run assistant (`Ban Thường trực
Ủy ban MTTQ xã Lương Minh`), and its own plan names it otherwise — in the header with the Front's full
name (`Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh`), in the text without its place
(`Ban Thường trực UBMTTQ xã`: "of this commune"). Each way must be known as the office, or the office
is listed as owing itself a report and a report is addressed to its own signer. The habits, general
to Vietnamese official writing:

* the usual abbreviations (`UBND`, `MTTQ`, `UBMTTQ`) and punctuation do not make another name
  (`canonical`);
* the Front is the `Mặt trận Tổ quốc Việt Nam` or just the `Mặt trận Tổ quốc`;
* a body drops its own place (`xã Lương Minh` → `xã`), or its place and level together (`Sở Nội vụ
  thành phố Hà Nội` → `Sở Nội vụ`) — only the office's OWN place: `Ban Thường trực UBMTTQ tỉnh` is the
  office above, never the office.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.body_kinds import ADMIN_UNIT_KEYS
from app.domain.text import canonical

_FRONT = re.compile(r"\bmat tran to quoc viet nam\b")
# The collective bodies that lead an office and are part of it, not under it: a Party committee's Ban Chấp hành,
# Ban Thường vụ and Thường trực; a people's committee's Thường trực and Chủ tịch; any office's Lãnh đạo.
_LEADING = re.compile(r"^(?:ban chap hanh|ban thuong vu|thuong truc|chu tich|lanh dao)\s+")
_LEVEL = f"(?:{'|'.join(ADMIN_UNIT_KEYS)})"
_AT_LEVEL = re.compile(rf"^(.+)\s+({_LEVEL})$")


def name_key(name: str) -> str:
    """The matching key of a body's name: canonical, the Front's `Việt Nam` dropped."""
    return _FRONT.sub("mat tran to quoc", canonical(name))


def own_keys(names: Iterable[str], place: str | None) -> set[str]:
    """Every key under which the documents may name the office called `names` (its name, short name) in `place`."""
    keys: set[str] = set()
    for name in names:
        if name.strip():
            keys |= _forms(name_key(name), place)
    return keys


def is_own(name: str, keys: set[str], place: str | None) -> bool:
    """Whether `name` names the office whose `own_keys` are `keys`."""
    return bool(name.strip()) and _same_body(name_key(name), keys, place)


def is_own_leadership(name: str, keys: set[str], place: str | None) -> bool:
    """Whether `name` is a leading body OF the office whose `own_keys` are `keys` (`Thường trực Thành ủy`,
    `Ban Chấp hành Đảng bộ Thành phố` for the Thành ủy's office…): the office's own, it owes the office no report.
    Its advisory organs (`Ban Tổ chức Thành ủy`) are agencies under it and still report."""
    key = name_key(name)
    rest = _LEADING.sub("", key)
    return rest != key and _same_body(rest, keys, place)


def _same_body(key: str, keys: set[str], place: str | None) -> bool:
    """`key` is one of the office's forms, and not the same kind of body at ANOTHER level of the same place: a
    province and one of its wards may share a name (`UBND phường Lào Cai` in tỉnh Lào Cai), and dropping place and
    level made both `UBND` — the ward was taken for the province that issued the plan and left the register."""
    if not _forms(key, place) & keys:
        return False
    where = canonical(place or "")
    printed = _AT_LEVEL.match(key[: -len(where) - 1]) if where and key.endswith(f" {where}") else None
    if printed is None:
        return True
    stem, level = printed.groups()
    return f"{stem} {level}" in keys or not {f"{stem} {other}" for other in ADMIN_UNIT_KEYS} & keys


def _forms(key: str, place: str | None) -> set[str]:
    """The key as printed, without the office's own place, and without its place and level."""
    forms = {key}
    where = canonical(place or "")
    if where and key.endswith(f" {where}"):
        bare = key[: -len(where) - 1]
        forms.add(bare)
        forms.add(re.sub(rf"\s+{_LEVEL}$", "", bare))
    return forms
