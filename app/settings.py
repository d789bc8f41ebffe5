"""Typed user settings with defaults, stored as JSON in the user's config folder; no Qt."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from app import paths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    """Every setting of the program, declared once with its default.

    Attributes:
        database: SQLite path or SQLAlchemy URL of a shared database; empty means the default file.
        sender_name: who signs invitations and protocols and organises the calendar entries.
        sender_email: the secretariat's address; organiser of .ics and sender of e-mail drafts.
        user_name: the user's name for protocols and the change log; empty means the login.
        backup_folder: where backups go; empty means ``Sicherungen`` beside the database.
        keep_daily, keep_weekly, keep_monthly: the backup rotation.
    """

    database: str = ""
    sender_name: str = "Geschäftsstelle Innenstädte mit Zukunft"
    sender_email: str = "geschaeftsstelle@innenstaedte-mit-zukunft.example"
    user_name: str = ""
    backup_folder: str = ""
    keep_daily: int = 12
    keep_weekly: int = 10
    keep_monthly: int = 12
    website_folder: str = ""
    """Where the website was last published (its folder is offered again)."""
    website_base_url: str = ""
    """The address the website is uploaded to (for the OParl files' ids)."""


def settings_file() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; unknown keys are ignored and a broken file falls back to the defaults."""
    path = path or settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("Einstellungen %s nicht lesbar (%s); es gelten die Standardwerte.", path,
                    error)
        return Settings()
    known = {field.name for field in fields(Settings)}
    defaults = Settings()
    values = {
        key: value for key, value in raw.items()
        if key in known and isinstance(value, type(getattr(defaults, key)))
    }
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    temporary.replace(path)


def with_sender(settings: Settings, name: str, email: str) -> Settings:
    """The settings with a new sender; a German ValidationError for an empty name or bad address."""
    from email_validator import EmailNotValidError, validate_email

    from app.domain.errors import ValidationError

    name = name.strip()
    if not name:
        raise ValidationError("Bitte den Namen der Geschäftsstelle angeben.", field="sender_name")
    try:
        checked = validate_email(email.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise ValidationError(f"„{email.strip()}“ ist keine gültige E-Mail-Adresse.",
                              field="sender_email") from error
    return replace(settings, sender_name=name, sender_email=checked.normalized)


def with_storage(settings: Settings, *, user_name: str, database: str, backup_folder: str,
                 keep: tuple[int, int, int]) -> Settings:
    """The settings with a new user, database and backup rotation; German ValidationErrors for
    an unknown database URL, a backup folder that cannot be written or a rotation below one."""
    from app.domain.errors import ValidationError

    database = database.strip()
    if "://" in database and not database.startswith(("postgresql", "sqlite")):
        raise ValidationError("Als Datenbank bitte eine SQLite-Datei oder eine PostgreSQL-Adresse "
                              "(postgresql+psycopg://…) angeben.", field="database")
    folder = backup_folder.strip()
    if folder:
        _check_writable_folder(Path(folder))
    if min(keep) < 1:
        raise ValidationError("Von jeder Stufe der Rotation muss mindestens eine Sicherung "
                              "bleiben.", field="keep")
    return replace(settings, user_name=user_name.strip(), database=database,
                   backup_folder=folder, keep_daily=keep[0], keep_weekly=keep[1],
                   keep_monthly=keep[2])


def _check_writable_folder(folder: Path) -> None:
    from app.domain.errors import ValidationError

    probe = folder / ".schreibprobe"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise ValidationError(f"In den Sicherungsordner „{folder}“ kann nicht geschrieben werden "
                              f"({error.strerror}).", field="backup_folder") from error
