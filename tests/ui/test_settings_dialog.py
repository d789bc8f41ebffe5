"""Settings: sender checked and stored; own Word templates checked before they are taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.exports.templates import TemplateKind
from app.services import document_templates
from app.settings import Settings
from app.ui.dialogs.settings_dialog import SettingsDialog


def _docx(path: Path, text: str) -> Path:
    document = Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path, db: Database) -> SettingsDialog:
    widget = SettingsDialog(settings=Settings(database="x.db"), db=db,
                            template_dir=tmp_path / "V")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_sender_is_validated_and_returned(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.email_edit.setText("keine-adresse")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "„keine-adresse“ ist keine gültige E-Mail-Adresse."
    dialog.name_edit.setText("Geschäftsstelle IMZ")
    dialog.email_edit.setText("gs@leg-thueringen.de")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.settings() == Settings(database="x.db", sender_name="Geschäftsstelle IMZ",
                                         sender_email="gs@leg-thueringen.de")


def test_own_template_is_checked_then_taken_with_ok(dialog: SettingsDialog, db: Database,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    broken = _docx(tmp_path / "kaputt.docx", "{{ meeting.titel }")
    dialog.ask_open_path = lambda _title: broken
    assert not dialog.choose_template(TemplateKind.PROTOCOL)
    assert "kaputt.docx" in shown[0] and "falsch geschlossen" in shown[0]
    assert dialog.template_states[TemplateKind.PROTOCOL].text() == "mitgeliefert"
    good = _docx(tmp_path / "briefkopf.docx", "{{ meeting.title }} – {{ sender.name }}")
    dialog.ask_open_path = lambda _title: good
    assert dialog.choose_template(TemplateKind.PROTOCOL)
    assert "in Ordnung" in dialog.info_label.text() and dialog.error_label.text() == ""
    assert "#b00020" not in dialog.info_label.styleSheet()
    assert document_templates.own_template(db, TemplateKind.PROTOCOL) is None
    assert "mit OK" in dialog.template_states[TemplateKind.PROTOCOL].text()
    dialog.accept()
    stored = document_templates.own_template(db, TemplateKind.PROTOCOL)
    assert stored is not None and stored.name == "briefkopf.docx"


def test_a_cancelled_dialog_takes_no_template(dialog: SettingsDialog, db: Database,
                                              tmp_path: Path) -> None:
    good = _docx(tmp_path / "briefkopf.docx", "{{ meeting.title }}")
    dialog.ask_open_path = lambda _title: good
    assert dialog.choose_template(TemplateKind.INVITATION)
    dialog.reject()
    assert document_templates.own_template(db, TemplateKind.INVITATION) is None


def test_going_back_to_the_shipped_template(dialog: SettingsDialog, db: Database,
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app.domain.documents.meeting import Sender, sample_document
    from app.exports.word import read_template

    good = _docx(tmp_path / "briefkopf.docx", "{{ meeting.title }}")
    document_templates.install_template(db, TemplateKind.AGENDA, read_template(good),
                                        sample_document(Sender("GS", "gs@example.org")))
    dialog._show_template_states()
    assert "briefkopf.docx" in dialog.template_states[TemplateKind.AGENDA].text()
    dialog.reset_template(TemplateKind.AGENDA)
    dialog.accept()
    assert document_templates.own_template(db, TemplateKind.AGENDA) is None
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog.help_button.click()
    assert opened and opened[0].endswith("LIESMICH.md") and Path(opened[0]).is_file()


def test_user_database_and_backup_rotation_are_checked_and_kept(
        dialog: SettingsDialog, tmp_path: Path) -> None:
    dialog.user_edit.setText("  Kathrin Müller ")
    dialog.database_edit.setText("mysql://server/db")
    dialog.accept()
    assert dialog.isVisible() and "PostgreSQL" in dialog.error_label.text()
    dialog.database_edit.setText("postgresql+psycopg://kmueller@server/buendnis")
    blocked = tmp_path / "datei"
    blocked.write_text("kein Ordner")
    dialog.backup_edit.setText(str(blocked / "Sicherungen"))
    dialog.accept()
    assert dialog.isVisible() and "Sicherungsordner" in dialog.error_label.text()
    dialog.backup_edit.setText(str(tmp_path / "Sicherungen"))
    dialog.keep_spins[0].setValue(5)
    dialog.accept()
    assert not dialog.isVisible()
    settings = dialog.settings()
    assert (settings.user_name, settings.database, settings.backup_folder,
            settings.keep_daily, settings.keep_weekly) == (
        "Kathrin Müller", "postgresql+psycopg://kmueller@server/buendnis",
        str(tmp_path / "Sicherungen"), 5, 10)


def test_the_settings_name_is_the_change_log_user(tmp_path: Path) -> None:
    from app.services.change_log import current_user
    from app.settings import load_settings, save_settings

    save_settings(Settings(user_name="Kathrin Müller"))
    assert load_settings().user_name == "Kathrin Müller"
    assert current_user() == "Kathrin Müller"


def test_a_powerpoint_master_is_checked_then_taken_with_ok(
        dialog: SettingsDialog, db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from pptx import Presentation

    from app.services import presentation_master

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *args, **_kwargs: warnings.append(str(args[2])))
    broken = tmp_path / "kaputt.pptx"
    broken.write_bytes(b"PK\x03\x04 kaputt")
    dialog.ask_master_path = lambda _title: broken
    assert not dialog.choose_master()
    assert "keine lesbare PowerPoint-Präsentation" in warnings[0]
    good = tmp_path / "Bündnis.pptx"
    Presentation().save(str(good))
    dialog.ask_master_path = lambda _title: good
    assert dialog.choose_master()
    assert "mit OK übernommen" in dialog.master_state.text()
    assert presentation_master.own_master(db) is None
    dialog.accept()
    assert presentation_master.master_name(db) == "Bündnis.pptx"
