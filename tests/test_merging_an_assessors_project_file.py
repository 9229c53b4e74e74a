"""Merging an assessor's own project file: preview, conflicts, apply."""

from __future__ import annotations

from pathlib import Path

from builders import new_project

from excellence_app.services import merge
from excellence_app.services.project import ProjectService


def test_an_assessors_project_file_is_merged_with_a_preview(project: ProjectService, tmp_path: Path) -> None:
    c = project.cycles.all()[0].id
    lead = project.scoring.add_assessor(c, "周建华", "lead")
    project.scoring.set_score(lead.id, "4.1.2", percent=60)
    here_lin = project.scoring.add_assessor(c, "林芳", "member")
    project.scoring.set_score(here_lin.id, "4.1.3", percent=40)

    with new_project(tmp_path / "lin.exa") as theirs:
        tc = theirs.cycles.all()[0].id
        lin = theirs.scoring.add_assessor(tc, "林芳", "member")
        theirs.scoring.set_score(
            lin.id, "4.1.2", percent=40, factors={"approach": 3}, rationale="方法尚未系统化"
        )
        theirs.scoring.set_score(lin.id, "4.1.3", percent=50)
        theirs.comments.add_comment(tc, "4.1.2", "ofi", "双向沟通缺少效果评价", author="林芳")

    plan = merge.preview_project_file(project, c, tmp_path / "lin.exa")
    fields = {(ch.item_id, ch.field) for ch in plan.changes}
    assert ("4.1.2", "percent") in fields and ("4.1.2", "comment") in fields
    assert [(ch.item_id, ch.current, ch.incoming) for ch in plan.conflicts] == [("4.1.3", 40, 50)]

    assert merge.apply(project, c, plan) == len(plan.changes) - 1
    summary = project.summary(c)
    assert summary.item("4.1.2").assessor_percents == {"周建华": 60, "林芳": 40}
    assert summary.item("4.1.2").flagged
    assert summary.item("4.1.3").assessor_percents["林芳"] == 40, "a conflict is kept unless overwritten"
    mine = project.snapshot(c).comments_for("4.1.2", here_lin.id)
    assert [x.author for x in mine] == ["林芳"]

    again = merge.preview_project_file(project, c, tmp_path / "lin.exa")
    assert [ch.field for ch in again.changes] == ["percent"] and again.conflicts
    merge.apply(project, c, again, overwrite=True)
    assert project.summary(c).item("4.1.3").assessor_percents["林芳"] == 50
    assert merge.preview_project_file(project, c, tmp_path / "lin.exa").changes == ()


def test_three_assessor_workbooks_previewed_then_merged(project: ProjectService, tmp_path: Path) -> None:
    import json

    import openpyxl

    from excellence_app.export.xlsx import assessor_layout as L
    from excellence_app.services import exports
    from excellence_app.services.score_import import import_scores

    c = project.cycles.all()[0].id
    for name, role in (("周建华", "lead"), ("林芳", "member"), ("许志强", "member")):
        project.scoring.add_assessor(c, name, role)
    given = {
        "周建华": {"4.1.2": 60, "4.2.3": 50},
        "林芳": {"4.1.2": 55, "4.2.3": 40},
        "许志强": {"4.1.2": 60, "4.2.3": 60},
    }
    for name, scores in given.items():
        path = tmp_path / f"{name}.xlsx"
        exports.export_assessor_workbook(project, c, path, name)
        wb = openpyxl.load_workbook(path)
        ws = wb["评分"]
        for row in ws.iter_rows(min_row=1):
            item = str(row[0].value or "")
            if item in scores:
                ws.cell(row=row[0].row, column=L.COL_PERCENT, value=scores[item])
        wb.save(path)
        plan, problems = merge.preview_workbook(project, c, path)
        assert problems == ()
        assert {(ch.item_id, ch.incoming) for ch in plan.changes if ch.field == "percent"} == set(
            scores.items()
        )
        assert import_scores(project, path).ok
    summary = project.summary(c)
    assert summary.item("4.2.3").flagged and summary.item("4.2.3").spread == 20
    assert not summary.item("4.1.2").flagged
    project.scoring.set_consensus(c, "4.2.3", 50, "讨论后一致同意")
    data = json.loads(json.dumps(project.summary(c).to_json()))
    item = next(i for i in data["items"] if i["id"] == "4.2.3")
    assert item["consensus_percent"] == 50 and item["assessor_percents"] == {
        "周建华": 50,
        "林芳": 40,
        "许志强": 60,
    }
