"""A marker for user-visible strings defined outside Qt; the UI translates them at display time."""


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``text`` for translation without translating it here (Qt stays out of the domain)."""
    return text
