"""Where an agency mention starts: the head noun that opens it (`Sở`, `UBND`, `Các cơ quan`).

`head_at` is the one test every other rule asks before it treats words as a body: it knows
which heads need a proper name after them (`Trường Chính trị`, not `trường học`), which look-alike
phrases are no body (`ban hành`, `cơ sở dữ liệu`), the bodies outside the state apparatus, and the
abbreviations the current document defined (`ABBREVIATIONS`, filled by `mention_abbreviations`).
The word lists themselves are in `agency_vocab`.
"""
from __future__ import annotations

import re
from contextvars import ContextVar

from app.importers.extract.agency_vocab import HEADS, POSTS

_NOT_HEAD = (r"(?:(?:tổ chức )?hội (?:chợ|nghị|thảo|thi|diễn|nhập)|ban hành|báo cáo|đoàn kết|trường hợp|cục bộ|bộ máy|"
             r"bộ phận|bộ tiêu chí|bộ thủ tục|lãnh đạo,|lãnh đạo (?:chỉ đạo|và chỉ đạo|thực hiện|triển khai|tổ chức)|"
             r"đơn vị hành chính|đài thọ|"
             r"cơ quan chức năng chưa|"
             r"ngành,? lĩnh vực|báo chí|thanh tra công vụ|thanh tra,|"
             r"địa phương,? đơn vị,? (?:và )?(?:cá nhân|tổ chức))")

# a council convened for one exam, review or case, named by that job in lower case (`hội đồng thẩm định`, `các hội
# đồng thi`): no standing body; a standing council's name is capitalised (`Hội đồng Thi đua - Khen thưởng tỉnh`)
_GENERIC_COUNCIL = re.compile(r"^(?:[Cc]ác |[Nn]hững )?[Hh]ội đồng (?:thi|tuyển|xét|thẩm định|kỷ luật|khen thưởng)\b")


# `cơ sở` (an establishment) only of a kind that acts: trains, treats, produces, trades
ESTABLISHMENT = r"^ (?:đào tạo|giáo dục|y tế|khám|sản xuất|kinh doanh|chế biến|nuôi|dịch vụ|bán|lưu trú|cai nghiện)"


# Organisations outside the state apparatus: a plan encourages them or states what they do, and a
# heading that names them without a plural (`9. Doanh nghiệp số`) is a topic, not an addressee.
PRIVATE_HEADS = ("doanh nghiệp", "cơ sở", "chủ cơ sở", "nhà đầu tư", "tổ hợp tác")


def private_body(text: str) -> bool:
    """Does `text` open with a business or establishment (`Các doanh nghiệp viễn thông ...`)?"""
    return head_at(text) in PRIVATE_HEADS


# Heads that name one body only with a proper name after them (`Trường Chính trị`, not `trường học`).
_NAMED_HEADS = {
    "quỹ", "hợp tác xã", "phòng", "trường", "viện", "báo", "đài", "hội", "đoàn", "cục", "trung tâm", "học viện",
    "bệnh viện", "công ty", "tổng công ty", "tập đoàn", "chi nhánh", "ngân hàng", "kho bạc", "tạp chí", "nhà xuất bản",
}


# administrative levels: a head only as a committee (`huyện ủy`), in a list (`huyện, xã`) or opening a sentence
# with the place's name (`Xã Lương Minh`); `đặc khu`, the special zone, is a commune-level unit since 2025
_LEVELS = ("quận", "huyện", "tỉnh", "thành phố", "xã", "phường", "thị xã", "đặc khu")


def _after(text: str, n: int, low: str) -> str:
    """The original-case remainder after the head (to see a capitalised name)."""
    start = len(text) - len(low)
    return text[start + n:start + n + 8]


# Abbreviations a document defines for its agencies (`Sở Nội vụ (SNV)`), set per document.
ABBREVIATIONS: ContextVar[frozenset[str]] = ContextVar("agency_abbreviations", default=frozenset())
# Names of bodies the document uses on their own (`Sở Tài chính chủ trì …`, `1. Công an tỉnh`), set per document by
# `known_names`: the same name run on by lower-case words elsewhere ran into a verb no list holds
KNOWN_NAMES: ContextVar[frozenset[str]] = ContextVar("known_body_names", default=frozenset())
# words that carry a body's name on (its level or place, a list, a relation): a longer name, not a predicate
_NAME_GOES_ON = re.compile(r"^(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|đặc khu|thôn|bản|ấp|tổ dân phố|"
                           r"trung ương|và|hoặc|các|những|của|thuộc|trực thuộc|cùng cấp|có liên quan|liên quan|cấp|"
                           r"khu vực|ở|tại|trên|phụ trách|được giao|chuyên trách)\b")


