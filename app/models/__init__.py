"""SQLAlchemy models, one module per aggregate; importing this package registers every table."""

from app.models.activity import Activity, ActivitySession, Attendance
from app.models.appointment import Appointment
from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.catalogue import (
    ActivityType,
    PartnerOrganisation,
    ReferralService,
    Topic,
)
from app.models.contribution import (
    Contribution,
    ContributionProgramme,
    OutreachContact,
    ProgrammeTerms,
    Receipt,
    ReceiptCounter,
)
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation
from app.models.office import Office, OpeningSlot
from app.models.operator import Operator, Site
from app.models.participant import ParticipantProfile
from app.models.person import Person
from app.models.repayment_plan import (
    DebtItem,
    PlanInstallment,
    PlanPayment,
    PlanStateChange,
    PlanSuspension,
    RepaymentPlan,
)
from app.models.setting import Setting
from app.models.visit import FollowUp, Visit

__all__ = [
    "Contribution",
    "ContributionProgramme",
    "OutreachContact",
    "ProgrammeTerms",
    "Receipt",
    "ReceiptCounter",
    "Activity",
    "ActivitySession",
    "ActivityType",
    "Appointment",
    "Attendance",
    "AuditEntry",
    "DebtItem",
    "PlanInstallment",
    "PlanPayment",
    "PlanStateChange",
    "PlanSuspension",
    "RepaymentPlan",
    "FollowUp",
    "ParticipantProfile",
    "PartnerOrganisation",
    "ReferralService",
    "Topic",
    "Visit",
    "Base",
    "Dwelling",
    "HolderChange",
    "Household",
    "IseeAttestation",
    "Office",
    "OpeningSlot",
    "Operator",
    "Person",
    "Setting",
    "Site",
]
