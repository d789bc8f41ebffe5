"""What went wrong while writing, in German: a lock held by another program, a full disk, a
read-only folder. The edit stays in its form; these messages say what to do."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from app.domain.errors import DomainError


class StorageError(DomainError):
    """Saving failed for a reason outside the data; ``retry_makes_sense`` for a held lock."""

    def __init__(self, message: str, *, retry_makes_sense: bool = False) -> None:
        super().__init__(message)
        self.retry_makes_sense = retry_makes_sense


def storage_error(error: DBAPIError) -> StorageError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            "Die Datenbank ist gerade von einem anderen Arbeitsplatz oder Programm gesperrt. "
            "Ihre Eingaben bleiben im Formular; bitte gleich noch einmal versuchen.",
            retry_makes_sense=True)
    if "full" in text or "no space" in text:
        return StorageError(
            "Der Datenträger ist voll; es wurde nichts gespeichert. Ihre Eingaben bleiben im "
            "Formular. Bitte Platz schaffen und dann noch einmal speichern.")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StorageError(
            "Die Datenbank ist schreibgeschützt (Ordner oder Datei ohne Schreibrecht); es wurde "
            "nichts gespeichert. Ihre Eingaben bleiben im Formular.")
    return StorageError(f"Speichern fehlgeschlagen ({error.__class__.__name__}); es wurde "
                        "nichts gespeichert. Ihre Eingaben bleiben im Formular.")


class ConcurrentChangeError(DomainError):
    """Someone else saved the record after it was loaded here (its version moved on)."""

    def __init__(self) -> None:
        super().__init__("Der Datensatz wurde inzwischen an einem anderen Arbeitsplatz geändert. "
                         "Ihre Eingaben bleiben im Formular; bitte den Datensatz neu öffnen und "
                         "die Änderung noch einmal eintragen (oder die Eingaben kopieren).")
