"""A person as contact lists show it (CSV, Excel, vCard)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.text import PrintableText


@dataclass(frozen=True)
class ContactLine(PrintableText):
    salutation: str
    title: str
    first_name: str
    last_name: str
    organisation: str
    function: str
    email: str
    phone: str
    street: str
    postal_code: str
    city: str
    groups: str
