"""Control characters in the user's text: every export still opens, says what it changed, and
the project keeps its text as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.dom import minidom

import openpyxl
import pytest
from builders import new_project

from excellence_app.core.framework import clause_label
from excellence_app.core.textclean import clean_text
from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.services import exports
from excellence_app.services.project import ProjectService
from excellence_app.services.score_import import import_scores

ORG = "测试\x01企业\uffff"
RESPONSE = "回答\x0b中间\x1f结束\u0085"
COMMENT = "意见\x1f文字"
INDICATOR = "合格率\x07"
RATIONALE = "理由\x02充分"


@pytest.fixture
def dirty(tmp_path: Path) -> tuple[Path, int, str]:
    path = tmp_path / "脏.exa"
    with new_project(path, org=ORG, actor="t") as svc:
        cycle = svc.cycles.all()[0].id
        clause = next(c.id for _, c in svc.framework.clauses())
        svc.content.set_response(cycle, clause, RESPONSE)
        a = svc.scoring.add_assessor(cycle, "张伟", "lead")
        svc.scoring.set_score(a.id, "4.1.2", percent=50, rationale=RATIONALE)
        svc.comments.add_comment(cycle, "4.1.2", "ofi", COMMENT, assessor_id=a.id, author="张伟")
        svc.indicators.add_indicator(
            cycle, "4.7.2", INDICATOR, unit="%", better="up", values={"2024": 97, "2025": 98}
        )
    return path, cycle, clause


def test_clean_text_makes_every_bad_character_visible() -> None:
    assert clean_text("普通文字\t换行\n回车\r") == ("普通文字\t换行\n回车\r", False)
    assert clean_text("a\x00b\x01c\x1fd\x7fe") == ("a\u2400b\u2401c\u241fd\u2421e", True)
    assert clean_text("x\x85\ud800\udfff\ufffe\uffffy") == ("x\ufffd\ufffd\ufffd\ufffd\ufffdy", True)
    assert clean_text("𠀀 emoji 👍\u200d") == ("𠀀 emoji 👍\u200d", False)


def _well_formed(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                minidom.parseString(z.read(name))  # raises on any character XML cannot hold


def test_exports_succeed_name_the_places_and_leave_the_project_alone(dirty, tmp_path, cli) -> None:
    path, cycle, clause = dirty
    book, pdf = tmp_path / "评分.xlsx", tmp_path / "报告.pdf"
    rc, _, err = cli("export", str(path), "--xlsx", str(book))
    assert rc == 0, err
    _well_formed(book)
    wb = openpyxl.load_workbook(book)
    assert "测试\u2401企业\ufffd" in wb.worksheets[0]["A1"].value
    for place in (
        "组织名称",
        f"条款 {clause_label(clause)} 的回答",
        "评分项 4.1.2 的改进机会",
        "评分项 4.7.2 的指标“合格率␇”",
    ):
        assert place in err, place
    assert err.count("控制字符") == 5  # org, response, rationale, comment, indicator: each said once
    rc, _, err = cli("export", str(path), "--pdf", str(pdf), "--kind", "report")
    assert rc == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert f"条款 {clause_label(clause)} 的回答" in err and "组织名称" in err
    with ProjectService.open(path) as svc:
        snap = svc.snapshot(cycle)
        assert snap.project.org_name == ORG
        assert snap.responses[clause].text == RESPONSE
        assert snap.comments[0].text == COMMENT
        assert snap.indicators[0].name == INDICATOR
        assert snap.scores[0].rationale == RATIONALE


def test_service_warnings_and_the_assessor_workbook_round_trip(dirty, tmp_path) -> None:
    path, cycle, _ = dirty
    with ProjectService.open(path) as svc:
        result = exports.export_xlsx(svc, cycle, tmp_path / "a.xlsx")
        assert any("评审员“张伟”对评分项 4.1.2 的评分的理由" in zh for zh, _ in result.warnings)
        book = tmp_path / "张伟.xlsx"
        result = exports.export_assessor_workbook(svc, cycle, book, "张伟")
        zh = [w[0] for w in result.warnings]
        # Its own texts and the names; the response is not in an assessor's workbook.
        assert any("组织名称" in w for w in zh) and any("改进机会" in w for w in zh)
        assert not any("回答" in w for w in zh)
        _well_formed(book)
        wb = openpyxl.load_workbook(book)
        assert wb[L.META_SHEET].cell(L.META_KEYS.index("organisation") + 1, 2).value == "测试␁企业\ufffd"
        before = svc.audit_count()
        report = import_scores(svc, book)
        assert report.ok and report.changes == 0, [p.line() for p in report.problems]
        assert svc.audit_count() == before
        assert svc.snapshot(cycle).scores[0].rationale == RATIONALE
