"""ORM classes (SQLAlchemy 2 typed mappings) and the database opener. Nothing else lives here."""

from app.models.agencies import Agency, AgencyAlias, AgencyGroup, AgencyGroupAlias, AgencyGroupMember
from app.models.base import Base
from app.models.exchange import ExchangeEntry, ExchangeFile
from app.models.office import OfficeSetting, PeriodApproval, ReportSnapshot
from app.models.people import AuditEntry, User, UserAgency
from app.models.plans import (
    Assignment,
    Measurement,
    NodeDeadline,
    Plan,
    PlanBasis,
    PlanNode,
    PlanReportingRule,
    SourceDocument,
    Target,
)
from app.models.progress import AgencyReport, ProgressUpdate

__all__ = [
    "Agency", "AgencyAlias", "AgencyGroup", "AgencyGroupAlias", "AgencyGroupMember", "AgencyReport", "Assignment",
    "AuditEntry", "Base", "ExchangeEntry", "ExchangeFile", "Measurement", "NodeDeadline", "OfficeSetting",
    "PeriodApproval", "Plan", "PlanBasis",
    "PlanNode", "PlanReportingRule", "ProgressUpdate", "ReportSnapshot", "SourceDocument",
    "Target", "User", "UserAgency",
]
