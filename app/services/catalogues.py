"""The configurable lists the desk picks from: visit topics, referral services, activity types, partners.

Coordinators edit them (enforced here). An item that has been used is retired, not deleted, so that old
records keep their meaning; a retired item is no longer offered for new records.

Seeding. The lists are seeded once per database, with DESIGN 2.1's topics and the project's services and
activity types: on a new database by the first run (:func:`app.services.first_run.prepare_new_database`),
on a database made before the lists existed at the next start (:func:`app.services.first_run.add_missing_seeds`,
called by the GUI's composition root and by ``portierato demo``). A marker row in the settings table says
the seeds were applied, so an item a coordinator deleted never comes back. Seeded items have ids derived
from their name (UUID 5), so laptops that seeded on their own hold the same rows and merge without
duplicates (DESIGN 6).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

import app.models  # noqa: F401  (every table registered: an item is "used" by any row of any table that refers to it)
from app.messages import msg
from app.models.base import Base
from app.models.catalogue import ActivityType, CatalogueItem, PartnerOrganisation, ReferralService, Topic
from app.models.setting import Setting
from app.services.errors import NotFound, ValidationFailed
from app.services.permissions import require_coordinator
from app.services.registry.text_search import fold
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import CatalogueKind

_MODELS: dict[CatalogueKind, type[CatalogueItem]] = {
    CatalogueKind.TOPICS: Topic,
    CatalogueKind.REFERRAL_SERVICES: ReferralService,
    CatalogueKind.ACTIVITY_TYPES: ActivityType,
    CatalogueKind.PARTNERS: PartnerOrganisation,
}

SEEDS: dict[CatalogueKind, tuple[str, ...]] = {
    CatalogueKind.TOPICS: (
        "Inserimento nuovi assegnatari (colloquio, regole condominiali, accoglienza)",
        "Aggiornamento Anagrafe Utenza",
        "Contributo di solidarietà",
        "Orientamento ai servizi del territorio (CPAC, spazi compiti...)",
        "Piano di rientro / morosità",
        "Contributo riscaldamento L.1",
        "Manutenzione e segnalazioni all'ente gestore",
        "Conflitti di vicinato / mediazione",
        "Mediazione interculturale",
        "Alfabetizzazione digitale / pratiche online (SPID, PagoPA, moduli)",
        "Alfabetizzazione linguistica",
        "Ascolto e orientamento",
        "Partecipazione a eventi, assemblee, laboratori",
        "Altro",
    ),
    CatalogueKind.REFERRAL_SERVICES: (
        "Servizi Sociali",
        "CPAC",
        "Spazio compiti",
        "Ente gestore (ALER)",
        "CAF / Patronato",
        "Centro per l'impiego",
        "Reti sociali di quartiere",
        "Servizi sanitari (medico, consultorio)",
        "Altro",
    ),
    CatalogueKind.ACTIVITY_TYPES: (
        "Assemblea di condominio",
        "Laboratorio",
        "Corso",
        "Evento / clean-up",
        "Evento culturale",
        "Riunione di rete di quartiere",
    ),
    CatalogueKind.PARTNERS: (),
}
"""DESIGN 2.1 (topics, in its order) and source 001 (services, activities). Partners are the desk's own."""

SEED_MARKER = "seeded.catalogues"
"""Key of the settings row that records the seeding (not a declared setting: nobody edits it)."""
_SEED_NAMESPACE = uuid.UUID("5b1f0c52-3d1e-4c4e-9a57-6f1e2a0d9c11")

NAME_LENGTH = 120
PARTNER_KIND_LENGTH = 80
PARTNER_CONTACT_LENGTH = 200


@dataclass(frozen=True)
class CatalogueItemView:
    id: uuid.UUID
    name: str
    position: int
    retired: bool
    kind_label: str = ""
    """Partners only: what kind of organisation (scuola, associazione, parrocchia...)."""
    contact: str = ""
    """Partners only: a person, phone or e-mail to reach them."""


def seed_id(kind: CatalogueKind, name: str) -> uuid.UUID:
    return uuid.uuid5(_SEED_NAMESPACE, f"{kind.value}:{name}")


