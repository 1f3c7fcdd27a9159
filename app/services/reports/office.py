"""Who issues the office's reports: stored once with the data (`office_settings`).

The format of a report belongs to its issuing body (DESIGN.md §5), so the body, its code, the
place and the usual signer live in one profile shared by every clerk of the database. Without a
stored profile the plan's own focal agency, place and format give a usable default.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.domain.own_office import is_own, own_keys
from app.domain.text import canonical, fold
from app.exporters.document import Authority, Format, Signer
from app.exporters.layouts import FAMILIES as FAMILIES  # the office dialog's choices
from app.exporters.layouts import PARTY_PINS as PARTY_PINS
from app.exporters.layouts import format_for
from app.models import Agency, OfficeSetting, Plan

OFFICE_KEY = "report.office"
_PEOPLES_COMMITTEE = canonical("Ủy ban nhân dân")


@dataclass
class OfficeProfile:
    issuing_body: str = ""  # `Sở Nội vụ`, `Thành ủy Hà Nội`
    parent_body: str | None = None  # `UBND Thành phố Hà Nội`
    short_name: str = ""  # how the body names itself in the text
    body_code: str = ""  # `SNV`, `TU` (after the type in the number)
    letter_code: str = ""  # a công văn's code: `SNV-TCBC`
    archive: str = ""  # drafting unit after `Lưu: VT,` (state) or the party archive
    place: str = ""
    format: str = Format.STATE.value  # the body's family: `state` or `party`
    party_format: str | None = None  # a Party body may pin `hd36` or `hd05`; None: by date
    window: str = "nd09"  # reporting windows: nd09 or calendar
    signer_authority: str | None = None  # TM, KT, ...
    signer_authority_body: str | None = None
    signer_title: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)  # Nơi nhận of a report
    # Nơi nhận per kind of document (`letter`, `tasklist`, ...): a công văn to Sở Tài chính is not
    # copied to those a report goes to. A kind without a list: reports use `recipients`, other
    # documents none beyond `Như trên` and the archive line.
    recipients_by_kind: dict[str, list[str]] = field(default_factory=dict)

    def recipients_for(self, kind: str) -> list[str]:
        """The `Nơi nhận` list for a kind of document: its own list when set, else the profile's for a progress
        report and none for the others."""
        if kind in self.recipients_by_kind:
            return list(self.recipients_by_kind[kind])
        return list(self.recipients) if kind == "progress" else []

    def format_on(self, day: date | None) -> Format:
        """The format of this body's document dated `day` (HD 36 or HD 05 for the Party)."""
        return format_for(self.format, day, self.party_format)

    def is_self(self, name: str) -> bool:
        """Whether `name` — as a plan or the directory prints it — names this office (`app.domain.own_office`)."""
        return is_own(name, own_keys((self.issuing_body, self.short_name), self.place), self.place)

    def signer(self) -> Signer:
        """The signature block's signer (title, name, `TM.`/`KT.` authority) from the profile. A deputy signing for
        the Chủ tịch of a people's committee signs for the committee too (NĐ 30, Phụ lục I: `TM. ỦY BAN NHÂN DÂN` /
        `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`): a committee works by the collective regime, its documents are the
        committee's, not its Chủ tịch's."""
        authority = Authority(self.signer_authority) if self.signer_authority else None
        collective = (authority is Authority.KT and self.format == Format.STATE.value
                      and canonical(self.signer_authority_body or "") == "chu tich"
                      and canonical(self.issuing_body).startswith(_PEOPLES_COMMITTEE))
        return Signer(self.signer_title, self.signer_name, authority, self.signer_authority_body,
                      "Ủy ban nhân dân" if collective else None)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OfficeProfile:
        """A profile from stored JSON, ignoring keys this version does not know (written by a newer one)."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


# What a signed document needs from the profile, with the words a clerk knows it by.
REQUIRED = (("issuing_body", "tên cơ quan ban hành"), ("place", "địa danh"),
            ("signer_title", "chức vụ người ký"), ("signer_name", "họ tên người ký"))


def stored_profile(s: Session) -> OfficeProfile:
    """The profile as the clerk saved it, without the defaults `load_profile` fills in."""
    row = s.get(OfficeSetting, OFFICE_KEY)
    return OfficeProfile.from_dict(row.value) if row is not None and isinstance(row.value, dict) else OfficeProfile()


def profile_gaps(profile: OfficeProfile) -> list[str]:
    """The required items still empty (empty list: a document can be printed and signed)."""
    return [words for name, words in REQUIRED if not str(getattr(profile, name) or "").strip()]


def load_profile(s: Session, plan: Plan | None = None) -> OfficeProfile:
    """The stored profile, its gaps filled from the plan (focal agency, place, format)."""
    row = s.get(OfficeSetting, OFFICE_KEY)
    profile = OfficeProfile.from_dict(row.value) if row is not None and isinstance(row.value, dict) else OfficeProfile()
    if plan is not None:
        if not profile.issuing_body and plan.focal_agency_id is not None:
            agency = s.get(Agency, plan.focal_agency_id)
            if agency is not None:
                profile.issuing_body = agency.name
                profile.short_name = profile.short_name or agency.name
        if not profile.issuing_body:
            profile.issuing_body = plan.issuer or "Cơ quan báo cáo"
        if row is None:
            profile.format = plan.format or profile.format
        profile.place = profile.place or plan.place or ""
    profile.short_name = profile.short_name or profile.issuing_body
    profile.body_code = profile.body_code or _initials(profile.issuing_body, profile.place)
    profile.letter_code = profile.letter_code or profile.body_code
    if not profile.signer_title and not profile.signer_name:
        # Visible blanks rather than an empty signature block: the clerk fills them in Word.
        profile.signer_title, profile.signer_name = "(Chức vụ người ký)", "(Họ và tên người ký)"
    return profile


def save_profile(s: Session, profile: OfficeProfile) -> None:
    """Store the office profile as JSON in the office settings (created on first save)."""
    row = s.get(OfficeSetting, OFFICE_KEY)
    if row is None:
        s.add(OfficeSetting(key=OFFICE_KEY, value=asdict(profile)))
    else:
        row.value = asdict(profile)


def _initials(name: str, place: str = "") -> str:
    """`Sở Nội vụ` → `SNV`: a placeholder code until the clerk sets the real one. A body's code never spells
    its own place: `Sở Nội vụ tỉnh Hà Tĩnh` in Hà Tĩnh is `SNV`, not `SNVTHT` (the shortest of the names the
    office goes by, `app.domain.own_office`)."""
    keys = own_keys([name], place)
    words = [w for w in (min(keys, key=len) if keys else fold(name)).split() if w.isalpha()]
    return "".join(w[0] for w in words).upper()[:8] or "CQ"


def signs_for(profile: OfficeProfile, body: str) -> bool:
    """Whether `body` is the office itself or the body it signs for (`T/M Ban Thường vụ` signs
    for the Ban Thường vụ Thành ủy): a report is not addressed to the body that signs it.

    The body signed for is that body alone or that body OF the office (`Ban Thường vụ` + `Thành ủy Hà
    Nội`): an MTTQ office signing `TM. Ban Thường trực` still writes to the `Ban Thường trực Ủy ban MTTQ
    tỉnh` above it."""
    if profile.is_self(body):
        return True
    target = fold(_without_own_place(body, profile.place))
    on_behalf = fold(profile.signer_authority_body or "")
    collective = (profile.signer_authority or "").upper() in ("TM", "T/M")
    if not (collective and on_behalf and target.startswith(on_behalf)):
        return False
    rest = " ".join(_without_own_place(body, profile.place).split()[len(on_behalf.split()):])
    return not rest or profile.is_self(rest)


def _without_own_place(body: str, place: str | None) -> str:
    """`Sở Nội vụ (Đồng Nai)` is `Sở Nội vụ` to an office in Đồng Nai: the directory qualifies a namesake of another
    city by its place in brackets, which names no other body when the place is the office's own."""
    suffix = f"({place})" if place else ""
    name = body.strip()
    if suffix and fold(name).endswith(fold(suffix)):
        return name[: -len(suffix)].rstrip()
    return name
