"""Many rows of one shape into one table, straight through the database driver.

SQLAlchemy builds a parameter set per row (every column's processor, every key looked up),
which for twenty thousand change-log rows costs more than SQLite's own work. Rows that come
from the program itself, all with the same keys, need none of that: the statement is compiled
once for the connection's dialect, each value goes through its column type's bind processor
(dates for SQLite; none for PostgreSQL's driver), values common to all rows only once, and the
driver's ``executemany`` sends them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_many(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]],
                same: Mapping[str, Any] | None = None) -> None:
    """INSERT ``rows`` (each with the keys of the first) into ``table``; nothing returned.

    Args:
        same: values of further columns, the same in every row.
    """
    if not rows:
        return
    dialect = connection.dialect
    varying = list(rows[0])
    fixed = dict(same or {})
    processors = {key: table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
                  for key in [*varying, *fixed]}

    def bound(key: str, value: Any) -> Any:
        process = processors[key]
        return process(value) if process else value

    common = {key: bound(key, value) for key, value in fixed.items()}
    compiled = insert(table).compile(dialect=dialect, column_keys=[*varying, *common])

    def values(row: Mapping[str, Any]) -> dict[str, Any]:
        found = {key: (process(row[key]) if (process := processors[key]) else row[key])
                 for key in varying}
        found.update(common)
        return found

    if compiled.positional:
        order = list(compiled.positiontup or [])
        parameters: list[Any] = [tuple(found[key] for key in order)
                                 for found in map(values, rows)]
    else:
        parameters = [values(row) for row in rows]
    connection.exec_driver_sql(compiled.string, parameters)
