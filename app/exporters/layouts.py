"""Every measurement of the official formats, in one place (FORMATS.md).

`STATE` follows Nghị định 30/2020/NĐ-CP Phụ lục I, `PARTY` follows Hướng dẫn 36-HD/VPTW and
`PARTY_HD05` its 2026 replacement, Hướng dẫn 05-HD/VPTW (see docs/formats-hd05.md for the
sources of each rule and the open points). `format_for` picks the format of a document from its
issuing body's family and its date. The composer (`compose.py`) reads only from here, and both
the DOCX and the PDF writer render what the composer produced, so a size or a margin is never
written twice. Lengths are millimetres, font sizes and spacing points.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.body_kinds import PARTY_BOARDS, PARTY_COMMITTEES
from app.domain.text import fold
from app.exporters.document import END_MARK, Authority, DocNumber, Format

FONT_NAME = "Times New Roman"  # the name DOCX gives every script slot
# Room the văn thư fills in by hand (number, day, month of a draft). No-break spaces: PDF
# paragraphs and Word's justification would collapse or stretch ordinary ones.
BLANK = "\u00a0" * 8
SINGLE_LINE_EM = 1.15  # a "single" line of Times New Roman is 1.15 em high (Word and LibreOffice)
DESCENT_EM = 0.216  # Times New Roman / Liberation Serif: the part of a line under the baseline
EXACT_ASCENT = 0.8  # an exact line height puts the baseline 80 % of the way down (LibreOffice's rule)


def first_baseline(size: float, exact: float | None = None) -> float:
    """pt from the top of a paragraph's first line box to its baseline, as LibreOffice lays out the DOCX: a single
    (or proportional) line keeps its descent under the baseline and the rest above; an exact line puts the baseline
    at 80 % of its height. Measured (pdftotext -bbox and the text matrix of both printings): 13.11 pt for 14 pt text,
    12.21 for 13 pt, 14.4 for an exact 18 pt line — reportlab put it at the font size, 14 and 13."""
    return exact * EXACT_ASCENT if exact else size * (SINGLE_LINE_EM - DESCENT_EM)


@dataclass(frozen=True)
class TextStyle:
    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float


@dataclass(frozen=True)
class Layout:
    format: Format
    # page
    page_width: float = 210.0
    page_height: float = 297.0
    margins: Margins = Margins(top=20, bottom=20, left=30, right=15)
    landscape_margins: Margins = Margins(top=20, bottom=20, left=30, right=15)
    header_distance: float = 10.0  # top edge to the page number
    page_number: TextStyle = TextStyle(13)
    # header block
    header_widths: tuple[float, float] = (70.0, 95.0)  # left, right column (portrait text width 165)
    parent_body: TextStyle = TextStyle(13)
    issuing_body: TextStyle = TextStyle(13, bold=True)
    issuing_mark: str = "rule"  # "rule" (a solid line) or "star" (a centred *)
    issuing_rule_fraction: float = 0.5  # of the issuing body's text width (1/3–1/2)
    number: TextStyle = TextStyle(13)
    national_name: str | None = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    national_style: TextStyle = TextStyle(12, bold=True)
    motto: str = "Độc lập - Tự do - Hạnh phúc"
    motto_style: TextStyle = TextStyle(14, bold=True)
    motto_rule_fraction: float = 1.0  # as long as the motto
    date_style: TextStyle = TextStyle(14, italic=True)
    number_date_space: float = 6.0  # pt above the number/date row
    letter_subject: TextStyle = TextStyle(12)
    letter_subject_space: float = 6.0  # pt between number and V/v
    letter_type_code: str | None = None  # a công văn has no type (Số: 12/UBND-VX)
    # What a công văn's subject starts with; None prints the builder's `V/v ...` as it is.
    letter_subject_prefix: str | None = None
    # title block
    type_name: TextStyle = TextStyle(14, bold=True)
    type_name_space: float = 18.0  # pt above the type name
    subject: TextStyle = TextStyle(14, bold=True)
    subject_lowercase: bool = False  # party subjects start `về ...`
    subject_rule_fraction: float = 0.4
    subject_mark: str = "rule"  # under the subject: "rule" (a solid line) or "dashes" (`-----`)
    addressee: TextStyle = TextStyle(14)
    # body
    body: TextStyle = TextStyle(14)
    first_line_indent: float = 12.7
    paragraph_space_after: float = 6.0
    line_spacing: float = 1.0  # multiple of a single line (1.0–1.5)
    line_exact: float | None = None  # pt: an exact line height instead (body and headings)
    # Widow and orphan control (Word's default for a new document, NĐ 30 prints no lone line at
    # a page's foot or head): a paragraph leaves at least two lines on each page it spans. The
    # DOCX says so in its defaults, the PDF applies the same rule to paragraphs and to the
    # cells of a row broken across pages.
    widow_control: bool = True
    end_mark: str = END_MARK  # how the text ends (`./.` in NĐ 30 and HD 36)
    heading1: TextStyle = TextStyle(14, bold=True)
    heading2: TextStyle = TextStyle(14, bold=True)
    heading3: TextStyle = TextStyle(14, bold=True, italic=True)
    heading_space_before: float = 6.0
    # footer block
    footer_widths: tuple[float, float] = (75.0, 90.0)
    footer_space_before: float = 12.0
    recipients_label: TextStyle = TextStyle(12, bold=True, italic=True)
    recipients_item: TextStyle = TextStyle(11)
    archive_format: str = "- Lưu: VT, {}."
    archive_alone: str = "- Lưu: VT."  # when no drafting unit is named
    authority_prefix: dict[Authority, str] = field(
        default_factory=lambda: {
            Authority.TM: "TM.",
            Authority.KT: "KT.",
            Authority.Q: "Q.",
            Authority.TL: "TL.",
            Authority.TUQ: "TUQ.",
        }
    )
    # Collective bodies (a cấp ủy, its standing committee) whose deputy signs on behalf of the
    # body (`T/M`), never `K/T`: matched on the folded authority body.
    collective_bodies: tuple[str, ...] = ()
    authority: TextStyle = TextStyle(14, bold=True)
    signer_title: TextStyle = TextStyle(14, bold=True)
    signer_name: TextStyle = TextStyle(14, bold=True)
    signature_space: float = 72.0  # pt of room for signature and seal
    # annex
    annex_label: TextStyle = TextStyle(14, bold=True)
    annex_title: TextStyle = TextStyle(14, bold=True)
    annex_reference: TextStyle = TextStyle(14, italic=True)
    annex_rule_width: float = 40.0
    table_text: TextStyle = TextStyle(12)
    table_header: TextStyle = TextStyle(12, bold=True)
    # A table cell, measured the way Word and LibreOffice lay it out, so that both writers give
    # a row the same height: rule + top margin + space before + lines × single line + space
    # after + bottom margin. A cell's text wraps within its width less the two side margins; a
    # word longer than that breaks between letters (Word and LibreOffice do; it never runs over
    # the rule).
    table_padding: float = 1.5  # mm left and right inside each cell
    table_padding_v: float = 0.5  # mm above and below inside each cell
    table_paragraph_space: float = 1.0  # pt before and after a cell's text
    table_rule_pt: float = 0.5
    # How a table ends: its last `table_end_rows` rows are kept whole and on one page, with
    # the note under the table (a borderless last row in `table_note`), so the last page of an
    # annex never holds only a piece of one row or the note alone, which no leader signs.
    table_end_rows: int = 2
    table_note: TextStyle = TextStyle(12, italic=True)
    rule_pt: float = 0.75  # the short solid lines in header and title
    pad_number: bool = True  # numbers below 10 get a leading 0

    # ---- texts whose shape the format decides -------------------------------------------------

    def number_text(self, n: DocNumber) -> str:
        """`05/BC-SNV` (state), `05-BC/TU` (party); a blank seq leaves room for the clerk."""
        seq = BLANK if n.seq is None else (f"{n.seq:02d}" if self.pad_number else str(n.seq))
        if self.format is Format.STATE:
            return f"{seq}/{n.type_code}-{n.body_code}" if n.type_code else f"{seq}/{n.body_code}"
        return f"{seq}-{n.type_code}/{n.body_code}" if n.type_code else f"{seq}/{n.body_code}"

    def number_line(self, n: DocNumber) -> str:
        """`Số: 05/BC-SNV` with a colon (NĐ 30) or `Số 05-BC/TU` without (HD 36)."""
        sep = ": " if self.format is Format.STATE else " "
        return f"Số{sep}{self.number_text(n)}"

    def date_line(self, place: str, when: date | None) -> str:
        """`Hà Nội, ngày 05 tháng 01 năm 2024`: day below 10 and months 1, 2 take a leading 0."""
        if when is None:
            return f"{place}, ngày{BLANK}tháng{BLANK}năm {date.today().year}"
        return f"{place}, ngày {day_text(when)} tháng {month_text(when)} năm {when.year}"

    def authority_line(self, kind: Authority | None, body: str | None) -> str | None:
        """The line above the signer's title (`TM. ỦY BAN NHÂN DÂN`, `KT. ...`, or the body alone); a collective
        Party body is always `TM.`."""
        if kind is None:
            return body.upper() if body else None
        if kind is Authority.KT and self.is_collective(body):
            kind = Authority.TM  # a Phó Bí thư signs T/M BAN THƯỜNG VỤ, never K/T
        return f"{self.authority_prefix[kind]} {(body or '').upper()}".strip()

    def is_collective(self, body: str | None) -> bool:
        """Whether the body is a collective leadership (Ban Thường vụ ...), which its members sign for with `TM.`."""
        folded = fold(body or "")
        return any(marker in folded for marker in self.collective_bodies)

    def letter_subject_text(self, subject: str) -> str:
        """`V/v đôn đốc ...` as written, or with the layout's own prefix (`về việc đôn đốc ...`)."""
        s = subject.strip()
        if self.letter_subject_prefix is None:
            return s
        for old in ("V/v ", "v/v ", "Về việc ", "về việc "):
            if s.startswith(old):
                s = s[len(old) :].lstrip()
                break
        return f"{self.letter_subject_prefix} {s}".strip()

    def end_text(self, text: str) -> str:
        """The text's last paragraph with this format's end mark (`./.` becomes `.` in HD 05)."""
        stripped = text.rstrip()
        if self.end_mark == END_MARK or not stripped.endswith(END_MARK):
            return text
        return stripped[: -len(END_MARK)] + self.end_mark

    def recipients_lines(self, recipients: list[str], archive: str, upward: bool) -> list[str]:
        """`- Như trên;` first when sent upward, each `- X;`, archive line last."""
        items = (["Như trên"] if upward else []) + [r.strip().rstrip(";.") for r in recipients if r.strip()]
        last = self.archive_format.format(archive) if archive.strip() else self.archive_alone
        return [f"- {r};" for r in items] + [last]

    def subject_text(self, subject: str) -> str:
        """State subjects start with a capital; party subjects start lower case (`về ...`)."""
        s = subject.strip()
        if not s:
            return s
        if self.subject_lowercase:
            s = s[0].lower() + s[1:]
            return s if s.startswith("về ") else f"về {s}"
        return s[0].upper() + s[1:]

    def text_width(self, landscape: bool = False) -> float:
        """mm between the margins of a portrait or a landscape page."""
        m = self.landscape_margins if landscape else self.margins
        width = self.page_height if landscape else self.page_width
        return width - m.left - m.right


