"""SQLAlchemy models, one module per aggregate; importing this package registers every table."""

from app.models.activity import Activity, ActivitySession, Attendance
from app.models.appointment import Appointment, AppointmentStatus
from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.contribution import (
    ArrearsRule,
    CapPeriod,
    Contribution,
    ContributionProgramme,
    ContributionState,
    InformedWay,
    OutreachContact,
    ProgrammeTerms,
    Receipt,
    ReceiptCounter,
    ReceiptMethod,
    StampDuty,
)
from app.models.catalogue import ActivityType, PartnerOrganisation, ReferralService, Topic
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation, IseeKind, SapArea
from app.models.office import Office, OpeningSlot
from app.models.operator import Operator, Role, Site
from app.models.participant import Answer, Education, LabourStatus, ParticipantProfile
from app.models.person import HouseholdRole, Person, Sex
from app.models.repayment_plan import (
    DebtItem,
    DebtKind,
    PaymentMethod,
    PlanInstallment,
    PlanPayment,
    PlanState,
    PlanStateChange,
    PlanSuspension,
    RepaymentPlan,
)
from app.models.setting import Setting
from app.models.visit import AgeBracket, Channel, FollowUp, Visit

__all__ = [
    "ArrearsRule",
    "CapPeriod",
    "Contribution",
    "ContributionProgramme",
    "ContributionState",
    "InformedWay",
    "OutreachContact",
    "ProgrammeTerms",
    "Receipt",
    "ReceiptCounter",
    "ReceiptMethod",
    "StampDuty",
    "Activity",
    "ActivitySession",
    "ActivityType",
    "AgeBracket",
    "Answer",
    "Appointment",
    "AppointmentStatus",
    "Attendance",
    "AuditEntry",
    "DebtItem",
    "DebtKind",
    "PaymentMethod",
    "PlanInstallment",
    "PlanPayment",
    "PlanState",
    "PlanStateChange",
    "PlanSuspension",
    "RepaymentPlan",
    "Channel",
    "Education",
    "FollowUp",
    "LabourStatus",
    "ParticipantProfile",
    "PartnerOrganisation",
    "ReferralService",
    "Topic",
    "Visit",
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
