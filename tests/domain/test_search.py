"""The one folding of typed and stored text: umlauts both ways, ß, case and accents."""

from __future__ import annotations

import pytest

from app.domain.search import matches, search_key


@pytest.mark.parametrize(("typed", "stored"), [
    ("müller", "Mueller"), ("mueller", "Müller"), ("MÜLLER", "müller"), ("strasse", "Straße"),
    ("straße", "STRASSE"), ("jose", "José"), ("goessnitz", "Gößnitz"), ("u\u0308ber", "Über"),
])
def test_typed_text_finds_the_stored_text(typed: str, stored: str) -> None:
    assert matches(search_key(typed).split(), search_key(stored))


def test_different_names_stay_apart() -> None:
    assert not matches(["meier"], search_key("Maier"))
    assert search_key("Erfurt") == "erfurt"
