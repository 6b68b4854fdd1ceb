"""Role checks done in the service layer, so hiding a button is never the only protection (DESIGN 2)."""

from __future__ import annotations

from app.messages import Message, msg
from app.services.errors import PermissionDenied
from app.services.unit_of_work import Actor


def require_coordinator(actor: Actor, action: Message) -> None:
    if not actor.is_coordinator:
        raise PermissionDenied(msg("Solo un coordinatore può {action}.").fill(action=action))
