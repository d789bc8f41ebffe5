"""Working groups (Arbeitsgruppen): per AG its members, goals, yearly assessment, meetings,
pilot projects and open tasks; and all AGs' tasks and decisions side by side."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.documents.report import BoardRow
from app.domain.enums import GoalRubric, QuotaKind
from app.services import (
    contract,
    edit_conflicts,
    group_work,
    groups,
    invitations,
    meetings,
    projects,
)
from app.services.group_work import AssessmentDraft, GoalDraft, MembershipDraft
from app.services.meeting_editing import Choice, group_choices
from app.services.rows import GoalRow, GroupRow, MeetingRow, MemberRow, ProjectRow
from app.ui.dialogs.saving import store_checked
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tabs.columns import OVERDUE, meeting_model
from app.ui.tasks import Task
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.year_box import YearBox, default_year
from app.ui.work.dialogs import GoalDialog, MembershipDialog

GOAL_LABELS = {"title": "Titel", "rubric": "Rubrik", "group_id": "Für (AG)",
               "description": "Beschreibung", "due_date": "Termin", "status": "Stand"}
MEMBERSHIP_LABELS = {"person_id": "Person", "role": "Rolle", "valid_from": "Beginn",
                     "valid_to": "Ende"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupsTab", text)


def board_model() -> RowTableModel[BoardRow]:
    return RowTableModel(columns=[
        Column(_tr("AG"), lambda r: r.group), Column(_tr("Art"), lambda r: r.kind),
        Column(_tr("Text"), lambda r: r.text), Column(_tr("Wer"), lambda r: r.who),
        Column(_tr("Datum"), lambda r: r.day), Column(_tr("Sitzung"), lambda r: r.meeting)],
        row_id=lambda r: r.id)


class GroupsTab(QWidget):
    """Signals:
        sig_meeting_requested(int): the user wants to open this meeting.
    """

    sig_meeting_requested = Signal(int)
    """A meeting of the AG was double-clicked."""

    def __init__(self, *, db: Database, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today or date.today()
        years = contract.available_years(db)
        self.year_box = YearBox(years=years, selected=default_year(years, self._today.year))
        self.groups = RecordTable[GroupRow](
            placeholder=self.tr("Noch keine Arbeitsgruppen."),
            model=RowTableModel(columns=[
            Column(self.tr("Arbeitsgruppe"), lambda g: g.name),
            Column(self.tr("Leitung"), lambda g: g.lead),
            Column(self.tr("Mitglieder"), lambda g: g.members, align_right=True),
            Column(self.tr("Handlungsfelder"), lambda g: g.fields_of_action)],
            row_id=lambda g: g.id))
        self.quota_label = QLabel()
        self.quota_label.setWordWrap(True)
        self.cross_button = QPushButton(self.tr("AG-übergre&ifend: Aufgaben und Beschlüsse …"))
        self.pages = QTabWidget()
        self._build_member_page()
        self._build_goal_page()
        self._build_assessment_page()
        self.meetings = RecordTable[MeetingRow](
            placeholder=self.tr(
                "Diese AG hatte noch keine Sitzung. Im Kalender eine AG-Sitzung anlegen."),
            model=meeting_model(short=True))
        self.projects = RecordTable[ProjectRow](
            placeholder=self.tr("Diese AG hat noch kein Pilotprojekt (Reiter „Pilotprojekte“)."),
            model=RowTableModel(columns=[
            Column(self.tr("Projekt"), lambda p: p.name), Column(self.tr("Status"),
                                                                 lambda p: p.status),
            Column(self.tr("Ort"), lambda p: p.town)], row_id=lambda p: p.id))
        self.board = RecordTable[BoardRow](
            placeholder=self.tr(
                "Keine offenen Aufgaben und keine Beschlüsse aus den Protokollen dieser AG."),
            model=board_model())
        for page, title in ((self.meetings, self.tr("Si&tzungen")),
                            (self.projects, self.tr("Pilotpro&jekte")),
                            (self.board, self.tr("Offene A&ufgaben und Beschlüsse"))):
            self.pages.addTab(page, title)
        self._build_layout()
        self.groups.view.selectionModel().selectionChanged.connect(self.show_group)
        self.year_box.currentIndexChanged.connect(self.show_group)
        self.meetings.sig_record_activated.connect(self.sig_meeting_requested)
        self.cross_button.clicked.connect(self.show_cross_view)
        self.refresh()
        self.groups.view.selectRow(0)

    def _build_member_page(self) -> None:
        self.members = RecordTable[MemberRow](
            placeholder=self.tr(
                "Noch keine Mitglieder. „Mitglied hinzufügen …“ nimmt eine Person auf."),
            model=RowTableModel(columns=[
            Column(self.tr("Name"), lambda m: m.name),
            Column(self.tr("Organisation"), lambda m: m.organisation),
            Column(self.tr("Rolle"), lambda m: m.role), Column(self.tr("Von"),
                                                                lambda m: m.valid_from),
            Column(self.tr("Bis"), lambda m: m.valid_to)], row_id=lambda m: m.membership_id))
        self.add_member_button = QPushButton(self.tr("Mitglied hinzu&fügen …"))
        self.edit_member_button = QPushButton(self.tr("Bea&rbeiten …"))
        self.remove_member_button = QPushButton(self.tr("&Entfernen"))
        self.add_member_button.clicked.connect(lambda: self.edit_member(None))
        self.edit_member_button.clicked.connect(
            lambda: self.edit_member(self.members.selected_id()))
        self.members.sig_record_activated.connect(self.edit_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.pages.addTab(_with_buttons(self.members, self.add_member_button,
                                        self.edit_member_button, self.remove_member_button),
                          self.tr("&Mitglieder"))

    def _build_goal_page(self) -> None:
        self.goals = RecordTable[GoalRow](
            placeholder=self.tr("Noch keine Ziele. „Neues Ziel …“ legt eines an."),
            model=RowTableModel(columns=[
            Column(self.tr("Rubrik"), lambda g: g.rubric), Column(self.tr("Ziel"),
                                                                   lambda g: g.title),
            Column(self.tr("Fällig"), lambda g: g.due_date), Column(self.tr("Stand"),
                                                                     lambda g: g.status),
            Column(self.tr("Überfällig"), lambda g: g.overdue)], row_id=lambda g: g.id,
            row_colour=lambda g: OVERDUE if g.overdue else None))
        self.add_goal_button = QPushButton(self.tr("&Neues Ziel …"))
        self.delete_goal_button = QPushButton(self.tr("Ziel l&öschen"))
        self.add_goal_button.clicked.connect(lambda: self.edit_goal(None))
        self.goals.sig_record_activated.connect(self.edit_goal)
        self.delete_goal_button.clicked.connect(self.delete_goal)
        self.pages.addTab(_with_buttons(self.goals, self.add_goal_button,
                                        self.delete_goal_button), self.tr("&Ziele"))

    def _build_assessment_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.assessment_edits = {name: QPlainTextEdit() for name in
                                 ("summary", "strengths", "weaknesses", "challenges")}
        for name, caption in (("summary", "Bilanz"), ("strengths", "Stärken"),
                              ("weaknesses", "Schwächen"), ("challenges", "Herausforderungen")):
            self.assessment_edits[name].setTabChangesFocus(True)
            form.addRow(self.tr(caption) + ":", self.assessment_edits[name])
        self.save_assessment_button = QPushButton(self.tr("Bilanz spei&chern"))
        self.save_assessment_button.clicked.connect(self.save_assessment)
        form.addRow("", self.save_assessment_button)
        self.pages.addTab(page, self.tr("Bi&lanz"))

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Jahr:")))
        header.addWidget(self.year_box)
        header.addWidget(self.quota_label, stretch=1)
        header.addWidget(self.cross_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.groups)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, stretch=1)

    def refresh(self) -> None:
        selected = self.groups.selected_ids()
        self.groups.set_rows(groups.list_groups(self._db))
        self.groups.select_ids(selected)
        self.show_group()

    def group_id(self) -> int | None:
        return self.groups.selected_id()

    def show_group(self) -> None:
        group_id = self.group_id()
        short = next((c.text.split(" – ")[0] for c in group_choices(self._db)
                      if c.id == group_id), "")
        year = self.year_box.year() or self._today.year
        self.members.set_rows(groups.list_members(self._db, group_id) if group_id else [])
        self.goals.set_rows(group_work.list_goals(self._db, today=self._today,
                                                  group_id=group_id) if group_id else [])
        self.meetings.set_rows([m for m in meetings.list_meetings(self._db, year=year,
                                                                  today=self._today)
                                if short and m.group == short])
        self.projects.set_rows([p for p in projects.list_projects(self._db)
                                if short and p.group == short])
        self.board.set_rows(group_work.group_board(self._db, today=self._today,
                                                   group_id=group_id) if group_id else [])
        self._show_assessment(group_id, year)
        self._show_quota(short, year)

    def _show_quota(self, short: str, year: int) -> None:
        statuses = contract.quota_status(self._db, year)
        sessions = next((s for s in statuses if s.kind is QuotaKind.GROUP_SESSIONS), None)
        per_group = next((s for s in statuses if s.kind is QuotaKind.PILOT_PROJECTS_PER_GROUP
                          and s.scope == short), None)
        parts = []
        if sessions is not None:
            parts.append(self.tr("AG-Sitzungen %1 (alle AGs): %2 / %3").replace("%1", str(year))
                         .replace("%2", str(sessions.used))
                         .replace("%3", _allowed(sessions.allowed)))
        if per_group is not None:
            parts.append(self.tr("Pilotprojekte dieser AG: %1 / %2")
                         .replace("%1", str(per_group.used))
                         .replace("%2", _allowed(per_group.allowed)))
        self.quota_label.setText(" · ".join(parts))

    def _show_assessment(self, group_id: int | None, year: int) -> None:
        draft = (group_work.load_assessment(self._db, group_id, year) if group_id
                 else AssessmentDraft())
        for name, edit in self.assessment_edits.items():
            edit.setPlainText(getattr(draft, name))

    def save_assessment(self) -> None:
        group_id = self.group_id()
        if group_id is None:
            return
        draft = AssessmentDraft(**{name: edit.toPlainText()
                                   for name, edit in self.assessment_edits.items()})
        group_work.save_assessment(self._db, group_id, self.year_box.year() or self._today.year,
                                   draft)

    def member_dialog(self, membership_id: int | None) -> MembershipDialog:
        row = next((m for m in self.members.model_rows() if m.membership_id == membership_id),
                   None)
        draft = MembershipDraft(row.person_id, row.role, row.valid_from, row.valid_to) \
            if row else None
        persons = [Choice(p.id, f"{p.name} ({p.organisation})" if p.organisation else p.name)
                   for p in invitations.searchable_persons(self._db, limit=50_000)]
        return MembershipDialog(persons=persons, draft=draft, parent=self)

    def edit_member(self, membership_id: int | None) -> MembershipDialog | None:
        group_id = self.group_id()
        if group_id is None:
            return None
        dialog = self.member_dialog(membership_id)
        dialog.loaded = edit_conflicts.loaded_version(self._db, "membership", membership_id)
        dialog.save_with = lambda: self._store_member(dialog, group_id, membership_id)
        dialog.open()
        return dialog

    def _store_member(self, dialog: MembershipDialog, group_id: int,
                      membership_id: int | None) -> Task[object]:
        draft = dialog.draft()
        return store_checked(
            dialog, title=self.tr("Mitgliedschaft"), labels=MEMBERSHIP_LABELS,
            store=lambda loaded: group_work.save_membership(self._db, group_id, draft,
                                                            membership_id, expect=loaded),
            load_theirs=lambda: group_work.load_membership(self._db, membership_id),
            on_stored=self.refresh)

    def remove_member(self) -> None:
        membership_id = self.members.selected_id()
        if membership_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Mitglied entfernen"), self.tr(
            "Die Mitgliedschaft löschen? (Wer ausscheidet, bekommt besser ein Enddatum.)"))
        if answer == QMessageBox.StandardButton.Yes:
            group_work.remove_membership(self._db, membership_id)
            self.refresh()

    def edit_goal(self, goal_id: int | None) -> GoalDialog:
        draft = (group_work.load_goal(self._db, goal_id) if goal_id is not None
                 else GoalDraft("", GoalRubric.KNOWLEDGE_TRANSFER, self.group_id()))
        dialog = GoalDialog(draft=draft, groups=group_choices(self._db), parent=self)
        dialog.loaded = edit_conflicts.loaded_version(self._db, "goal", goal_id)
        dialog.save_with = lambda: self._store_goal(dialog, goal_id)
        dialog.open()
        return dialog

    def _store_goal(self, dialog: GoalDialog, goal_id: int | None) -> Task[object]:
        draft = dialog.draft()
        return store_checked(
            dialog, title=self.tr("Ziel"), labels=GOAL_LABELS,
            store=lambda loaded: group_work.save_goal(self._db, draft, goal_id, expect=loaded),
            load_theirs=lambda: group_work.load_goal(self._db, goal_id) if goal_id else None,
            on_stored=self.show_group)

    def delete_goal(self) -> None:
        goal_id = self.goals.selected_id()
        if goal_id is not None:
            group_work.delete_goal(self._db, goal_id)
            self.show_group()

    def show_cross_view(self) -> QDialog:
        """Every AG's open tasks and recent decisions in columns side by side, plus the
        alliance's goals, so that overlaps and double work show."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("AG-übergreifend: Aufgaben, Beschlüsse, Ziele"))
        dialog.resize(1200, 640)
        columns = QHBoxLayout()
        board = group_work.group_board(self._db, today=self._today)
        for group in groups.list_groups(self._db):
            table = RecordTable[BoardRow](
                placeholder=self.tr(
                    "Keine offenen Aufgaben und keine Beschlüsse aus den Protokollen dieser AG."),
                model=board_model())
            short = next((c.text.split(" – ")[0] for c in group_choices(self._db)
                          if c.id == group.id), group.name)
            table.set_rows([row for row in board if row.group == short])
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{group.name}</b>"))
            box.addWidget(table)
            columns.addLayout(box)
        goals = RecordTable[GoalRow](
            placeholder=self.tr("Noch keine Ziele. „Neues Ziel …“ legt eines an."),
            model=RowTableModel(columns=[
            Column(self.tr("Rubrik"), lambda g: g.rubric), Column(self.tr("Ziel"),
                                                                   lambda g: g.title),
            Column(self.tr("Für"), lambda g: g.group), Column(self.tr("Stand"),
                                                               lambda g: g.status)],
            row_id=lambda g: g.id, row_colour=lambda g: OVERDUE if g.overdue else None))
        goals.set_rows(group_work.list_goals(self._db, today=self._today))
        layout = QVBoxLayout(dialog)
        layout.addLayout(columns, stretch=2)
        layout.addWidget(QLabel(self.tr("<b>Ziele des Bündnisses und der AGs</b>")))
        layout.addWidget(goals, stretch=1)
        dialog.show()
        return dialog


def _allowed(value: int | None) -> str:
    return "—" if value is None else str(value)


def _with_buttons(table: QWidget, *buttons: QPushButton) -> QWidget:
    page = QWidget()
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addWidget(table, stretch=1)
    layout.addLayout(row)
    return page
