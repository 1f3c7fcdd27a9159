"""The office typed in the first-run assistant, its own plan and the agencies it counts (session 13's walk:
Ban Thường trực Ủy ban MTTQ xã Lương Minh and its plan of 12/01/2026, real2 34e1b68dd42b9936).

Before: the office was not in the directory, the plan's names for it (`Ban Thường trực Ủy ban MTTQ Việt Nam
xã`, `Ban Thường trực UBMTTQ xã`) and `Ủy ban nhân dân xã` came in as proposed agencies, the office was
listed as owing itself reports, and the progress report counted six unconfirmed names among the agencies that
had to report (`1/9 cơ quan, đơn vị … đã gửi báo cáo`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.periods import Period
from app.importers import import_plan_document
from app.services import Services
from app.services.progress import ProgressEntry
from app.services.reports.office import OfficeProfile
from app.services.reports.progress import ReportOptions
from app.services.task_states import lead_agency_ids

PLAN = Path(__file__).parents[2] / "fixtures" / "real2" / "34e1b68dd42b9936.txt"
OFFICE = OfficeProfile(issuing_body="Ban Thường trực Ủy ban MTTQ xã Lương Minh", place="Lương Minh",
                       parent_body="Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh", signer_authority="TM",
                       signer_authority_body="Ban Thường trực", signer_title="Chủ tịch", signer_name="Trần Văn Bình")
Q1 = Period.parse("2026-Q1")
AS_OF = date(2026, 3, 14)


@pytest.fixture
def walked(services: Services) -> tuple[Services, int, int]:
    """The assistant's two steps (the office, three agencies), then the office's own plan stored."""
    office = services.onboarding.save_office(OFFICE)
    services.onboarding.import_agencies(services.onboarding.parse_list(
        "Ủy ban nhân dân xã Lương Minh; Phường xã\nĐảng ủy xã Lương Minh; Đảng\nHội Nông dân xã Lương Minh; Đoàn thể"))
    _blocks, plan = import_plan_document(PLAN)
    outcome = services.plan_import.store(plan)
    return services, outcome.plan_id, office


def test_the_assistant_puts_the_office_in_the_directory(services: Services) -> None:
    office = services.onboarding.save_office(OFFICE)
    assert [(a.id, a.name, a.proposed) for a in services.agencies.list_agencies()] == [
        (office, OFFICE.issuing_body, False)]
    assert services.reports.office().issuing_body == OFFICE.issuing_body
    assert services.onboarding.save_office(OFFICE) == office  # stored again: the same agency, none added


def test_the_plans_names_for_its_issuer_are_the_office(walked: tuple[Services, int, int]) -> None:
    services, plan, office = walked
    proposed = {a.name for a in services.agencies.list_agencies() if a.proposed}
    assert not {"Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Ban Thường trực UBMTTQ xã", "Ủy ban nhân dân xã"} & proposed
    led = [v for v in services.plans.tree(plan, AS_OF) if v.kind == "task" and office in lead_agency_ids(v.assignees)]
    assert len(led) >= 5  # the tasks the plan gives `Ban Thường trực …` are the office's own
    view = services.register.register(plan, Q1, as_of=AS_OF)
    assert office not in view.register.agencies  # it owes itself no report


def test_the_office_is_never_its_own_addressee(walked: tuple[Services, int, int]) -> None:
    services, plan, _office = walked
    content = services.reports.progress(plan, Q1, AS_OF, ReportOptions(issued_on=date(2026, 3, 20)))
    assert content.letterhead.addressees == []
    letters = services.reports.reminders(plan, Q1, AS_OF, ReportOptions(issued_on=date(2026, 3, 20)))
    assert all(OFFICE.issuing_body not in letter.agency for letter in letters)


def test_names_the_directory_lacks_are_listed_never_counted(walked: tuple[Services, int, int]) -> None:
    """One rule for the register, the report's sentence and Phụ lục II: an unconfirmed name owes nothing."""
    services, plan, _office = walked
    agencies = {a.name: a for a in services.agencies.list_agencies()}
    commune = agencies["Ủy ban nhân dân xã Lương Minh"].id
    task = next(v for v in services.plans.tree(plan, AS_OF)
                if v.kind == "task" and commune in lead_agency_ids(v.assignees))
    services.progress.record(ProgressEntry(task.id, commune, "2026-Q1", "in_progress", 50, result="Đang triển khai.",
                                           reported_on=date(2026, 3, 10)), today=date(2026, 3, 10))
    view = services.register.register(plan, Q1, as_of=AS_OF)
    reg = view.register
    unconfirmed = reg.unconfirmed_in("2026-Q1")
    assert unconfirmed and set(unconfirmed) <= view.proposed  # listed (the clerk settles them from there) …
    assert all(not reg.cell(a, "2026-Q1").expected for a in unconfirmed)  # … never expected
    assert reg.total.expected == 1 and reg.total.received == 1  # the commune's UBND alone
    from app.services.register_sheet import register_sheet

    sheet = register_sheet(view)  # the printed register says so once, under its table
    assert sheet.note.endswith("Tên cơ quan chưa có trong danh bạ được liệt kê nhưng không tính là phải báo cáo.")
    assert all(cell == "—" for line in sheet.lines if line.name.endswith("(chưa có trong danh bạ)")
               for cell in line.cells)
    content = services.reports.progress(plan, Q1, AS_OF, ReportOptions(issued_on=date(2026, 3, 20)))
    assert [r.agency for r in content.agencies] == ["Ủy ban nhân dân xã Lương Minh"]
    assert content.unconfirmed == len(unconfirmed)
    from app.exporters.builders.progress import _agency_sentence

    sentence = _agency_sentence(content)
    assert sentence.startswith("Đến ngày 20/3/2026, 1/1 cơ quan, đơn vị phải báo cáo đã gửi báo cáo quý I năm 2026")
    assert sentence.count(f"Chưa tổng hợp tình hình gửi báo cáo của {len(unconfirmed)} cơ quan, tổ chức") == 1
    proposed_row = next(r for r in content.agency_rows if r.agency in {agencies[n].name for n in agencies
                                                                         if agencies[n].proposed})
    assert proposed_row.report == "-"  # Phụ lục II: owes no report


