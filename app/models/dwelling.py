"""SAP dwellings (alloggi) as known to the landlord."""

from __future__ import annotations

from sqlalchemy import Boolean, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Row
from app.vocabulary import Change


class Dwelling(Row, Base):
    __tablename__ = "dwellings"
    change_kind = Change.HOUSEHOLDS
    __table_args__ = (
        UniqueConstraint("street", "house_number", "staircase", "floor", "unit", name="uq_dwellings_location"),
    )

    street: Mapped[str] = mapped_column(String(200))
    house_number: Mapped[str] = mapped_column(String(20), default="")
    staircase: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[str] = mapped_column(String(20), default="")
    unit: Mapped[str] = mapped_column(String(20), default="")
    neighbourhood: Mapped[str] = mapped_column(String(80), default="")
    centralised_heating: Mapped[bool] = mapped_column(Boolean, default=False)
