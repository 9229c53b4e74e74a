"""The package as an award office asks for it: a cover naming the award and the applicant (not
our cycle or profile), a 申报表 filled from the organisation's particulars, a 承诺书 to sign
and seal, a 推荐意见 page when the award wants one, the parts in the award's order, and the
证实性材料 listed by the kinds the award requires, missing kinds flagged."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from builders import CYCLE, ORG, new_project
from pdfs import export

from excellence_app.core.awards import AwardProfile, EvidenceKind
from excellence_app.core.errors import InvalidValue
from excellence_app.core.organisation import OrgDetails, credit_code_problem
from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.project import ProjectService

CODE = "91350100M000100Y43"  # the example of GB 32100-2015 itself
DETAILS = OrgDetails(
    credit_code=CODE,
    legal_rep="王立新",
    address="福建省福州市鼓楼区示例路 1 号",
    postcode="350001",
    founded=1998,
    employees=860,
    revenue=52300.5,
    products="精密齿轮箱",
    certifications="ISO 9001、ISO 14001",
    industry="通用设备制造业",
    ownership="民营",
    assets=81200,
    profit=-350.5,
    tax=1260,
    honours="2023年福州市市长质量奖提名奖",
    contact="李敏",
    phone="0591-87654321",
    email="lm@example.com",
)
OFFICE = AwardProfile(
    id="fz",
    name="福州市政府质量奖",
    profile_chars=3000,
    report_chars=30000,
    body_size="小四",
    parts=("cover", "pledge", "form", "recommendation", "toc", "report", "evidence"),
    evidence_kinds=(
        EvidenceKind(key="licence", name="营业执照"),
        EvidenceKind(key="audit", name="近三年审计报告", count=3),
    ),
    pledge="本单位申报{award}，所报材料真实有效。",
)


@pytest.fixture
def svc(tmp_path: Path):
    with new_project(tmp_path / "p.exa") as svc:
        yield svc


def _office(svc: ProjectService) -> int:
    svc.set_org_details(DETAILS)
    svc.save_award_profile(OFFICE)
    cycle = svc.cycles.all()[0].id
    svc.cycles.set_cycle_award(cycle, "fz")
    svc.content.set_response(cycle, "4.1.2a", "董事长主持制定使命和愿景。", status="done")
    svc.evidence.attach_evidence(
        cycle,
        "营业执照（副本）.pdf",
        b"%PDF-1.4 licence",
        links=[EvidenceLink("4.1.3", "4.1.3a")],
        kind="licence",
    )
    svc.evidence.attach_evidence(cycle, "审计报告2025.pdf", b"%PDF-1.4 audit", kind="audit")
    svc.evidence.attach_evidence(
        cycle, "质量手册.pdf", b"%PDF-1.4 manual", links=[EvidenceLink("4.1.2", "4.1.2a")]
    )
    return cycle


def test_the_credit_code_is_checked_as_gb_32100_says(svc: ProjectService) -> None:
    assert credit_code_problem(CODE) is None
    assert credit_code_problem(CODE[:-1] + "4") == (
        "校验位不符（应为 3），请核对",
        "the check character should be 3",
    )
    assert credit_code_problem("91350100M000100Y4")[0] == "应为 18 位，实为 17 位"
    with pytest.raises(ValueError):
        OrgDetails(credit_code="91350100M000100Y4I")
    svc.set_org_details(DETAILS)
    assert svc.project_info().details == DETAILS
    assert not svc.set_org_details(DETAILS)  # nothing changed, nothing audited
    with pytest.raises(InvalidValue):
        svc.set_org_details({"credit_code": CODE})  # type: ignore[arg-type]


def test_front_pages_follow_the_awards_parts_and_say_nothing_of_ours(
    svc: ProjectService, tmp_path: Path
) -> None:
    _office(svc)
    pdf, _ = export(svc, tmp_path / "p.pdf")
    # Titles are letter-spaced (申 报 材 料); how the spaces read back is the reader's business.
    cover, pledge, form, recommendation = (page.replace(" ", "") for page in pdf.pages[:4])
    assert "福州市政府质量奖" in cover and "申报材料" in cover and ORG in cover and "王立新" in cover
    assert CYCLE not in cover and "评价周期" not in cover and "依据标准" not in cover
    assert "承诺书" in pledge and "本单位申报福州市政府质量奖，所报材料真实有效。" in pledge
    assert "法定代表人（签字）" in pledge and "申报单位（盖章）" in pledge
    assert "福州市政府质量奖申报表" in form and CODE in form and "52,300.5万元" in form and "1998年" in form
    assert "推荐意见" in recommendation and "推荐单位（盖章）" in recommendation
    titles = [t for level, t, _ in pdf.outline if level == 0]
    assert titles == ["目录", "一、自我评价报告", "二、证实性材料"]  # no 组织概述: this office wants none


def test_the_form_holds_every_particular_and_the_seal_on_one_page(
    svc: ProjectService, tmp_path: Path
) -> None:
    _office(svc)
    pdf, _ = export(svc, tmp_path / "p.pdf", include_scores=True)
    form = next(page for page in pdf.pages if "福州市政府质量奖申报表" in page).replace(" ", "")
    for text in ("通用设备制造业", "民营", "81,200万元", "-350.5万元", "1,260万元", "市长质量奖提名奖"):
        assert text in form
    assert "申报单位意见" in form and "申报单位（盖章）" in form, "the seal is on the form's own page"
    assert "自评得分" in form  # printed with the scores; blank until every item is agreed
    plain, _ = export(svc, tmp_path / "plain.pdf")
    assert "自评得分" not in plain.text  # an applicant who leaves the scores out gets no such row


def test_the_evidence_list_names_kinds_files_clauses_and_pages(svc: ProjectService, tmp_path: Path) -> None:
    _office(svc)
    pdf, _ = export(svc, tmp_path / "p.pdf")
    listing = pdf.layout[pdf.page_of("二、证实性材料") - 1]
    assert "营业执照" in listing and "〔1〕营业执照（副本）" in listing and "4.1.3 a)" in listing
    assert "近三年审计报告" in listing and "尚缺 2 份（需 3 份）" in listing
    assert "〔3〕质量手册" in listing and ".pdf" not in listing and "SHA-256" not in listing
    page = pdf.page_of("4.1.2 高层领导的作用")
    assert any(line.split()[-1:] == [str(page)] for line in listing.splitlines() if "4.1.2" in line)
    report, _ = export(svc, tmp_path / "r.pdf", kind="report")
    assert "SHA-256" in report.text and "质量手册.pdf" in report.text  # the internal index keeps them


def test_particulars_rules_and_kinds_travel_in_the_archive(svc: ProjectService, tmp_path: Path) -> None:
    from datetime import date

    from excellence_app.services.interchange import export_project, import_project

    svc.cycles.set_cycle_submitted_on(_office(svc), date(2026, 9, 28))
    export_project(svc, tmp_path / "a.zip")
    with import_project(tmp_path / "a.zip", tmp_path / "b.exa") as other:
        assert other.project_info().details == DETAILS
        assert other.award_profile("fz") == OFFICE
        assert other.cycles.all()[0].submitted_on == date(2026, 9, 28)
        kinds = {e.name: e.kind for e in other.snapshot(other.cycles.all()[0].id).evidence}
    assert kinds == {"营业执照（副本）.pdf": "licence", "审计报告2025.pdf": "audit", "质量手册.pdf": None}


def test_a_file_of_the_release_before_opens_with_no_particulars_and_default_rules(tmp_path: Path) -> None:
    path = tmp_path / "old.exa"
    shutil.copy(Path(__file__).parent / "data" / "sample-r0003.exa", path)
    with ProjectService.open(path) as svc:
        assert svc.project_info().details == OrgDetails()
        assert all(e.kind is None for e in svc.snapshot(svc.cycles.all()[-1].id).evidence)
        assert svc.award_profile("provincial").printed_name == "省级政府质量奖"


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ('UPDATE project SET details = \'{"founded": "long ago"}\'', "申报单位信息的 founded 无法读取"),
        (
            'UPDATE award_profile SET rules = \'{"parts": ["cover", "cover"]}\'',
            "评奖配置“福州市政府质量奖”的 parts",
        ),
    ],
)
def test_particulars_or_rules_another_tool_broke_are_one_line(
    tmp_path: Path, cli, sql: str, words: str
) -> None:
    import sqlite3

    path = tmp_path / "p.exa"
    with new_project(path) as svc:
        _office(svc)
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    rc, _, err = cli("summary", str(path))
    assert rc != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert words in err


def test_one_submission_date_on_every_signed_page(svc: ProjectService, tmp_path: Path) -> None:
    from datetime import date

    import openpyxl

    from excellence_app.services.exports import export_xlsx

    cycle = _office(svc)
    svc.cycles.set_cycle_submitted_on(cycle, date(2026, 9, 28))
    pdf, _ = export(svc, tmp_path / "p.pdf")
    cover, pledge, form = (page.replace(" ", "") for page in pdf.pages[:3])
    assert all("2026年9月28日" in page for page in (cover, pledge, form))
    export_xlsx(svc, cycle, tmp_path / "t.xlsx", kind="submission")
    cells = [
        str(c.value) for row in openpyxl.load_workbook(tmp_path / "t.xlsx").active.iter_rows() for c in row
    ]
    assert "2026年9月28日" in cells
    svc.cycles.set_cycle_submitted_on(cycle, None)  # not decided: written by hand when signed
    pdf, _ = export(svc, tmp_path / "q.pdf")
    assert "2026年9月28日" not in pdf.text and re.search(r"年\s+月\s+日", pdf.layout[1])
