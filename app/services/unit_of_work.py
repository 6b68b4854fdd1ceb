"""One unit of work per user action (Cosmic Python's pattern), with the audit trail written by it.

Leaving the ``with`` block without :meth:`UnitOfWork.commit` rolls everything back. Before each flush the
unit of work stamps ``created_at``/``updated_at``/``site`` and writes an :class:`AuditEntry` for every
insert, update and delete, with the acting operator and the fields before and after (DESIGN 3): services
cannot forget to audit because they never do it themselves.

For the same reason the unit of work, not the service, says what a transaction changed (as Anki's
``OpChanges``): every audited row adds its model's ``change_kind``, and once the commit has succeeded
:attr:`UnitOfWork.changes` holds them and ``on_commit`` hears them. A service that lapses a plan and so
updates the household's arrears reports both plans and households without anyone having to remember it;
a rolled-back transaction reports nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import now_utc
from app.config import Paths
from app.messages import Message
from app.models.audit import AuditEntry
from app.models.base import Row
from app.services.errors import ServiceError
from app.store.audit_chain import GENESIS, ChainedEntry, entry_hash
from app.store.engine import IMMEDIATE
from app.vocabulary import AuditAction, Change, Role

REDACTED = "«nascosto»"
_CHANGES = "changes"
"""Session info key: the kinds of data flushed in the current transaction."""

OnCommit = Callable[[frozenset[Change]], None]


@dataclass(frozen=True)
class Actor:
    """Who acts: the logged-in operator, or the command line acting for an administrator."""

    operator_id: uuid.UUID | None
    name: str
    role: Role

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR


COMMAND_LINE = Actor(operator_id=None, name="riga di comando", role=Role.COORDINATOR)
"""The CLI is an administrator's tool: whoever can run it can already read and copy the database file."""


class Store:
    """The database this program works on and the laptop's site code, shared by every unit of work.

    ``paths`` is the laptop's home, whose identity file keeps the receipt numbers' high-water marks; the
    program always gives it (a store without it, in a test of the rules alone, keeps no marks).
    """

    def __init__(self, engine: Engine, site_code: str, paths: Paths | None = None) -> None:
        self.engine = engine
        self.site_code = site_code
        self.paths = paths
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._writing_sessions = sessionmaker(
            bind=engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )
        self.writes_stopped: Message | None = None
        """Why nothing more may be written (the background check found the file damaged), once it did."""

    def stop_writes(self, reason: Message) -> None:
        """From now on every writing unit of work is refused with ``reason``; reading goes on, so the
        operator can still look things up while the remedy is prepared."""
        self.writes_stopped = reason

    def session(self, *, write: bool) -> Session:
        return (self._writing_sessions if write else self._sessions)()


class UnitOfWork:
    """``with UnitOfWork(store, actor) as uow: ...; uow.commit()``.

    A writing unit of work takes SQLite's write lock when its transaction begins (``BEGIN IMMEDIATE``), so
    two laptops or processes never interleave a read-then-write (the receipt counter depends on it).
    Read-only views pass ``write=False``.
    """

    def __init__(self, store: Store, actor: Actor, *, write: bool = True, on_commit: OnCommit | None = None) -> None:
        self.store = store
        self.actor = actor
        self.write = write
        self.changes: frozenset[Change] = frozenset()
        """The kinds of data committed by this unit of work so far."""
        self._on_commit = on_commit
        self._after_commit: list[Callable[[], None]] = []
        self._unannounced: frozenset[Change] = frozenset()
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its with block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        if self.write and self.store.writes_stopped is not None:
            raise WritesStopped(self.store.writes_stopped)
        self._session = self.store.session(write=self.write)
        self._session.info["audit"] = (self.actor, self.store.site_code)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        # close() rolls back whatever was not committed and detaches the objects without expiring them,
        # so plain values read inside the block stay readable after it
        self.session.close()
        self._session = None
        self._after_commit = []
        unannounced, self._unannounced = self._unannounced, frozenset()
        if unannounced and self._on_commit is not None:
            self._on_commit(unannounced)

    def commit(self) -> None:
        """Commits; what was committed is announced to ``on_commit`` when the block ends (the session
        closed), even if the block then fails: committed data are there to be shown."""
        session = self.session
        session.commit()
        after, self._after_commit = self._after_commit, []
        for action in after:
            action()
        committed = frozenset(session.info.pop(_CHANGES, ()))
        self.changes |= committed
        self._unannounced |= committed


    def record_opening(self, table: str, record_id: uuid.UUID) -> None:
        """Writes in the audit trail that the acting operator opened the record to read it (a household's
        page), so a coordinator can say who looked at whose data; committed with :meth:`commit`."""
        self.session.add(
            AuditEntry(
                id=uuid.uuid4(),
                at=now_utc(),
                operator_id=self.actor.operator_id,
                operator_name=self.actor.name,
                site=self.store.site_code,
                entity=table,
                entity_id=str(record_id),
                action=AuditAction.OPEN,
                changes="{}",
            )
        )

    def after_commit(self, action: Callable[[], None]) -> None:
        """``action`` runs once the transaction under way has committed, never if it rolls back (records
        kept outside the database, such as the receipt numbers' high-water marks)."""
        self._after_commit.append(action)


