"""Privacy notices and the funder's participant data (:func:`fill_participants`): most persons seen were given
the notice and asked the questions at their first contact.
"""

from __future__ import annotations

import random
import uuid
from datetime import date

from app.demo.desk_context import DemoContext, Member
from app.demo.visits import VisitMade
from app.models.participant import ParticipantProfile
from app.models.person import Person
from app.services.local_time import local_day
from app.services.settings import read_setting
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import Answer, Education, LabourStatus

_EU_BIRTHPLACES = {"Z129"}
"""Among the demo's foreign origins only Romania is in the EU: the others make third-country nationals."""

PRIVACY_SHARE = 0.92
PROFILE_SHARE = 0.85


def fill_participants(uow: UnitOfWork, rng: random.Random, context: DemoContext, visits: list[VisitMade]) -> None:
    """Most persons seen were given the privacy notice and asked the funder's questions at their first
    contact (DESIGN 2.6, 2.7); the others are left for the desk to ask, as the quick entry would.

    Not through ``save_participant_profile``, which dates a new profile today. The notice's version is
    the one in the settings now."""
    session = uow.session
    version = read_setting(session, "privacy_notice_version")
    first_seen: dict[uuid.UUID, tuple[Member, date]] = {}
    for visit in sorted(visits, key=lambda v: v.started_at):
        if visit.person is not None and not visit.cancelled:
            first_seen.setdefault(visit.person.id, (visit.person, local_day(visit.started_at)))
    foreign_households = {
        family.id for desk in context.desks for family in desk.families if any(m.born_abroad for m in family.members)
    }
    profiles: list[ParticipantProfile] = []
    for member, day in first_seen.values():
        if rng.random() < PRIVACY_SHARE:
            person = session.get(Person, member.id)
            assert person is not None  # read from the registry just written
            person.privacy_notice_date = day
            person.privacy_notice_version = version
        if rng.random() < PROFILE_SHARE:
            profiles.append(_profile(rng, member, day, member.household_id in foreign_households))
    session.add_all(profiles)
    session.flush()


def _answer(rng: random.Random, yes: float, prefers_not: float) -> Answer:
    roll = rng.random()
    return Answer.YES if roll < yes else Answer.PREFERS_NOT if roll < yes + prefers_not else Answer.NO


def _profile(rng: random.Random, member: Member, day: date, foreign_family: bool) -> ParticipantProfile:
    """Plausible answers: pensioners inactive, more people with little schooling among the older and the
    foreign-born, a birthplace outside the EU making a third-country national (unless naturalised), and
    some "preferisce non rispondere" on the sensitive questions; a few items not asked yet."""
    age = member.age(day)
    if age >= 65:
        labour = LabourStatus.INACTIVE
    else:
        labour = rng.choices(list(LabourStatus), weights=(20, 15, 25, 40))[0]
    low_schooling = 70 if age >= 60 or member.born_abroad else 40
    education = rng.choices(list(Education), weights=(low_schooling, 85 - low_schooling, 15))[0]
    third_country = None
    if member.birthplace:
        outside_eu = member.born_abroad and member.birthplace not in _EU_BIRTHPLACES
        third_country = Answer.YES if outside_eu and rng.random() < 0.85 else Answer.NO
    return ParticipantProfile(
        person_id=member.id,
        recorded_on=day,
        labour_status=None if rng.random() < 0.06 else labour,
        education=None if rng.random() < 0.08 else education,
        third_country_national=third_country,
        foreign_background=Answer.YES if member.born_abroad or foreign_family else _answer(rng, 0.0, 0.04),
        minority=_answer(rng, 0.03, 0.12),
        disability=_answer(rng, 0.1, 0.1),
        homeless_or_excluded=_answer(rng, 0.02, 0.08),
    )
