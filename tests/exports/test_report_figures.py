"""Every figure of the status report held against independent SQL on the demo data, and its
sentences in German singular and plural."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from app.db.database import Database
from app.domain.documents.report import ReportData
from app.exports.report_text import summary_lines
from app.services.report_exports import export_report
from app.services.status_report import build_report

PERIODS = [(date(2023, 1, 1), date(2023, 12, 31)), (date(2024, 1, 1), date(2024, 6, 30)),
           (date(2022, 1, 1), date(2026, 12, 31))]


def _scalar(db: Database, sql: str, **values: object) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(text(sql), values).scalar() or 0)


@pytest.mark.parametrize(("first", "last"), PERIODS)
def test_report_figures_match_independent_sql(demo_db: Database, first: date,
                                              last: date) -> None:
    data = build_report(demo_db, first, last)
    period = {"start": f"{first} 00:00:00", "end": f"{last} 23:59:59.999999"}
    held = [m for m in data.meetings if m.protocol != "abgesagt"]
    assert len(data.meetings) == _scalar(
        demo_db, "SELECT count(*) FROM meetings WHERE starts_at BETWEEN :start AND :end",
        **period)
    assert len(held) == _scalar(
        demo_db, "SELECT count(*) FROM meetings WHERE starts_at BETWEEN :start AND :end "
                 "AND status <> 'cancelled'", **period)
    assert sum(m.invited for m in data.meetings) == _scalar(
        demo_db, "SELECT count(*) FROM invitations i JOIN meetings m ON m.id = i.meeting_id "
                 "WHERE m.starts_at BETWEEN :start AND :end", **period)
    assert sum(m.attended for m in data.meetings) == _scalar(
        demo_db, "SELECT count(*) FROM invitations i JOIN meetings m ON m.id = i.meeting_id "
                 "WHERE m.starts_at BETWEEN :start AND :end AND i.attended = 1", **period)
    assert len(data.pr_items) == _scalar(
        demo_db, "SELECT count(*) FROM pr_items WHERE published_on BETWEEN :first AND :last",
        first=str(first), last=str(last))
    minutes = _scalar(demo_db, "SELECT sum(minutes) FROM time_entries "
                               "WHERE work_date BETWEEN :first AND :last",
                      first=str(first), last=str(last))
    assert round(sum(line.hours for line in data.hours) * 60) == minutes
    assert len(data.open_tasks) == _scalar(
        demo_db, "SELECT count(*) FROM tasks t JOIN agenda_items a ON a.id = t.agenda_item_id "
                 "JOIN meetings m ON m.id = a.meeting_id WHERE m.starts_at <= :end "
                 "AND (t.done = 0 OR t.done_on IS NULL OR t.done_on > :last)",
        end=period["end"], last=str(last))
    group_sessions = next(q for q in data.quotas if q.label.startswith("AG-Sitzung"))
    assert group_sessions.used == _scalar(
        demo_db, "SELECT count(*) FROM meetings WHERE starts_at BETWEEN :start AND :end "
                 "AND status <> 'cancelled' AND kind = 'group_session'", **period)


def test_open_tasks_come_from_every_meeting_and_change_with_the_period(
        demo_db: Database) -> None:
    counts = {last.year: len(build_report(demo_db, date(last.year, 1, 1), last).open_tasks)
              for last in (date(2022, 12, 31), date(2023, 12, 31), date(2024, 12, 31))}
    assert len(set(counts.values())) > 1, counts
    every = build_report(demo_db, date(2022, 1, 1), date(2026, 12, 31)).open_tasks
    open_now = _scalar(demo_db, "SELECT count(*) FROM tasks WHERE done = 0")
    assert len(every) == open_now
    assert all(task.meeting and "(" in task.meeting for task in every)


def _with(data: ReportData, **changes: object) -> ReportData:
    from dataclasses import replace

    return replace(data, **changes)  # type: ignore[arg-type]


def test_singular_and_plural(demo_db: Database) -> None:
    data = build_report(demo_db, date(2023, 1, 1), date(2023, 12, 31))
    one = _with(data, meetings=data.meetings[:1], pr_items=data.pr_items[:1],
                cases_published=((date(2023, 5, 1), "Zwischennutzung", "Apolda", "Leerstand"),),
                programmes_listed=(("Lebendige Zentren", "Bund", "unbefristet"),))
    first, second, third, _fourth, knowledge = summary_lines(one)
    assert knowledge == ("Wissenstransfer: 1 Praxisbeispiel wurde veröffentlicht; der "
                         "Wegweiser Innenstadtförderung führte 1 Förderprogramm.")
    assert " fand 1 Sitzung statt" in first
    assert "1 von 1 Protokoll" in second or "0 von 1 Protokoll wurden" in second
    assert "es erschien 1 Beitrag der" in third
    many = summary_lines(data)
    assert " fanden " in many[0] and " Sitzungen statt" in many[0]


def test_the_pdf_says_1_sitzung(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.engine.connect() as connection:
        day = connection.execute(text(
            "SELECT date(starts_at) FROM meetings WHERE status <> 'cancelled' "
            "ORDER BY starts_at LIMIT 1")).scalar()
    first = date.fromisoformat(str(day))
    out = export_report(demo_db, first, first, tmp_path / "b.pdf", sender="GS")
    content = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "fand 1 Sitzung statt" in " ".join(content.split())
