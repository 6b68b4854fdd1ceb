"""audit trail chained: a sequence per site and the hash of the previous entry (issue 10)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 15:10:00

Entries already written are numbered per site in the order they were written (moment, then id) and
chained as the unit of work would have chained them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.audit_chain import GENESIS, ChainedEntry, entry_hash, stored_moment, stored_uuid_text

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sequence', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('previous_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=True))
    _chain_existing_entries(op.get_bind())
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.alter_column('sequence', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('previous_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('entry_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint('uq_audit_entries_site_sequence', ['site', 'sequence'])


def _chain_existing_entries(connection: sa.Connection) -> None:
    rows = connection.execute(
        sa.text(
            "SELECT id, at, operator_id, operator_name, site, entity, entity_id, action, changes "
            "FROM audit_entries ORDER BY site, at, id"
        )
    ).all()
    previous: dict[str, tuple[int, str]] = {}
    for row in rows:
        sequence, last_hash = previous.get(row.site, (0, GENESIS))
        entry = ChainedEntry(
            site=row.site,
            sequence=sequence + 1,
            previous_hash=last_hash,
            at=stored_moment(row.at),
            operator_id=stored_uuid_text(row.operator_id),
            operator_name=row.operator_name,
            entity=row.entity,
            entity_id=row.entity_id,
            action=row.action,
            changes=row.changes,
        )
        own = entry_hash(entry)
        connection.execute(
            sa.text("UPDATE audit_entries SET sequence = :sequence, previous_hash = :previous, entry_hash = :own WHERE id = :id"),
            {"sequence": entry.sequence, "previous": last_hash, "own": own, "id": row.id},
        )
        previous[row.site] = (entry.sequence, own)


def downgrade() -> None:
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_constraint('uq_audit_entries_site_sequence', type_='unique')
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('previous_hash')
        batch_op.drop_column('sequence')