def day_text(d: date) -> str:
    """The day as dates are printed in the header (`05`)."""
    return f"{d.day:02d}"


def month_text(d: date) -> str:
    """The month as the header prints it: with a leading zero for January and February only (ND 30/2020)."""
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def short_date(d: date) -> str:
    """`02/8/2021`, `05/01/2024`: the citation form, same leading-zero rule as the date line."""
    return f"{day_text(d)}/{month_text(d)}/{d.year}"


STATE = Layout(format=Format.STATE)

PARTY = Layout(
    format=Format.PARTY,
    page_number=TextStyle(14),
    header_widths=(80.0, 85.0),
    parent_body=TextStyle(14),
    issuing_body=TextStyle(14, bold=True),
    issuing_mark="star",
    number=TextStyle(14),
    national_name=None,
    motto="ĐẢNG CỘNG SẢN VIỆT NAM",
    motto_style=TextStyle(15, bold=True),
    date_style=TextStyle(14, italic=True),
    letter_subject=TextStyle(12, italic=True),
    letter_type_code="CV",
    type_name=TextStyle(16, bold=True),
    subject=TextStyle(14, bold=True),
    subject_lowercase=True,
    addressee=TextStyle(14),
    body=TextStyle(14),
    recipients_label=TextStyle(14, underline=True),
    recipients_item=TextStyle(12),
    archive_format="- Lưu {}.",
    archive_alone="- Lưu Văn phòng.",
    authority_prefix={
        Authority.TM: "T/M",
        Authority.KT: "K/T",
        Authority.Q: "Q.",
        Authority.TL: "T/L",
        Authority.TUQ: "T/UQ",
    },
    authority=TextStyle(14, bold=True),
    signer_title=TextStyle(14),
    signer_name=TextStyle(14, bold=True),
)

