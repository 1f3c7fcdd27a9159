"""The document a web page reposts, named by the page itself when the document's own header is missing.

Portals and libraries that repost a document without its header block name it in their own words above it:
a caption `Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức …`, or a news lead
`Ngày 23/8/2017, Tỉnh ủy … đã ban hành Chương trình số 27-CTr/TU về …`. Such a line cites a document of the
reposted document's own kind (the kind word agrees with the type code inside the number) and gives its number,
date, issuer and subject; a citation inside the document's preamble (`Thực hiện Kế hoạch số …`) is of another
document and is never read here (the caller passes only the page's lines, see `header_lines.read_header`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.importers.extract.header import DOC_TYPES, doc_type_of
from app.importers.extract.textutil import cap_first, strip_trailing_punct
from app.importers.result import ImportedPlan

_KINDS = "|".join(re.escape(word) for word, _ in DOC_TYPES)
# `<Kind> số <number>` opening the line (a caption) or after `ban hành` (a lead)
_CITED = re.compile(rf"(?P<lead>^|\bban hành\s+)(?P<kind>{_KINDS})\s+số\s+(?P<num>\S+)", re.IGNORECASE)
_DATE = r"(?P<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(?P<m>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(?P<y>\d{4})"
_DATE_AFTER = re.compile(rf"^,?\s*ngày\s+{_DATE}", re.IGNORECASE)
_DATE_OPENING = re.compile(rf"^\s*Ngày\s+{_DATE}\s*,", re.IGNORECASE)
_ISSUER = re.compile(r"^\s*của\s+(?P<body>.+?)(?=\s+(?:về|V/v)\s|$)", re.IGNORECASE)
_SUBJECT = re.compile(r"^\s*(?:về việc|về|V/v)\s+(?P<subject>\S.*)$", re.IGNORECASE)


@dataclass
class Caption:
    """What the page says of the document it reposts (None: not said)."""

    number: str
    code: str
    date: dt.date | None = None
    issuer: str | None = None
    subject: str | None = None


def _date(m: re.Match[str] | None) -> dt.date | None:
    if not m:
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def page_caption(line: str, code: str | None = None, lead: bool = True) -> Caption | None:
    """The document `line` names as the one reposted, if it does: a caption opening with `<Kind> số`, or
    (when `lead`) a sentence `… ban hành <Kind> số …`. The kind word must agree with the number's type code,
    and with `code`, the type of the document's own type line, when there is one."""
    text = line.strip()
    for m in _CITED.finditer(text):
        if m.group("lead") and not lead:
            continue
        number = m.group("num").rstrip(",.;:")
        word = next(c for w, c in DOC_TYPES if w == m.group("kind").upper())
        if "/" not in number or doc_type_of(number, None) != word or (code and code != word):
            continue
        rest = text[m.start("num") + len(number):]
        after = _DATE_AFTER.match(rest)
        date = _date(after) or (_date(_DATE_OPENING.match(text)) if m.group("lead") else None)
        rest = rest[after.end():] if after else rest
        issuer = _ISSUER.match(rest)
        rest = rest[issuer.end():] if issuer else rest
        subject = _SUBJECT.match(rest)
        return Caption(number=number, code=word, date=date,
                       issuer=strip_trailing_punct(issuer.group("body")) if issuer else None,
                       subject=strip_trailing_punct(subject.group("subject")) if subject else None)
    return None


def fill_from_caption(plan: ImportedPlan, caption: Caption) -> None:
    """The fields the document's own header left empty, from the page's words about it."""
    plan.number = plan.number or caption.number
    plan.date = plan.date or caption.date
    plan.issuer = plan.issuer or caption.issuer
    if plan.title is None and caption.subject:
        plan.title = cap_first(caption.subject)
