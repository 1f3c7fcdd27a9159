"""The lines above a plan's body → its header fields: number, kind, place, date, title, and what the pipeline reads
further (the preamble, a Party title block's `CỦA …` line, the issuing body's lines above the number).

Kept apart from `pipeline` because the head of a document is read line by line with its own state (motto, issuing
body, type line, title going on over wrapped lines, a web page's own lines before the document), while the body is
read as an outline."""
from __future__ import annotations

import re

from app.importers.extract import header as hdr
from app.importers.extract.flat_header import unflatten_header
from app.importers.extract.outline import Line
from app.importers.extract.page_caption import fill_from_caption, page_caption
from app.importers.extract.textutil import cap_first, ends_dangling, is_upper_line, squash, strip_trailing_punct
from app.importers.result import ImportedPlan

_PREAMBLE_START = re.compile(r"^(?:Thực hiện|Căn cứ|Để|Nhằm|Triển khai)\b.{60,}")
# the national and Party mottos, each with its tail when wrapped (`CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM`,
# `ĐẢNG` / `CỘNG SẢN VIỆT NAM`)
_MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|ĐẢNG$|CỘNG SẢN VIỆT NAM|ĐỘC LẬP|"
                    r"(?:XÃ\s+)?(?:HỘI\s+)?CHỦ NGHĨA VIỆT NAM|[*\-–_ ]+$)")
# a type line that goes on with a number (`CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU NGÀY … CỦA …`) cites a document: a
# document's own type line never carries its number, which stands in the header's left column
_CITES_NUMBER = re.compile(r"^(?:HÀNH ĐỘNG\s+)?(?:SỐ|Số|số)\s*:?\s*\S*[\d/]")
# the motto printed anywhere on a line: a layout export sets the issuing body and the motto side by side, row by
# row — the body's second line (its place, `TỈNH LÀO CAI`) beside the motto's second (`Độc lập - Tự do - Hạnh phúc`)
_MOTTO_BESIDE = re.compile(r"\b(?:CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN VIỆT NAM)\b"
                           r"|(?<!\S)(?:Độc lập|ĐỘC LẬP)\s*[-–]\s*(?:Tự do|TỰ DO)\b")
# what a converter writes above the document, not the document: its own note in square brackets (`[Bản trích chữ
# tự động …]`) and a page marker (`===== Trang 1 =====`)
_EXPORT_NOTE = re.compile(r"^(?:\[[^\]]*\]\s*)+$|^=+\s*Trang\s+\d+\s*=+$", re.IGNORECASE)
# a công văn's subject line (trích yếu): `V/v triển khai …`, `Về việc …`; also where the layout set it beside the
# number (`Số 2449 -CV/ĐU về việc triển khai …`)
_SUBJECT = re.compile(r"^(?:V/v|Về việc)\s+(?P<subject>\S.*)$", re.IGNORECASE)
_NUMBER_THEN_SUBJECT = re.compile(r"^(?P<number>Số\b.*?)\s+(?:V/v|về việc)\s+(?P<subject>\S.*)$", re.IGNORECASE)
# a Party title block's `CỦA …` line run together with the subject below it: `CỦA BAN THƯỜNG VỤ TỈNH ỦY về phát …`
_ISSUING_THEN_SUBJECT = re.compile(r"^(?P<issuing>CỦA(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\-]*)+)\s+(?P<subject>[a-zđà-ỹ]\S*\s.*)$")
_AUTHORITY_LINE = re.compile(r"^(?:ỦY BAN|UỶ BAN|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|HỘI ĐỒNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|"
                             r"CỦA |QUYẾT ĐỊNH|QUYẾT NGHỊ|CHÍNH PHỦ$|THỦ TƯỚNG)")


def join_header_lines(lines: list[Line]) -> list[Line]:
    """Header lines broken by the layout: `Bình Định, ngày` + `29 tháng 04 năm 2021`, `Số:` + `21/...`; and the
    other way, a header run together on one line cut into its cells (`flat_header`)."""
    out: list[Line] = []
    for line in unflatten_header(lines):
        if out and (re.fullmatch(r"Số\s*:?", out[-1].text) or re.search(r",\s*ngày$", out[-1].text)
                    or (out[-1].text.endswith(",") and line.text.startswith("ngày"))
                    or re.search(r"ngày\s*\d{1,2}\s*(?:tháng)?$", out[-1].text)
                    # `TP.` + `Hồ Chí Minh, ngày …`: a wrapped cell left the place's abbreviated first word above
                    or (re.fullmatch(r"[A-ZĐ][A-Za-zĐđ]{0,3}\.", out[-1].text) and hdr.parse_place_date(line.text)[0])):
            out[-1] = Line(f"{out[-1].text} {line.text}", None, None, out[-1].bold)
            continue
        out.append(line)
    return out



