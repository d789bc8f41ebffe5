"""The newsletter as an unsent e-mail (.eml): HTML with a plain-text alternative, from and to
the secretariat, the recipients in Bcc, ``X-Unsent: 1`` so that Outlook opens it as a draft."""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import formatdate

from app.domain.documents.newsletter import Newsletter
from app.domain.text import one_line
from app.exports.email_draft import DRAFT_POLICY, set_addresses


def newsletter_message(letter: Newsletter) -> EmailMessage:
    message = EmailMessage(policy=DRAFT_POLICY)
    message["X-Unsent"] = "1"
    message["Subject"] = one_line(letter.subject)
    sender = [(letter.sender.name, letter.sender.email)]
    set_addresses(message, "From", sender)
    set_addresses(message, "To", sender)
    if letter.recipients:
        set_addresses(message, "Bcc", [(r.name, r.email) for r in letter.recipients])
    message["Date"] = formatdate(localtime=True)
    message.set_content(plain_text(letter))
    message.add_alternative(html_text(letter), subtype="html")
    return message


GREETING = "Liebe Partnerinnen und Partner des Bündnisses,"
DATES = "Nächste öffentliche Termine"
RESULTS = "Ergebnisse"
WHY = ("Sie erhalten diesen Newsletter, weil Sie eingewilligt haben, vom Bündnis kontaktiert "
       "zu werden. Eine kurze Antwort genügt, um ihn abzubestellen.")


def _underlined(text: str, mark: str = "-") -> list[str]:
    return [text, mark * len(text)]


def plain_text(letter: Newsletter) -> str:
    lines = [*_underlined(letter.subject, "="), "", GREETING, ""]
    for item in letter.items:
        lines += [*_underlined(item.title), item.date, ""]
        if item.text:
            lines += [item.text, ""]
        if item.link:
            lines += [f"Mehr: {item.link}", ""]
    if letter.dates:
        lines += _underlined(DATES)
        lines += [f"- {m.date}, {m.time}: {m.title} ({m.place})" for m in letter.dates]
        lines.append("")
    if letter.results:
        lines += _underlined(RESULTS)
        for meeting in letter.results:
            lines += [f"{meeting.title} ({meeting.date})", meeting.results_summary, ""]
    lines += ["Mit freundlichen Grüßen", letter.sender.name, "", WHY]
    return "\n".join(lines) + "\n"


def html_text(letter: Newsletter) -> str:
    def e(text: str) -> str:
        return html.escape(text, quote=True)

    def paragraphs(text: str) -> str:
        return "".join(f"<p>{e(part).replace(chr(10), '<br>')}</p>"
                       for part in text.split("\n\n") if part.strip())

    parts = [f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>'
             f"{e(letter.subject)}</title></head>"
             '<body style="font-family: Arial, sans-serif; color: #1d1d1b; max-width: 40em">',
             f"<h1>{e(letter.subject)}</h1>",
             f"<p>{e(GREETING)}</p>"]
    for item in letter.items:
        parts.append(f"<h2>{e(item.title)}</h2><p><small>{e(item.date)}</small></p>")
        parts.append(paragraphs(item.text))
        if item.link:
            parts.append(f'<p><a href="{e(item.link)}">Mehr: {e(item.title)}</a></p>')
    if letter.dates:
        parts.append(f"<h2>{e(DATES)}</h2><ul>")
        parts += [f"<li>{e(m.date)}, {e(m.time)}: <strong>{e(m.title)}</strong> "
                  f"({e(m.place)})</li>" for m in letter.dates]
        parts.append("</ul>")
    if letter.results:
        parts.append(f"<h2>{e(RESULTS)}</h2>")
        for meeting in letter.results:
            parts.append(f"<h3>{e(meeting.title)} ({e(meeting.date)})</h3>")
            parts.append(paragraphs(meeting.results_summary))
    parts.append(f"<p>Mit freundlichen Grüßen<br>{e(letter.sender.name)}</p>"
                 f"<p><small>{e(WHY)}</small></p></body></html>")
    return "".join(parts) + "\n"
