"""Domain errors; their messages are German because they reach the user unchanged."""


class DomainError(Exception):
    """A rule of the domain was broken; ``str(error)`` is a German message for the user."""


class ValidationError(DomainError):
    """Input that the domain refuses, with the field it concerns."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
