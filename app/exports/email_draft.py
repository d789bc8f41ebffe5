"""An unsent e-mail (.eml) for Outlook: the invitees in Bcc, invitation and calendar attached.

``X-Unsent: 1`` makes Outlook open the file as a draft the user can check and send.
"""

from __future__ import annotations

from email.message import EmailMessage, Message
from email.policy import SMTP
from email.utils import formataddr, formatdate
from pathlib import Path

from app.domain.documents.meeting import MeetingDocument
from app.domain.text import one_line
from app.exports.files import check_suffix, write_bytes_atomically

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def invitation_message(document: MeetingDocument, *, docx: bytes, docx_name: str,
                       ics: bytes) -> EmailMessage:
    meeting = document.meeting
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    message["Subject"] = one_line(f"Einladung: {meeting.title} am {meeting.date}")
    sender = formataddr((one_line(document.sender.name), one_line(document.sender.email)))
    message["From"] = sender
    message["To"] = sender
    recipients = [formataddr((one_line(person.name), one_line(person.email)))
                  for person in document.invitees if person.email]
    if recipients:
        message["Bcc"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=True)
    message.set_content(_body(document))
    message.add_attachment(docx, maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1],
                           filename=one_line(docx_name))
    *_body_parts, letter = message.iter_parts()
    _ascii_fallback(letter, one_line(docx_name))
    calendar = EmailMessage(policy=SMTP)
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
    check_suffix(out, (".eml",))
    content = invitation_message(document, docx=docx, docx_name=docx_name, ics=ics).as_bytes()
    return write_bytes_atomically(out, content)