# Hướng dẫn 05-HD/VPTW of 27/5/2026 (with Quy định 399-QĐ/TW of 09/01/2026), written as what
# it changes from HD 36. The official text was not reachable; each value below is what the
# practitioners' summaries and templates built on HD 05 agree on (docs/formats-hd05.md lists
# them and the points where they differ). Kept from HD 36 because the sources agree on them
# (one DOCX tool prints the header a size smaller; not followed):
# margins 20/20/30/15; `ĐẢNG CỘNG SẢN VIỆT NAM` 15 bold with a line as long as it; parent
# body 14, issuing body 14 bold and a `*` under it; `Số 05-BC/TU` 14 without a colon, numbers
# below 10 with a 0; date line 14 italic with days below 10 and months 1–2 zero-padded; type
# name 15–16 bold; subject 14–15 bold, lower case `về ...`; `T/M` bold, the title in regular
# capitals, the name bold; `Nơi nhận:` 14 underlined, list 12, `- Lưu Văn phòng Thành ủy.`;
# page number 14 centred 10 mm from the top, none on the first page.
PARTY_HD05 = replace(
    PARTY,
    format=Format.PARTY_HD05,
    # Body 14, justified, first line indented about 10 mm, at least 6 pt between paragraphs,
    # EXACT line spacing. Sources give 18 (two templates), 19 (one), "18–22" (a summary),
    # "≥ 18" (a checklist): 18 pt is the value all of them admit and two tools use.
    first_line_indent=10.0,
    paragraph_space_after=6.0,
    line_exact=18.0,
    # Five hyphens under the subject, not a drawn line (two summaries say `-----`).
    subject_mark="dashes",
    # A công văn's subject is `về việc ...`, 12 italic under the number; `V/v` is not written
    # (two summaries say so outright; older templates still carrying `V/v` are HD 36 habits).
    letter_subject_prefix="về việc",
    # The text ends with `.`, not `./.`.
    end_mark=".",
    # A cấp ủy is a collective body: its deputies sign `T/M`, there is no `K/T` for it (K/T
    # stays for the head of an office or a ban: `K/T CHÁNH VĂN PHÒNG`). Delegated signing is
    # `T/L`; HD 05 has no `T/UQ`.
    collective_bodies=(*PARTY_BOARDS, "thuong truc", *PARTY_COMMITTEES),
    authority_prefix={
        Authority.TM: "T/M",
        Authority.KT: "K/T",
        Authority.Q: "Q.",
        Authority.TL: "T/L",
        Authority.TUQ: "T/L",
    },
)

