"""Configurable lists the desk picks from: visit topics, referral services, activity types.

An item that has been used is retired, never deleted, so old visits keep their meaning; a retired item
is not offered for new records.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Row
from app.vocabulary import Change


class CatalogueItem(Row):
    change_kind = Change.CATALOGUES
    name: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Topic(CatalogueItem, Base):
    """A visit topic (DESIGN 2.1)."""

    __tablename__ = "topics"


class ReferralService(CatalogueItem, Base):
    """A service a person is referred to (Servizi Sociali, CPAC, ...)."""

    __tablename__ = "referral_services"


class ActivityType(CatalogueItem, Base):
    """Assembly, workshop, course, clean-up, cultural event, network meeting..."""

    __tablename__ = "activity_types"


class PartnerOrganisation(CatalogueItem, Base):
    """Schools, associations, parishes, services met in neighbourhood networks (seeds 003, 004)."""

    __tablename__ = "partner_organisations"

    kind: Mapped[str] = mapped_column(String(80), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
