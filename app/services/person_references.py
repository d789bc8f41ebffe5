"""Every column in the schema that refers to a person, found by walking the metadata.

Merging duplicates and the GDPR access export both rely on this list, so a new table that
refers to persons is covered without touching either.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Table, UniqueConstraint

from app.domain.models import Base, Person


@dataclass(frozen=True)
class PersonReference:
    table: Table
    column: Column[int]

    @property
    def unique_partners(self) -> list[list[Column[object]]]:
        """For each unique key containing the column, the other columns of that key."""
        keys: list[list[Column[object]]] = []
        candidates = [list(self.table.primary_key.columns)]
        candidates += [list(c.columns) for c in self.table.constraints
                       if isinstance(c, UniqueConstraint)]
        for columns in candidates:
            if self.column in columns and len(columns) > 1:
                keys.append([c for c in columns if c is not self.column])
        return keys


def person_references() -> list[PersonReference]:
    persons = Person.__table__
    found: list[PersonReference] = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(key.column.table is persons for key in column.foreign_keys):
                found.append(PersonReference(table, column))
    return found
