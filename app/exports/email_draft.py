"""Unsent e-mails (.eml) for Outlook to a meeting's invitees (in Bcc): the invitation with its
calendar entry, the protocol, the date poll.

``X-Unsent: 1`` makes Outlook open the file as a draft the user can check and send.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime
from email.message import EmailMessage, Message
from email.policy import SMTP
from email.utils import formataddr, formatdate
from pathlib import Path

from app.domain.documents.meeting import MeetingDocument
from app.domain.formatting import WEEKDAYS
from app.domain.text import one_line
from app.exports.files import check_suffix, write_bytes_atomically

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


PDF_TYPE = ("application", "pdf")


DRAFT_POLICY = SMTP.clone(refold_source="none")
"""Address headers go in as written by ``set_addresses``; everything else is folded as usual."""


def set_addresses(message: EmailMessage, header: str,
                  people: Iterable[tuple[str, str]]) -> None:
    """An address header (From, To, Bcc) from name and address pairs, one address per line.

    Each name is encoded on its own (RFC 2047) and the list is folded between addresses.
    Python's own folding of a long list with umlauts and titles ("Dr. Bärbel Richter") can
    encode the comma between two addresses into a word, and the mail program then loses a
    recipient; these headers are therefore not refolded (``DRAFT_POLICY``).
    """
    message.set_raw(header, ",\r\n ".join(
        formataddr((one_line(name), one_line(email)), charset="utf-8")
        for name, email in people))


def draft_to_invitees(document: MeetingDocument, *, subject: str, body: str) -> EmailMessage:
    """An unsent message from the sender to the sender, the invitees with an address in Bcc."""
    message = EmailMessage(policy=DRAFT_POLICY)
    message["X-Unsent"] = "1"
    message["Subject"] = one_line(subject)
    sender = [(document.sender.name, document.sender.email)]
    set_addresses(message, "From", sender)
    set_addresses(message, "To", sender)
    recipients = [(person.name, person.email) for person in document.invitees if person.email]
    if recipients:
        set_addresses(message, "Bcc", recipients)
    message["Date"] = formatdate(localtime=True)
    message.set_content(body)
    return message


def attach_file(message: EmailMessage, content: bytes, file_name: str,
                content_type: tuple[str, str]) -> None:
    message.add_attachment(content, maintype=content_type[0], subtype=content_type[1],
                           filename=one_line(file_name))
    *_body_parts, attached = message.iter_parts()
    _ascii_fallback(attached, one_line(file_name))


def invitation_message(document: MeetingDocument, *, docx: bytes, docx_name: str,
                       ics: bytes) -> EmailMessage:
    meeting = document.meeting
    message = draft_to_invitees(document, subject=f"Einladung: {meeting.title} am {meeting.date}",
                                body=_body(document))
    attach_file(message, docx, docx_name, DOCX_TYPE)
    calendar = EmailMessage(policy=DRAFT_POLICY)
    calendar.set_content(ics.decode("utf-8"), subtype="calendar", charset="utf-8",
                         cte="base64", disposition="attachment", filename="Termin.ics",
                         params={"method": "REQUEST"})
    message.attach(calendar)
    return message


def _ascii_fallback(part: Message, name: str) -> None:
    """Beside the RFC 2231 file name, a plain ``name=`` in ASCII for mail programs that read
    only that one (umlauts spelled out: "Einladung Qualitaetszirkel.docx")."""
    plain = name.translate(_SPELLED).encode("ascii", "replace").decode().replace("?", "_")
    part.set_param("name", plain, header="Content-Type")


_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss", "–": "-", "„": '"', "“": '"'})


def _body(document: MeetingDocument) -> str:
    meeting = document.meeting
    lines = [
        "Sehr geehrte Damen und Herren, liebe Partnerinnen und Partner,",
        "",
        f"hiermit laden wir Sie herzlich zu unserer Sitzung „{meeting.title}“ ein:",
        "",
        f"Datum: {meeting.weekday}, {meeting.date}",
        f"Uhrzeit: {meeting.start} – {meeting.end} Uhr",
        f"Ort: {meeting.place}",
    ]
    if meeting.online_link:
        lines.append(f"Online-Zugang: {meeting.online_link}")
    if meeting.rsvp_by:
        lines += ["", f"Bitte geben Sie uns bis zum {meeting.rsvp_by} Bescheid, ob Sie "
                      "teilnehmen können."]
    lines += ["", "Die Einladung mit der Tagesordnung und den Kalendereintrag finden Sie im "
                  "Anhang.", "", "Mit freundlichen Grüßen", document.sender.name]
    return "\n".join(lines) + "\n"


def export_invitation_eml(document: MeetingDocument, out: Path, *, docx: bytes,
                          docx_name: str, ics: bytes) -> Path:
    return write_message(invitation_message(document, docx=docx, docx_name=docx_name, ics=ics),
                         out)


def protocol_message(document: MeetingDocument, *, content: bytes, file_name: str,
                     content_type: tuple[str, str]) -> EmailMessage:
    meeting = document.meeting
    body = "\n".join([
        "Sehr geehrte Damen und Herren, liebe Partnerinnen und Partner,", "",
        f"anbei erhalten Sie das Protokoll unserer Sitzung „{meeting.title}“ vom "
        f"{meeting.date}.", "",
        "Hinweise und Ergänzungen senden Sie uns bitte bis zur nächsten Sitzung; dort wird das "
        "Protokoll genehmigt.", "", "Mit freundlichen Grüßen", document.sender.name]) + "\n"
    message = draft_to_invitees(document, subject=f"Protokoll: {meeting.title} vom {meeting.date}",
                                body=body)
    attach_file(message, content, file_name, content_type)
    return message


def write_message(message: EmailMessage, out: Path) -> Path:
    check_suffix(out, (".eml",))
    return write_bytes_atomically(out, message.as_bytes())


def poll_message(document: MeetingDocument,
                 options: Sequence[tuple[datetime, datetime]]) -> EmailMessage:
    """The date poll: the candidate dates as a table with a reply line per date, in plain text
    and as an HTML table (the HTML escaped in one place, ``html.escape``)."""
    meeting = document.meeting
    rows = [(str(number), f"{WEEKDAYS[starts.weekday()]}, {starts:%d.%m.%Y}",
             f"{starts:%H:%M} – {ends:%H:%M} Uhr")
            for number, (starts, ends) in enumerate(options, start=1)]
    intro = [
        "Sehr geehrte Damen und Herren, liebe Partnerinnen und Partner,", "",
        f"für unsere nächste Sitzung „{meeting.title}“ suchen wir einen Termin. Bitte tragen Sie "
        "bei jedem Vorschlag ein, ob er Ihnen passt (ja / nein / vielleicht), und senden Sie "
        "uns diese E-Mail zurück."]
    if meeting.rsvp_by:
        intro.append(f"Wir freuen uns über Ihre Antwort bis zum {meeting.rsvp_by}.")
    width = max((len(day) for _n, day, _t in rows), default=10)
    table = [f"{number:>3}  {day:<{width}}  {hours:<20}  Ihre Antwort: ________"
             for number, day, hours in rows]
    closing = ["", "Mit freundlichen Grüßen", document.sender.name]
    message = draft_to_invitees(document, subject=f"Terminabstimmung: {meeting.title}",
                                body="\n".join([*intro, "", *table, *closing]) + "\n")
    cells = "".join(
        f"<tr><td>{html.escape(number)}</td><td>{html.escape(day)}</td>"
        f"<td>{html.escape(hours)}</td><td>ja / nein / vielleicht: ________</td></tr>"
        for number, day, hours in rows)
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in intro if line)
    message.add_alternative(
        f'<html lang="de"><body>{paragraphs}<table border="1" cellpadding="4" '
        'style="border-collapse:collapse"><thead><tr><th>Nr.</th><th>Tag</th><th>Uhrzeit</th>'
        f"<th>Ihre Antwort</th></tr></thead><tbody>{cells}</tbody></table>"
        f"<p>Mit freundlichen Grüßen<br>{html.escape(document.sender.name)}</p></body></html>",
        subtype="html")
    return message


def registration_message(document: MeetingDocument, *, name: str, email: str,
                         waiting_place: int | None) -> EmailMessage:
    """To one registrant: the place confirmed, or the place on the waiting list."""
    meeting = document.meeting
    message = EmailMessage(policy=DRAFT_POLICY)
    message["X-Unsent"] = "1"
    set_addresses(message, "From", [(document.sender.name, document.sender.email)])
    set_addresses(message, "To", [(name, email)])
    message["Date"] = formatdate(localtime=True)
    when = f"am {meeting.weekday}, {meeting.date}, {meeting.start} – {meeting.end} Uhr"
    if waiting_place is None:
        message["Subject"] = one_line(f"Anmeldebestätigung: {meeting.title}")
        middle = [f"vielen Dank für Ihre Anmeldung zu „{meeting.title}“ {when} ({meeting.place}).",
                  "", "Ihr Platz ist bestätigt. Wir freuen uns auf Sie."]
    else:
        message["Subject"] = one_line(f"Warteliste: {meeting.title}")
        middle = [f"vielen Dank für Ihre Anmeldung zu „{meeting.title}“ {when}.", "",
                  f"Die Veranstaltung ist ausgebucht; Sie stehen auf Platz {waiting_place} der "
                  "Warteliste. Sobald ein Platz frei wird, melden wir uns bei Ihnen."]
    message.set_content("\n".join([f"Guten Tag {one_line(name)},", "", *middle, "",
                                    "Mit freundlichen Grüßen", document.sender.name]) + "\n")
    return message
