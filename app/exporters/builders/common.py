"""Phrases and blocks several documents share (citations, letterhead, signature, annex table)."""

from __future__ import annotations

import re

from app.domain.text import fold, heading_label
from app.exporters.content import Letterhead, PlanRef, ResultGroup, ResultItem
from app.exporters.document import (
    Addressees,
    Align,
    Column,
    HeaderBlock,
    Heading,
    Paragraph,
    Role,
    SignatureBlock,
    TableRow,
)
from app.exporters.layouts import layout_for, short_date

NO_ITEMS = "Không có."


def tally(parts: list[tuple[int, str]], noun: str = "nhiệm vụ") -> str:
    """`Có 7 nhiệm vụ: 2 hoàn thành đúng hạn, 5 đang thực hiện quá hạn.` from (count, state words) pairs, those of
    count 0 left out. Tasks all in one state are said once: `Có 1 nhiệm vụ chưa đến hạn.`, `Có 3 nhiệm vụ, đều chưa
    đến hạn.` (`Có 1 nhiệm vụ: 1 chưa đến hạn` counted the one task twice)."""
    said = [(n, words) for n, words in parts if n]
    total = sum(n for n, _words in said)
    if not said:
        return f"Có {total} {noun}."
    if len(said) == 1:
        words = said[0][1]
        return f"Có 1 {noun} {words}." if total == 1 else f"Có {total} {noun}, đều {words}."
    return f"Có {total} {noun}: {', '.join(f'{n} {words}' for n, words in said)}."


def plan_citation(plan: PlanRef, with_subject: bool = True) -> str:
    """`Kế hoạch số 177/KH-UBND ngày 02/8/2021 của UBND Thành phố về ...`.

    A plan without a number (Party plans often have none in the data) is named by its date,
    issuer and subject: `Kế hoạch ngày 12/3/2023 của Ban Thường vụ Thành ủy về ...`; its subject
    is kept even when `with_subject` is False, or nothing would tell it from the issuer's others.
    """
    text = f"{plan.kind} số {plan.number}" if plan.number else plan.kind
    if plan.date:
        text += f" ngày {short_date(plan.date)}"
    if plan.issuer:
        text += f" của {plan.issuer}"
    if (with_subject or not plan.number) and plan.subject:
        text += " " + subject_phrase(plan.subject, _place_ending(plan.issuer))
    return text


def _place_ending(body: str) -> tuple[str, ...]:
    """`An Giang` of `UBND tỉnh An Giang` (the capitalised words that end a body's name): the place a title in
    capitals names again (`… TRÊN ĐỊA BÀN TỈNH AN GIANG`), which must keep its capitals in running text."""
    words = body.split()
    place: list[str] = []
    while words and words[-1][:1].isupper() and not words[-1].isupper():
        place.insert(0, words.pop())
    return (" ".join(place),) if place and words else ()


def subject_phrase(subject: str, places: tuple[str, ...] = ()) -> str:
    """`về triển khai ...` from a title `Triển khai ...` or `Về việc ...`; a title typed in
    capitals (`TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN ...`, as plans print it) in lower case but for its
    abbreviations (`UBND`, `57-NQ/TW`), the names of PROPER_NAMES and the `places` the issuer's name ends with:
    `về tRIỂN KHAI ...` is no Vietnamese. A title whose first words alone are in capitals (`HÀNH ĐỘNG thực hiện
    Nghị quyết …`, the end of a type line `CHƯƠNG TRÌNH HÀNH ĐỘNG` read into the title) has those words lowered."""
    subject = " ".join(subject.split()).rstrip(".")
    words = subject.split()
    if not words:
        return ""
    if subject.isupper():
        subject = " ".join(_lower_word(w) for w in words)
        for name in sorted(PROPER_NAMES + places, key=len, reverse=True):  # names keeping their capital in running text
            subject = re.sub(rf"\b{name.lower()}\b", name, subject)
    elif len(words) > 1 and words[0].isupper() and _lower_word(words[0]) != words[0]:
        shouted = next(n for n, w in enumerate(words) if not w.isupper())
        subject = " ".join([_lower_word(w) for w in words[:shouted]] + words[shouted:])
    first = subject.split()[0]
    if not first.isupper() or _lower_word(first) != first:
        subject = subject[0].lower() + subject[1:]  # `Triển khai` → `triển khai`; `UBND` stays
    return subject if subject.startswith("về ") else f"về {subject}"


# Names of documents and bodies that a title in capitals loses the capitals of (NĐ 30 writes
# them with a capital in running text).
PROPER_NAMES = ("Nghị quyết số", "Kế hoạch số", "Chỉ thị số", "Quyết định số", "Chương trình số", "Kết luận số",
                "Bộ Chính trị", "Ban Chấp hành Trung ương", "Ban Chấp hành Đảng bộ Thành phố", "Ban Chấp hành Đảng bộ",
                "Ban Thường vụ Thành ủy", "Ban Thường vụ", "Ban Bí thư", "Trung ương", "Quốc hội", "Chính phủ",
                "Thủ tướng Chính phủ", "Thành ủy", "Tỉnh ủy", "Hội đồng nhân dân", "Ủy ban nhân dân",
                "Mặt trận Tổ quốc Việt Nam", "Việt Nam", "Hồ Chí Minh")

