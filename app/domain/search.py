"""One way to compare what a user types with what is stored: case, umlauts and accents folded.

"Müller", "Mueller" and "MÜLLER" all become "mueller", "Straße" and "Strasse" "strasse"; other
accents are dropped ("José" → "jose"). Table filters, duplicate detection and the global search
use this function, so that they agree.
"""

from __future__ import annotations

import unicodedata

_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
                         "ê": "e", "á": "a", "à": "a", "â": "a", "ó": "o", "ò": "o", "ô": "o",
                         "í": "i", "ì": "i", "ú": "u", "ç": "c", "ñ": "n", "č": "c", "ř": "r",
                         "š": "s", "ž": "z", "ő": "o", "ł": "l"})


def search_key(text: str) -> str:
    """``text`` folded for comparison (see the module docstring)."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    folded = unicodedata.normalize("NFC", folded).translate(_FOLDS)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def matches(words: list[str], haystack: str) -> bool:
    """Whether every (folded) word occurs in the (folded) haystack."""
    return all(word in haystack for word in words)
