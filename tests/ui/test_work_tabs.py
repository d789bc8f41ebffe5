"""AGs, goals, pilot projects, hours, PR and quotas through the real widgets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.cli import main as cli_main
from app.db.database import Database
from app.domain.enums import MeetingKind, MemberRole, PrKind, TimeCategory
from app.domain.models import Meeting, Milestone, PilotProject, PrItem
from app.services import contract
from app.services.groups import list_members
from app.ui.i18n import install_german
from app.ui.main_window import MainWindow
from tests.ui.form_saves import accept_and_wait

TODAY = date(2024, 3, 12)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    install_german(QApplication.instance())  # type: ignore[arg-type]
    main_window = MainWindow(db=demo_db, ui_state=QSettings(str(tmp_path / "ui.ini"),
                                                            QSettings.Format.IniFormat),
                             today=TODAY)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window


def test_add_a_member_with_a_role_and_dates(qtbot: QtBot, window: MainWindow,
                                            demo_db: Database) -> None:
    tab = window.groups
    tab.groups.view.selectRow(0)
    group_id = tab.group_id()
    assert group_id is not None
    dialog = tab.edit_member(None)
    assert dialog is not None
    members = {row.person_id for row in list_members(demo_db, group_id)}
    outsider = next(index for index in range(dialog.person_box.count())
                    if dialog.person_box.itemData(index) not in members)
    dialog.person_box.setCurrentIndex(outsider)
    person_id = dialog.person_box.itemData(outsider)
    dialog.role_box.setCurrentIndex(dialog.role_box.findData(MemberRole.GUEST))
    dialog.valid_from.set_value(date(2024, 4, 1))
    dialog.valid_to.set_value(date(2024, 3, 1))
    accept_and_wait(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Die Mitgliedschaft kann nicht enden, bevor sie beginnt."
    dialog.valid_to.check.setChecked(False)
    accept_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    assert tab.members.visible_rows() == 15
    guest = next(r for r in list_members(demo_db, group_id) if r.person_id == person_id)
    assert guest.role is MemberRole.GUEST
    assert guest.valid_from == date(2024, 4, 1) and guest.valid_to is None


def test_add_a_goal_and_see_it_overdue(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.groups
    tab.groups.view.selectRow(1)
    before = tab.goals.visible_rows()
    dialog = tab.edit_goal(None)
    qtbot.keyClicks(dialog.title_edit, "Leerstandskataster fuer drei Modellstaedte")
    dialog.due.set_value(date(2024, 1, 31))
    accept_and_wait(qtbot, dialog)
    assert tab.goals.visible_rows() == before + 1
    row = next(r for r in tab.goals.model_rows() if r.title.startswith("Leerstandskataster"))
    assert row.overdue and row.group == "Leerstand"


def test_a_pilot_project_with_a_milestone(qtbot: QtBot, window: MainWindow,
                                          demo_db: Database) -> None:
    tab = window.projects
    dialog = tab.edit_project(None)
    qtbot.keyClicks(dialog.name_edit, "Pop-up-Laden Gotha")
    dialog.start.set_value(date(2024, 4, 1))
    dialog.milestone_due.setDate(QDate(2024, 3, 1))
    qtbot.keyClicks(dialog.milestone_title, "Mietvertrag")
    qtbot.keyClick(dialog.milestone_title, Qt.Key.Key_Return)
    accept_and_wait(qtbot, dialog)
    assert "liegt vor dem Projektbeginn" in dialog.error_label.text()
    dialog.milestones.clear()
    dialog.milestone_due.setDate(QDate(2024, 5, 15))
    qtbot.keyClicks(dialog.milestone_title, "Eroeffnung")
    qtbot.mouseClick(dialog.add_milestone_button, Qt.MouseButton.LeftButton)
    dialog.partners_model.item(0).setCheckState(Qt.CheckState.Checked)
    accept_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    with demo_db.reading() as session:
        project = session.scalars(select(PilotProject).where(
            PilotProject.name == "Pop-up-Laden Gotha")).one()
        milestones = session.scalars(select(Milestone.title).where(
            Milestone.project_id == project.id)).all()
        assert milestones == ["Eroeffnung"] and len(project.partners) == 1
    assert tab.table.visible_rows() == 7


def test_hours_warn_at_80_percent_and_ask_before_100(qtbot: QtBot, window: MainWindow,
                                                     demo_db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.work.hours
    window.tabs.setCurrentWidget(window.work)
    page.date_edit.setDate(QDate(2024, 6, 3))
    page.category_box.setCurrentIndex(page.category_box.findData(TimeCategory.PARTNER_EVENTS))
    budget = next(b for b in contract.budget_status(demo_db, date(2024, 6, 3))
                  if b.category is TimeCategory.PARTNER_EVENTS)
    missing = 0.8 * budget.budget_hours - budget.used_minutes / 60
    day = 3
    while missing > 0:
        page.date_edit.setDate(QDate(2024, 6, day))
        page.hours_spin.setValue(min(12, -(-missing * 4 // 1) / 4))
        qtbot.keyClicks(page.text_edit, "Partnerveranstaltung")
        qtbot.keyClick(page.text_edit, Qt.Key.Key_Return)
        missing -= page.hours_spin.value()
        day += 1
    assert "ausgeschöpft" in page.message_label.text()
    bar = page.bars[TimeCategory.PARTNER_EVENTS]
    assert bar.value() >= 80 and "#e69500" in bar.styleSheet()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No)
    count = page.entries.visible_rows()
    for _ in range(3):
        page.date_edit.setDate(QDate(2024, 6, day))
        page.hours_spin.setValue(24)
        if not page.add_entry():
            break
        day += 1
    assert asked and "überschreitet" in asked[0]
    assert page.entries.visible_rows() < count + 3
    page.hours_spin.setValue(0)
    assert not page.add_entry()
    assert page.message_label.text() == "Bitte mehr als 0 Stunden eingeben."


def test_pr_item_counts_against_the_teaser_quota(qtbot: QtBot, window: MainWindow,
                                                 demo_db: Database) -> None:
    page = window.work.pr
    page.kind_box.setCurrentIndex(page.kind_box.findData(PrKind.TEASER))
    before = page.quota_label.text()
    qtbot.keyClicks(page.title_edit, "Teaser: Wanderbaumallee startet")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    with demo_db.reading() as session:
        teasers = session.scalar(select(func.count()).select_from(PrItem).where(
            PrItem.kind == PrKind.TEASER, PrItem.published_on.between(date(2024, 1, 1),
                                                                       date(2024, 12, 31))))
    assert page.quota_label.text() == f"Teaser-Texte 2024: {teasers} / 50" != before


def test_quota_figures_of_tab_and_command_match_the_database(
        qtbot: QtBot, window: MainWindow, demo_db: Database,
        capsys: pytest.CaptureFixture[str]) -> None:
    contracts = window.edit_contracts()
    first = contracts.table.model_rows()[0]
    editor = contracts.edit(first.id)
    column = [editor.quota_model.horizontalHeaderItem(c).text()
              for c in range(editor.quota_model.columnCount())].index("2023")
    editor.quota_model.item(0, column).setText("5")
    accept_and_wait(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted
    with demo_db.reading() as session:
        network = session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.kind == MeetingKind.NETWORK, Meeting.starts_at >= datetime(2023, 1, 1),
            Meeting.starts_at < datetime(2024, 1, 1)))
    overview = window.overview
    overview.year_box.setCurrentIndex(overview.year_box.findData(2023))
    model = overview.quotas.model
    assert (model.index(0, 0).data(), model.index(0, 1).data(), model.index(0, 2).data()) == (
        "Netzwerktreffen", str(network), "5")
    assert cli_main(["--db", demo_db.target.display_name, "quotas", "--year", "2023",
                     "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures[0] == {"kind": "network_meetings", "label": "Netzwerktreffen", "scope": "",
                          "used": network, "allowed": 5}


def test_project_documents_and_hours_on_a_meeting(qtbot: QtBot, window: MainWindow,
                                                  demo_db: Database, tmp_path: Path) -> None:
    from app.services import hours

    tab = window.projects
    tab.table.view.selectRow(0)
    dialog = tab.edit_project(tab.table.selected_id())
    assert dialog.documents is not None
    source = tmp_path / "Konzept.pdf"
    source.write_bytes(b"%PDF Konzept")
    dialog.documents.add_files([source])
    assert dialog.documents.table.visible_rows() == 1
    dialog.reject()
    page = window.work.hours
    page.date_edit.setDate(QDate(2024, 3, 10))
    assert page.meeting_box.count() > 1
    page.meeting_box.setCurrentIndex(1)
    page.hours_spin.setValue(1.5)
    assert page.add_entry()
    entry = hours.list_entries(demo_db, date(2024, 3, 10), date(2024, 3, 10))[0]
    assert entry.subject == page.meeting_box.currentText().split(" ", 1)[1]
    window.calendar.show_view(2)
    assert "Netzwerktreffen" in window.calendar.period_label.text()


@pytest.mark.parametrize(("typed", "hours"), [("1.5", 1.5), ("1,5", 1.5), ("0.25", 0.25),
                                              ("12,75", 12.75), ("2", 2.0)])
def test_hours_are_read_the_german_way_and_the_other(qtbot: QtBot, typed: str,
                                                     hours: float) -> None:
    from PySide6.QtCore import QLocale

    from app.ui.widgets.decimal_spin import DecimalSpinBox

    spin = DecimalSpinBox()
    spin.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    spin.setRange(0, 24)
    spin.setDecimals(2)
    spin.setSuffix(" h")
    qtbot.addWidget(spin)
    spin.show()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, typed)
    spin.interpretText()
    assert spin.value() == hours


def test_a_follow_up_contract_entered_in_the_dialog_rules_the_cockpit_of_its_years(
        qtbot: QtBot, window: MainWindow) -> None:
    contracts = window.edit_contracts()
    before = len(contracts.table.model_rows())
    qtbot.mouseClick(contracts.follow_up_button, Qt.MouseButton.LeftButton)
    editor = contracts.editor
    assert editor is not None
    starts = editor.draft().starts_on
    years = [editor.quota_model.horizontalHeaderItem(c).text()
             for c in range(editor.quota_model.columnCount())]
    assert years == [str(starts.year), str(starts.year + 1)]
    assert editor.due_unit.currentData() is True and editor.due_spin.value() == 10
    editor.title_edit.setText(f"Folgevertrag {starts.year}–{starts.year + 1}")
    editor.quota_model.item(0, 0).setText("6")
    editor.quota_model.item(1, 0).setText("zwölf")
    editor.accept()
    assert "keine ganze Zahl" in editor.error_label.text()
    editor.quota_model.item(1, 0).setText("24")
    accept_and_wait(qtbot, editor)
    assert len(contracts.table.model_rows()) == before + 1
    overview = window.overview
    overview.year_box.setCurrentIndex(overview.year_box.findData(starts.year))
    model = overview.quotas.model
    assert (model.index(0, 2).data(), model.index(1, 2).data()) == ("6", "24")
    assert f"Folgevertrag {starts.year}" in overview.contract_label.text()