def test_a_body_above_that_shares_the_signing_words_is_not_the_office() -> None:
    """`TM. Ban Thường trực` signs for the office's Ban Thường trực, not for the province's."""
    from app.services.reports.progress import signs_for

    assert signs_for(OFFICE, "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh")
    assert not signs_for(OFFICE, "Ban Thường trực Ủy ban MTTQ tỉnh")
    party = OfficeProfile(issuing_body="Thành ủy Hà Nội", place="Hà Nội", signer_authority="TM",
                          signer_authority_body="Ban Thường vụ")
    assert signs_for(party, "Ban Thường vụ Thành ủy Hà Nội") and signs_for(party, "Ban Thường vụ Thành ủy")
    assert not signs_for(party, "Ban Thường vụ Tỉnh ủy Hà Nam")


def test_no_letter_goes_to_a_name_the_directory_lacks(walked: tuple[Services, int, int]) -> None:
    """A công văn đôn đốc `Kính gửi: Ủy ban bầu cử` (a proposed name) chased nobody the clerk had confirmed."""
    services, plan, _office = walked
    proposed = {a.name for a in services.agencies.list_agencies() if a.proposed}
    letters = services.reports.reminders(plan, Q1, AS_OF, ReportOptions(issued_on=date(2026, 3, 20)))
    assert not {letter.agency for letter in letters} & proposed


def test_the_workbooks_go_to_the_agencies_counted(walked: tuple[Services, int, int], tmp_path: Path) -> None:
    """By default the exchange writes a workbook to each agency the register expects, none to an unconfirmed name;
    the clerk may still name one."""
    services, plan, _office = walked
    agencies = {a.name: a for a in services.agencies.list_agencies()}
    files = services.exchange.export(plan, Q1, tmp_path / "all", as_of=AS_OF)
    assert [f.agency_name for f in files] == ["Ủy ban nhân dân xã Lương Minh"]
    named = next(a for a in agencies.values() if a.proposed and a.name == "Ủy ban bầu cử")
    assert len(services.exchange.export(plan, Q1, tmp_path / "one", agency_ids=[named.id], as_of=AS_OF)) == 1