def read_header(plan: ImportedPlan, head: list[Line],
                  width: int | None = None) -> tuple[str, str | None, list[str]]:
    """Fill number/type/place/date/title; return the preamble text, the `CỦA ...` line of a Party
    title block and the issuing-body lines printed above the number."""
    title_word = None
    issuing_line = None
    title_parts: list[str] = []
    preamble: list[str] = []
    state = "top"
    title_bold = False
    top_lines: list[str] = []
    page: list[str] = []  # a web page's own lines above the document it reposts
    enacted = None  # `QUYẾT ĐỊNH:` read before any type line: a decision whose header block the copy left out
    subject = None  # a công văn's `V/v …` line
    below: list[str] = []  # a công văn's trích yếu set under its number without `V/v` (`below_number`)
    number_at = -1
    for at, line in enumerate(head):
        text = (f"{line.label}. " if line.label and not (line.style or "").startswith("bullet") else "") + line.text
        if state == "top" and _EXPORT_NOTE.match(text):
            continue
        if title_word is None and subject is None and (beside := _NUMBER_THEN_SUBJECT.match(text)) \
                and hdr.parse_number(beside.group("number")):
            text, subject = beside.group("number"), beside.group("subject")
        elif title_word is None and subject is None and (alone := _SUBJECT.match(text)) and state != "preamble":
            subject = alone.group("subject")
            continue
        if plan.number is None and (row := hdr.number_and_place(text)):
            plan.number, text = row  # the number row's two cells flattened into one line
            state, page, preamble = _header_block_starts(state, page, preamble, title_word)
        if state == "top" and plan.number is None and (caption := page_caption(text, lead=False)):
            fill_from_caption(plan, caption)  # a page's caption of the document, its header left out
            continue
        number = hdr.parse_number(text)
        if number and plan.number is None:
            plan.number, number_at = number, at
            state, page, preamble = _header_block_starts(state, page, preamble, title_word)
            continue
        place, date = hdr.parse_place_date(text)
        if place and plan.place is None:
            plan.place, plan.date = place, date
            continue
        if state == "top" and title_word is None and subject is None and plan.place is None and number_at >= 0 \
                and at == number_at + len(below) + 1 and below_number(text, first=not below):
            below.append(text)
            continue
        tw = hdr.type_word(text) if state in ("top", "page") or state == "preamble" and title_word is None else None
        if tw and state == "top" and _CITES_NUMBER.match(tw[1]) and _type_line_below(head[at + 1:]):
            # a repository's or a page's caption above the document, whose own header follows: the caption's
            # lines are the page's (`fill_from_caption` reads them only when the header gives no number)
            page.append(text)
            state = "page"
            continue
        if tw and state == "preamble":
            # a type line alone after the text began: what came before was the page's, not the document's
            if plan.number is not None or tw[1] or text.endswith(":"):
                enacted = enacted or (tw[0] if title_word is None and text.endswith(":") and not tw[1].strip(" :")
                                      else None)
                tw = None
            elif enacted:
                tw = None  # the type line of the plan the decision issues, printed after its articles
            else:
                page, preamble = page + preamble, []
        if tw:
            title_word = tw[0]
            state = "title"
            # `CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện …`: the type line and its title read as one paragraph
            rest = re.sub(r"^HÀNH ĐỘNG\s+(?=[^\sA-ZĐÀ-Ỹ])", "", tw[1].strip(" :"))
            # `KẾ HOẠCH HÀNH ĐỘNG` / `CHƯƠNG TRÌNH HÀNH ĐỘNG`: still the type line; a long rest is the title
            if rest and not (is_upper_line(rest) and len(rest.split()) <= 3):
                title_parts.append(rest)
                title_bold = line.bold
                state = "title_more"
            continue
        if state == "title":
            if is_upper_line(text) and text.startswith("CỦA"):
                issuing_line = text
                continue
            if joined := _ISSUING_THEN_SUBJECT.match(text):
                issuing_line, text = joined.group("issuing"), cap_first(joined.group("subject"))
            title_parts.append(text)
            title_bold = line.bold
            state = "title_more"
            continue
        # a title in capitals goes on in capitals; `HỘI NGHỊ LẦN THỨ BẢY` goes on with the committee it is of
        if state == "title_more" and (is_upper_line(text) and is_upper_line(title_parts[-1])
                                      and not _AUTHORITY_LINE.match(text)
                                      or hdr.names_conference(title_parts[-1]) and text[:1].isupper()):
            title_parts.append(text)
            continue
        if state == "title_more" and width and len(title_parts[-1]) >= 0.8 * width and not text.startswith(
                ("Thực hiện", "Căn cứ")) and not is_upper_line(text):
            title_parts.append(text)  # a title hard-wrapped by the layout
            continue
        dangling = bool(title_parts) and ends_dangling(title_parts[-1])  # a subject line broken after a bound word
        if state == "title_more" and (text[:1].islower() or (dangling and not _PREAMBLE_START.match(text))
                                      or (line.bold and title_bold and not text.endswith(":"))
                                      or hdr.title_goes_on(title_parts[-1], text)):
            title_parts.append(text)
            continue
        # the motto's cell run together (`CỘNG HÒA … VIỆT NAM Độc lập - Tự do - Hạnh phúc ----`) is still the top
        if state in ("top", "page") and (is_upper_line(text) or len(text) < 60 or _MOTTO.match(text)
                                         or _MOTTO_BESIDE.search(text) and plan.number is None):
            body = text[:beside.start()].strip() if (beside := _MOTTO_BESIDE.search(text)) else text
            if body and is_upper_line(body) and not _MOTTO.match(body) and plan.number is None:
                top_lines.append(body)  # the issuing body, printed above the number (or beside the motto)
            continue  # national motto, issuing body lines
        if state == "page":
            page.append(text)  # the page's own notes between its caption and the document's header
            continue
        state = "preamble"
        preamble.append(text)
    if title_word is None and enacted:
        title_word, title_parts = enacted, title_parts or _title_above_authority(top_lines)
        top_lines[:len(title_parts)] = []
    subject = subject or (" ".join(below) if below and title_word is None else None)
    if not title_parts and subject:
        title_word, title_parts = title_word or "CV", [cap_first(subject)]
    if title_parts:
        plan.title = strip_trailing_punct(squash(" ".join(title_parts)))
    elif title_word is None and plan.title is None:
        plan.title = hdr.submission_subject(" ".join(preamble))  # a copy that left out the type and title lines
    if plan.number is None and (caption := next(filter(None, (page_caption(t, title_word) for t in page)), None)):
        fill_from_caption(plan, caption)  # the page's lead names the document it reposts
    plan.doc_type = hdr.doc_type_of(plan.number, title_word)
    return " ".join(preamble), issuing_line, top_lines


