"""SQLAlchemy models, one module per aggregate; importing this package registers every table."""

from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation, IseeKind, SapArea
from app.models.office import Office, OpeningSlot
from app.models.operator import Operator, Role, Site
from app.models.person import HouseholdRole, Person, Sex
from app.models.setting import Setting

__all__ = [
    "AuditEntry",
    "Base",
    "Dwelling",
    "HolderChange",
    "Household",
    "HouseholdRole",
    "IseeAttestation",
    "IseeKind",
    "Office",
    "OpeningSlot",
    "Operator",
    "Person",
    "Role",
    "SapArea",
    "Setting",
    "Sex",
    "Site",
]
