"""The German names of stored text fields and how long each may be, for the one text rule that
every save passes (``app/db/text_guard.py``)."""

from __future__ import annotations

from app.domain.text import LONG_TEXT_MAX, TEXT_MAX

FIELD_LABELS: dict[str, str] = {
    "title": "Titel", "name": "Name", "short_name": "Kurzname", "description": "Beschreibung",
    "notes": "Notizen", "location": "Ort", "online_link": "Online-Link", "street": "Straße",
    "postal_code": "PLZ", "city": "Ort", "website": "Website", "salutation": "Anrede",
    "first_name": "Vorname", "last_name": "Nachname", "function": "Funktion", "email": "E-Mail",
    "phone": "Telefon", "consent_purpose": "Zweck der Einwilligung",
    "consent_source": "Herkunft der Einwilligung", "goal": "Ziel", "town": "Kommune",
    "funding_programme": "Förderprogramm", "channel": "Kanal", "link": "Link",
    "presenter": "Vortragende Person", "file_name": "Dateiname", "discussion": "Diskussion",
    "text": "Beschluss", "summary": "Zusammenfassung", "strengths": "Stärken",
    "weaknesses": "Schwächen", "challenges": "Herausforderungen",
    "fields_of_action": "Handlungsfelder", "client": "Auftraggeber",
    "organisation": "Organisation", "results_summary": "Zusammenfassung der Ergebnisse",
    "district": "Landkreis", "starting_situation": "Ausgangslage", "solution": "Lösung",
    "actors": "Akteure", "results": "Ergebnisse", "funding": "Förderung", "links": "Links",
    "organiser": "Träger", "kind": "Art", "funder": "Fördergeber",
    "applicants": "Antragsberechtigte", "funded": "Was gefördert wird",
    "rate": "Förderquote oder -höhe", "deadlines": "Antragsfristen", "contact": "Ansprechpartner",
    "caption": "Bildunterschrift", "credit": "Bildnachweis", "licence": "Lizenz",
}
"""Field → German name; a table can name a field differently (``TABLE_LABELS``)."""

TABLE_LABELS: dict[tuple[str, str], str] = {
    ("persons", "title"): "Titel (akademisch)",
    ("tasks", "description"): "Aufgabe",
    ("time_entries", "description"): "Tätigkeit",
    ("contracts", "title"): "Bezeichnung des Vertrags",
    ("reporting_periods", "title"): "Bezeichnung des Berichtszeitraums",
}

UNCHECKED: frozenset[tuple[str, str]] = frozenset({
    ("meetings", "uid"), ("attachments", "source_path"), ("project_documents", "source_path"),
    ("document_templates", "kind"), ("catalogue_images", "mime_type"),
})
"""Fields the program fills itself."""

MULTI_LINE_LIMITS: dict[tuple[str, str], int] = {
    ("protocol_notes", "discussion"): LONG_TEXT_MAX,
}
"""Multi-line fields that take more than ``TEXT_MAX`` characters."""


def field_label(table: str, field: str) -> str:
    return TABLE_LABELS.get((table, field)) or FIELD_LABELS.get(field, field)


def multi_line_limit(table: str, field: str) -> int:
    return MULTI_LINE_LIMITS.get((table, field), TEXT_MAX)
