"""The static website: HTML pages from Jinja templates (sandboxed, autoescaped), calendar files,
and a swap of the whole folder so that a web space never sees half a site.

Pages link relatively, so the folder works opened from disk (the preview) and uploaded to any
web space. Nothing depends on the clock: two runs on unchanged data write identical bytes, so
an upload carries only what changed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from datetime import UTC
from pathlib import Path
from typing import Any
from uuid import uuid4

from icalendar import Event
from jinja2 import ChoiceLoader, FileSystemLoader, TemplateError

from app import paths
from app.domain.documents.website import Site, SiteMeeting
from app.exports.files import ExportError
from app.exports.icalendar_export import BERLIN, berlin_timezone, new_calendar
from app.exports.template_sandbox import (
    TemplateProblem,
    render_problem,
    source_problems,
    template_environment,
)

MARKER = ".buendnisbuero-website"
"""Marks a folder this program wrote; only such a folder (or an empty one) is replaced."""
PAGES = ("index.html", "termine.html", "arbeitsgruppen.html", "pilotprojekte.html",
         "partner.html", "aktuelles.html", "wissen.html")
KNOWLEDGE_PAGES = ("initiativen.html", "wegweiser.html")
"""Pages of the catalogue below "Wissen" in the navigation."""
MEETING_PAGE = "termin.html"
CASE_PAGE = "praxisbeispiel.html"
CASE_LIST = "praxisliste.html"
TEMPLATES = ("basis.html", *PAGES, *KNOWLEDGE_PAGES, MEETING_PAGE, CASE_PAGE, CASE_LIST)
STATIC = ("stil.css",)
TEMPLATE_NAMES = ("site", "root", "page", "meeting", "case", "heading", "cases")


def shipped_templates() -> Path:
    return paths.resources_dir() / "website"


def user_templates() -> Path:
    """The office's own versions of the templates (same names), used before the shipped ones."""
    return paths.user_template_dir() / "website"


def check_templates(folder: Path) -> list[str]:
    """German problems of the office's own templates in ``folder`` (empty: all fine)."""
    problems: list[str] = []
    for name in TEMPLATES:
        path = folder / name
        if not path.is_file():
            continue
        try:
            found = source_problems(path.read_text(encoding="utf-8"), TEMPLATE_NAMES)
        except (TemplateProblem, UnicodeDecodeError) as error:
            found = [str(error) if isinstance(error, TemplateProblem)
                     else "Die Datei ist nicht in UTF-8 gespeichert."]
        problems += [f"{name}: {problem}" for problem in found]
    return problems


def site_files(site: Site, *, own_templates: Path | None = None) -> dict[str, bytes]:
    """Every file of the site by its relative path."""
    folders = [str(shipped_templates())]
    if own_templates is not None and own_templates.is_dir():
        problems = check_templates(own_templates)
        if problems:
            raise TemplateProblem("Eigene Website-Vorlagen sind fehlerhaft:\n"
                                  + "\n".join(problems))
        folders.insert(0, str(own_templates))
    environment = template_environment()
    environment.loader = ChoiceLoader([FileSystemLoader(folders, encoding="utf-8")])
    environment.keep_trailing_newline = True

    def render(template: str, **context: Any) -> bytes:
        try:
            text = environment.get_template(template).render(site=site, **context)
        except TemplateError as error:
            raise TemplateProblem(f"{template}: {render_problem(error)}") from error
        return text.encode("utf-8")

    files = {page: render(page, root="", page=page) for page in PAGES}
    for meeting in site.meetings:
        files[meeting.page] = render(MEETING_PAGE, root="../", page="termine.html",
                                     meeting=meeting)
        files[meeting.ics] = calendar_bytes([meeting], site)
        files.update((picture.site_file, picture.content) for picture in meeting.pictures)
    files.update(_knowledge_files(site, render))
    files["termine.ics"] = calendar_bytes(site.meetings, site)
    for name in STATIC:
        source = next((Path(folder) / name for folder in folders
                       if (Path(folder) / name).is_file()), shipped_templates() / name)
        files[name] = source.read_bytes()
    files[MARKER] = "Von Bündnisbüro geschrieben; wird beim Veröffentlichen ersetzt.\n".encode()
    return files


