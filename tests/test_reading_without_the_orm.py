"""Reads without the ORM (issue 16): the plain rows give exactly the snapshots the ORM gave,
and reading commands never import SQLAlchemy or Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orm_snapshot
import pytest
from builders import (
    answered_project,
    complete_project,
    every_table_project,
    one_score_project,
    scored_team_project,
    team_project,
    trainer_project,
    two_agreed_items_project,
    two_team_cycles_project,
    year_on_year_project,
)
from sqlalchemy import select

from excellence_app.services.interchange import write_sample
from excellence_app.services.project import ProjectService
from excellence_app.storage import database
from excellence_app.storage import models as m
from excellence_app.storage.rows import PlainFile


def _closed(made: object) -> None:
    """Builders return a path, an open service, or a service and a cycle id."""
    for part in made if isinstance(made, tuple) else (made,):
        if isinstance(part, ProjectService):
            part.close()


BUILDERS: dict[str, Callable[[Path], object]] = {
    "sample": write_sample,
    "answered": answered_project,
    "complete": complete_project,
    "team": team_project,
    "scored_team": scored_team_project,
    "every_table": every_table_project,
    "two_team_cycles": two_team_cycles_project,
    "year_on_year": year_on_year_project,
    "trainer": trainer_project,
    "one_score": one_score_project,
    "two_agreed_items": two_agreed_items_project,
}


@pytest.mark.parametrize("name", BUILDERS)
def test_plain_rows_give_the_orms_snapshots(name: str, tmp_path: Path) -> None:
    path = tmp_path / "p.exa"
    _closed(BUILDERS[name](path))
    db = database.open_database(path, read_only=True)
    try:
        with db.sessions() as s:
            orm_info = orm_snapshot.project_info(s)
            cycle_ids = s.scalars(select(m.Cycle.id).order_by(m.Cycle.position)).all()
            orm_snaps = {c: orm_snapshot.read_cycle(s, c) for c in cycle_ids}
    finally:
        db.close()
    assert orm_snaps, "every project has a cycle"
    with ProjectService.open(path, read_only=True) as plain, ProjectService.open(path) as editing:
        assert isinstance(plain.db, PlainFile)  # read-only at the current revision: no ORM
        assert not isinstance(editing.db, PlainFile)
        for svc in (plain, editing):
            info = svc.project_info()
            assert info == orm_info
            assert info.workbook_key == orm_info.workbook_key  # not compared by ==, still the same
            assert [c.id for c in svc.cycles.all()] == list(cycle_ids)
            for cycle_id, expected in orm_snaps.items():
                got = svc.snapshot(cycle_id)
                assert got == expected, f"{name}: cycle {cycle_id} differs"
                # Order matters where the snapshot keeps a tuple; == already says so, and the
                # dictionaries' order is what the screens and documents list.
                assert list(got.responses) == list(expected.responses)
                assert list(got.profile) == list(expected.profile)


def test_a_batch_reads_its_own_unsaved_writes_through_plain_rows(tmp_path: Path) -> None:
    path = one_score_project(tmp_path / "p.exa")
    with ProjectService.open(path) as svc:
        cycle = svc.cycles.all()[0].id
        with svc.batch():
            svc.content.set_response(cycle, "4.1.2b", "新的回答")
            assert svc.snapshot(cycle).responses["4.1.2b"].text == "新的回答"
            svc.cycles.rename_cycle(cycle, "改名的周期")
            assert svc.cycles.all()[0].name == "改名的周期"


def _run(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXCELLENCE_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize(
    "command",
    [
        ["summary"],
        ["check"],
        ["export", "--xlsx", "OUT/scores.xlsx"],
    ],
    ids=lambda c: c[0],
)
def test_reading_commands_never_import_the_orm(command: list[str], tmp_path: Path, _user_home: Path) -> None:
    path = tmp_path / "sample.exa"
    write_sample(path).close()
    args = [a.replace("OUT", str(tmp_path)) for a in command[:1]] + [str(path)]
    args += [a.replace("OUT", str(tmp_path)) for a in command[1:]]
    code = (
        "import sys; from excellence_app.__main__ import main; "
        f"status = main({args!r}); "
        "assert 'sqlalchemy' not in sys.modules and 'alembic' not in sys.modules, 'ORM imported'; "
        # The pack, the award profiles and the particulars are checked by core.shapes: pydantic
        # (70–90 ms to import) is for the interchange format only.
        "assert 'pydantic' not in sys.modules, 'pydantic imported'; "
        # Nor the single-writer lock's library (filelock brings asyncio): nothing is written.
        "assert 'filelock' not in sys.modules, 'filelock imported'; "
        "sys.exit(status)"
    )
    done = _run(code, _user_home)
    assert done.returncode in (0, 1) and "imported" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    if command[0] != "check":  # check's status is 1 when it finds an error in the sample's data
        assert done.returncode == 0, done.stderr


def test_the_summary_command_as_the_issue_states_it(tmp_path: Path, _user_home: Path) -> None:
    path = tmp_path / "sample.exa"
    write_sample(path).close()
    code = (
        "import sys; from excellence_app.__main__ import main; "
        f"main(['summary', {str(path)!r}]); assert 'sqlalchemy' not in sys.modules"
    )
    done = _run(code, _user_home)
    assert done.returncode == 0, done.stderr


def test_opening_for_editing_reads_without_the_orm_until_the_first_edit(
    tmp_path: Path, _user_home: Path
) -> None:
    """Showing a project opened for editing only reads it: locked, checked, read on plain rows,
    with SQLAlchemy imported (and the engine made) by the first edit, which is then saved."""
    path = tmp_path / "sample.exa"
    write_sample(path).close()
    code = (
        "import sys; from pathlib import Path; "
        "from excellence_app.services.project import ProjectService; "
        f"path = Path({str(path)!r}); "
        "svc = ProjectService.open(path); "
        "cycle = svc.cycles.all()[-1].id; snap = svc.snapshot(cycle); svc.summary_of(snap); "
        "assert Path(str(path) + '.lock').exists(), 'not locked'; "
        "assert 'sqlalchemy' not in sys.modules and 'alembic' not in sys.modules, 'ORM imported'; "
        "svc.content.set_response(cycle, '4.1.2b', '第一次编辑'); "
        "assert 'alembic' not in sys.modules, 'Alembic imported'; "
        "assert svc.snapshot(cycle).responses['4.1.2b'].text == '第一次编辑'; "
        "svc.close(); print('EDITED', cycle)"
    )
    done = _run(code, _user_home)
    assert done.returncode == 0 and "EDITED" in done.stdout, done.stderr
    cycle = int(done.stdout.split()[-1])
    assert not (tmp_path / "sample.exa.lock").exists()
    with ProjectService.open(path, read_only=True) as svc:
        assert svc.snapshot(cycle).responses["4.1.2b"].text == "第一次编辑"
        assert svc.audit(cycle, limit=1)[0].action.startswith("response")
