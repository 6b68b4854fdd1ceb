"""Settings stored in the database so that services see them (declared in app/services/settings.py)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Row
from app.vocabulary import Change


class Setting(Row, Base):
    __tablename__ = "settings"
    change_kind = Change.SETTINGS

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)
    """JSON text; the declaration gives the type and the default."""
