"""The Wissen tab through its real widgets: find, filter and edit cases, initiatives and
programmes; pictures with credits; a project turned into a case; an import refused for a bad
row; a guide written; an outdated programme on the cockpit opens its dialog."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.database import Database
from app.domain.enums import CaseTopic
from app.domain.models import CatalogueImage, FundingProgramme, Initiative, KnowledgeCase
from app.services import knowledge
from app.services.demo_pictures import street_picture
from app.services.knowledge_import import PROGRAMMES
from app.ui.i18n import install_german
from app.ui.knowledge.case_dialog import CaseDialog
from app.ui.knowledge.record_dialogs import InitiativeDialog, ProgrammeDialog
from app.ui.main_window import MainWindow
from app.ui.tabs.knowledge_tab import KnowledgeTab
from tests.demo_day import DEMO_TODAY
from tests.ui.form_saves import accept_and_wait


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    install_german(QApplication.instance())  # type: ignore[arg-type]
    main_window = MainWindow(db=demo_db, ui_state=QSettings(str(tmp_path / "ui.ini"),
                                                            QSettings.Format.IniFormat),
                             today=DEMO_TODAY)
    qtbot.addWidget(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    yield main_window


@pytest.fixture
def tab(window: MainWindow) -> KnowledgeTab:
    window.tabs.setCurrentWidget(window.knowledge)
    return window.knowledge


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_filters_and_search_find_cases(qtbot: QtBot, tab: KnowledgeTab) -> None:
    page = tab.cases
    every = page.table.visible_rows()
    page.topic_box.setCurrentIndex(page.topic_box.findData(CaseTopic.CLIMATE))
    climate = page.table.model_rows()
    assert climate and all(row.topic is CaseTopic.CLIMATE for row in climate)
    assert len(climate) < every
    assert page.count_label.text() == f"{len(climate)} Praxisbeispiel(e)"
    page.topic_box.setCurrentIndex(0)
    page.district_box.setCurrentIndex(page.district_box.findText("Landkreis Gotha"))
    assert [row.town for row in page.table.model_rows()] == ["Gotha"]
    page.district_box.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "Saalfeld")
    assert {row.town for row in page.table.model_rows()} == {"Saalfeld/Saale", "Rudolstadt"}
    page.topic_box.setCurrentIndex(page.topic_box.findData(CaseTopic.CLIMATE))
    assert [row.town for row in page.table.model_rows()] == ["Saalfeld/Saale"]


def test_a_case_is_edited_and_a_bad_link_keeps_the_dialog_open(
        qtbot: QtBot, tab: KnowledgeTab, demo_db: Database) -> None:
    row = next(r for r in tab.cases.table.model_rows() if r.town == "Apolda")
    dialog = tab.cases.edit_case(row.id)
    assert dialog.title_edit.text() == row.title
    assert dialog.focusWidget() is dialog.title_edit
    assert dialog.person_box.count() > 1
    assert dialog.agenda_box.currentData() is not None
    dialog.links_edit.setPlainText("javascript:alert(1)")
    dialog.accept()
    assert "keine Web-Adresse" in dialog.error_label.text() and dialog.isVisible()
    dialog.links_edit.setPlainText("www.apolda.example")
    dialog.texts["results"].setPlainText("Sieben Läden belebt.")
    accept_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with demo_db.reading() as session:
        case = session.get_one(KnowledgeCase, row.id)
        assert (case.results, case.links) == ("Sieben Läden belebt.",
                                              "https://www.apolda.example")


def test_new_initiative_and_programme_through_their_dialogs(
        qtbot: QtBot, tab: KnowledgeTab, demo_db: Database) -> None:
    tab.pages.setCurrentWidget(tab.initiatives)
    qtbot.mouseClick(tab.initiatives.new_button, Qt.MouseButton.LeftButton)
    initiative = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, InitiativeDialog) and w.isVisible())
    initiative.accept()
    assert "Namen" in initiative.error_label.text()
    qtbot.keyClicks(initiative.name_edit, "Altstadtverein Greiz")
    qtbot.keyClicks(initiative.town_edit, "Greiz")
    accept_and_wait(qtbot, initiative)
    assert "Altstadtverein Greiz" in [r.name for r in tab.initiatives.table.model_rows()]
    before = _count(demo_db, FundingProgramme)
    tab.pages.setCurrentWidget(tab.programmes)
    qtbot.mouseClick(tab.programmes.new_button, Qt.MouseButton.LeftButton)
    programme = next(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, ProgrammeDialog) and w.isVisible())
    assert programme.checked_on.value() == DEMO_TODAY
    qtbot.keyClicks(programme.name_edit, "Innenstadtfonds")
    programme.funder_edit.setText("Freistaat Thüringen")
    accept_and_wait(qtbot, programme)
    assert _count(demo_db, FundingProgramme) == before + 1
    assert "Innenstadtfonds" in [r.name for r in tab.programmes.table.model_rows()]
    with demo_db.reading() as session:
        assert session.scalar(select(Initiative.town).where(
            Initiative.name == "Altstadtverein Greiz")) == "Greiz"


def test_pictures_are_added_with_their_credit(qtbot: QtBot, tab: KnowledgeTab,
                                             demo_db: Database, tmp_path: Path) -> None:
    row = next(r for r in tab.cases.table.model_rows() if r.town == "Gotha")
    dialog = tab.cases.edit_case(row.id)
    images = dialog.images
    assert images is not None
    assert dialog.pages.tabText(dialog.pages.indexOf(images)) == "B&ilder"
    picture = tmp_path / "platz.png"
    picture.write_bytes(street_picture(5, "Gotha", "#2E7D5B"))
    images.ask_image_path = lambda: picture
    images.caption_edit.setText("Der neue Platz")
    images.add_image()
    assert "Ohne Bildnachweis" in images.message.text()
    images.table.select_ids([max(r.id for r in images.table.model_rows())])
    images.credit_edit.setText("Fotos: Stadt Gotha")
    images.update_image()
    assert images.message.text() == ""
    not_an_image = tmp_path / "kein.png"
    not_an_image.write_bytes(b"nicht")
    images.ask_image_path = lambda: not_an_image
    images.add_image()
    assert "kein Bild" in images.message.text()
    with demo_db.reading() as session:
        credits = session.scalars(select(CatalogueImage.credit).where(
            CatalogueImage.case_id == row.id, CatalogueImage.caption == "Der neue Platz")).all()
    assert credits == ["Fotos: Stadt Gotha"]
    dialog.reject()


def test_a_completed_project_becomes_a_case(qtbot: QtBot, tab: KnowledgeTab,
                                            demo_db: Database) -> None:
    project = knowledge.completed_projects(demo_db)[0]
    case_id = tab.cases.make_case_from(project.id)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, CaseDialog) and w.isVisible())
    assert dialog.title_edit.text() == project.text
    assert dialog.project_box.currentData() == project.id
    assert case_id in [row.id for row in tab.cases.table.model_rows()]
    dialog.reject()


def test_a_bad_import_file_changes_nothing_and_a_good_one_arrives(
        qtbot: QtBot, tab: KnowledgeTab, demo_db: Database, tmp_path: Path) -> None:
    before = _count(demo_db, FundingProgramme)
    bad = tmp_path / "schlecht.csv"
    bad.write_text("Programm;Fördergeber\nNeu;Bund\nOhne;\n", encoding="utf-8")
    dialog = tab.import_file(PROGRAMMES)
    dialog.ask_open_path = lambda: bad
    dialog.choose_file()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert not dialog.import_button.isEnabled()
    assert "1 Zeile(n) mit Problem" in dialog.summary_label.text()
    problems = [dialog.rows.model.index(r, dialog.rows.model.columnCount() - 1).data()
                for r in range(dialog.rows.model.rowCount())]
    assert problems[1].startswith("Bitte den Fördergeber")
    assert _count(demo_db, FundingProgramme) == before
    good = tmp_path / "gut.csv"
    good.write_text("Programm;Fördergeber\nNeu;Bund\n", encoding="utf-8")
    dialog.preview = None
    dialog.load(good)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.import_button.isEnabled()
    task = dialog.run_import()
    assert task is not None
    qtbot.waitUntil(lambda: task.finished, timeout=30_000)
    assert _count(demo_db, FundingProgramme) == before + 1
    assert "Neu" in [r.name for r in tab.programmes.table.model_rows()]
    dialog.close()


def test_the_guides_are_written_from_the_tab(qtbot: QtBot, tab: KnowledgeTab,
                                             tmp_path: Path) -> None:
    tab.ask_save_path = lambda _title, _name, _filter: tmp_path / "wegweiser.pdf"
    qtbot.mouseClick(tab.programmes.guide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Gespeichert" in tab.status_label.text(), timeout=60_000)
    first_page = PdfReader(tmp_path / "wegweiser.pdf").pages[0].extract_text()
    assert "Wegweiser Innenstadtförderung" in " ".join(first_page.split())


def test_an_outdated_programme_on_the_cockpit_opens_its_dialog(
        qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.overview)
    rows = window.overview.upkeep.model_rows()
    outdated = next(row for row in rows if row.title == "Landesprogramm Innenstadtstabilisierung")
    assert "abgelaufen" in outdated.reason
    assert any(row.kind == "case" for row in rows)
    window.overview.upkeep.sig_record_activated.emit(outdated.key)
    assert window.tabs.currentWidget() is window.knowledge
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ProgrammeDialog) and w.isVisible())
    assert dialog.name_edit.text() == "Landesprogramm Innenstadtstabilisierung"
    dialog.reject()


def test_an_events_pictures_are_kept_in_the_meeting_window(
        qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        meeting_id = session.scalars(select(CatalogueImage.meeting_id).where(
            CatalogueImage.meeting_id.is_not(None))).first()
    assert meeting_id is not None
    window.calendar.open_meeting(meeting_id)
    editor = window.calendar.editors[-1]
    assert editor.pictures is not None
    assert editor.tabs.indexOf(editor.pictures) >= 0
    rows = editor.pictures.table.model_rows()
    assert len(rows) == 1 and rows[0].credit.startswith("Fotos:")
    picture = tmp_path / "saal.jpg"
    Image.open(io.BytesIO(street_picture(7, "Saal", "#1F5C7A"))).convert("RGB").save(picture)
    editor.pictures.ask_image_path = lambda: picture
    editor.pictures.credit_edit.setText("Foto: Geschäftsstelle")
    editor.pictures.add_image()
    assert len(editor.pictures.table.model_rows()) == 2
    editor._general_dirty = False
    editor.close()


def test_the_global_search_opens_catalogue_entries(qtbot: QtBot, window: MainWindow) -> None:
    from app.services.global_search import HitKind, build_index

    index = build_index(window.knowledge.db)
    hits = {hit.kind: hit for hit in index.find("Apolda")}
    window.open_hit(HitKind.CASE.value, hits[HitKind.CASE].id)
    case = next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, CaseDialog) and w.isVisible())
    assert case.town_edit.text() == "Apolda"
    case.reject()
    window.open_hit(HitKind.INITIATIVE.value, hits[HitKind.INITIATIVE].id)
    assert window.knowledge.pages.currentWidget() is window.knowledge.initiatives
    initiative = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, InitiativeDialog) and w.isVisible())
    assert initiative.town_edit.text() == "Apolda"
    initiative.reject()
