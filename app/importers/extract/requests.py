"""Who a request (`Yêu cầu X …`, `Đề nghị X …`) gives the duty to: the bodies asked, or the body asking.

`Yêu cầu` goes down the chain of command: a department requires of those it manages (`- Yêu cầu các cơ quan báo chí
…` under `4. Sở Khoa học và Công nghệ:`), so the duty is the heading's body's. `Đề nghị` asks bodies outside one's
command, and a request to the departments and authorities a plan addresses (`Yêu cầu các sở, ban, ngành; UBND các xã
…` closing a section) is the plan's issuer speaking: both give the duty to the bodies asked.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import take_phrase

REQUEST = re.compile(r"(?:^|\s)(?:[Yy]êu cầu|[Đđ]ề nghị|^[Kk]huyến khích)\s+(?=(?:các|từng|những)?\s*\S)")
# a request inside a sentence asks the bodies it names when the sentence opens with the circumstance
# (`Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan …`, the case the duty covers: `Đối với chi phí
# năm 2023, yêu cầu Bộ Tài chính …`) or with the body asking
CIRCUMSTANCE = re.compile(r"^(?:Trong|Để|Nếu|Khi|Căn cứ|Trên cơ sở|Thực hiện|Nhằm|Đồng thời|Quá trình|Đối với|Riêng"
                          r"|Trường hợp)\b")
# the authorities and departments a plan itself addresses: a body under a heading requires nothing of them
_ADDRESSED = ("sở", "ban", "ngành", "bộ", "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "ủy ban", "uỷ ban", "hđnd",
              "hội đồng nhân dân")


def asks_within(sentence: str, at: int) -> bool:
    """Does the request at `at` (inside the sentence) ask anyone? Yes after the circumstance the sentence opens
    with, or after the body that asks (`UBND Thành phố yêu cầu …`); `Hồ sơ trình, đề nghị Thủ tướng …`,
    `Nghiên cứu, đề nghị …` are a verb among verbs, nobody asked. After the matter it concerns, named before a colon
    (`Đại hội các hội quần chúng …: Đề nghị Ủy ban MTTQ xã chủ trì …`), it asks too."""
    before = sentence[:at]
    return bool(CIRCUMSTANCE.match(sentence)) or before.rstrip().endswith(":") or (bool(head_at(before))
                                            and take_phrase(before).strip(" ,") == before.strip(" ,"))


def required_below(request: str, asked: list[str]) -> bool:
    """Is the opening `request` a `Yêu cầu` of bodies below the heading's body (none of them a department or
    authority the plan addresses)? Then the heading's body, which requires it, keeps the duty."""
    return request.strip().lower().startswith("yêu") and bool(asked) \
        and not any(head_at(a) in _ADDRESSED for a in asked)
