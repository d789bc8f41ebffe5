"""Errors of opening and checking a database; their messages are German for the user."""


class DatabaseOpenError(Exception):
    """The database cannot be opened; nothing was changed. ``str(error)`` is German."""
