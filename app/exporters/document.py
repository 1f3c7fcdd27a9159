"""The neutral description of an official document that every writer renders.

Builders turn report content into this description once; the DOCX, PDF and XLSX writers render
the same description, so the three files cannot drift apart. It holds *what* is written and its
role (a header block, a heading, a signature block); *how* each role looks (sizes, margins,
lines) belongs to `layouts.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Format(StrEnum):
    """Which official format a document is printed in.

    The issuing body's family (state or Party) and, for the Party, the document's date decide
    it (`layouts.format_for`); `party` keeps meaning HD 36 so stored snapshots read back as
    they were printed.
    """

    STATE = "state"  # Nghị định 30/2020/NĐ-CP
    PARTY = "party"  # Hướng dẫn 36-HD/VPTW (2018), Party documents dated before 27/5/2026
    PARTY_HD05 = "party-hd05"  # Hướng dẫn 05-HD/VPTW (27/5/2026)


# How the neutral text marks its end (`Trên đây là báo cáo ... ./.`). Builders end the last
# paragraph of the body with it; the layout prints its own mark instead (HD 05: a plain `.`).
END_MARK = "./."


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class Role(StrEnum):
    """Spacing role of a paragraph: the layout gives each role its indent and spacing."""

    BODY = "body"  # justified, first-line indent, space after
    PLAIN = "plain"  # no indent (lists inside the body, notes)
    CENTERED = "centered"  # a centred line in the body size (sub-titles of lists)


class Authority(StrEnum):
    """Signing authority; the layout turns it into `TM.` or `T/M` and so on."""

    TM = "TM"  # thay mặt (a collective body)
    KT = "KT"  # ký thay (a deputy)
    Q = "Q"  # quyền
    TL = "TL"  # thừa lệnh
    TUQ = "TUQ"  # thừa ủy quyền


class RowKind(StrEnum):
    TASK = "task"
    GROUP = "group"  # one cell spanning all columns (the plan's I., 1., 1.1 headings)


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Paragraph:
    runs: list[Run]
    align: Align = Align.JUSTIFY
    role: Role = Role.BODY
    keep_with_next: bool = False  # the closing line stays on the page of the signature block

    @classmethod
    def of(cls, text: str, *, role: Role = Role.BODY, align: Align | None = None, **style: bool) -> Paragraph:
        """One-run paragraph; `style` takes bold/italic/underline."""
        default = Align.JUSTIFY if role is Role.BODY else Align.CENTER if role is Role.CENTERED else Align.LEFT
        return cls([Run(text, **style)], align or default, role)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Heading:
    """`I. KẾT QUẢ THỰC HIỆN` (level 1, capitals), `1. ...` (level 2), `1.1. ...` (level 3)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class DocNumber:
    """Số ký hiệu: `05/BC-SNV` (state) or `05-BC/TU` (party); seq None leaves room for the clerk."""

    seq: int | None
    type_code: str | None  # BC, KH ...; None for a công văn
    body_code: str  # SNV, UBND-VX, TU


@dataclass
class HeaderBlock:
    """The two-column block at the top: bodies and number on the left, motto and date on the right."""

    issuing_body: str
    number: DocNumber
    place: str
    date: date | None
    parent_body: str | None = None
    # `V/v ...` of a công văn, printed under the number; the layout may print its own prefix
    # (HD 05: `về việc ...`)
    letter_subject: str | None = None


@dataclass
class TitleBlock:
    """Type name (`BÁO CÁO`) and subject (trích yếu); a công văn has neither."""

    type_name: str
    subject: str


@dataclass
class Addressees:
    """`Kính gửi:` one or more recipients."""

    names: list[str]


@dataclass
class Signer:
    title: str  # CHỦ TỊCH, GIÁM ĐỐC, PHÓ BÍ THƯ THƯỜNG TRỰC
    name: str
    authority: Authority | None = None
    authority_body: str | None = None  # ỦY BAN NHÂN DÂN, BAN THƯỜNG VỤ, GIÁM ĐỐC (after KT.)
    # the collective body a deputy signs for, above the `KT.` line: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`
    on_behalf: str | None = None


@dataclass
class SignatureBlock:
    """Footer: `Nơi nhận:` list on the left, authority, title and name on the right."""

    signer: Signer
    recipients: list[str]
    archive: str  # the unit after `Lưu: VT,` (state) or the whole archive (party)
    upward: bool = False  # starts the list with `Như trên`
    # An internal mark under the list, where NĐ 30 (Phụ lục I, mục II.12) puts the drafter's
    # mark and number of copies: here the approval of the period's report by a leader.
    note: str | None = None


@dataclass
class Column:
    title: str
    width: float  # relative width (nominal mm); scaled to the section's text width
    align: Align = Align.LEFT


@dataclass
class TableRow:
    cells: list[str]
    kind: RowKind = RowKind.TASK

    @classmethod
    def group(cls, text: str) -> TableRow:
        """A full-width group row (a week, a part of the plan) spanning the table."""
        return cls([text], RowKind.GROUP)


@dataclass
class Table:
    """A bordered data table: header row repeated on every page, every row kept whole where it fits
    on a page (NĐ 30; `DataTable`). Its last rows stay together, whole, with `note`
    (`Ghi chú: ...`, `Tổng số: ...`) printed under the table: a table never ends on a page
    holding a piece of one row or the note alone (`Layout.table_end_rows`)."""

    columns: list[Column]
    rows: list[TableRow]
    sheet_name: str = "Phụ lục"
    note: str | None = None


@dataclass
class AnnexTitle:
    """`Phụ lục` label, its title in capitals and `(Kèm theo ... )` reference, then a short line."""

    label: str
    title: str
    reference: str | None = None


Block = Paragraph | Heading | HeaderBlock | TitleBlock | Addressees | SignatureBlock | Table | AnnexTitle


@dataclass
class Section:
    blocks: list[Block]
    orientation: Orientation = Orientation.PORTRAIT
    restart_numbering: bool = False  # an annex is numbered on its own from 1


@dataclass
class Document:
    format: Format
    sections: list[Section]
    title: str = ""  # file metadata only
    author: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def tables(self) -> list[Table]:
        """Every data table of the document in order (the spreadsheet export writes one sheet each)."""
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]
