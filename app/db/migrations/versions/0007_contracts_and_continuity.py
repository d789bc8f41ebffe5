"""The contract as records (term, quotas, budgets, reporting periods, the protocol due rule) and
the continuity of meetings: approved protocols, tasks addressed to a body, closed date polls

The quotas, budgets and reporting periods seeded by the baseline (and any the office added) become
the first contract; its term covers every one of them, and it keeps the rule of 14 calendar days.

Revision ID: 0007_contracts_and_continuity
Revises: 0006_office_documents
Create Date: 2026-11-29 23:00:00

"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0007_contracts_and_continuity"
down_revision: str | Sequence[str] | None = "0006_office_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FIRST_TERM = (date(2023, 1, 1), date(2024, 12, 31))
_CONTRACT_TABLES = ("quotas", "budgets", "reporting_periods")
_MEETING_KINDS = ("network", "group_session", "leaders", "public_event", "partner_event",
                  "transfer_event", "other")


def upgrade() -> None:
    contracts = op.create_table(
        "contracts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("protocol_due_days", sa.Integer(), nullable=False),
        sa.Column("protocol_due_working_days", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_contracts_term_ordered")),
        sa.CheckConstraint("protocol_due_days > 0", name=op.f("ck_contracts_due_days_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
    )
    first_id = _first_contract(contracts)
    for table in _CONTRACT_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("contract_id", sa.Integer(), nullable=True))
        if first_id is not None:
            op.execute(sa.text(f"UPDATE {table} SET contract_id = :id").bindparams(id=first_id))
        with op.batch_alter_table(table) as batch:
            batch.alter_column("contract_id", existing_type=sa.Integer(), nullable=False)
            batch.create_index(batch.f(f"ix_{table}_contract_id"), ["contract_id"], unique=False)
            batch.create_foreign_key(batch.f(f"fk_{table}_contract_id_contracts"), "contracts",
                                     ["contract_id"], ["id"], ondelete="CASCADE")
            if table == "quotas":
                batch.drop_constraint("uq_quotas_kind_year", type_="unique")
                batch.create_unique_constraint(batch.f("uq_quotas_contract_id_kind_year"),
                                               ["contract_id", "kind", "year"])
    _continuity_columns()


def _first_contract(contracts: sa.Table) -> int | None:
    """The first contract from the rows already there; None when there are none."""
    bind = op.get_bind()
    years = bind.execute(sa.text("SELECT min(year), max(year) FROM quotas")).one()
    budgets = bind.execute(sa.text(
        "SELECT min(period_start), max(period_end) FROM budgets")).one()
    periods = bind.execute(sa.text(
        "SELECT min(start_date), max(end_date) FROM reporting_periods")).one()
    if years[0] is None and budgets[0] is None and periods[0] is None:
        return None
    starts = [_FIRST_TERM[0]]
    ends = [_FIRST_TERM[1]]
    if years[0] is not None:
        starts.append(date(int(years[0]), 1, 1))
        ends.append(date(int(years[1]), 12, 31))
    for first, last in (budgets, periods):
        if first is not None:
            starts.append(_as_date(first))
            ends.append(_as_date(last))
    starts_on, ends_on = min(starts), max(ends)
    op.bulk_insert(contracts, [{
        "id": 1, "client": "Freistaat Thüringen (TMIL, TMWWDG)",
        "title": f"Geschäftsstelle des Aktionsbündnisses {starts_on.year}–{ends_on.year}",
        "starts_on": starts_on, "ends_on": ends_on, "protocol_due_days": 14,
        "protocol_due_working_days": False, "version": 1}])
    if bind.dialect.name == "postgresql":
        op.execute(sa.text("SELECT setval(pg_get_serial_sequence('contracts', 'id'), 1)"))
    return 1


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _continuity_columns() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("poll_closed_on", sa.Date(), nullable=True))
    with op.batch_alter_table("protocols") as batch:
        batch.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("approved_in_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_protocols_approved_in_id"), ["approved_in_id"],
                           unique=False)
        batch.create_foreign_key(batch.f("fk_protocols_approved_in_id_meetings"), "meetings",
                                 ["approved_in_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column(
            "addressed_kind",
            sa.Enum(*_MEETING_KINDS, name="meetingkind", native_enum=False,
                    create_constraint=True, length=32),
            nullable=True))
        batch.add_column(sa.Column("addressed_group_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_tasks_addressed_group_id"), ["addressed_group_id"],
                           unique=False)
        batch.create_foreign_key(batch.f("fk_tasks_addressed_group_id_working_groups"),
                                 "working_groups", ["addressed_group_id"], ["id"],
                                 ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.drop_constraint(batch.f("fk_tasks_addressed_group_id_working_groups"),
                              type_="foreignkey")
        batch.drop_index(batch.f("ix_tasks_addressed_group_id"))
        batch.drop_column("addressed_group_id")
        batch.drop_constraint(batch.f("ck_tasks_meetingkind"), type_="check")
        batch.drop_column("addressed_kind")
    with op.batch_alter_table("protocols") as batch:
        batch.drop_constraint(batch.f("fk_protocols_approved_in_id_meetings"), type_="foreignkey")
        batch.drop_index(batch.f("ix_protocols_approved_in_id"))
        batch.drop_column("approved_in_id")
        batch.drop_column("approved_on")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("poll_closed_on")
    for table in reversed(_CONTRACT_TABLES):
        with op.batch_alter_table(table) as batch:
            if table == "quotas":
                batch.drop_constraint(batch.f("uq_quotas_contract_id_kind_year"), type_="unique")
                batch.create_unique_constraint("uq_quotas_kind_year", ["kind", "year"])
            batch.drop_constraint(batch.f(f"fk_{table}_contract_id_contracts"),
                                  type_="foreignkey")
            batch.drop_index(batch.f(f"ix_{table}_contract_id"))
            batch.drop_column("contract_id")
    op.drop_table("contracts")
