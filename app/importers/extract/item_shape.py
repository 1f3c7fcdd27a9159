"""What the printed shape of an item says about how to read it.

A title over plain paragraphs is a heading whose paragraphs are read one by one (`title_like`);
sub-bullets that only describe one duty (`..., cụ thể như sau:` + `- Quyết định ...`) belong to
their item instead of being tasks of their own (`is_descriptive`).
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.agency_headings import agency_heading
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.fields import attr_kind
from app.importers.extract.handed_to import giao_mentions
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import starts_predicate, take_phrase
from app.importers.extract.outline import OutlineNode
from app.importers.extract.subjects import is_specific, subject_mentions

# `... tổ chức thực hiện các nhiệm vụ sau:`, `tập trung một số nhiệm vụ cụ thể sau:`
_DUTIES_FOLLOW = re.compile(r"(?:nhiệm vụ|công việc)(?: cụ thể| chủ yếu| trọng tâm)?(?: như)? sau(?: đây)?\s*:$",
                            re.IGNORECASE)


# `Sửa đổi Luật … để:` / `… nhằm:` + dashes: what the one duty is for; `… trình Quốc hội ban hành:` + dashes:
# what the body it goes to is to enact; `… phải gắn với yêu cầu …, theo hướng:` + dashes: the lines the one duty
# follows — either way the dashes say what the duty covers, nobody does them
_COVERS_FOLLOW = re.compile(r"(?:\b(?:để|nhằm)|\btrình\b.{0,60}\b(?:ban hành|quyết định|thông qua|phê duyệt)"
                            r"|\btheo (?:các )?(?:hướng|định hướng)(?: sau)?)\s*:$", re.IGNORECASE)


# `- Đối với khiếu nại về danh sách cử tri: …`, `- Trường hợp hồ sơ chưa đầy đủ: …`: how one duty is done case by case
_CASE = re.compile(r"^(?:Đối với|Trường hợp)\s+(?P<case>[^:;.]{3,100}?)\s*:")


def describes_cases(content: list[OutlineNode]) -> bool:
    """Two or more bullets, each opening with the case it handles, each case a thing (a kind of petition, of
    file), not a body addressed (`- Đối với các sở, ngành: …` hands the sub-item to them)."""
    def case_of_a_thing(item: OutlineNode) -> bool:
        m = _CASE.match(item.title)
        return bool(item.style.startswith("bullet") and m and not head_at(m.group("case")))
    return len(content) >= 2 and all(case_of_a_thing(c) for c in content)


def title_like(node: OutlineNode, n_body: int) -> bool:
    """A heading whose paragraphs are read one by one (`2.2.2. Nâng cao chất lượng ...` + paragraphs).
    A lettered item with a single following paragraph is one item printed over two paragraphs."""
    title = node.title.strip()
    if not title or node.style.startswith("bullet") or title.endswith((".", ";", ":")) or len(title) >= 220:
        return False
    return n_body >= 2 or node.style in ("roman", "ALPHA", "part") or node.style.startswith("dec")


def aim_over_duties(node: OutlineNode, body: list[str]) -> bool:
    """`4. Hoàn thành di dời 01 khu công nghiệp … .` + `UBND phường A chủ trì, phối hợp … thực hiện …`: a numbered
    item whose title is a whole sentence naming no one (an aim, a result to reach) over a paragraph that opens with
    the body doing it. The paragraph is the duty, as a bullet `- Sở A chủ trì …` under an aim would be, and the
    aim heads it: read as one task the two would start with the aim and hide who acts in the middle. (Under a
    heading that names the actor, the paragraph is more of the item's own duty: the caller asks only where none
    does.)"""
    title = node.title.strip()
    if node.style.startswith("bullet") or not re.search(r"[^.]\.$", title) or not body or asg.from_text(title).lead:
        return False
    # the doer named for sure: one body by its name, or any body said to preside (`Các cơ sở dữ liệu … gồm có: …`
    # opens with a thing the names of bodies misread)
    doers = subject_mentions(body[0])
    named = any(is_specific(m) for m in doers) or asg.from_text(body[0]).explicit
    return bool(doers) and named and not _only_who_and_when(body[0])


# `Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan thực hiện trong quý II năm 2026.`: who does the item above
# and when, with no work of its own named (the item's particulars, printed as a sentence)
_CARRIES_OUT = re.compile(r"^(?:(?:chủ trì|phối hợp)(?:\s+với\b[^.;]*?)?[,;]?\s+)*(?:tổ chức\s+)?(?:triển khai\s+)?"
                          r"(?:thực hiện|triển khai)(?:\s+thực hiện)?[\s,.;]*$", re.IGNORECASE)


def _only_who_and_when(para: str) -> bool:
    """The paragraph names the body that does the item above, its partners and its time, and nothing to do."""
    rest = para[len(take_phrase(para)):].strip(" ,")
    when = find_in_prose(rest)
    if when:  # the time with the words leading into it (`hoàn thành trong quý II`: `trong` is left out of it)
        rest = re.sub(r"(?:,?\s+(?:hoàn thành|xong|trong|trước|vào|đến))*\s+" + re.escape(when), "", rest)
    return bool(_CARRIES_OUT.match(rest.strip()))


def _names_a_thing(item: OutlineNode) -> bool:
    """A bullet that only names something (no actor, no verb, no date): `- Nền tảng truy xuất …`."""
    return item.style.startswith("bullet") and not item.children and not head_at(item.title) \
        and not starts_predicate(item.title.lower()) and not find_in_prose(" ".join(item.paras))


def _plain_bullet(item: OutlineNode) -> bool:
    """A bullet with no sub-items, no field and no body handed a duty (`Giao …`, `… chủ trì`)."""
    return item.style.startswith("bullet") and not item.children and not any(attr_kind(p) for p in item.paras) \
        and not giao_mentions(item.title) and not re.search(r"\bchủ trì\b", item.title)


def is_descriptive(node: OutlineNode, content: list[OutlineNode]) -> bool:
    """Sub-bullets that only describe one assignment (`..., cụ thể như sau:` + `+ Quyết định ...`)."""
    title = node.title.strip()
    if content and not title.endswith(":") and starts_predicate(title.lower()) and not agency_heading(title) \
            and all(_names_a_thing(c) for c in content):
        return True  # `c) Triển khai các nền tảng` + `- Nền tảng số …`, `- Nền tảng AI …`: what is deployed
    if content and len(node.paras) > 1 and not agency_heading(title) and _COVERS_FOLLOW.search(node.paras[-1].strip()) \
            and all(_plain_bullet(c) for c in content):
        return True  # `c) … trước ngày 30/6.` / `Phương án … phải gắn với …, theo hướng:` + dashes: its last paragraph
    if not content or agency_heading(title) or not title.endswith(":"):
        return False
    if sum(1 for c in content if find_in_prose(" ".join(c.paras))) >= 2:
        return False  # sub-items with deadlines of their own are tasks of their own
    if all(c.title[:1].islower() and len(c.title.split()) <= 15 and not c.children for c in content):
        return True  # `Rà soát vị trí việc làm:` + `◦ khối hành chính;`
    if all(_names_a_thing(c) for c in content):
        return True  # `... trình HĐND quyết định:` + `- Phương án phân bổ vốn ...`, `- Mức vốn ...`: what, not who
    if _COVERS_FOLLOW.search(title) and all(_plain_bullet(c) for c in content):
        return True
    if not re.search(r"(?:sau|gồm|cụ thể|như sau|sau đây|dưới đây|như|là)\s*:$", title):
        return False
    verb_led = sum(starts_predicate(c.title.lower()) for c in content) * 2 > len(content)
    if verb_led and (_DUTIES_FOLLOW.search(title) or asg.from_text(title).explicit):
        # `..., thực hiện các nhiệm vụ sau:` / `Sở Y tế chủ trì ... các chương trình như:` + `- Tổ chức
        # ...`, `- Tập huấn ...`: one duty per bullet
        return False
    if describes_cases(content):
        return True  # `Tiếp nhận và xử lý đơn thư …, cụ thể:` + `- Đối với khiếu nại …: …`: one duty, case by case
    for c in content:
        if not c.style.startswith("bullet") or c.children or any(attr_kind(p) for p in c.paras):
            return False
        if giao_mentions(c.title) or re.search(r"\bchủ trì\b", c.title):
            return False
    return True
