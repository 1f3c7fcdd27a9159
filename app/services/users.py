"""Users of the shared office mode: add, list, change role, disable, sign in.

Passwords are never stored: only an scrypt hash (`scrypt$n$r$p$salt$hash`, standard library, a
slow hash by design) that `sign_in` compares in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.roles import ROLE_NAMES, ROLES, Permission
from app.domain.text import fold, sort_key
from app.errors import ConflictError, InputError, NotFoundError, PermissionDeniedError
from app.models import Agency, User, UserAgency
from app.services.base import Service, agency_names

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_password(password: str) -> str:
    """A salted scrypt hash of the password (the password itself is never stored)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    """Whether `password` matches the stored hash, compared in constant time; a malformed hash never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(digest) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


@dataclass(frozen=True)
class UserView:
    name: str
    full_name: str
    role: str
    agencies: tuple[str, ...]  # assigned agencies (staff); empty: every agency
    active: bool

    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"Vai trò «{role}» không có: chọn {', '.join(ROLES)} "
                         f"({', '.join(ROLE_NAMES[r] for r in ROLES)}).")
    return role


class UserService(Service):
    def list_users(self) -> list[UserView]:
        """Every user with role, active flag and assigned agencies, by name."""
        with self.db.session() as s:
            assigned: dict[int, list[str]] = {}
            for user_id, agency in s.execute(select(UserAgency.user_id, Agency.name)
                                             .join(Agency, Agency.id == UserAgency.agency_id)):
                assigned.setdefault(user_id, []).append(agency)
            views = [UserView(u.name, u.full_name, u.role, tuple(sorted(assigned.get(u.id, []), key=sort_key)),
                              u.active) for u in s.scalars(select(User))]
        return sorted(views, key=lambda v: sort_key(v.name))

    def add(self, name: str, role: str, *, full_name: str = "", agencies: Iterable[str] = (),
            password: str | None = None) -> None:
        """A new user; `agencies` (names or short names, staff only) limits what they may record."""
        name = name.strip()
        if not name or len(name) > 100 or any(ch.isspace() for ch in name):
            raise InputError("Tên đăng nhập cần 1–100 ký tự, không có khoảng trắng.")
        _check_role(role)
        with self.db.session() as s:
            self.require(Permission.MANAGE_USERS, s)
            if s.scalar(select(User.id).where(User.name == name)) is not None:
                raise ConflictError(f"Người dùng «{name}» đã có.")
            agency_ids = self._agency_ids(s, role, agencies)
            user = User(name=name, full_name=full_name.strip(), role=role, active=True,
                        password_hash=hash_password(password) if password else None)
            s.add(user)
            s.flush()
            s.add_all(UserAgency(user_id=user.id, agency_id=a) for a in agency_ids)
            scope = f" ({', '.join(agency_names(s, agency_ids))})" if agency_ids else ""
            self.audit(s, "create", user, new=f"{name} {role}{scope}")

    def set_role(self, name: str, role: str, *, agencies: Iterable[str] = ()) -> None:
        """Change the role and the assigned agencies (none given: every agency)."""
        _check_role(role)
        with self.db.session() as s:
            self.require(Permission.MANAGE_USERS, s)
            user = self._user(s, name)
            wanted = self._agency_ids(s, role, agencies)
            before = set(s.scalars(select(UserAgency.agency_id).where(UserAgency.user_id == user.id)))
            self.apply_changes(s, user, {"role": role}, ("role",))
            if before != wanted:
                s.execute(delete(UserAgency).where(UserAgency.user_id == user.id))
                s.add_all(UserAgency(user_id=user.id, agency_id=a) for a in sorted(wanted))
                self.audit(s, "update", user, "agencies", ", ".join(agency_names(s, before)) or None,
                           ", ".join(agency_names(s, wanted)) or None)

    def set_password(self, name: str, password: str) -> None:
        """Set a user's password (user-management permission); only its hash is stored and the audit says only that
        it changed."""
        with self.db.session() as s:
            self.require(Permission.MANAGE_USERS, s)
            user = self._user(s, name)
            user.password_hash = hash_password(password)
            self.audit(s, "update", user, "password_hash", None, "(đã đổi)")

    def disable(self, name: str) -> None:
        """Lock a user out without deleting them, so their past edits keep their name in the audit."""
        with self.db.session() as s:
            self.require(Permission.MANAGE_USERS, s)
            self.apply_changes(s, self._user(s, name), {"active": False}, ("active",))

    def sign_in(self, password: str | None) -> UserView:
        """Check the acting user's password (a user without one needs none); the refusal does not
        say whether the name or the password was wrong."""
        with self.db.session() as s:
            user = s.scalar(select(User).where(User.name == self.user))
            refused = PermissionDeniedError(f"Đăng nhập không được: tên «{self.user}» hoặc mật khẩu không đúng "
                                            "(không có quyền dùng cơ sở dữ liệu này).")
            if user is None or not user.active:
                raise refused
            if user.password_hash and not password_matches(password or "", user.password_hash):
                raise refused
            agencies = agency_names(s, s.scalars(select(UserAgency.agency_id).where(UserAgency.user_id == user.id)))
            return UserView(user.name, user.full_name, user.role, tuple(agencies), user.active)

    def needs_password(self) -> bool:
        """Whether the acting user must give a password to sign in."""
        with self.db.session() as s:
            return bool(s.scalar(select(User.password_hash).where(User.name == self.user)))

    @staticmethod
    def _user(s: Session, name: str) -> User:
        user = s.scalar(select(User).where(User.name == name))
        if user is None:
            raise NotFoundError(f"Không có người dùng «{name}».")
        return user

    @staticmethod
    def _agency_ids(s: Session, role: str, agencies: Iterable[str]) -> set[int]:
        """The agencies named (directory name or short name, folded), for staff only (None given:
        every agency). A name with commas that is not itself an agency is read as a list."""
        names = [n.strip() for n in agencies if n and n.strip()]
        if not names:
            return set()
        if role != "staff":
            raise InputError(f"Chỉ cán bộ nhập tiến độ (staff) mới được giao cơ quan; vai trò «{role}» "
                             "làm việc với mọi cơ quan.")
        directory: dict[str, int] = {}
        for row in s.scalars(select(Agency)):
            directory.setdefault(row.name_folded, int(row.id))
            if row.short_name:
                directory.setdefault(fold(row.short_name), int(row.id))
        found: set[int] = set()
        for name in names:
            parts = [name] if fold(name) in directory or "," not in name else [p.strip() for p in name.split(",")]
            for part in filter(None, parts):
                if fold(part) not in directory:
                    raise NotFoundError(f"Không có cơ quan «{part}» trong danh bạ.")
                found.add(directory[fold(part)])
        return found