# A Vietnamese syllable (tone marks folded away): initial consonants, vowels, a final consonant.
_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(ch|ng|nh|[cmnpt])?")


def _lower_word(word: str) -> str:
    """A capitalised word in lower case, an abbreviation (`UBND`, `HĐND`, `57-NQ/TW`) as it is — and a word alone in
    brackets, the way a title introduces its abbreviation even when it reads as a syllable (`VẠN VẬT KẾT NỐI (IOT)`)."""
    if re.fullmatch(r"\(\S+\)[,.;:]?", word):
        return word
    letters = fold(word).strip(",.;:()\"'“”")
    return word.lower() if letters and _SYLLABLE.fullmatch(letters) else word


def plan_short(plan: PlanRef) -> str:
    """How the text names the plan again after citing it: `Kế hoạch số 177/KH-UBND`, or for a
    plan without a number `Kế hoạch ngày 12/3/2023 của Ban Thường vụ Thành ủy`."""
    if plan.number:
        return f"{plan.kind} số {plan.number}"
    if plan.date:  # `plan_citation` keeps a numberless plan's subject, which the text gave once already
        return f"{plan.kind} ngày {short_date(plan.date)}" + (f" của {plan.issuer}" if plan.issuer else "")
    return plan_citation(plan)


def document_reference(head: Letterhead, kind: str) -> str:
    """`(Kèm theo Báo cáo số 05/BC-SNV ngày 05/01/2024 của Sở Nội vụ)` under an annex title."""
    number = layout_for(head.format).number_text(head.number)
    when = f" ngày {short_date(head.date)}" if head.date else ""
    return f"(Kèm theo {kind} số {number}{when} của {head.self_name})"


def header_block(head: Letterhead, letter_subject: str | None = None) -> HeaderBlock:
    """The letterhead block (issuing body, number, place and date), with the `V/v` subject line of a letter."""
    return HeaderBlock(
        issuing_body=head.issuing_body,
        number=head.number,
        place=head.place,
        date=head.date,
        parent_body=head.parent_body,
        letter_subject=letter_subject,
    )


def addressees(head: Letterhead) -> list[Addressees]:
    """The `Kính gửi` block of a report sent upward, none for a document without addressees."""
    return [Addressees(head.addressees)] if head.addressees else []


def signature(head: Letterhead) -> SignatureBlock:
    """The signature block with `Nơi nhận` and the archive line; marked `upward` when the document has addressees
    (a report sent up)."""
    return SignatureBlock(head.signer, head.recipients, head.archive, upward=bool(head.addressees))


def percent(value: float | None) -> str:
    """`72,5%` with the Vietnamese decimal comma; `-` when undefined."""
    if value is None:
        return "-"
    return f"{value * 100:.1f}".replace(".", ",") + "%"


def bullets(lines: list[str], empty: str = NO_ITEMS) -> list[Paragraph]:
    """Body paragraphs `- text;` for a list of remarks, or one `Không có.` paragraph."""
    items = [x.strip() for x in lines if x.strip()]
    if not items:
        return [Paragraph.of(empty)]
    return [Paragraph.of(x if x.startswith(("-", "+")) else f"- {x}") for x in items]


def texts(lines: list[str]) -> list[Paragraph]:
    """Each non-blank line as a paragraph (the clerk's multi-line text)."""
    return [Paragraph.of(x.strip()) for x in lines if x.strip()]


def heading(text: str, level: int = 1) -> Heading:
    """A section heading of `level`, styled by the layout (the builders never size text themselves)."""
    return Heading(text, level)


TASK_COLUMNS = [
    Column("STT", 12, Align.CENTER),
    Column("Nội dung nhiệm vụ", 78),
    Column("Cơ quan chủ trì", 34, Align.CENTER),
    Column("Cơ quan phối hợp", 34, Align.CENTER),
    Column("Thời hạn", 26, Align.CENTER),
]


def group_text(group: ResultGroup) -> str:
    """A result group's heading as printed: its label closed with a full stop, then its title; an unnumbered item
    (stored `•2` to keep its place) with its bullet alone: `• Nhiệm vụ …`, never `•2. Nhiệm vụ …`; the plan's
    annex by its title alone (`Phụ lục`, not `PL. Phụ lục`)."""
    label = heading_label(group.label, group.title)
    if label and not label.endswith((".", ")", "•", "-", "+")):
        label += "."
    return f"{label} {group.title}".strip()


def task_rows(items: list[ResultItem], with_result: bool) -> list[TableRow]:
    """Group rows in the plan's numbering, task rows with the columns of `TASK_COLUMNS`."""
    rows = []
    for item in items:
        if isinstance(item, ResultGroup):
            rows.append(TableRow.group(group_text(item)))
        else:
            cells = [item.stt, item.text, item.lead, item.support, item.deadline]
            if with_result:
                cells += [item.result, item.status]
            rows.append(TableRow(cells))
    return rows


def plain(text: str) -> Paragraph:
    """A paragraph in the plain role: no first-line indent, for lists inside the body and notes."""
    return Paragraph.of(text, role=Role.PLAIN)
