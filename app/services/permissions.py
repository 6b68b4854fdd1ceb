"""Role checks done in the service layer, so hiding a button is never the only protection (DESIGN 2)."""

from __future__ import annotations

from app.services.errors import PermissionDenied
from app.services.unit_of_work import Actor
from app.vocabulary import Role

ROLE_LABELS = {
    Role.OPERATOR: "operatore",
    Role.TENANT_MANAGER: "tenant manager",
    Role.COORDINATOR: "coordinatore",
}


def require_coordinator(actor: Actor, action: str) -> None:
    if not actor.is_coordinator:
        raise PermissionDenied(f"Solo un coordinatore può {action}.")
