"""Comparisons that mean what they say (issue 13, 3): a comparison has one of six kinds, an
average is never a benchmark, being ahead of an average only is weaker evidence in LeTCI's 对比,
and files and archives written before the kinds existed get the kind their labels imply."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
import yaml
from builders import new_project

from excellence_app.core import comparisons
from excellence_app.core import interchange as ix
from excellence_app.core.summary import analyse_indicator
from excellence_app.services import exports
from excellence_app.services.interchange import export_project_folder, import_project
from excellence_app.services.project import ProjectService

YEARS = {"2023": 95.0, "2024": 96.0, "2025": 97.0}


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("行业平均", "average"),
        ("行业规上企业平均", "average"),
        ("制造业雇主常模", "average"),
        ("主要客户合同要求", "requirement"),
        ("国际先进水平", "leading"),
        ("同类最佳", "best"),
        ("行业标杆", "benchmark"),
        ("行业先进值", "benchmark"),
        ("竞争对手A", "competitor"),
        ("华东精工", None),
    ],
)
def test_a_label_implies_its_kind(label: str, kind: str | None) -> None:
    assert comparisons.implied_kind(label) == kind


def with_comparison(svc: ProjectService, kind: str, name: str, ahead: bool = True) -> None:
    cycle = svc.cycles.all()[0].id
    theirs = {p: v - 1 if ahead else v + 1 for p, v in YEARS.items()}
    svc.indicators.add_indicator(
        cycle,
        "4.7.2",
        f"合格率（{name}）",
        unit="%",
        values=YEARS,
        strategic_link="质量目标",
        comparisons=[{"kind": kind, "name": name, "values": theirs}],
    )


def test_ahead_of_an_average_only_is_no_lead_but_ahead_of_a_benchmark_is(tmp_path: Path) -> None:
    with new_project(tmp_path / "p.exa") as svc:
        with_comparison(svc, "average", "行业平均")
        with_comparison(svc, "benchmark", "行业标杆")
        cycle = svc.cycles.all()[0].id
        snap = svc.snapshot(cycle)
        average, benchmark = (analyse_indicator(i) for i in snap.indicators_for("4.7.2"))
    assert not average.comparison and benchmark.comparison
    assert any("只与行业平均或要求对比" in g.zh for g in average.gaps)
    assert not any(g.factor == "comparison" for g in benchmark.gaps)


def test_the_workbook_names_each_kind(tmp_path: Path) -> None:
    with new_project(tmp_path / "p.exa") as svc:
        for kind in comparisons.KINDS:
            with_comparison(svc, kind, f"对比{kind}")
        out = tmp_path / "book.xlsx"
        exports.export_xlsx(svc, svc.cycles.all()[0].id, out)
    cells = {
        str(c.value) for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows() for c in row
    }
    assert {zh for zh, _en in comparisons.LABELS.values()} <= cells


def as_revision_0002(path: Path) -> None:
    """Make a file as the release before 0003 wrote it (the tables were the same but for the
    columns 0004 and 0005 add)."""
    conn = sqlite3.connect(path)
    for table, column in (
        ("cycle", "as_of"),
        ("cycle", "submitted_on"),
        ("project", "details"),
        ("award_profile", "rules"),
        ("evidence", "kind"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")  # added by 0004 and 0005
    conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.execute("UPDATE comparison SET kind = 'benchmark'")  # what that release could store
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def test_a_file_from_the_release_before_gets_the_kinds_its_labels_imply(tmp_path: Path) -> None:
    path = tmp_path / "old.exa"
    with new_project(path) as svc:
        with_comparison(svc, "benchmark", "行业平均")
        with_comparison(svc, "benchmark", "华东精工")
        before = svc.summary(svc.cycles.all()[0].id)
    as_revision_0002(path)
    with ProjectService.open(path) as svc:
        snap = svc.snapshot(svc.cycles.all()[0].id)
        kinds = {c.name: c.kind for i in snap.indicators for c in i.comparisons}
        after = svc.summary(snap.cycle.id)
    assert kinds == {"行业平均": "average", "华东精工": "benchmark"}
    assert after.total == before.total
    assert len(list(tmp_path.glob("old.backup-r0002-*.exa"))) == 1  # made before the migration


def test_an_archive_of_format_1_gets_the_kinds_its_labels_imply(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    with new_project(tmp_path / "p.exa") as svc:
        with_comparison(svc, "benchmark", "行业平均")
        export_project_folder(svc, folder)
    document = folder / "project.yaml"
    doc = yaml.safe_load(document.read_text(encoding="utf-8"))
    assert doc["format_version"] == ix.FORMAT_VERSION
    doc["format_version"] = 1  # as the release before wrote it, when an average was a benchmark
    doc["cycles"][0]["indicators"][0]["comparisons"][0]["kind"] = "benchmark"
    document.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with import_project(folder, tmp_path / "imported.exa") as svc:
        snap = svc.snapshot(svc.cycles.all()[0].id)
    assert [c.kind for i in snap.indicators for c in i.comparisons] == ["average"]
