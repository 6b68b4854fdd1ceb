"""visits activities appointments

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activity_types',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_types')),
    sa.UniqueConstraint('name', name=op.f('uq_activity_types_name'))
    )
    op.create_table('partner_organisations',
    sa.Column('kind', sa.String(length=80), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_organisations')),
    sa.UniqueConstraint('name', name=op.f('uq_partner_organisations_name'))
    )
    op.create_table('referral_services',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_services')),
    sa.UniqueConstraint('name', name=op.f('uq_referral_services_name'))
    )
    op.create_table('topics',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topics')),
    sa.UniqueConstraint('name', name=op.f('uq_topics_name'))
    )
    op.create_table('activities',
    sa.Column('activity_type_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=True),
    sa.Column('organisers', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['activity_type_id'], ['activity_types.id'], name=op.f('fk_activities_activity_type_id_activity_types')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_activities_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_office_id'), ['office_id'], unique=False)

    op.create_table('activity_partners',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_partners_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner_organisations.id'], name=op.f('fk_activity_partners_partner_id_partner_organisations')),
    sa.PrimaryKeyConstraint('activity_id', 'partner_id', name=op.f('pk_activity_partners'))
    )
    op.create_table('activity_sessions',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('other_participants', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_sessions_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_sessions'))
    )
    with op.batch_alter_table('activity_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_sessions_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_sessions_starts_at'), ['starts_at'], unique=False)

    op.create_table('attendances',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_attendances_person_id_persons')),
    sa.ForeignKeyConstraint(['session_id'], ['activity_sessions.id'], name=op.f('fk_attendances_session_id_activity_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendances')),
    sa.UniqueConstraint('session_id', 'person_id', name='uq_attendances_session_person')
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendances_session_id'), ['session_id'], unique=False)

    op.create_table('participant_profiles',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('labour_status', sa.Enum('unemployed', 'long_term_unemployed', 'inactive', 'employed', name=op.f('ck_participant_profiles_labour_status'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('education', sa.Enum('isced_0_2', 'isced_3_4', 'isced_5_8', name=op.f('ck_participant_profiles_education'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('third_country_national', sa.Enum('yes', 'no', 'prefers_not', name=op.f('ck_participant_profiles_third_country_national'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('foreign_background', sa.Enum('yes', 'no', 'prefers_not', name=op.f('ck_participant_profiles_foreign_background'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('minority', sa.Enum('yes', 'no', 'prefers_not', name=op.f('ck_participant_profiles_minority'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('disability', sa.Enum('yes', 'no', 'prefers_not', name=op.f('ck_participant_profiles_disability'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('homeless_or_excluded', sa.Enum('yes', 'no', 'prefers_not', name=op.f('ck_participant_profiles_homeless_or_excluded'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_participant_profiles_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant_profiles')),
    sa.UniqueConstraint('person_id', name=op.f('uq_participant_profiles_person_id'))
    )
    op.create_table('visits',
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('operator_id', sa.Uuid(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('channel', sa.Enum('desk', 'phone', 'home_visit', 'outreach', name=op.f('ck_visits_channel'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('household_id', sa.Uuid(), nullable=True),
    sa.Column('anonymous_sex', sa.Enum('F', 'M', 'X', name=op.f('ck_visits_anonymous_sex'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('anonymous_age_bracket', sa.Enum('0-17', '18-29', '30-54', '55-64', '65+', name=op.f('ck_visits_age_bracket'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('interpreter_language', sa.String(length=60), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('referral_service_id', sa.Uuid(), nullable=True),
    sa.Column('referral_partner_id', sa.Uuid(), nullable=True),
    sa.Column('referral_outcome', sa.Text(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.Column('cancelled_by_id', sa.Uuid(), nullable=True),
    sa.Column('cancel_reason', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['cancelled_by_id'], ['operators.id'], name=op.f('fk_visits_cancelled_by_id_operators')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_visits_household_id_households')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_visits_office_id_offices')),
    sa.ForeignKeyConstraint(['operator_id'], ['operators.id'], name=op.f('fk_visits_operator_id_operators')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_visits_person_id_persons')),
    sa.ForeignKeyConstraint(['referral_partner_id'], ['partner_organisations.id'], name=op.f('fk_visits_referral_partner_id_partner_organisations')),
    sa.ForeignKeyConstraint(['referral_service_id'], ['referral_services.id'], name=op.f('fk_visits_referral_service_id_referral_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_by_office_and_time', ['office_id', 'started_at'], unique=False)
        batch_op.create_index('ix_visits_by_operator_and_time', ['operator_id', 'started_at'], unique=False)
        batch_op.create_index('ix_visits_by_time', ['started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_person_id'), ['person_id'], unique=False)

    op.create_table('appointments',
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('topic_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('booked', 'attended', 'no_show', 'cancelled', name=op.f('ck_appointments_appointment_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('booked_by_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.Column('cancelled_by_id', sa.Uuid(), nullable=True),
    sa.Column('cancel_reason', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['booked_by_id'], ['operators.id'], name=op.f('fk_appointments_booked_by_id_operators')),
    sa.ForeignKeyConstraint(['cancelled_by_id'], ['operators.id'], name=op.f('fk_appointments_cancelled_by_id_operators')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_appointments_office_id_offices')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_appointments_person_id_persons')),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_appointments_topic_id_topics')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_appointments_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index('ix_appointments_by_office_and_time', ['office_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointments_person_id'), ['person_id'], unique=False)

    op.create_table('follow_ups',
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('household_id', sa.Uuid(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by_id', sa.Uuid(), nullable=True),
    sa.Column('closing_note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['closed_by_id'], ['operators.id'], name=op.f('fk_follow_ups_closed_by_id_operators')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_follow_ups_household_id_households')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_follow_ups_office_id_offices')),
    sa.ForeignKeyConstraint(['owner_id'], ['operators.id'], name=op.f('fk_follow_ups_owner_id_operators')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_follow_ups_person_id_persons')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_follow_ups_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_follow_ups_open_by_due', ['closed_at', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_visit_id'), ['visit_id'], unique=False)

    op.create_table('visit_topics',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('topic_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_visit_topics_topic_id_topics')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_topics_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'topic_id', name=op.f('pk_visit_topics'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_text', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sort_name', sa.String(length=200), nullable=False, server_default=''))
        batch_op.create_index('ix_persons_by_name', ['sort_name', 'search_text'], unique=False)
    _fill_person_search_columns()



def _fold(text: str) -> str:
    """The registry's folding as of this revision (lower case, no accents), frozen here on purpose."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("\u2019", "'").split())


