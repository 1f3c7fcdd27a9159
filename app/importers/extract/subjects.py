"""Who a sentence or a clause names as its actor: the agency subject that opens it, before its verb.

`Sở A chủ trì …` (the sentence's subject), `…; các sở chủ động rà soát …` (a clause's), `Khen thưởng: Sở A phối hợp
…` (after a topic label), the actor of a paragraph that introduces a list; and whether a mention names one body
(`Sở Tài chính`) or a kind of body. The cues that hand a task over (`Giao`, `chủ trì`, `phối hợp với`) are
assignments.py's.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import PRIVATE_HEADS, head_at, private_body
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_narrowing import group_name, narrowed
from app.importers.extract.mention_phrase import starts_predicate, take_phrase
from app.importers.extract.textutil import strip_trailing_punct

_PARENS = re.compile(r"\s*\([^()]*\)")
# `phối hợp với Y`, `cùng với Y`, `trao đổi với Y`: the partners are named after it
# the words between `phối hợp` and its `với` (`phối hợp chặt chẽ hơn nữa với`) never open with `với`: that first
# `với` is the partner's, and a later one belongs to the partners' own act (`phối hợp với X họp với Y`)
SUPPORT_CUE = re.compile(
    r"(?i:phối hợp(?:,| chặt chẽ| tốt| thường xuyên)?(?: (?!với\b)[^.;:()]{0,45}?)? với|phối hợp cùng"
    r"|phối hợp,? trao đổi thông tin"  # `phối hợp, trao đổi thông tin cơ quan Công an`: the partner, `với` left out
    r"|chủ trì,? cùng(?: với)?|tham gia cùng|cùng với|với sự (?:phối hợp|tham gia) của|có sự (?:phối hợp|tham gia) của"
    r"|trao đổi với)\s+"
)

# `Phó chủ tịch phụ trách lĩnh vực ...`: a person named by the fields they cover
REMIT_ROLE = re.compile(r"^(?:Các |Những )?(?:Đồng chí |đồng chí )?[^,]{0,40}\bphụ trách (?:lĩnh vực|công tác|mảng)\b")


def names_in(phrase: str) -> list[str]:
    """The mentions a phrase of names holds (`split_mentions`); a person named by the fields they cover is one
    mention whatever the commas between the fields (`Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng`)."""
    found = split_mentions(phrase)
    if len(found) > 1 and ";" not in phrase and REMIT_ROLE.search(found[0]):
        return [strip_trailing_punct(phrase)]
    return found


def subject_mentions(sentence: str) -> list[str]:
    """Agencies that are the grammatical subject at the start of the sentence."""
    sentence = _PARENS.sub("", sentence)
    if not head_at(sentence):
        return []
    phrase = take_phrase(sentence)
    rest = sentence[len(phrase):].strip(" ,")
    if not rest or not phrase or phrase.lower() in _BARE_HEADS:
        return []
    if rest[:1].isupper() and private_body(phrase):
        return []  # `Doanh nghiệp số Phát triển ...`: a topic heading run into its paragraph
    return narrowed(split_mentions(phrase), sentence[len(phrase):])


def fronted_subjects(text: str) -> list[str]:
    """The subject of a sentence that opens with its time, event or basis (`Sau hội nghị …, trên cơ sở …, Ban
    Thường trực … ban hành …`): the body acting after those clauses, or []."""
    return clause_subjects(text) if _FRONTED.match(text) else []


def is_specific(mention: str) -> bool:
    """A named body (`Sở Tài chính`, `Ban Tổ chức Tỉnh ủy`), not a collective (`Các cơ quan, đơn vị`, nor one
    narrowed by a clause that names something else: `Cơ quan, đơn vị được phân bổ … đại biểu Quốc hội`)."""
    return any(w[:1].isupper() for w in group_name(mention).split()[1:])


_CLAUSE_VERB = re.compile(
    r"^(?:chủ động|định kỳ|có trách nhiệm|chủ trì|khẩn trương|tham mưu|rà soát|xây dựng|tổ chức|phản ánh|"
    r"thực hiện|triển khai|báo cáo|đánh giá|kịp thời|tập trung)")
_INTRO_VERB = re.compile(r"^(?:cần|phải|có trách nhiệm|thực hiện|triển khai|tổ chức|tập trung|chủ động|căn cứ|"
                         r"phối hợp|xác định (?:các |những )?(?:nhiệm vụ|nội dung|công việc))")
# `..., các sở theo chức năng, nhiệm vụ, thẩm quyền quy định triển khai ...`: the remit between actor and verb
_REMIT = re.compile(r"^,?\s*(?:theo|căn cứ|trong phạm vi)\s+(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền)"
                    r"(?:[,\s]+(?:và\s+)?(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|được giao|quy định|của mình|"
                    r"của đơn vị|quản lý))*\s*,?\s*")
# a head noun with no name after it (`Cơ quan chủ trì, thành phần … hội nghị`: what is checked, a column's word)
_BARE_HEADS = {"đơn vị", "cơ quan"}
_BARE_GENERIC = _BARE_HEADS | {"địa phương"}
_WEAK_HEADS = ("bộ", "ngành", "sở", "ban", "quận", "huyện", "tỉnh", "thành phố", "xã", "phường", "thị xã")


# a sentence opening with its time limit, its event or its basis (`Chậm nhất là ngày …, Ủy ban … chuyển …`, `Kết thúc
# hội nghị, Ban Thường trực … gửi …`, `Căn cứ vào kết quả …, Thường trực … tiến hành …`, `Sau hội nghị hiệp thương, …`):
# its subject comes after those clauses, with any verb
_FRONTED = re.compile(r"^(?:Chậm nhất|Không quá|Trước ngày|Căn cứ|Trên cơ sở|Sau|Ngay sau|Kết thúc)\b")


# `biên bản … của cơ quan, tổ chức, đơn vị …`: the kinds after `của` own a thing; a comma between them lists them
_OWNERS = re.compile(r"\bcủa (?:các |những )?(?:cơ quan|tổ chức|đơn vị)(?:, (?:cơ quan|tổ chức|đơn vị))*$")


def clause_subjects(text: str, intro: bool = False) -> list[str]:
    """Subjects that open a clause after `:`, `;` or `,` (`…, cấp ủy các cấp chủ động rà soát`).
    `intro`: the paragraph introduces a list (`..., các bộ, ngành cần thực hiện các nhiệm vụ sau:`)."""
    verbs = _INTRO_VERB if intro else _CLAUSE_VERB
    fronted = not intro and bool(_FRONTED.match(text))
    out: list[str] = []
    text = _PARENS.sub("", text)
    covered = 0
    for m in re.finditer(r"(?:[:;,.]\s+)(?=\S)", text):
        if m.start() < covered or _OWNERS.search(text[:m.start()]):
            continue
        tail = text[m.end():]
        head = head_at(tail)
        if not head:
            continue
        phrase = take_phrase(tail)
        rest = _REMIT.sub("", tail[len(phrase):].strip())
        words = phrase.split()
        if head in PRIVATE_HEADS and words[0].lower() not in ("các", "những"):
            continue  # `..., hỗ trợ doanh nghiệp, cơ sở sản xuất thực hiện ...`: those helped, not the actor
        if head in _WEAK_HEADS and words[0].lower() not in ("các", "những") \
                and (len(words) < 2 or not words[1][:1].isupper()):
            continue
        # after a colon (`Kiểm soát tài sản, thu nhập: Thanh tra huyện hướng dẫn ...`) a named body
        # followed by any predicate is the actor
        after_colon = not intro and m.group(0).startswith(":") and starts_predicate(rest.lower()) \
            and (is_specific(phrase) or bool(re.search(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã)$", phrase)))
        # `…; đồng thời, ngành Thuế phối hợp …`: a clause that adds another actor
        also = not intro and bool(re.search(r"\bđồng thời,?\s*$", text[max(0, m.start() - 12):m.end()],
                                            re.IGNORECASE)) and starts_predicate(rest.lower())
        # after the clauses a sentence opens with (`_FRONTED`), the first body acting in the active voice
        acts = fronted and not out and starts_predicate(rest.lower()) and not re.match(r"(?:được|bị)\b", rest)
        if not phrase or not rest or phrase.endswith(" và") or not (verbs.match(rest) or after_colon or also or acts):
            continue
        if phrase.lower().strip() in _BARE_GENERIC:
            continue  # `..., đơn vị chủ trì, phối hợp ...`: names a column, not an actor
        clause = re.split(r"[.;:]\s", text[:m.start() + 1])[-1]
        if SUPPORT_CUE.search(clause):
            continue  # `... phối hợp với Sở A, Sở B tổ chức ...`: still the partners' list
        covered = m.end() + len(phrase)
        for mention in split_mentions(phrase):
            if mention not in out:
                out.append(mention)
    return out


_TOPIC_LABEL = re.compile(r"^[^:;.()]{3,60}:\s*(?=\S)")
# the label of a field (when, where, who attends, what it costs or yields): what follows is its value, not an actor
_FIELD_LABEL = re.compile(r"^(?:Thời gian|Thời hạn|Địa điểm|Đối tượng|Phạm vi|Thành phần|Kinh phí|Nguồn kinh phí|"
                          r"Sản phẩm|Kết quả|Hình thức)\b", re.IGNORECASE)


def after_topic_label(text: str) -> str | None:
    """`Về tuyên truyền: Sở Văn hóa … chủ trì …`, `Tổ chức Đoàn kiểm tra, giám sát: Ban Thường trực … thành lập …`:
    the words after a topic label that opens an item, when they open with a body — the sentence's subject comes
    after its topic. None when there is no such label, when the label is a field's (`Thời gian:`, `Thành phần:`)
    or is itself a body's name (`Sở Y tế:`, a heading's, read elsewhere)."""
    m = _TOPIC_LABEL.match(text)
    if not m or _FIELD_LABEL.match(text):
        return None
    label = text[:m.end()].rstrip(" :")
    if head_at(label) and take_phrase(label).strip() == label:
        return None
    rest = text[m.end():]
    return rest if head_at(rest) else None


def labelled_actor(text: str) -> list[str]:
    """`Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với ... báo cáo ...`: the named bodies that act
    right after a topic label, or []."""
    labelled = after_topic_label(text)
    if labelled is None:
        return []
    rest = _PARENS.sub("", labelled)
    phrase = take_phrase(rest)
    after = rest[len(phrase):].strip(" ,")
    if not phrase or not head_at(phrase) or not _CLAUSE_VERB.match(after) and not after.startswith("phối hợp"):
        return []
    found = split_mentions(phrase)
    return found if found and all(is_specific(f) for f in found) else []


def intro_subjects(text: str) -> list[str]:
    """The actor of a paragraph introducing a list: its opening subject when a duty verb
    follows (`Các cấp ủy, tổ chức đảng cần ...`), else a clause subject (`Để ..., các sở cần ...`)."""
    subject = subject_mentions(text)
    if subject:
        bare = _PARENS.sub("", text)
        rest = _REMIT.sub("", bare[len(take_phrase(bare)):].strip(" ,"))
        if _INTRO_VERB.match(rest):
            return subject
    return clause_subjects(text, intro=True)


def parallel_subjects(text: str) -> list[str]:
    """After an item's own subject (`Sở A kiểm tra …; Sở B kiểm soát …`), the subjects of its `;` clauses that open
    with a body and a predicate: the item shares its work out, each actor its part.

    A `;` closing a list of bodies (`… hướng dẫn Sở A, Sở B; các xã, phường tổ chức …`) goes on with that list: the
    bodies after it are the ones told, not actors of their own; after a colon come the steps the item covers."""
    out: list[str] = []
    # the item's own clauses: a colon opens what it covers (`… tổ chức hội nghị: thống nhất …; các phòng …`)
    parts = re.split(r":\s", _PARENS.sub("", text), maxsplit=1)[0].split("; ")
    for before, clause in zip(parts, parts[1:], strict=False):
        last = before.rsplit(", ", 1)[-1].strip()
        phrase, head = take_phrase(clause), head_at(clause)
        if not phrase or not head or (head_at(last) and take_phrase(last) == last):
            continue
        predicate = clause[len(phrase):].lstrip().lower()
        if head in PRIVATE_HEADS and phrase.split()[0].lower() not in ("các", "những") \
                or phrase.lower() in _BARE_GENERIC or not starts_predicate(predicate) \
                or predicate.startswith(("phối hợp", "cùng")):
            # `…; doanh nghiệp …` (those helped), `…; đơn vị …` (a column's word), `…; B, để …` (a list), `…; Hội B
            # phối hợp tuyên truyền` (the partner's clause)
            continue
        out.extend(m for m in split_mentions(phrase) if m not in out)
    return out
