"""People who use the program, and the laptops (sites) registered in the database."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Row, enum_type
from app.vocabulary import Change, Role


class Operator(Row, Base):
    __tablename__ = "operators"
    change_kind = Change.OPERATORS

    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_type(Role, "role"))
    password_hash: Mapped[str] = mapped_column(String(255), info={"audit": "redact"})
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("offices.id"))


class Site(Row, Base):
    """A laptop known to this database; its code is unique across the project (DESIGN 1)."""

    __tablename__ = "sites"
    change_kind = Change.OFFICES

    code: Mapped[str] = mapped_column(String(16), unique=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"))
