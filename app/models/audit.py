"""The audit trail: who changed what, when, on which laptop (DESIGN 3, 2.7)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime


class AuditEntry(Base):
    """Written by the unit of work for every insert, update and delete; never updated itself.

    ``sequence`` numbers a site's entries with no gaps and ``previous_hash``/``entry_hash`` chain them
    (app/store/audit_chain.py), so that an entry edited, removed or inserted by hand is found.
    """

    __tablename__ = "audit_entries"
    __table_args__ = (UniqueConstraint("site", "sequence", name="uq_audit_entries_site_sequence"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    operator_name: Mapped[str] = mapped_column(String(120), default="")
    site: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[str] = mapped_column(Text)
    """JSON object: field -> [before, after]."""
    sequence: Mapped[int] = mapped_column(Integer)
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