def _fill_person_search_columns() -> None:
    """Persons searched by name, code, and their household's code and address (new in this revision)."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT p.id, p.surname, p.name, p.codice_fiscale, h.code, d.street, d.house_number, d.neighbourhood "
            "FROM persons p LEFT JOIN households h ON p.household_id = h.id LEFT JOIN dwellings d ON h.dwelling_id = d.id"
        )
    ).all()
    for row in rows:
        parts = [row.surname, row.name, row.codice_fiscale or "", row.code or "", row.street or "", row.house_number or "", row.neighbourhood or ""]
        connection.execute(
            sa.text("UPDATE persons SET search_text = :text, sort_name = :name WHERE id = :id"),
            {"text": _fold(" ".join(p for p in parts if p)), "name": _fold(f"{row.surname} {row.name}"), "id": row.id},
        )


def downgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_by_name')
        batch_op.drop_column('sort_name')
        batch_op.drop_column('search_text')

    op.drop_table('visit_topics')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_visit_id'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_person_id'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_owner_id'))
        batch_op.drop_index('ix_follow_ups_open_by_due')
        batch_op.drop_index(batch_op.f('ix_follow_ups_household_id'))

    op.drop_table('follow_ups')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointments_person_id'))
        batch_op.drop_index('ix_appointments_by_office_and_time')

    op.drop_table('appointments')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_person_id'))
        batch_op.drop_index(batch_op.f('ix_visits_household_id'))
        batch_op.drop_index('ix_visits_by_time')
        batch_op.drop_index('ix_visits_by_operator_and_time')
        batch_op.drop_index('ix_visits_by_office_and_time')

    op.drop_table('visits')
    op.drop_table('participant_profiles')
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendances_session_id'))
        batch_op.drop_index(batch_op.f('ix_attendances_person_id'))

    op.drop_table('attendances')
    with op.batch_alter_table('activity_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_sessions_starts_at'))
        batch_op.drop_index(batch_op.f('ix_activity_sessions_activity_id'))

    op.drop_table('activity_sessions')
    op.drop_table('activity_partners')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activities_office_id'))

    op.drop_table('activities')
    op.drop_table('topics')
    op.drop_table('referral_services')
    op.drop_table('partner_organisations')
    op.drop_table('activity_types')
