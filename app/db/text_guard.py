"""The one text rule at the boundary of the database: every text a save writes through the ORM
is checked before the flush (no control characters, no line break in a one-line field, no more
characters than the field takes). Forms, the CLI and services all pass here, so a refused text
always gets the same German message naming the field. Imports clean their texts beforehand
(``app.domain.text.imported_text``) and note per row what they changed."""

from __future__ import annotations

from functools import cache

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Mapper, Session, sessionmaker

from app.domain.base import Versioned
from app.domain.errors import ValidationError
from app.domain.text import text_problem
from app.domain.text_fields import UNCHECKED, field_label, multi_line_limit

TextRule = tuple[str, str, bool, int]
"""attribute, German name, one line?, most characters."""


def install_text_guard(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _check_texts)


@cache
def text_rules(mapper: Mapper[object]) -> tuple[TextRule, ...]:
    """The text fields of a model and the rule for each."""
    table = str(mapper.local_table.name)  # type: ignore[attr-defined]
    rules: list[TextRule] = []
    for attribute in mapper.column_attrs:
        column = attribute.columns[0]
        if (table, column.name) in UNCHECKED or not isinstance(column.type, String):
            continue
        if getattr(column.type, "enums", None):
            continue
        one_line = not isinstance(column.type, Text)
        limit = column.type.length if one_line and column.type.length else multi_line_limit(
            table, column.name)
        rules.append((attribute.key, field_label(table, column.name), one_line, limit))
    return tuple(rules)


def _check_texts(session: Session, _context: object, _instances: object) -> None:
    for record in (*session.new, *session.dirty):
        if not isinstance(record, Versioned):
            continue
        state = inspect(record)
        for key, label, one_line, limit in text_rules(state.mapper):
            value = getattr(record, key)
            if not isinstance(value, str) or (
                    record not in session.new and not state.attrs[key].history.has_changes()):
                continue
            problem = text_problem(value, label=label, one_line=one_line, max_length=limit)
            if problem:
                raise ValidationError(problem, field=key)