def _knowledge_files(site: Site, render: Callable[..., bytes]) -> dict[str, bytes]:
    """The catalogue's pages: initiatives, Wegweiser, a page per case and lists of the cases
    per topic and per town size; the cases' pictures (all credited)."""
    files = {page: render(page, root="", page="wissen.html") for page in KNOWLEDGE_PAGES}
    catalogue = site.catalogue
    if catalogue is None:
        return files
    for case in catalogue.cases:
        files[case.page] = render(CASE_PAGE, root="../", page="wissen.html", case=case)
        files.update((picture.site_file, picture.content) for picture in case.pictures)
    for group in (*catalogue.topics(), *catalogue.town_sizes()):
        files[group.page] = render(CASE_LIST, root="../", page="wissen.html",
                                   heading=f"Praxisbeispiele: {group.label}",
                                   cases=group.cases)
    return files


def calendar_bytes(meetings: tuple[SiteMeeting, ...] | list[SiteMeeting], site: Site) -> bytes:
    """A published calendar (METHOD:PUBLISH) without organiser or attendees; each DTSTAMP is
    the meeting's last change, so an unchanged meeting gives the same bytes."""
    calendar = new_calendar("PUBLISH")
    calendar.add("x-wr-calname", f"Termine – {site.title}")
    calendar.add_component(berlin_timezone())
    for meeting in meetings:
        event = Event()
        event.add("uid", meeting.uid)
        event.add("dtstamp", meeting.modified.replace(tzinfo=UTC))
        event.add("summary", meeting.title)
        event.add("dtstart", meeting.starts_at.replace(tzinfo=BERLIN))
        event.add("dtend", meeting.ends_at.replace(tzinfo=BERLIN))
        event.add("location", meeting.place)
        if meeting.agenda:
            event.add("description", "\n".join(f"{item.number}. {item.title}"
                                               for item in meeting.agenda))
        event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def publish(files: Mapping[str, bytes], out: Path,
            progress: Callable[[int], None] | None = None) -> Path:
    """Write the site into ``out``: into a new folder beside it first, then swapped in.

    Where renaming the old folder fails (Windows, a file of it open), the files are replaced
    one by one and ``index.html`` last, so the start page never links to a missing page.

    Raises:
        ExportError: ``out`` is a file or a folder with other content, or cannot be written.
    """
    _check_out(out)
    parent = out.parent
    fresh = parent / f".{out.name}.neu-{uuid4().hex[:8]}"
    try:
        _write_tree(fresh, files, progress)
        if not out.exists():
            os.replace(fresh, out)
            return out
        old = parent / f".{out.name}.alt-{uuid4().hex[:8]}"
        try:
            os.replace(out, old)
        except OSError:
            _replace_file_by_file(fresh, out, files)
            return out
        os.replace(fresh, out)
        shutil.rmtree(old, ignore_errors=True)
        return out
    except OSError as error:
        raise ExportError(f"Die Website konnte nicht nach „{out}“ geschrieben werden "
                          f"({error.strerror or error}).") from error
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(f"„{out}“ ist eine Datei. Bitte einen Ordner für die Website wählen.")
    if not out.parent.is_dir():
        raise ExportError(f"Den Ordner „{out.parent}“ gibt es nicht.")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise ExportError(f"Im Ordner „{out}“ liegen schon andere Dateien. Die Website wird nur "
                          "in einen leeren Ordner oder über eine frühere Veröffentlichung "
                          "geschrieben.")


def _write_tree(folder: Path, files: Mapping[str, bytes],
                progress: Callable[[int], None] | None) -> None:
    for number, (name, content) in enumerate(sorted(files.items()), start=1):
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        if progress is not None:
            progress(round(100 * number / len(files)))


def _replace_file_by_file(fresh: Path, out: Path, files: Mapping[str, bytes]) -> None:
    for name in sorted(files, key=lambda name: name == "index.html"):
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(fresh / name, target)
    for stale in sorted(out.rglob("*"), reverse=True):
        relative = stale.relative_to(out).as_posix()
        if stale.is_file() and relative not in files:
            stale.unlink()
        elif stale.is_dir() and not any(stale.iterdir()):
            stale.rmdir()