def below_number(text: str, *, first: bool) -> bool:
    """A line of a công văn's trích yếu set under its number in the header's left column with no `V/v` before it
    (`Số -CV/ĐU` / `Tập trung chỉ đạo triển khai` / `công tác ứng phó tình hình bão, lũ` / `ĐẢNG CỘNG SẢN VIỆT
    NAM`): in sentence case, neither the motto, the issuing body's capitals nor the addressee line (its first line
    opens with a capital)."""
    if is_upper_line(text) or _MOTTO.match(text) or _MOTTO_BESIDE.search(text) or text.startswith("Kính gửi"):
        return False
    return text[:1].isupper() if first else True


def _type_line_below(lines: list[Line]) -> bool:
    """Does the document's own type line (`KẾ HOẠCH`, `CHƯƠNG TRÌNH HÀNH ĐỘNG` alone or with its title, no number)
    stand below?"""
    return any((tw := hdr.type_word(line.text)) and not _CITES_NUMBER.match(tw[1]) for line in lines)


def _title_above_authority(top_lines: list[str]) -> list[str]:
    """The title of a decision whose type line the copy left out: the capitals printed above its authority's line
    (`BAN HÀNH KẾ HOẠCH …` / `THỦ TƯỚNG CHÍNH PHỦ` / `Căn cứ …`: the trích yếu, then who decides); nothing when no
    authority line stands below them."""
    at = next((i for i, text in enumerate(top_lines) if _AUTHORITY_LINE.match(text)), None)
    return top_lines[:at] if at else []


def _header_block_starts(state: str, page: list[str], preamble: list[str],
                         title_word: str | None) -> tuple[str, list[str], list[str]]:
    """The document's number read after text began and before any type line: its header block starts here, and the
    text above it (a chunked export's title line, a web page's caption) was the page's, not the preamble's — a
    document prints its number above its type line and its preamble, never after them."""
    if state != "preamble" or title_word is not None:
        return state, page, preamble
    return "top", page + preamble, []

