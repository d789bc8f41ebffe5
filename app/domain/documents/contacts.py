"""A person as contact lists show it (CSV, Excel, vCard)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContactLine:
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
