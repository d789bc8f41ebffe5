"""The e-mail check: the remembered-domain path gives exactly email-validator's answer."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email

from app.services.contact_rules import normalise_email

ADDRESSES = [
    "erika.muster@Example.ORG", "info@stadt-jena.de", "a+b@sub.example.co.uk",
    "o'brien@example.org", "müller@example.org", "x@bücher.example", "kein-at.example.org",
    "doppel..punkt@example.org", ".vorne@example.org", "a@localhost", "a@b", "a@test",
    "a@exa_mple.org", "a@-example.org", f"{'l' * 65}@example.org", "a@example.org.",
    '"quoted"@example.org', "a@[127.0.0.1]", "UPPER@EXAMPLE.ORG", "",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_normalised_as_email_validator_says(address: str) -> None:
    try:
        expected = (validate_email(address, check_deliverability=False).normalized, True)
    except EmailNotValidError:
        expected = (address, False)
    if not address:
        expected = ("", True)
    normalised, problem = normalise_email(address)
    assert (normalised, problem is None) == expected
