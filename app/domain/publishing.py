"""What the alliance has published: one row per record that was ever on the website.

OParl asks that an object once published stays in the lists as ``deleted: true`` when it is
withdrawn; this table remembers which records those are and since when.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base


class Publication(Base):
    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    """``meeting``, ``agenda_item``, ``organization``, ``person`` …"""
    record_id: Mapped[int]
    first_published_at: Mapped[datetime] = mapped_column(DateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
