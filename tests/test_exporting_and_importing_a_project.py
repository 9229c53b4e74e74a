"""The project interchange format: lossless, byte-stable round trips and its canonical text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml
from builders import every_table_project, new_project
from hypothesis import given, settings
from hypothesis import strategies as st

from excellence_app.core import interchange as ix
from excellence_app.core.errors import AppError
from excellence_app.services.interchange import (
    export_project,
    export_project_folder,
    import_project,
    project_document,
)
from excellence_app.services.project import ProjectService

SHA = "0" * 64


@pytest.fixture
def full(tmp_path: Path):
    svc = every_table_project(tmp_path / "src.exa")
    yield svc
    svc.close()


def test_round_trip_gives_the_same_archive_and_the_same_project(full: ProjectService, tmp_path: Path) -> None:
    first = export_project(full, tmp_path / "a.zip")
    with import_project(first, tmp_path / "b.exa", actor="other") as copy:
        second = export_project(copy, tmp_path / "b.zip")
        assert copy.audit_count() == full.audit_count()  # the import itself adds no record
        for mine, theirs in zip(full.cycles.all(), copy.cycles.all(), strict=True):
            assert _trail(copy, theirs.id) == _trail(full, mine.id)
            assert full.summary(mine.id) == copy.summary(theirs.id)
            a, b = full.snapshot(mine.id), copy.snapshot(theirs.id)
            assert a.profile == b.profile and a.responses == b.responses
            assert [(c.key, c.text, c.position) for c in a.comments] == [
                (c.key, c.text, c.position) for c in b.comments
            ]
    assert first.read_bytes() == second.read_bytes()


def _trail(svc: ProjectService, cycle_id: int) -> list[tuple]:
    return [(a.at, a.actor, a.action, a.target, a.detail) for a in svc.audit(cycle_id)]


def test_archive_layout_is_fixed(full: ProjectService, tmp_path: Path) -> None:
    out = export_project(full, tmp_path / "a.zip")
    with zipfile.ZipFile(out) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        assert names[0] == "project.yaml"
        assert names[1:] == sorted(names[1:]) and all(n.startswith("evidence/") for n in names[1:])
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        text = zf.read("project.yaml").decode("utf-8")
    assert len(names) == 2  # one file stored once, though attached twice
    assert text.startswith("format: excellence-app-project\nformat_version: 3\norganisation:\n")
    assert (
        "      text: |-\n        回答 **粗体**\n\n        | 指标 | 2025 |" in text
    )  # Markdown stays readable
    assert "factors: {approach: 4, learning: 3}" in text
    export_project(full, tmp_path / "again.zip")
    assert (tmp_path / "again.zip").read_bytes() == out.read_bytes()


def test_document_keeps_order_and_references(full: ProjectService) -> None:
    doc = project_document(full)
    cycle = doc.cycles[0]
    assert [i.name for i in cycle.indicators] == ["合格率", "故障率", "满意度"]
    assert list(cycle.indicators[2].values) == ["2023", "2024", "2025"]
    assert cycle.actions[0].comment == cycle.comments[0].key and cycle.actions[1].comment is None
    assert [c.assessor for c in cycle.comments] == [None, "学员甲"]
    assert cycle.assessors[1].scores["4.7.2"].percent is None
    assert doc.organisation.spread_threshold == 25 and doc.cycles[1].award_profile == "national"
    assert doc.audit and all(a.action.startswith("project.") for a in doc.audit)


def test_dump_is_canonical_and_lossless(full: ProjectService) -> None:
    doc = project_document(full)
    text = ix.dump_document(doc)
    assert ix.load_document(text) == doc
    assert ix.dump_document(ix.load_document(text)) == text


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60))
def test_any_text_survives_the_yaml_text(text: str) -> None:
    raw = yaml.safe_load(ix.dump_document(_minimal(text)))
    assert raw["cycles"][0]["responses"]["4.1.2a"]["text"] == text


def _minimal(text: str) -> ix.ProjectDocument:
    return ix.ProjectDocument(
        format=ix.FORMAT,
        format_version=1,
        organisation=ix.Organisation(name="甲", framework="gbt19580-2012"),
        cycles=[
            ix.CycleDoc(
                name="周期",
                award_profile="internal",
                created_at="2026-01-01T00:00:00",
                responses={"4.1.2a": ix.ResponseDoc(status="draft", text=text)},
            )
        ],
    )


def test_hand_written_document_is_accepted_and_made_canonical(tmp_path: Path) -> None:
    """Unquoted times, integer values and maps out of order: accepted, then written canonically."""
    text = """
format: excellence-app-project
format_version: 1
organisation: {name: 手写企业, framework: gbt19580-2012}
cycles:
  - name: 2026年度自评
    award_profile: city
    created_at: 2026-03-02T09:00:00
    responses:
      4.1.3a: {status: done, text: 第二}
      4.1.2a: {status: done, text: 第一}
    indicators:
      - {item: 4.7.2, name: 合格率, values: {'2026': 99, '2025': 98.5}}
"""
    folder = tmp_path / "hand"
    folder.mkdir()
    (folder / "project.yaml").write_text(text, encoding="utf-8")
    with import_project(folder, tmp_path / "h.exa") as svc:
        doc = project_document(svc)
        assert list(doc.cycles[0].responses) == ["4.1.2a", "4.1.3a"]
        assert doc.cycles[0].created_at == "2026-03-02T09:00:00"
        assert svc.summary(svc.cycles.all()[0].id).limits.award == "city"
        out = ix.dump_document(doc).decode("utf-8")
    assert "created_at: '2026-03-02T09:00:00'" in out and "values: {'2025': 98.5, '2026': 99}" in out


def test_folder_export_matches_the_zip(full: ProjectService, tmp_path: Path) -> None:
    folder = export_project_folder(full, tmp_path / "folder")
    archive = export_project(full, tmp_path / "a.zip")
    with zipfile.ZipFile(archive) as zf:
        assert zf.read("project.yaml") == (folder / "project.yaml").read_bytes()
        assert sorted(n for n in zf.namelist() if n != "project.yaml") == sorted(
            f"evidence/{p.name}" for p in (folder / "evidence").iterdir()
        )
    with import_project(folder, tmp_path / "f.exa") as copy:
        assert ix.dump_document(project_document(copy)) == (folder / "project.yaml").read_bytes()
    with pytest.raises(AppError, match="文件夹已存在"):
        export_project_folder(full, folder)


def test_imported_comment_keys_do_not_block_new_comments(tmp_path: Path) -> None:
    with new_project(tmp_path / "s.exa", org="甲", actor="t") as svc:
        cid = svc.cycles.all()[0].id
        gone = svc.comments.add_comment(cid, "4.1.2", "ofi", "一")
        svc.comments.add_comment(cid, "4.1.2", "ofi", "二")  # key c2 is kept while its row id becomes 1
        svc.comments.delete_comment(gone.id)
        archive = export_project(svc, tmp_path / "s.zip")
    with import_project(archive, tmp_path / "t.exa") as copy:
        cid = copy.cycles.all()[0].id
        keys = {copy.comments.add_comment(cid, "4.1.2", "ofi", f"新{n}").key for n in range(3)}
        assert len(keys | {"c2"}) == 4
