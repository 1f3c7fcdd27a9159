"""Agencies (cơ quan, đơn vị), their aliases and named groups (các sở, ban, ngành)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped, Versioned


class Agency(Versioned, Timestamped, Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    # Folded (lowercase, no diacritics, đ→d) copy of the name: SQLite's LIKE folds only ASCII.
    name_folded: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="other")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # Created from an imported mention that matched nothing: the clerk confirms or merges it.
    proposed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # The city or province the agency belongs to, when one database holds several directories
    # whose agencies share names (the Sở Nội vụ of Hà Nội and of Cần Thơ).
    locality: Mapped[str | None] = mapped_column(String(100))

    aliases: Mapped[list[AgencyAlias]] = relationship(
        back_populates="agency", cascade="all, delete-orphan", order_by="AgencyAlias.id"
    )


class AgencyAlias(Base):
    __tablename__ = "agency_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), nullable=False, index=True)
    alias: Mapped[str] = mapped_column(String(300), nullable=False)
    alias_folded: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)

    agency: Mapped[Agency] = relationship(back_populates="aliases")


class AgencyGroup(Versioned, Base):
    __tablename__ = "agency_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_folded: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)
    description: Mapped[str | None] = mapped_column(String(500))
    locality: Mapped[str | None] = mapped_column(String(100))

    members: Mapped[list[AgencyGroupMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )
    aliases: Mapped[list[AgencyGroupAlias]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="AgencyGroupAlias.id"
    )


class AgencyGroupAlias(Base):
    """Other ways plans name a group (`UBND các quận, huyện, thị xã` = `UBND cấp huyện`).

    Not unique: two cities' directories can both have a group printed `Các sở, ban, ngành`;
    the group's locality tells them apart.
    """

    __tablename__ = "agency_group_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("agency_groups.id", ondelete="CASCADE"), nullable=False,
                                          index=True)
    alias: Mapped[str] = mapped_column(String(300), nullable=False)
    alias_folded: Mapped[str] = mapped_column(String(300), nullable=False, index=True)

    group: Mapped[AgencyGroup] = relationship(back_populates="aliases")


class AgencyGroupMember(Base):
    __tablename__ = "agency_group_members"

    group_id: Mapped[int] = mapped_column(ForeignKey("agency_groups.id", ondelete="CASCADE"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), primary_key=True)

    group: Mapped[AgencyGroup] = relationship(back_populates="members")
    agency: Mapped[Agency] = relationship()



