"""Checking and normalising contact data: e-mail syntax, German phone numbers, lengths."""

from __future__ import annotations

import re
from functools import lru_cache

PHONE_REGION = "DE"
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_LOCAL_PART = re.compile(rf"{_ATOM}(?:\.{_ATOM})*\Z")
"""An unquoted ASCII local part (RFC 5322 dot-atom), which email-validator takes unchanged."""


def normalise_email(text: str) -> tuple[str, str | None]:
    """The address in normal form and None, or the input and a German problem (no network).

    email-validator decides; for the usual plain ASCII local part only the domain needs its
    checks, and those are remembered per domain (an import of 20,000 addresses shares a few
    hundred domains).
    """
    text = text.strip()
    if not text:
        return "", None
    local, at, domain = text.rpartition("@")
    if at and len(local) <= 64 and len(text) <= 254 and _PLAIN_LOCAL_PART.match(local):
        normalised_domain = _checked_domain(domain)
        if normalised_domain is not None:
            return f"{local}@{normalised_domain}", None
    return _validated(text)


@lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> str | None:
    """The domain as email-validator normalises it, or None to let the full check speak."""
    address, problem = _validated(f"postmaster@{domain}")
    return None if problem else address.partition("@")[2]


def _validated(text: str) -> tuple[str, str | None]:
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text, check_deliverability=False).normalized, None
    except EmailNotValidError:
        return text, f"„{text}“ ist keine gültige E-Mail-Adresse."


_EXTENSION = re.compile(
    r"\s*(?:,|;|/)?\s*(?:app\.?|apparat|durchwahl|dw\.?|nst\.?|nebenstelle|ext\.?|x)"
    r"\s*:?\s*(\d{1,6})\s*\Z", re.IGNORECASE)
"""An extension written after the number: "App. 12", "Durchwahl 12", "DW 12", "ext. 12"."""


def normalise_phone(text: str) -> tuple[str, str | None]:
    """The number in international form (``+49 361 1234567``, an extension as
    ``+49 361 1234567 App. 12``) and None, or a German problem.

    Letters are refused: the phone library would read them as keypad digits ("App" → 277).
    """
    text = text.strip()
    if not text:
        return "", None
    extension = _EXTENSION.search(text)
    if extension:
        number, problem = normalise_phone(text[:extension.start()])
        if problem or not number:
            return text, f"„{text}“ ist keine Telefonnummer."
        return f"{number} App. {extension.group(1)}", None
    if any(char.isalpha() for char in text):
        return text, (f"„{text}“ ist keine Telefonnummer (Buchstaben; eine Durchwahl bitte als "
                      "„App. 12“ schreiben).")
    national = _german_digits(text)
    if national is not None:
        groups = _GROUPINGS.get((national[:_SHAPE_DIGITS], len(national)))
        if groups is not None:
            return _grouped(national, groups), None
    number, problem = _library_form(text)
    if national is not None and problem is None:
        _learn(national, number)
    return number, problem


def _library_form(text: str) -> tuple[str, str | None]:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return text, f"„{text}“ ist keine Telefonnummer."
    if not phonenumbers.is_possible_number(parsed):
        return text, f"„{text}“ ist keine mögliche Telefonnummer."
    return phonenumbers.format_number(parsed,
                                      phonenumbers.PhoneNumberFormat.INTERNATIONAL), None


_PLAIN_GERMAN = re.compile(r"(\+49|0049|0)(?=[1-9])[\d /-]+\Z")
_SHAPE_DIGITS = 6
_GROUPINGS: dict[tuple[str, int], tuple[int, ...]] = {}
"""How the phone library groups a German number, by its first digits and its length: numbers
of one area code and length are written alike, so an import of 20,000 numbers asks the
library once per area code instead of once per row (its parsing dominated the row checks)."""


def _german_digits(text: str) -> str | None:
    """The national digits (without 0 or +49) of a plainly written German number, else None."""
    match = _PLAIN_GERMAN.match(text)
    if match is None:
        return None
    digits = re.sub(r"\D", "", text[match.end(1):])
    return digits if 4 <= len(digits) <= 13 else None


def _learn(national: str, formatted: str) -> None:
    parts = formatted.split(" ")
    if parts[0] == "+49" and "".join(parts[1:]) == national and len(_GROUPINGS) < 50_000:
        _GROUPINGS[(national[:_SHAPE_DIGITS], len(national))] = tuple(len(p) for p in parts[1:])


def _grouped(national: str, groups: tuple[int, ...]) -> str:
    parts, start = [], 0
    for length in groups:
        parts.append(national[start:start + length])
        start += length
    return "+49 " + " ".join(parts)


def too_long(value: str, limit: int, label: str) -> str | None:
    if len(value) > limit:
        return f"{label} ist zu lang ({len(value)} Zeichen, höchstens {limit})."
    return None
