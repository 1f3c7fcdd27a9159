"""Use cases over the database — the only code that writes to it.

`Services` bundles them for one database and one acting user; the composition root builds it
and hands it to the window or a subcommand.
"""

from __future__ import annotations

from app.models.database import Database
from app.models.lock_watch import WaitHook
from app.services.agencies import AgencyService
from app.services.approvals import ApprovalService
from app.services.audit import AuditService
from app.services.calendar import CalendarService
from app.services.exchange import ExchangeService
from app.services.import_review import ImportReviewService
from app.services.nodes import NodeService
from app.services.onboarding import OnboardingService
from app.services.plan_import import PlanImportService
from app.services.plans import PlanService
from app.services.progress import ProgressService
from app.services.register import RegisterService
from app.services.reports import ReportService
from app.services.search import SearchService
from app.services.targets import TargetService
from app.services.users import UserService


class Services:
    def __init__(self, database: Database, user: str = "clerk") -> None:
        self.database = database
        self.user = user
        self.plans = PlanService(database, user)
        self.nodes = NodeService(database, user)
        self.agencies = AgencyService(database, user)
        self.progress = ProgressService(database, user)
        self.targets = TargetService(database, user)
        self.reports = ReportService(database, user)
        self.register = RegisterService(database, user)
        self.exchange = ExchangeService(database, user)
        self.plan_import = PlanImportService(database, user)
        self.import_review = ImportReviewService(database, user)
        self.users = UserService(database, user)
        self.onboarding = OnboardingService(database, user)
        self.approvals = ApprovalService(database, user)
        self.audit = AuditService(database, user)
        self.search = SearchService(database)
        self.calendar = CalendarService(database)

    def watch_lock(self, hook: WaitHook | None) -> None:
        """The window's busy cursor: told before a write waits for another program's lock and
        when it is over (`Database.watch_lock`)."""
        self.database.watch_lock(hook)