def catalogues_seeded(session: Session) -> bool:
    return session.scalar(select(Setting.id).where(Setting.key == SEED_MARKER)) is not None


def seed_catalogues(uow: UnitOfWork) -> bool:
    """Adds the seed items once per database, inside the caller's transaction; ``False`` when already done.

    An item whose name is already taken (compared folded) is not added twice."""
    session = uow.session
    if catalogues_seeded(session):
        return False
    for kind, names in SEEDS.items():
        model = _MODELS[kind]
        taken = {fold(name) for name in session.scalars(select(model.name))}
        position = _next_position(session, model)
        for name in names:
            if fold(name) in taken:
                continue
            session.add(model(id=seed_id(kind, name), name=name, position=position, retired=False))
            position += 1
    session.add(Setting(key=SEED_MARKER, value="1"))
    return True


# --- reading -----------------------------------------------------------------------------------------


def list_items(uow: UnitOfWork, kind: CatalogueKind, *, include_retired: bool = False) -> list[CatalogueItemView]:
    """In the coordinator's order; without the retired items unless asked (the settings screen asks)."""
    model = _MODELS[kind]
    query = select(model).order_by(model.position, model.name)
    if not include_retired:
        query = query.where(model.retired.is_(False))
    with uow:
        return [_view(item) for item in uow.session.scalars(query)]


def _view(item: CatalogueItem) -> CatalogueItemView:
    if isinstance(item, PartnerOrganisation):
        return CatalogueItemView(item.id, item.name, item.position, item.retired, item.kind, item.contact)
    return CatalogueItemView(item.id, item.name, item.position, item.retired)


# --- writing (coordinator only) ----------------------------------------------------------------------


def add_item(
    uow: UnitOfWork, kind: CatalogueKind, name: str, *, kind_label: str = "", contact: str = ""
) -> uuid.UUID:
    """A new item at the end of the list. ``kind_label`` and ``contact`` are for partners only."""
    require_coordinator(uow.actor, msg("modificare gli elenchi"))
    model = _MODELS[kind]
    errors: dict[str, str] = {}
    clean = _clean_name(name, errors)
    extra = _partner_fields(kind, kind_label, contact, errors)
    with uow:
        session = uow.session
        _check_name_free(session, model, clean, None, errors)
        if errors:
            raise ValidationFailed(errors)
        item = model(id=uuid.uuid4(), name=clean, position=_next_position(session, model), retired=False, **extra)
        session.add(item)
        uow.commit()
        return item.id


def rename_item(
    uow: UnitOfWork,
    kind: CatalogueKind,
    item_id: uuid.UUID,
    name: str,
    *,
    kind_label: str | None = None,
    contact: str | None = None,
) -> None:
    """A new name shows on old records too (they refer to the item): for a different meaning, add an item
    and retire this one. For partners ``kind_label`` and ``contact`` change when given."""
    require_coordinator(uow.actor, msg("modificare gli elenchi"))
    model = _MODELS[kind]
    errors: dict[str, str] = {}
    clean = _clean_name(name, errors)
    with uow:
        session = uow.session
        item = _item(session, kind, item_id)
        extra = _partner_fields(
            kind,
            kind_label if kind_label is not None else getattr(item, "kind", ""),
            contact if contact is not None else getattr(item, "contact", ""),
            errors,
        )
        _check_name_free(session, model, clean, item.id, errors)
        if errors:
            raise ValidationFailed(errors)
        for attribute, value in {"name": clean, **extra}.items():
            if getattr(item, attribute) != value:
                setattr(item, attribute, value)
        uow.commit()


def set_retired(uow: UnitOfWork, kind: CatalogueKind, item_id: uuid.UUID, retired: bool) -> None:
    """A retired item stays on the records that use it and is no longer offered for new ones."""
    require_coordinator(uow.actor, msg("modificare gli elenchi"))
    with uow:
        item = _item(uow.session, kind, item_id)
        if item.retired != retired:
            item.retired = retired
        uow.commit()


