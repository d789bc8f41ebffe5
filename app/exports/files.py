"""Writing export files safely: all or nothing, with a German message when the path is bad."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO
from uuid import uuid4

from app.db.open_files import is_open_database
from app.domain.errors import DomainError


class ExportError(DomainError):
    """An export could not be written; the message is German and names the file."""


def check_suffix(path: Path, allowed: tuple[str, ...]) -> None:
    if path.suffix.lower() not in allowed:
        raise ExportError(f"„{path.name}“: erlaubt sind Dateien mit der Endung "
                          f"{' oder '.join(allowed)}.")


def check_target(path: Path) -> None:
    """Refuse a folder and an open database file as the place to write an export to."""
    if is_open_database(path):
        raise ExportError(f"„{path}“ ist die geöffnete Datenbank; sie wird nie überschrieben. "
                          "Bitte einen anderen Dateinamen wählen.")
    if path.is_dir():
        raise ExportError(f"„{path}“ ist ein Ordner. Bitte einen Dateinamen angeben.")


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it only when the block succeeds.

    Raises:
        ExportError: the path is a folder or the open database, its folder is missing or not
            writable, or writing failed (full disk, file open elsewhere); nothing was replaced.
    """
    check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"Den Ordner „{folder}“ gibt es nicht.")
    temporary = folder / f".~{path.stem}-{uuid4().hex[:8]}{path.suffix}"
    try:
        temporary.touch(exist_ok=False)
    except OSError as error:
        raise ExportError(f"In den Ordner „{folder}“ kann nicht geschrieben werden "
                          f"({error.strerror}).") from error
    try:
        yield temporary
        os.replace(temporary, path)
    except PermissionError as error:
        raise ExportError(f"„{path}“ kann nicht geschrieben werden. Ist die Datei noch in einem "
                          "anderen Programm geöffnet?") from error
    except OSError as error:
        raise ExportError(f"„{path}“ konnte nicht geschrieben werden ({error.strerror or error});"
                          " es wurde nichts ersetzt. Ist der Datenträger voll?") from error
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    with atomic_target(path) as temporary:
        write(temporary)
    return path


def write_bytes_atomically(path: Path, content: bytes) -> Path:
    return write_atomically(path, lambda target: target.write_bytes(content))


def write_document(path: Path, save: Callable[[BinaryIO], object]) -> Path:
    """A Word or Excel document saved into memory first, then written in one go: a full disk
    then fails in one place with a German message, not inside the zip writer of the library
    (which leaves a half-closed archive that complains again when it is collected)."""
    buffer = io.BytesIO()
    save(buffer)
    return write_bytes_atomically(path, buffer.getvalue())
