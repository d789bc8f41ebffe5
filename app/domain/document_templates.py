"""The office's own Word templates, kept in the database so that every workstation on a shared
database writes the same letterhead."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, Versioned


class DocumentTemplate(Versioned, Base):
    """An own template replacing the shipped one of its kind (``einladung``, ``protokoll`` …)."""

    __tablename__ = "document_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    """The name of the file it was installed from, for the settings dialog."""
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