LAYOUTS: dict[Format, Layout] = {Format.STATE: STATE, Format.PARTY: PARTY, Format.PARTY_HD05: PARTY_HD05}

# The day Hướng dẫn 05-HD/VPTW took effect: Party documents dated from it use HD 05.
HD05_FROM = date(2026, 5, 27)
FAMILIES = ("state", "party")  # what an office profile chooses
PARTY_PINS = {"hd36": Format.PARTY, "hd05": Format.PARTY_HD05}  # what a Party office may pin


def layout_for(fmt: Format) -> Layout:
    """The layout of a document format (state, Party, Party after HD 05)."""
    return LAYOUTS[fmt]


def format_for(family: str, when: date | None, pinned: str | None = None) -> Format:
    """The format a document of an issuing body of `family` dated `when` is printed in.

    A state body always prints NĐ 30. A Party body prints HD 36 before 27/5/2026 and HD 05
    from that day, unless its profile pins one (`hd36`, `hd05`), e.g. to reprint an old
    document as it was. An undated document (a draft) takes the format in force today.
    """
    if Format(family) is Format.STATE:
        return Format.STATE
    if pinned in PARTY_PINS:
        return PARTY_PINS[pinned]
    return Format.PARTY_HD05 if (when or date.today()) >= HD05_FROM else Format.PARTY
