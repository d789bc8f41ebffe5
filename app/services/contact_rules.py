"""Checking and normalising contact data: e-mail syntax, German phone numbers, lengths."""

from __future__ import annotations

PHONE_REGION = "DE"


def normalise_email(text: str) -> tuple[str, str | None]:
    """The address in normal form and None, or the input and a German problem (no network)."""
    from email_validator import EmailNotValidError, validate_email

    text = text.strip()
    if not text:
        return "", None
    try:
        return validate_email(text, check_deliverability=False).normalized, None
    except EmailNotValidError:
        return text, f"„{text}“ ist keine gültige E-Mail-Adresse."


def normalise_phone(text: str) -> tuple[str, str | None]:
    """The number in international form (``+49 361 1234567``) and None, or a German problem."""
    import phonenumbers

    text = text.strip()
    if not text:
        return "", None
    try:
        number = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return text, f"„{text}“ ist keine Telefonnummer."
    if not phonenumbers.is_possible_number(number):
        return text, f"„{text}“ ist keine mögliche Telefonnummer."
    return phonenumbers.format_number(number,
                                      phonenumbers.PhoneNumberFormat.INTERNATIONAL), None


def too_long(value: str, limit: int, label: str) -> str | None:
    if len(value) > limit:
        return f"{label} ist zu lang ({len(value)} Zeichen, höchstens {limit})."
    return None
