"""The detail pane of the contacts tab: a record's fields and related lists as escaped HTML."""

from __future__ import annotations

from html import escape

from app.services.rows import RecordDetail


def detail_html(detail: RecordDetail) -> str:
    rows = "".join(f"<tr><td><b>{escape(name)}</b></td><td>{escape(value)}</td></tr>"
                   for name, value in detail.fields if value)
    sections = "".join(
        f"<h4>{escape(section.title)}</h4><ul>"
        + "".join(f"<li>{escape(' · '.join(cell for cell in row if cell))}</li>"
                  for row in section.rows) + "</ul>"
        for section in detail.sections if section.rows)
    return f"<h3>{escape(detail.title)}</h3><table>{rows}</table>{sections}"
