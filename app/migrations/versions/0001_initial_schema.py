"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator_id', sa.Uuid(), nullable=True),
    sa.Column('operator_name', sa.String(length=120), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_entity_id'), ['entity_id'], unique=False)

    op.create_table('dwellings',
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('house_number', sa.String(length=20), nullable=False),
    sa.Column('staircase', sa.String(length=20), nullable=False),
    sa.Column('floor', sa.String(length=20), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('neighbourhood', sa.String(length=80), nullable=False),
    sa.Column('centralised_heating', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dwellings')),
    sa.UniqueConstraint('street', 'house_number', 'staircase', 'floor', 'unit', name='uq_dwellings_location')
    )
    op.create_table('offices',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offices')),
    sa.UniqueConstraint('code', name=op.f('uq_offices_code'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settings')),
    sa.UniqueConstraint('key', name=op.f('uq_settings_key'))
    )
    op.create_table('households',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('dwelling_id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=True),
    sa.Column('assignment_date', sa.Date(), nullable=True),
    sa.Column('sap_area', sa.Enum('protezione', 'accesso', 'permanenza', 'decadenza', name=op.f('ck_households_sap_area'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('monthly_income_cents', sa.Integer(), nullable=True),
    sa.Column('arrears_cents', sa.Integer(), nullable=True),
    sa.Column('arrears_as_of', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('sort_holder', sa.String(length=200), nullable=False),
    sa.Column('sort_address', sa.String(length=240), nullable=False),
    sa.Column('sort_neighbourhood', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwellings.id'], name=op.f('fk_households_dwelling_id_dwellings')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_households_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households')),
    sa.UniqueConstraint('code', name=op.f('uq_households_code'))
    )
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index('ix_households_by_address', ['sort_address', 'code', 'search_text'], unique=False)
        batch_op.create_index('ix_households_by_area', ['sap_area', 'sort_holder', 'code', 'search_text'], unique=False)
        batch_op.create_index('ix_households_by_code', ['code', 'search_text'], unique=False)
        batch_op.create_index('ix_households_by_holder', ['sort_holder', 'code', 'search_text'], unique=False)
        batch_op.create_index('ix_households_by_neighbourhood', ['sort_neighbourhood', 'sort_address', 'code', 'search_text'], unique=False)
        batch_op.create_index(batch_op.f('ix_households_dwelling_id'), ['dwelling_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_households_office_id'), ['office_id'], unique=False)

    op.create_table('opening_slots',
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.SmallInteger(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('ends', sa.Time(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_opening_slots_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_slots'))
    )
    with op.batch_alter_table('opening_slots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opening_slots_office_id'), ['office_id'], unique=False)

    op.create_table('operators',
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('operator', 'tenant_manager', 'coordinator', name=op.f('ck_operators_role'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_operators_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operators')),
    sa.UniqueConstraint('username', name=op.f('uq_operators_username'))
    )
    op.create_table('sites',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_sites_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites')),
    sa.UniqueConstraint('code', name=op.f('uq_sites_code'))
    )
    op.create_table('isee_attestations',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('ordinario', 'corrente', name=op.f('ck_isee_attestations_isee_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('protocol', sa.String(length=40), nullable=False),
    sa.Column('filing_date', sa.Date(), nullable=False),
    sa.Column('value_cents', sa.Integer(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_isee_attestations_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_isee_attestations'))
    )
    with op.batch_alter_table('isee_attestations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_isee_attestations_household_id'), ['household_id'], unique=False)

    op.create_table('persons',
    sa.Column('codice_fiscale', sa.String(length=16), nullable=True),
    sa.Column('codice_fiscale_key', sa.String(length=16), nullable=True),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.Enum('F', 'M', 'X', name=op.f('ck_persons_sex'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('preferred_language', sa.String(length=40), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=True),
    sa.Column('household_role', sa.Enum('holder', 'member', name=op.f('ck_persons_household_role'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('privacy_notice_date', sa.Date(), nullable=True),
    sa.Column('privacy_notice_version', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_persons_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons')),
    sa.UniqueConstraint('codice_fiscale_key', name=op.f('uq_persons_codice_fiscale_key'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_household_id'), ['household_id'], unique=False)
        batch_op.create_index('uq_persons_one_holder_per_household', ['household_id'], unique=True, sqlite_where=sa.text("household_role = 'holder'"), postgresql_where=sa.text("household_role = 'holder'"))

    op.create_table('holder_changes',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('previous_holder_id', sa.Uuid(), nullable=True),
    sa.Column('new_holder_id', sa.Uuid(), nullable=False),
    sa.Column('previous_holder_name', sa.String(length=200), nullable=False),
    sa.Column('new_holder_name', sa.String(length=200), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_holder_changes_household_id_households')),
    sa.ForeignKeyConstraint(['new_holder_id'], ['persons.id'], name=op.f('fk_holder_changes_new_holder_id_persons')),
    sa.ForeignKeyConstraint(['previous_holder_id'], ['persons.id'], name=op.f('fk_holder_changes_previous_holder_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holder_changes'))
    )
    with op.batch_alter_table('holder_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_holder_changes_household_id'), ['household_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('holder_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_holder_changes_household_id'))

    op.drop_table('holder_changes')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('uq_persons_one_holder_per_household', sqlite_where=sa.text("household_role = 'holder'"), postgresql_where=sa.text("household_role = 'holder'"))
        batch_op.drop_index(batch_op.f('ix_persons_household_id'))

    op.drop_table('persons')
    with op.batch_alter_table('isee_attestations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_isee_attestations_household_id'))

    op.drop_table('isee_attestations')
    op.drop_table('sites')
    op.drop_table('operators')
    with op.batch_alter_table('opening_slots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opening_slots_office_id'))

    op.drop_table('opening_slots')
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_households_office_id'))
        batch_op.drop_index(batch_op.f('ix_households_dwelling_id'))
        batch_op.drop_index('ix_households_by_neighbourhood')
        batch_op.drop_index('ix_households_by_holder')
        batch_op.drop_index('ix_households_by_code')
        batch_op.drop_index('ix_households_by_area')
        batch_op.drop_index('ix_households_by_address')

    op.drop_table('households')
    op.drop_table('settings')
    op.drop_table('offices')
    op.drop_table('dwellings')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_at'))

    op.drop_table('audit_entries')
