"""Users of the shared office mode: add, list, change role, disable, sign in.

Passwords are never stored: only an scrypt hash (`scrypt$n$r$p$salt$hash`, standard library, a
slow hash by design) that `sign_in` compares in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.roles import ROLE_NAMES, ROLES, Permission
from app.domain.text import fold, sort_key
from app.errors import ConflictError, InputError, NotFoundError, PermissionDeniedError
from app.models import Agency, User
from app.services.base import Service

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
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
    agency: str | None
    active: bool
    has_password: bool

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
        with self.db.session() as s:
            rows = s.execute(select(User, Agency.name).outerjoin(Agency, Agency.id == User.agency_id)).all()
            views = [UserView(u.name, u.full_name, u.role, agency, u.active, bool(u.password_hash))
                     for u, agency in rows]
        return sorted(views, key=lambda v: sort_key(v.name))

    def add(self, name: str, role: str, *, full_name: str = "", agency: str | None = None,
            password: str | None = None) -> None:
        name = name.strip()
        if not name or len(name) > 100 or any(ch.isspace() for ch in name):
            raise InputError("Tên đăng nhập cần 1–100 ký tự, không có khoảng trắng.")
        _check_role(role)
        with self.db.session() as s:
            self.require(Permission.MANAGE_USERS, s)
            if s.scalar(select(User.id).where(User.name == name)) is not None:
                raise ConflictError(f"Người dùng «{name}» đã có.")
            user = User(name=name, full_name=full_name.strip(), role=role, active=True,
                        agency_id=self._agency_id(s, agency),
                        password_hash=hash_password(password) if password else None)
            s.add(user)
            s.flush()
            self.audit(s, "create", user, new=f"{name} {role}")

    def set_role(self, name: str, role: str, *, agency: str | None = None) -> None:
        _check_role(role)
        with self.db.session() as s:
            self.require(Permission.MANAGE_USERS, s)
            user = self._user(s, name)
            self.apply_changes(s, user, {"role": role, "agency_id": self._agency_id(s, agency)},
                               ("role", "agency_id"))

    def set_password(self, name: str, password: str) -> None:
        with self.db.session() as s:
            self.require(Permission.MANAGE_USERS, s)
            user = self._user(s, name)
            user.password_hash = hash_password(password)
            self.audit(s, "update", user, "password_hash", None, "(đã đổi)")

    def disable(self, name: str) -> None:
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
            agency = s.get(Agency, user.agency_id) if user.agency_id else None
            return UserView(user.name, user.full_name, user.role, agency.name if agency else None, user.active,
                            bool(user.password_hash))

    def needs_password(self) -> bool:
        with self.db.session() as s:
            return bool(s.scalar(select(User.password_hash).where(User.name == self.user)))

    @staticmethod
    def _user(s: Session, name: str) -> User:
        user = s.scalar(select(User).where(User.name == name))
        if user is None:
            raise NotFoundError(f"Không có người dùng «{name}».")
        return user

    @staticmethod
    def _agency_id(s: Session, agency: str | None) -> int | None:
        """Staff may be assigned one agency, named as in the directory (None: every agency)."""
        if not agency:
            return None
        wanted = fold(agency)
        for row in s.scalars(select(Agency)):
            if row.name_folded == wanted or fold(row.short_name or "") == wanted:
                return int(row.id)
        raise NotFoundError(f"Không có cơ quan «{agency}» trong danh bạ.")
