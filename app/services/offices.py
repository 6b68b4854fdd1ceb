"""Help desks and their opening hours: seeded on first run, then edited by coordinators."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.messages import Message, joined, msg
from app.models.office import Office, OpeningSlot
from app.services.errors import NotFound, ValidationFailed
from app.services.permissions import require_coordinator
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import WEEKDAYS


@dataclass(frozen=True)
class Slot:
    weekday: int
    starts: time
    ends: time

    def label(self) -> Message:
        return msg("{weekday} {starts}-{ends}").fill(weekday=WEEKDAYS[self.weekday], starts=f"{self.starts:%H:%M}", ends=f"{self.ends:%H:%M}")


@dataclass(frozen=True)
class OfficeView:
    code: str
    name: str
    address: str
    active: bool
    slots: tuple[Slot, ...]

    def opening_label(self) -> Message:
        return joined((slot.label() for slot in self.slots), ", ") if self.slots else msg("nessun orario")


SEED_OFFICES = (
    OfficeView("CEL", "Celadina", "via Pizzo Tre Signori 2, Bergamo", True, (Slot(2, time(9), time(12)),)),
    OfficeView("COL", "Colognola", "via Carlo Alberto 23, Bergamo", True, (Slot(1, time(9), time(12)),)),
    OfficeView(
        "LAZ", "Conca Fiorita - Lazzaretto", "Lazzaretto, Bergamo", True, (Slot(3, time(14), time(17)),)
    ),
)
"""The three desks of the project (DESIGN 1, source 001)."""


def seed_offices(uow: UnitOfWork) -> None:
    """Adds the project's desks that are missing; run inside the first-run transaction."""
    existing = set(uow.session.scalars(select(Office.code)))
    for seed in SEED_OFFICES:
        if seed.code not in existing:
            office = Office(code=seed.code, name=seed.name, address=seed.address, active=True)
            office.slots = [OpeningSlot(weekday=s.weekday, starts=s.starts, ends=s.ends) for s in seed.slots]
            uow.session.add(office)


def _view(office: Office) -> OfficeView:
    return OfficeView(
        code=office.code,
        name=office.name,
        address=office.address,
        active=office.active,
        slots=tuple(Slot(s.weekday, s.starts, s.ends) for s in office.slots),
    )


def list_offices(uow: UnitOfWork, *, include_inactive: bool = False) -> list[OfficeView]:
    with uow:
        query = select(Office).options(selectinload(Office.slots)).order_by(Office.code)
        if not include_inactive:
            query = query.where(Office.active.is_(True))
        return [_view(office) for office in uow.session.scalars(query)]


def office_by_code(uow: UnitOfWork, code: str) -> Office:
    office = uow.session.scalars(select(Office).where(Office.code == code)).one_or_none()
    if office is None:
        raise NotFound(msg("Lo sportello {code} non esiste.").fill(code=code))
    return office


def check_slots(slots: list[Slot]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for index, slot in enumerate(slots, start=1):
        if not 0 <= slot.weekday <= 6:
            errors["slots"] = msg("Orario {index}: giorno non valido.").fill(index=index)
        elif slot.starts >= slot.ends:
            errors["slots"] = msg("Orario {index} ({weekday}): l'inizio deve precedere la fine.").fill(index=index, weekday=WEEKDAYS[slot.weekday])
    ordered = sorted(slots, key=lambda s: (s.weekday, s.starts))
    for before, after in zip(ordered, ordered[1:]):
        if before.weekday == after.weekday and after.starts < before.ends:
            errors["slots"] = msg("Due orari di {weekday} si sovrappongono.").fill(weekday=WEEKDAYS[before.weekday])
    return errors


def save_office(uow: UnitOfWork, view: OfficeView, *, new: bool = False) -> None:
    """Creates (``new=True``) or updates a desk with its weekly slots. Coordinator only."""
    require_coordinator(uow.actor, msg("modificare gli sportelli"))
    errors = check_slots(list(view.slots))
    code = view.code.strip().upper()
    if not code or not code.isalnum() or len(code) > 8:
        errors["code"] = msg("Codice: da 1 a 8 lettere o cifre, senza spazi.")
    if not view.name.strip():
        errors["name"] = msg("Nome: campo obbligatorio.")
    if errors:
        raise ValidationFailed(errors)
    with uow:
        if new:
            if uow.session.scalars(select(Office).where(Office.code == code)).first() is not None:
                raise ValidationFailed({"code": msg("Codice: esiste già uno sportello {code}.").fill(code=code)})
            office = Office(code=code, name="", address="")
            uow.session.add(office)
        else:
            office = office_by_code(uow, code)
        office.name = view.name.strip()
        office.address = view.address.strip()
        office.active = view.active
        current = {(s.weekday, s.starts, s.ends): s for s in office.slots}
        wanted = {(s.weekday, s.starts, s.ends) for s in view.slots}
        for key, slot in current.items():
            if key not in wanted:
                office.slots.remove(slot)
        for key in wanted - set(current):
            office.slots.append(OpeningSlot(weekday=key[0], starts=key[1], ends=key[2]))
        uow.commit()


_DAY_PREFIXES = (
    ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
    ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
)
"""How a day's name begins, in Italian and in English: the openings are typed in the interface's language."""
_SLOT_LINE = re.compile(r"^(?P<day>[a-zìé]+)\s+(?P<start>\d{1,2}(?:[:.]\d{2})?)\s*-\s*(?P<end>\d{1,2}(?:[:.]\d{2})?)$")


def parse_slots(text: str) -> list[Slot]:
    """One opening per line, as people write it: ``mercoledì 9:00-12:00`` (also ``mer 9-12``, ``wed 9-12``)."""
    slots: list[Slot] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = " ".join(raw.lower().split())
        if not line:
            continue
        match = _SLOT_LINE.match(line)
        day = match.group("day")[:3] if match else ""
        weekday = next((names.index(day) for names in _DAY_PREFIXES if day in names), None)
        if not match or weekday is None:
            raise ValidationFailed({"slots": msg("Riga {number}: scrivere per esempio «mercoledì 9:00-12:00».").fill(number=number)})
        try:
            starts, ends = _clock_time(match.group("start")), _clock_time(match.group("end"))
        except ValueError:
            raise ValidationFailed({"slots": msg("Riga {number}: orario non valido.").fill(number=number)}) from None
        slots.append(Slot(weekday, starts, ends))
    return slots


def _clock_time(text: str) -> time:
    hours, _, minutes = text.replace(".", ":").partition(":")
    return time(int(hours), int(minutes or 0))