def delete_item(uow: UnitOfWork, kind: CatalogueKind, item_id: uuid.UUID) -> None:
    """Only an item that nothing refers to (typed by mistake); a used one is retired instead."""
    require_coordinator(uow.actor, msg("modificare gli elenchi"))
    with uow:
        session = uow.session
        item = _item(session, kind, item_id)
        if _in_use(session, _MODELS[kind], item.id):
            raise ValidationFailed(
                {
                    "item": msg("«{name}» è già stato usato: non si può eliminare. Ritirarlo, così resta nei dati registrati e non viene più proposto.").fill(name=item.name)
                }
            )
        session.delete(item)
        uow.commit()


def move_item(uow: UnitOfWork, kind: CatalogueKind, item_id: uuid.UUID, position: int) -> None:
    """Moves the item to ``position`` (0 is the first) in the whole list, retired items included, and
    renumbers the list 0, 1, 2... The order is the order of the forms (and of the topic keys)."""
    require_coordinator(uow.actor, msg("modificare gli elenchi"))
    model = _MODELS[kind]
    with uow:
        session = uow.session
        item = _item(session, kind, item_id)
        items = [other for other in session.scalars(select(model).order_by(model.position, model.name)) if other.id != item.id]
        items.insert(max(0, min(position, len(items))), item)
        for index, other in enumerate(items):
            if other.position != index:
                other.position = index
        uow.commit()


# --- helpers -----------------------------------------------------------------------------------------


def catalogue_item(session: Session, kind: CatalogueKind, item_id: uuid.UUID) -> CatalogueItem | None:
    """For services that check a chosen item (exists, not retired) inside their own transaction."""
    return session.get(_MODELS[kind], item_id)


def _item(session: Session, kind: CatalogueKind, item_id: uuid.UUID) -> CatalogueItem:
    item = catalogue_item(session, kind, item_id)
    if item is None:
        raise NotFound(msg("Voce dell'elenco non trovata."))
    return item


def _next_position(session: Session, model: type[CatalogueItem]) -> int:
    highest = session.scalar(select(func.max(model.position)))
    return 0 if highest is None else highest + 1


def _clean_name(name: str, errors: dict[str, str]) -> str:
    clean = " ".join(name.split())
    if not clean:
        errors["name"] = msg("Nome: campo obbligatorio.")
    elif len(clean) > NAME_LENGTH:
        errors["name"] = msg("Nome: al massimo {maximum} caratteri (ora {count}).").fill(maximum=NAME_LENGTH, count=len(clean))
    return clean


def _partner_fields(kind: CatalogueKind, kind_label: str, contact: str, errors: dict[str, str]) -> dict[str, str]:
    if kind is not CatalogueKind.PARTNERS:
        return {}
    label, reach = " ".join(kind_label.split()), contact.strip()
    if len(label) > PARTNER_KIND_LENGTH:
        errors["kind_label"] = msg("Tipo di organizzazione: al massimo {maximum} caratteri.").fill(maximum=PARTNER_KIND_LENGTH)
    if len(reach) > PARTNER_CONTACT_LENGTH:
        errors["contact"] = msg("Contatto: al massimo {maximum} caratteri.").fill(maximum=PARTNER_CONTACT_LENGTH)
    return {"kind": label, "contact": reach}


def _check_name_free(
    session: Session, model: type[CatalogueItem], name: str, item_id: uuid.UUID | None, errors: dict[str, str]
) -> None:
    if not name:
        return
    wanted = fold(name)
    for other_id, other_name in session.execute(select(model.id, model.name)):
        if other_id != item_id and fold(other_name) == wanted:
            errors["name"] = msg("Nome: «{name}» è già nell'elenco (anche se ritirato: in quel caso riattivarlo).").fill(name=other_name)
            return


def _in_use(session: Session, model: type[CatalogueItem], item_id: uuid.UUID) -> bool:
    """Whether any row of any table refers to the item, found from the schema's foreign keys, so a table
    added later (by another feature) is covered without being listed here."""
    target = model.__table__
    for table in Base.metadata.tables.values():
        for key in table.foreign_keys:
            if key.column.table is target and session.scalar(select(exists().where(key.parent == item_id))):
                return True
    return False