def past_known_name(taken: str, rest: str) -> bool:
    """Has the name walk taken a name the document uses on its own (`Sở Tài chính`), with lower-case words
    after it (`rest`) that carry no name on (`thu hút vốn …`, not `tỉnh`, `và …`)? Those open its predicate."""
    return taken in KNOWN_NAMES.get() and not _NAME_GOES_ON.match(rest)


def _kinds_listed(text: str, n: int, low: str) -> bool:
    """`Hội, hiệp hội xã hội nghề nghiệp …`: a kind of body listed with another kind names a group."""
    rest = text[len(text) - len(low) + n:]
    return rest.startswith(", ") and head_at(rest[2:]) is not None


def head_at(text: str) -> str | None:
    """The agency head that `text` starts with (after `các`, role words), or None."""
    first = text.split(" ", 1)[0].rstrip(",;:.")
    if first and first in ABBREVIATIONS.get():
        return first.lower()
    low = text.lower()
    for prefix in ("các đồng chí ", "đồng chí ", "đ/c ", "các ", "những ", "từng "):
        if low.startswith(prefix):
            low = low[len(prefix):]
            break
    if low.startswith("phó ") and low[4:].startswith(POSTS):
        low = low[4:]  # `Phó Bí thư Thường trực Huyện ủy`: the deputy holds a post of the same kind
    for head in HEADS:
        if low.startswith(head) and (len(low) == len(head) or not low[len(head)].isalpha()):
            if re.match(_NOT_HEAD, low) or (head == "hội đồng" and _GENERIC_COUNCIL.match(text.lstrip())):
                return None
            if head in _NAMED_HEADS and not low.startswith(("các ", "những ")) and text.lstrip()[:4].lower() != "các " \
                    and not re.match(r"^(?: và)? [A-ZĐÀ-Ỹ0-9]", _after(text, len(head), low)) \
                    and not _kinds_listed(text, len(head), low):
                return None
            if head == "tổ" and re.match(r"tổ (?:chức|quốc|hợp|tiên)\b", low):
                return None  # `Tổ chức tập huấn ...` is a verb; `Tổ giúp việc`, `Tổ tiếp công dân` are bodies
            if head == "cơ sở" and not low.startswith(("các ", "những ")) and text.lstrip()[:4].lower() not in (
                    "các ", "nhữn") and not re.match(ESTABLISHMENT, low[len(head):]):
                return None  # `cơ sở dữ liệu`, `cơ sở vật chất`: a thing; `các cơ sở sản xuất`: establishments
            if head == "vụ" and not re.match(r"^(?:,| [A-ZĐÀ-Ỹ])", _after(text, len(head), low)):
                return None
            # (`các bộ chủ quản`, `các Bộ chủ chương trình`, `các bộ liên quan`: the ministries of a role)
            if head == "bộ" and not re.match(r"^(?:,| ngành| [A-ZĐÀ-Ỹ]|$| và| chủ quản| chủ chương trình| liên quan"
                                             r"| có liên quan)", text[len(text) - len(low) + len(head):][:19]):
                return None
            # a unit opens a body only listed with others (`các quận, huyện`, `các quận - huyện ủy`: the Party's
            # one `ủy` for several levels), as its committee (`huyện ủy`), or opening a sentence as the body of
            # that place (`Xã Lương Minh`, `Phường 3`); `xã hội` is none
            if head in _LEVELS and not low.startswith(
                    (head + ",", head + " ủy", head + " uỷ", head + " - ", head + " – ")) and low != head \
                    and not (text.lstrip()[:1].isupper() and re.match(r"^ [A-ZĐÀ-Ỹ0-9]", _after(text, len(head), low))):
                return None
            return head
    return None


def holds_post(text: str) -> bool:
    """Does `text` name a person by the post held (`Phó Chủ tịch UBND tỉnh`, `Các đồng chí Ủy viên Ban
    Thường vụ`, `Thủ trưởng các sở`) rather than a body?"""
    low = re.sub(r"^(?:các |những )?(?:đồng chí |đ/c )?(?:phó )?", "", text.lower())
    return low.startswith(POSTS) and head_at(text) is not None
