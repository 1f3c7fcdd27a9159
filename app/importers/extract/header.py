"""Header and footer of an official document: number, type, place, date, subject line,
bases (the directives it implements, from the preamble), signer and recipients.
"""
from __future__ import annotations

import datetime as dt
import re

from app.domain.doc_kinds import DOC_KINDS
from app.domain.text import fold
from app.importers.extract.body_names import body_from_lines, body_name
from app.importers.extract.mention_heads import head_at
from app.importers.extract.textutil import cap_first, is_upper_line, squash, strip_trailing_punct
from app.importers.result import Signer

# the type line in capitals (`KẾ HOẠCH`) of every kind, with its code
DOC_TYPES = [(name.upper(), code) for code, name in DOC_KINDS.items()]
_NUMBER = re.compile(r"^Số\s*[:.]?\s*(?P<num>[\w\s./\-–]+?)\s*$", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"^(?P<place>[^\d,]{2,40}?(?: \d{1,2})?),\s*ngày\s*(?P<d>\d{1,2})\s*(?:/|-|\.)?\s*(?:tháng)?\s*(?P<m>\d{1,2})"
    r"\s*(?:/|-|\.)?\s*(?:năm)?\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
DOC_NUMBER = re.compile(r"\b\d+[a-zA-Z]?(?:/\d{4})?[-/][A-ZĐ]{1,8}(?:[-/][A-ZĐ0-9][A-ZĐa-z0-9]{0,9}){0,2}\b")
_SIGN_AUTH = re.compile(r"^(?:TM\.|T/M|T\.M\.|KT\.|K/T|TL\.|T/L|TUQ\.|Q\.)\s*\S", re.IGNORECASE)
# `Nơi nhận:`; a scan's text layer drops tone marks (`Nơi nhân:`, `Noi nhan:`), then its colon says what it is
_RECIPIENTS = re.compile(r"^(?:Nơi nhận\s*:?|N[oơ]i\s+nh[aâ]n\s*:)", re.IGNORECASE)


def doc_type_of(number: str | None, title_word: str | None) -> str | None:
    """`177/KH-UBND` → KH (state); `04-NQ/TU` → NQ (Party); `01/2023/QĐ-UBND` → QĐ. A công văn's number carries
    no kind, only its issuer (`9389/BNNMT-BĐKH`): a code that is no kind gives way to the kind the header printed
    (its type line, or the `V/v` subject line of a công văn)."""
    if number:
        m = re.match(r"^\d+[a-zA-Z]?(?:/\d{4})?[-/]([A-ZĐa-zđ]+)", number)
        if m and (m.group(1) in DOC_KINDS or title_word is None):
            return m.group(1)
        # a Party number the signing system fills in, printed blank (`-CV/ĐU`): its kind is printed all the same
        blank = re.match(r"^-([A-ZĐa-zđ]+)/", number)
        if blank and blank.group(1) in DOC_KINDS and title_word is None:
            return blank.group(1)
    return title_word


# a type line alone in capitals, compared without spaces and tone marks: a scan's text layer splits letters and
# misreads tones (`K ÉT LUẬN` for `KẾT LUẬN`)
_FOLDED_TYPES = {fold(word).replace(" ", ""): code for word, code in DOC_TYPES}


def type_word(line: str) -> tuple[str, str] | None:
    """(code, rest) when the line starts with a document type word in capitals (`KẾ HOẠCH`)."""
    up = line.strip()
    for word, code in DOC_TYPES:
        if up.startswith(word) and (len(up) == len(word) or not up[len(word)].isalpha()):
            return code, up[len(word):].strip()
    scanned = _FOLDED_TYPES.get(fold(up).replace(" ", "")) if up.isupper() and len(up) <= 20 else None
    return (scanned, "") if scanned else None


# a Party conference named on a line of a title block (`HỘI NGHỊ LẦN THỨ BẢY`), read without tone marks (a scan
# misreads them): the committee whose conference it is follows on the next line
_CONFERENCE = re.compile(r"hoi nghi (?:lan )?thu(?: \S+){1,3}")


def names_conference(line: str) -> bool:
    return is_upper_line(line) and bool(_CONFERENCE.fullmatch(fold(line)))


def parse_number(line: str) -> str | None:
    m = _NUMBER.match(line.strip())
    if not m or not re.search(r"\d|/", m.group("num")):
        return None
    num = re.sub(r"\s+", "", m.group("num")).replace("–", "-")
    return num if "/" in num else None


def number_and_place(line: str) -> tuple[str, str] | None:
    """`Số: 225 - KH/TWĐTN-CTTN   Hà Nội, ngày 16 tháng 5 năm 2024`: the two cells of the header's number row
    flattened into one line (an export that laid the columns out with spaces) → (number, place-date line).
    The number ends at its last word holding a digit or a slash; the place-date line starts with a word
    holding neither."""
    words = line.split()
    if not words or not re.match(r"^Số\b", words[0], re.IGNORECASE) or "ngày" not in line.lower():
        return None
    for k in range(len(words) - 1, 1, -1):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if re.search(r"[\d/]", words[k - 1]) and not re.search(r"[\d/]", words[k]) \
                and (number := parse_number(left)) and parse_place_date(right)[0]:
            return number, right
    return None


def parse_place_date(line: str) -> tuple[str | None, dt.date | None]:
    m = _PLACE_DATE.match(line.strip())
    if not m:
        blank = re.match(r"^(?P<place>[^\d,]{2,40}?(?: \d{1,2})?),\s*ngày\b", line.strip(), re.IGNORECASE)
        return (blank.group("place").strip(" ."), None) if blank else (None, None)
    try:
        date = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        date = None
    place = m.group("place").strip(" .")
    return place, date


def bases_of(preamble: str) -> list[str]:
    """Numbers of the documents the preamble implements: the first number of each `;` clause and
    any number right after `Thực hiện` / `Căn cứ` / `tiếp theo` (`... số 04-NQ/TU`); numbers
    that only describe another document (`... về tiếp tục thực hiện Nghị quyết số 18-NQ/TW`) are not."""
    out: list[str] = []
    for part in re.split(r";\s*", preamble):
        for k, m in enumerate(DOC_NUMBER.finditer(part)):
            before = part[max(0, m.start() - 45):m.start()]
            if k == 0 or re.search(r"(?:Thực hiện|Căn cứ|tiếp theo|Triển khai)\s+[^,;]{0,30}$", before):
                if m.group(0) not in out:
                    out.append(m.group(0))
    return out


# a signature block whose lines a table cell ran together: the title in capitals (two words or more: `UBND Tỉnh
# Nghệ An` is a recipient), then the signer's name (two to five capitalised words, nothing after them)
_TITLE_THEN_NAME = re.compile(r"^(?P<title>(?:[A-ZĐÀ-Ỹ.]+\s+)+[A-ZĐÀ-Ỹ]{2,})\s+"
                              r"(?P<name>[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?:\s+[A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,4})$")


def parse_footer(lines: list[str]) -> tuple[list[str], Signer]:
    """Recipients (`Nơi nhận`) and signer (authority, title, name) from the closing lines."""
    recipients: list[str] = []
    signer = Signer()
    in_recipients = False
    tail: list[str] = []
    for raw in lines:
        for line in raw.split("\n"):
            line = line.strip()
            if not line:
                continue
            if _RECIPIENTS.match(line):
                in_recipients = True
                rest = _RECIPIENTS.sub("", line).strip()
                if rest:
                    recipients.append(strip_trailing_punct(rest.lstrip("-–• ")))
                continue
            if _SIGN_AUTH.match(line) or (tail and not in_recipients):
                in_recipients = False
                tail.append(line)
                continue
            if (signed := _TITLE_THEN_NAME.match(line)) and not re.match(r"^[-–•+]", line):
                in_recipients = False  # `THỦ TƯỚNG Nguyễn Tấn Dũng`: a signature cell run onto one line
                tail.extend([signed.group("title"), signed.group("name")])
                continue
            if in_recipients and re.match(r"^[-–•+]\s*", line):
                recipients.append(strip_trailing_punct(re.sub(r"^[-–•+]\s*", "", line)))
                continue
            if in_recipients and line.startswith("("):
                continue
            if in_recipients and is_upper_line(line):
                in_recipients = False
                tail.append(line)
                continue
            if not in_recipients:
                tail.append(line)
    tail = [t for t in tail if not re.match(r"^\(?(?:đã ký|ký tên|chữ ký|đóng dấu)", t, re.IGNORECASE)]
    if tail:
        auth_i = next((i for i, t in enumerate(tail) if _SIGN_AUTH.match(t)), None)
        if auth_i is not None:
            signer.authority = squash(tail[auth_i])
            below = tail[auth_i + 1:]
            titles = [t for t in below if is_upper_line(t)]
            names = [t for t in below if not is_upper_line(t)]
            if titles:
                signer.title = squash(titles[-1])
            if names:
                signer.name = squash(names[-1])
        elif tail:
            uppers = [t for t in tail if is_upper_line(t)]
            if uppers:
                signer.title = squash(uppers[0])
            lowers = [t for t in tail if not is_upper_line(t)]
            if lowers:
                signer.name = squash(lowers[-1])
    return recipients, signer


def is_footer_start(line: str) -> bool:
    return bool(_RECIPIENTS.match(line.strip()) or _SIGN_AUTH.match(line.strip()))


# an issuer whose name goes on with its place: a province or city, or a territorial Party committee named
# after it (`Ban Thường vụ Tỉnh ủy` → `Ban Thường vụ Tỉnh ủy Nghệ An`)
_NAMED_BY_PLACE = re.compile(r"(?:[Tt]hành phố|[Tt]ỉnh|(?:Tỉnh|Thành|Huyện|Quận|Thị) [ủu]y)$")


def issuer_from(preamble: str, issuing_line: str | None, place: str | None, signer: Signer,
                top_lines: list[str] | None = None, named: str | None = None) -> str | None:
    """The issuing body: the title-block line (`CỦA BAN CHẤP HÀNH ...`), else the preamble's
    `..., UBND Thành phố ban hành`, completed with the place; else the header's capitals, the body a web
    page's caption `named` (`… của Thành ủy X về …`), the signer's body."""
    if issuing_line:
        text = re.sub(r"^CỦA\s+", "", issuing_line.strip(), flags=re.IGNORECASE)
        words = text.lower().split()
        keep_caps = {"đảng", "thành", "tỉnh"}
        out = [w.capitalize() if i == 0 or w in keep_caps else w for i, w in enumerate(words)]
        text = " ".join(out)
        text = re.sub(r"\b(Đảng|đảng) bộ thành phố\b", "Đảng bộ Thành phố", text)
        text = re.sub(r"\bBan chấp hành\b", "Ban Chấp hành", text)
        return text
    # `X đã ban hành Nghị quyết …` reports what a body has issued before (the document implemented), not this one
    m = re.search(r"(?:^|[,;]\s*)((?:UBND|Ủy ban nhân dân|Ban Thường vụ|Ban Chấp hành|Ban Thường trực|Thường trực|"
                  r"Đảng đoàn|Ban cán sự đảng|Bộ|Sở|Ban)[^,.:;]{0,60}?)(?<!\sđã)\s+(?:ban hành|xây dựng|triển khai)",
                  preamble)
    if m:
        issuer = re.sub(r"\s*\([^)]*\)", "", m.group(1)).strip()
        if place and place.lower() not in issuer.lower() and (level := _NAMED_BY_PLACE.search(issuer)):
            # `UBND Thành phố` + `Thành phố Hồ Chí Minh` (a place written with its level): the level once
            same_level = place.lower().startswith(level.group(0).lower())
            issuer = f"{issuer[:level.start()]}{place}" if same_level else f"{issuer} {place}"
        return issuer
    if top_lines:
        return body_from_lines(top_lines, place)
    if named:
        return named
    if signer.authority:
        return body_name(re.sub(r"^(?:TM\.|T/M|KT\.|TL\.)\s*", "", signer.authority).strip(), place)
    return None


# `Xét Tờ trình số 136/TTr-UBND ngày … của Ủy ban nhân dân tỉnh về việc phê duyệt Đề án …;`: what the submission asks
_SUBMISSION = re.compile(r"\bTờ trình\b[^;]*?\svề(?: việc)?\s+(?P<subject>[^;]+?)\s*(?:;|\.\s|\.?$)")


def submission_subject(preamble: str) -> str | None:
    """The subject of the submission a resolution or decision considers (`Xét Tờ trình … về việc X`): a council
    resolves on what it was asked, so it is the document's subject where a copy left out the title line."""
    m = _SUBMISSION.search(preamble)
    return cap_first(strip_trailing_punct(m.group("subject"))) if m else None


# a cited document's date closing a title line: `... Nghị quyết số 57-NQ/TW ngày 22/12/2024`
_CITED_DATE = re.compile(r"\bngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$", re.IGNORECASE)


def title_goes_on(previous: str, text: str) -> bool:
    """Whether the line `text` goes on with the title line `previous` above it, told by the words alone (a PDF
    or a text without bold has no bold to say the title's lines belong together): a line ending in a comma
    is inside a list (`... khoa học, công nghệ,` / `đổi mới sáng tạo ...`), and a cited document's date is
    followed by the body that issued it (`... ngày 22/12/2024` / `Bộ Chính trị về ...`)."""
    if previous.endswith(","):
        return True
    return bool(_CITED_DATE.search(previous)) and head_at(text) is not None and ":" not in text
