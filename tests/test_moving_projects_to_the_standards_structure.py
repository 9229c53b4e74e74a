"""Files, archives and workbooks written by the release before pack 2.0 (clauses numbered
4.1.2.1 …) open with every text moved to the clause that now holds its topic.

The three files under tests/data were written by that release (`demo`, `export-project`,
an assessor workbook filled in): sample-r0003.*.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from excellence_app.core import pack_moves
from excellence_app.services.project import ProjectService

DATA = Path(__file__).parent / "data"
CYCLE = "2026年度自评"
TOTAL_BEFORE = 528.75  # what `summary` printed for this file in the release that wrote it


def _old_responses(path: Path) -> dict[tuple[str, str], str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT c.name, r.clause_id, r.text FROM clause_response r JOIN cycle c ON c.id = r.cycle_id"
        ).fetchall()
    finally:
        conn.close()
    return {(cycle, clause): text for cycle, clause, text in rows}


def test_an_older_file_keeps_every_character_and_its_total(tmp_path: Path) -> None:
    path = tmp_path / "sample.exa"
    shutil.copy(DATA / "sample-r0003.exa", path)
    before = _old_responses(path)
    with ProjectService.open(path) as svc:
        notes = [zh for zh, _ in svc.upgrade_notes]
        backup = svc.backup
        cycles = {c.name: svc.snapshot(c.id) for c in svc.cycles.all()}
        total = svc.summary(svc.cycles.by_name(CYCLE).id).total
        known = {clause.id for _, clause in svc.framework.clauses()}
    assert total == TOTAL_BEFORE
    assert backup is not None and backup.parent == tmp_path and backup.name.startswith("sample.backup-r0003-")
    assert _old_responses(backup) == before  # the copy is the file as it was
    assert notes[0].startswith("评价框架 gbt19580-2012 由 1.0 版升级为 2.0 版")
    assert "4.1.2.3、4.1.2.4 的回答已合并到 4.1.2 c)（各段前保留原标题）" in notes
    assert "4.4.3.1 → 4.4.3 a)" in notes
    move = pack_moves.MOVES[0]
    for (cycle, old), text in before.items():
        new = cycles[cycle].responses[move.targets[old]].text
        assert text.strip() in new, (cycle, old)  # every character, in one place
    for snap in cycles.values():
        assert set(snap.responses) <= known
        joined = snap.responses["4.1.2c"].text
        assert joined.index("【原 4.1.2.3 营造诚信守法的环境】") < joined.index(
            "【原 4.1.2.4 营造改进、创新和学习的环境】"
        )
        assert snap.responses["4.1.2c"].status == "done"  # both parts were done
        assert all(c.clause_id is None or c.clause_id in known for c in snap.comments)
        assert all(
            link.clause_id is None or link.clause_id in known for e in snap.evidence for link in e.links
        )
    with ProjectService.open(path) as svc:  # moved once: opening again says nothing
        assert svc.upgrade_notes == [] and svc.backup is None


def test_the_cli_says_what_moved_when_it_upgrades_a_file(tmp_path: Path, cli) -> None:
    path = tmp_path / "sample.exa"
    shutil.copy(DATA / "sample-r0003.exa", path)
    rc, _, err = cli("import-scores", str(path), str(DATA / "sample-r0003-assessor.xlsx"))
    assert rc == 0, err
    assert "由 1.0 版升级为 2.0 版" in err and "升级前的文件已另存为" in err
    with ProjectService.open(path, read_only=True) as svc:
        snap = svc.snapshot(svc.cycles.by_name(CYCLE).id)
    # The workbook was filled in against pack 1.0: its clauses 4.1.2.4 and 4.4.3.1 moved too.
    mine = {c.text: c.clause_id for c in snap.comments if c.author == "陈思远"}
    assert mine == {
        "改进和创新的激励尚未纳入各级管理者的考核。": "4.1.2c",
        "资金计划与战略实施计划按季度联动。": "4.4.3a",
    }


def test_an_archive_of_the_release_before_imports_with_its_clauses_moved(tmp_path: Path, cli) -> None:
    target = tmp_path / "from-archive.exa"
    rc, _, err = cli("import-project", str(DATA / "sample-r0003-format2.zip"), str(target))
    assert rc == 0, err
    old = tmp_path / "old.exa"
    shutil.copy(DATA / "sample-r0003.exa", old)
    with ProjectService.open(old) as upgraded, ProjectService.open(target, read_only=True) as imported:
        for cycle in upgraded.cycles.all():
            a = upgraded.snapshot(cycle.id)
            b = imported.snapshot(imported.cycles.by_name(cycle.name).id)
            assert {k: r.text for k, r in a.responses.items()} == {k: r.text for k, r in b.responses.items()}
            assert sorted((c.key, c.clause_id) for c in a.comments) == sorted(
                (c.key, c.clause_id) for c in b.comments
            )