@event.listens_for(Session, "after_rollback")
def _forget_changes(session: Session) -> None:
    session.info.pop(_CHANGES, None)


@event.listens_for(Session, "before_flush")
def _stamp_and_audit(session: Session, _context: Any, _instances: Any) -> None:
    audit = session.info.get("audit")
    if audit is None:
        return
    actor, site = audit
    moment = now_utc()
    changed: set[Change] = session.info.setdefault(_CHANGES, set())
    entries: list[AuditEntry] = []
    new_rows = [obj for obj in session.new if isinstance(obj, Row)]
    for obj in new_rows:
        if obj.id is None:
            obj.id = uuid.uuid4()
    from_parents = _keys_from_parents(session)
    for obj in new_rows:
        obj.created_at = obj.created_at or moment
        obj.updated_at = moment
        obj.site = site
        entries.append(_entry(obj, AuditAction.INSERT, _inserted_values(obj, from_parents.get(id(obj), {})), actor, site, moment))
        changed.add(obj.change_kind)
    for obj in list(session.dirty):
        if isinstance(obj, Row) and session.is_modified(obj):
            changes = _changed_values(obj)
            if changes:
                obj.updated_at = moment
                obj.site = site
                entries.append(_entry(obj, AuditAction.UPDATE, changes, actor, site, moment))
                changed.add(obj.change_kind)
    for obj in list(session.deleted):
        if isinstance(obj, Row):
            entries.append(_entry(obj, AuditAction.DELETE, _deleted_values(obj), actor, site, moment))
            changed.add(obj.change_kind)
        elif isinstance(obj, AuditEntry):
            raise AppendOnly("audit entries are never deleted")
    for obj in list(session.dirty):
        if isinstance(obj, AuditEntry) and session.is_modified(obj):
            raise AppendOnly("audit entries are never updated")
    entries.extend(obj for obj in session.new if isinstance(obj, AuditEntry) and obj.sequence is None)
    if entries:
        _chain(session, site, entries)
    session.add_all(entries)


class WritesStopped(ServiceError):
    """The store refuses every write: the file was found damaged after it was opened (issue 10, point 5)."""


class AppendOnly(RuntimeError):
    """A programming error: the audit trail only grows (issue 10)."""


def _chain(session: Session, site: str, entries: list[AuditEntry]) -> None:
    """Numbers the new entries after the site's last one and chains each onto the one before. Writing
    transactions take the write lock at their start, so no other writer numbers entries meanwhile."""
    with session.no_autoflush:
        last = session.execute(
            select(AuditEntry.sequence, AuditEntry.entry_hash)
            .where(AuditEntry.site == site)
            .order_by(AuditEntry.sequence.desc())
            .limit(1)
        ).first()
    sequence, previous = (last.sequence, last.entry_hash) if last else (0, GENESIS)
    for entry in entries:
        sequence += 1
        entry.sequence = sequence
        entry.previous_hash = previous
        entry.entry_hash = entry_hash(
            ChainedEntry(
                site=entry.site,
                sequence=sequence,
                previous_hash=previous,
                at=entry.at,
                operator_id=str(entry.operator_id) if entry.operator_id else None,
                operator_name=entry.operator_name,
                entity=entry.entity,
                entity_id=entry.entity_id,
                action=entry.action,
                changes=entry.changes,
            )
        )
        previous = entry.entry_hash


_STAMPS = {"created_at", "updated_at", "site"}


def _columns(obj: Row) -> list[Any]:
    return [column for column in inspect(type(obj)).column_attrs if column.key not in _STAMPS]


