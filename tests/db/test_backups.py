"""Backups: checked before they join the rotation, the rotation, restore, backups while another
process writes, safety backups before risky changes, and the headless commands."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.db import backups
from app.db.backups import BackupError, BackupInfo, Rotation
from app.db.database import Database
from app.db.location import sqlite_target
from app.db.opening import open_database
from app.domain.models import Person
from app.services import gdpr
from app.services.contact_editing import PersonDraft, create_person
from app.services.safety import AutoBackup, BackupService, reason_label, safety_backup
from app.settings import Settings

WRITER = Path(__file__).with_name("crash_writer.py")


def _persons(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM persons").fetchone()[0])
    finally:
        connection.close()


def _add_person(db: Database, last_name: str) -> None:
    with db.unit_of_work() as session:
        session.add(Person(first_name="Neu", last_name=last_name))


def _service(database: Path, folder: Path, **rotation: int) -> BackupService:
    return BackupService(database, settings=Settings(backup_folder=str(folder), **rotation))


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 4096)


def test_backup_is_checked_and_listed(demo_db: Database, tmp_path: Path) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    taken = _service(path, folder).take("manuell", now=datetime(2024, 3, 1, 9))
    assert backups.integrity_problems(taken) == []
    assert _persons(taken) == _persons(path)
    [info] = backups.list_backups(folder)
    assert (info.path, info.taken_at, reason_label(info)) == (
        taken, datetime(2024, 3, 1, 9), "Sicherung jetzt")
    assert [p.name for p in folder.iterdir()] == [taken.name]


def test_a_damaged_database_never_replaces_a_good_backup(demo_db: Database,
                                                         tmp_path: Path) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    good = _service(path, folder).take("manuell", now=datetime(2024, 3, 1, 9))
    demo_db.dispose()
    broken = tmp_path / "kaputt.sqlite3"
    shutil.copy(path, broken)
    _damage(broken)
    with pytest.raises(BackupError, match="verworfen|fehlgeschlagen"):
        _service(broken, folder).take("manuell", now=datetime(2024, 3, 2, 9))
    assert sorted(p.name for p in folder.iterdir()) == [good.name]


def test_rotation_keeps_days_weeks_and_months() -> None:
    start = datetime(2023, 1, 1, 12)
    infos = [BackupInfo(Path(f"b{n}"), start + timedelta(hours=12 * n), "automatisch", 1)
             for n in range(2 * 500)]
    newest_first = sorted(infos, key=lambda i: i.taken_at, reverse=True)
    kept = backups.kept_backups(newest_first, Rotation(daily=12, weekly=10, monthly=12))
    days = {i.taken_at.date() for i in infos if i.path in kept}
    newest = newest_first[0].taken_at.date()
    assert {newest - timedelta(days=n) for n in range(12)} <= days
    months = {(i.taken_at.year, i.taken_at.month) for i in infos if i.path in kept}
    assert len(months) == 12
    assert len(kept) <= 12 + 10 + 12
    assert newest_first[0].path in kept


def test_prune_deletes_what_the_rotation_drops(tmp_path: Path, db: Database) -> None:
    path = db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    for day in range(20):
        _service(path, folder, keep_daily=3, keep_weekly=1, keep_monthly=1).take(
            "taeglich", now=datetime(2024, 1, 1, 8) + timedelta(days=day))
    found = backups.list_backups(folder)
    assert [info.taken_at.date() for info in found] == [
        date(2024, 1, 20), date(2024, 1, 19), date(2024, 1, 18)]


def test_restore_round_trip(demo_db: Database, tmp_path: Path) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    backup = _service(path, folder).take("manuell")
    before = _persons(path)
    _add_person(demo_db, "Nachträglich")
    saved = _service(path, folder).restore(backup)
    assert _persons(path) == before
    assert saved is not None and _persons(saved) == before + 1
    with demo_db.reading() as session:
        assert session.query(Person).filter_by(last_name="Nachträglich").count() == 0
    assert backups.integrity_problems(path) == []


def test_restore_refuses_a_bad_file_and_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = db.target.sqlite_path
    assert path is not None
    _add_person(db, "Bleibt")
    foreign = tmp_path / "fremd.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(BackupError, match="nichts verändert"):
        _service(path, tmp_path / "Sicherungen").restore(foreign)
    not_sqlite = tmp_path / "text.sqlite3"
    not_sqlite.write_text("kein SQLite")
    with pytest.raises(BackupError, match="nichts verändert"):
        _service(path, tmp_path / "Sicherungen").restore(not_sqlite)
    assert _persons(path) == 1


def test_restore_over_a_damaged_database_keeps_the_damaged_file(demo_db: Database,
                                                                tmp_path: Path) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    backup = _service(path, folder).take("manuell")
    demo_db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(path)
    damaged_bytes = path.read_bytes()
    aside = _service(path, folder).restore(backup)
    assert aside is not None and aside.read_bytes() == damaged_bytes
    assert backups.integrity_problems(path) == []
    assert _persons(path) == _persons(backup)


def test_backup_while_another_process_writes_is_sound(db: Database, tmp_path: Path) -> None:
    path = db.target.sqlite_path
    assert path is not None
    db.dispose()
    writer = subprocess.Popen([sys.executable, str(WRITER), str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "bereit"
        writer.stdout.readline()
        copies = [backups.write_checked_copy(path, tmp_path / f"kopie{n}.sqlite3")
                  for n in range(5)]
    finally:
        writer.kill()
        writer.wait(timeout=30)
    for copy in copies:
        assert backups.integrity_problems(copy) == []
        connection = sqlite3.connect(copy)
        counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("persons", "meetings", "decisions", "time_entries")}
        connection.close()
        assert len(set(counts.values())) == 1 and counts["meetings"] > 0


def test_erasure_is_preceded_by_a_backup(demo_db: Database) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    with demo_db.reading() as session:
        person_id = session.query(Person.id).order_by(Person.id).limit(1).scalar()
    assert person_id is not None
    gdpr.erase_person(demo_db, person_id)
    [info] = BackupService(path).listing()
    assert info.reason == "vor-loeschung"


def test_backup_commands(demo_db: Database, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    out = tmp_path / "ausgabe.sqlite3"
    assert cli_main(["--db", str(path), "backup", "--out", str(out)]) == 0
    assert cli_main(["--db", str(path), "backup"]) == 0
    assert cli_main(["--db", str(path), "backups"]) == 0
    listing = capsys.readouterr().out
    assert "Sicherung jetzt" in listing and "geprüft" in listing
    _add_person(demo_db, "Nachträglich")
    assert cli_main(["--db", str(path), "restore", str(out)]) == 1
    assert cli_main(["--db", str(path), "restore", str(out), "--yes"]) == 0
    assert "Wiederhergestellt" in capsys.readouterr().out
    reopened = open_database(sqlite_target(path))
    with reopened.reading() as session:
        assert session.query(Person).filter_by(last_name="Nachträglich").count() == 0
    reopened.dispose()
    assert cli_main(["--db", str(path), "restore", str(tmp_path / "fehlt.sqlite3"), "--yes"]) == 1
    assert "gibt es nicht" in capsys.readouterr().err


def test_a_safety_backup_survives_later_automatic_backups_that_day(db: Database,
                                                                    tmp_path: Path) -> None:
    path = db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    morning = datetime(2024, 5, 6, 9)
    _service(path, folder).take("manuell", now=morning)
    saved = _service(path, folder).take("vor-wiederherstellung", now=morning)
    for minutes in (30, 60, 90):
        _service(path, folder).take("automatisch", now=morning + timedelta(minutes=minutes))
    reasons = {info.reason for info in backups.list_backups(folder)}
    assert saved.exists() and reasons == {"manuell", "vor-wiederherstellung", "automatisch"}
    _service(path, folder).take("taeglich", now=morning + timedelta(days=2))
    assert not saved.exists()


def test_start_check_is_full_after_an_unclean_end(demo_db: Database, tmp_path: Path) -> None:
    from app.db.health import DatabaseDamagedError, SessionMarker, check_at_start

    path = demo_db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    marker = SessionMarker(path)
    assert check_at_start(path, folder) is False
    marker.begin()
    assert check_at_start(path, folder) is True
    marker.end()
    assert not marker.path.exists()
    good = _service(path, folder).take("manuell")
    demo_db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(path)
    damaged = path.read_bytes()
    with pytest.raises(DatabaseDamagedError) as caught:
        check_at_start(path, folder)
    assert caught.value.backup is not None and caught.value.backup.path == good
    assert "nicht verändert" in str(caught.value)
    assert path.read_bytes() == damaged


def test_a_file_system_error_during_restore_becomes_a_german_backup_error(
        demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    service = _service(path, tmp_path / "Sicherungen")
    backup = service.take("manuell")
    demo_db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(path)

    real_replace = os.replace

    def refuse_to_move_the_database(source: Path, target: Path) -> None:
        if Path(source) == path:
            raise PermissionError(13, "Zugriff verweigert")
        real_replace(source, target)

    monkeypatch.setattr(backups.os, "replace", refuse_to_move_the_database)
    with pytest.raises(BackupError, match="Wiederherstellung .* fehlgeschlagen"):
        service.restore(backup)


def test_backups_in_the_same_millisecond_keep_apart(db: Database, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    path = db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    same_moment = datetime(2024, 5, 6, 9, 0, 0, 123000)
    service = _service(path, folder)
    with ThreadPoolExecutor(max_workers=4) as pool:
        taken = list(pool.map(lambda _n: service.take("vor-import", now=same_moment), range(4)))
    assert len(set(taken)) == 4 and all(backups.integrity_problems(p) == [] for p in taken)
    listed = service.listing()
    assert {info.path for info in listed} == set(taken)
    assert {info.taken_at for info in listed} == {same_moment}


def test_foreign_and_malformed_names_in_the_backup_folder_are_passed_over(
        db: Database, tmp_path: Path) -> None:
    path = db.target.sqlite_path
    assert path is not None
    folder = tmp_path / "Sicherungen"
    good = _service(path, folder).take("manuell", now=datetime(2024, 5, 6, 9))
    for name in (f"{path.stem}_2023-02-30_25-61-61_manuell.sqlite3", "notizen.txt",
                 f"{path.stem}_2024-13-01_00-00-00-999_taeglich.sqlite3"):
        (folder / name).write_bytes(b"x")
    assert [info.path for info in _service(path, folder).listing()] == [good]
    assert cli_main(["--db", str(path), "backups"]) == 0


def test_backups_of_a_database_on_a_network_drive_finish(tmp_path: Path) -> None:
    """There the program's connection holds the file exclusively after its first write; the
    backup reads through that connection instead of waiting for the lock for ever."""
    database = open_database(replace(sqlite_target(tmp_path / "netz.sqlite3"), on_network=True))
    try:
        create_person(database, PersonDraft(first_name="Anna", last_name="Berg"))
        settings = Settings(backup_folder=str(tmp_path / "Sicherungen"))
        taken: list[Path | None] = []

        def back_up() -> None:
            taken.append(safety_backup(database, "vor-import"))
            service = BackupService.of(database, settings=settings)
            taken.append(service.take("manuell"))
            taken.append(service.copy_to(tmp_path / "Kopie.sqlite3"))
            create_person(database, PersonDraft(first_name="Bernd", last_name="Roth"))
            auto = AutoBackup(service, now=datetime(2024, 5, 6, 9))
            taken.append(auto.at_start(datetime(2024, 5, 7, 9)))

        worker = threading.Thread(target=back_up, daemon=True)
        worker.start()
        worker.join(timeout=60)
        assert not worker.is_alive(), "Die Sicherung hängt."
        assert len(taken) == 4 and all(path is not None and path.is_file() for path in taken)
        assert backups.integrity_problems(tmp_path / "Kopie.sqlite3") == []
    finally:
        database.dispose()