def _shown(column: Any, value: Any) -> Any:
    if any(c.info.get("audit") == "redact" for c in column.columns):
        return REDACTED
    return _plain(value)


def _links(obj: Row) -> list[Any]:
    """Many-to-many links kept in an association table (a visit's topics): the table has no rows of its
    own to audit, so the change is recorded on the owning row as the sorted ids of the linked rows."""
    return [r for r in inspect(type(obj)).relationships if r.secondary is not None and not r.viewonly]


def _ids(rows: Any) -> list[str]:
    return sorted(str(row.id) for row in rows)


def _inserted_values(obj: Row, from_parent: dict[str, Any]) -> dict[str, list[Any]]:
    _apply_column_defaults(obj)
    values = {c.key: getattr(obj, c.key) for c in _columns(obj)}
    values.update(_keys_from_relationships(obj, values))
    values.update({key: value for key, value in from_parent.items() if values.get(key) is None})
    inserted = {c.key: [None, _shown(c, values[c.key])] for c in _columns(obj) if values[c.key] is not None}
    for link in _links(obj):
        linked = getattr(obj, link.key)
        if linked:
            inserted[link.key] = [None, _ids(linked)]
    return inserted


def _apply_column_defaults(obj: Row) -> None:
    """Sets the columns left unset to their defaults now rather than at the INSERT, so that the audit entry
    records the value the row gets (``assessment_note = ""``), not a missing one."""
    for column in _columns(obj):
        if getattr(obj, column.key) is not None:
            continue
        default = column.columns[0].default
        if default is None:
            continue
        if default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default.is_callable:
            setattr(obj, column.key, default.arg(None))


def _keys_from_relationships(obj: Row, values: dict[str, Any]) -> dict[str, Any]:
    """Foreign keys that the flush will copy from a related object (``office.slots.append(slot)``)."""
    found: dict[str, Any] = {}
    for relationship in inspect(type(obj)).relationships:
        if relationship.direction.name != "MANYTOONE":
            continue
        target = getattr(obj, relationship.key)
        if target is None:
            continue
        for local, remote in relationship.local_remote_pairs:
            key = inspect(type(obj)).get_property_by_column(local).key
            if values.get(key) is None:
                found[key] = getattr(target, inspect(type(target)).get_property_by_column(remote).key)
    return found


def _keys_from_parents(session: Session) -> dict[int, dict[str, Any]]:
    """Foreign keys that the flush will copy from a parent whose collection a new row was added to
    (``plan.debt_items.append(item)``, where the item has no relationship back to its plan), by the
    ``id()`` of the new row: the parent is new or dirty, and its collection's history names the row."""
    found: dict[int, dict[str, Any]] = {}
    for parent in [*session.new, *session.dirty]:
        if not isinstance(parent, Row):
            continue
        state = inspect(parent)
        for relationship in state.mapper.relationships:
            if relationship.direction.name != "ONETOMANY" or relationship.viewonly or relationship.secondary is not None:
                continue
            if relationship.key not in state.dict:
                continue
            added = state.attrs[relationship.key].history.added
            for child in added:
                keys = found.setdefault(id(child), {})
                for local, remote in relationship.local_remote_pairs:
                    key = inspect(type(child)).get_property_by_column(remote).key
                    keys[key] = getattr(parent, state.mapper.get_property_by_column(local).key)
    return found


def _deleted_values(obj: Row) -> dict[str, list[Any]]:
    return {c.key: [_shown(c, getattr(obj, c.key)), None] for c in _columns(obj)}


def _changed_values(obj: Row) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for column in _columns(obj):
        history = state.attrs[column.key].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before != after:
            changes[column.key] = [_shown(column, before), _shown(column, after)]
    for link in _links(obj):
        history = state.attrs[link.key].history
        if history.added or history.deleted:
            kept = list(history.unchanged)
            before_ids, after_ids = _ids([*kept, *history.deleted]), _ids([*kept, *history.added])
            if before_ids != after_ids:
                changes[link.key] = [before_ids, after_ids]
    return changes


def _entry(obj: Row, action: AuditAction, changes: dict[str, list[Any]], actor: Actor, site: str, moment: datetime) -> AuditEntry:
    return AuditEntry(
        id=uuid.uuid4(),
        at=moment,
        operator_id=actor.operator_id,
        operator_name=actor.name,
        site=site,
        entity=type(obj).__tablename__,
        entity_id=str(obj.id),
        action=action,
        changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
    )


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a column value for the audit record."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value
