"""Who agreed a consensus, and undo: the consensus is agreed by the person acting in the program
(the lead chosen there), never by the operating-system user; the audit trail names that person;
undo puts back the whole row (percent, rationale, who agreed it and when) and redo the whole row
as the edit left it."""

from __future__ import annotations

import getpass
import itertools
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from builders import team_project
from gui import close_window, make_window, open_project, type_text

from excellence_app.core.errors import InvalidValue
from excellence_app.core.snapshots import Consensus
from excellence_app.services.project import ProjectService, ServerAddress
from excellence_app.ui.consensus.page import ConsensusPage

BOTH_ENGINES = True  # each `project` test runs on a file and on a team server (conftest)

EARLIER = Consensus("4.2.3", 40, "上次讨论取 40%", "前任组长", datetime(2025, 3, 1, 9, 30))


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every consensus written gets its own minute, so that "when" tells edits apart."""
    ticks = itertools.count()
    start = datetime(2026, 5, 4, 8, 0)
    monkeypatch.setattr("excellence_app.services.scoring.now", lambda: start + timedelta(minutes=next(ticks)))


def newest(svc: ProjectService, cycle: int):
    return svc.audit(cycle, limit=1)[0]


# --- services -------------------------------------------------------------------------------
def audited(project: ProjectService, person: str) -> str:
    """Whom the audit names for an edit the program says ``person`` made: that person in a
    file; on a team server, the database user, whatever the program says (server_security)."""
    return project.path.user if isinstance(project.path, ServerAddress) else person


def test_the_service_records_the_person_who_agreed_and_audits_them(project: ProjectService, clock) -> None:
    c = project.cycles.all()[0].id
    made = project.scoring.set_consensus(c, "4.1.2", 50, "讨论后取 50%", agreed_by="周建华")
    assert made == project.snapshot(c).consensus["4.1.2"]
    assert (made.agreed_by, made.percent) == ("周建华", 50)
    entry = newest(project, c)
    assert (entry.actor, entry.action, entry.target) == (audited(project, "周建华"), "consensus.set", "4.1.2")

    assert project.scoring.set_consensus(c, "4.1.2", None, agreed_by="林芳") is None
    entry = newest(project, c)
    assert (entry.actor, entry.action) == (audited(project, "林芳"), "consensus.clear")

    # A caller that names no one (a script) gets the actor the project was opened with.
    assert project.scoring.set_consensus(c, "4.1.2", 45).agreed_by == "tester"
    with pytest.raises(InvalidValue):
        project.scoring.set_consensus(c, "4.1.2", 45, agreed_by="  ")


def test_restore_puts_back_every_field_exactly(project: ProjectService, clock) -> None:
    c = project.cycles.all()[0].id
    project.scoring.restore_consensus(c, "4.2.3", EARLIER, actor="周建华")
    assert project.snapshot(c).consensus["4.2.3"] == EARLIER
    entry = newest(project, c)
    assert (entry.actor, entry.action) == (audited(project, "周建华"), "consensus.restore")

    after = project.scoring.set_consensus(c, "4.2.3", 55, "重新讨论", agreed_by="周建华")
    assert after is not None and after.agreed_at != EARLIER.agreed_at
    project.scoring.restore_consensus(c, "4.2.3", EARLIER, actor="林芳")
    assert project.snapshot(c).consensus["4.2.3"] == EARLIER
    assert newest(project, c).actor == audited(project, "林芳")
    project.scoring.restore_consensus(c, "4.2.3", after, actor="林芳")
    assert project.snapshot(c).consensus["4.2.3"] == after

    project.scoring.restore_consensus(c, "4.2.3", None, actor="周建华")
    assert "4.2.3" not in project.snapshot(c).consensus
    with pytest.raises(InvalidValue):
        project.scoring.restore_consensus(c, "4.1.2", EARLIER, actor="周建华")  # another item's row


# --- the GUI --------------------------------------------------------------------------------
@pytest.fixture
def team(tmp_path: Path) -> Path:
    path = team_project(tmp_path / "team.exa")
    with ProjectService.open(path, actor="tester") as svc:
        cycle = svc.cycles.all()[0].id
        people = {a.name: a.id for a in svc.snapshot(cycle).assessors}
        svc.scoring.set_score(people["周建华"], "4.2.3", percent=50)
        svc.scoring.set_score(people["林芳"], "4.2.3", percent=30)
        svc.scoring.restore_consensus(cycle, "4.2.3", EARLIER, actor="前任组长")
    return path


def consensus_page(window) -> ConsensusPage:
    window.show_page("consensus")
    page = window.current_page()
    assert isinstance(page, ConsensusPage)
    return page


def choose_percent(page: ConsensusPage, percent: int) -> None:
    combo = page.ui.consensusCombo
    combo.setCurrentIndex(combo.findData(percent))
    combo.activated.emit(combo.currentIndex())


def test_the_lead_chosen_in_the_program_agrees_and_undo_redo_are_exact(qtbot, team: Path, clock) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, team)
    session = window.session
    assert session.assessor().name == "周建华" and session.is_lead()
    assert window.settings.user_name != "周建华"  # the operating-system user, e.g. root
    page = consensus_page(window)
    page.select_item("4.2.3")
    assert "前任组长 于 2025-03-01 确定" in page.ui.consensusPoints.text()

    choose_percent(page, 50)
    chosen = session.fresh().consensus["4.2.3"]
    assert (chosen.percent, chosen.agreed_by) == (50, "周建华")
    assert chosen.agreed_by not in (getpass.getuser(), window.settings.user_name)
    assert newest(session.service, session.cycle_id).actor == "周建华"
    assert "周建华 于" in page.ui.consensusPoints.text()

    page.ui.consensusRationale.setFocus()
    page.ui.consensusRationale.selectAll()  # typing replaces the earlier reason
    type_text(page.ui.consensusRationale, "讨论后取 50%")
    page.flush()
    after = session.fresh().consensus["4.2.3"]
    assert (after.rationale, after.agreed_by) == ("讨论后取 50%", "周建华")

    window.undo()  # the rationale
    assert session.snapshot.consensus["4.2.3"] == chosen
    window.undo()  # the percent: the earlier lead's row, exactly
    assert session.snapshot.consensus["4.2.3"] == EARLIER
    assert newest(session.service, session.cycle_id).actor == "周建华"
    assert page.ui.consensusRationale.toPlainText() == EARLIER.rationale

    # Someone else acts now: redo reapplies the edit as it was, and the audit names who redid it.
    lin = next(a for a in session.snapshot.assessors if a.name == "林芳")
    session.set_assessor(lin.id)
    window.redo()
    window.redo()
    assert session.snapshot.consensus["4.2.3"] == after
    assert newest(session.service, session.cycle_id).actor == "林芳"
    close_window(window)


def test_undoing_a_first_consensus_on_the_item_page_removes_it(qtbot, team: Path, clock) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, team)
    session = window.session
    window.show_item("4.1.2")
    combo = window.current_page().scoring.ui.consensusCombo
    assert combo.isEnabled(), "周建华 is the lead"
    combo.setCurrentIndex(combo.findData(60))
    combo.activated.emit(combo.currentIndex())
    made = session.fresh().consensus["4.1.2"]
    assert (made.percent, made.agreed_by) == (60, "周建华")
    window.undo()
    assert "4.1.2" not in session.snapshot.consensus
    window.redo()
    assert session.snapshot.consensus["4.1.2"] == made
    close_window(window)


def test_a_reason_typed_back_to_where_it_began_leaves_the_row_as_it_was(qtbot, team: Path, clock) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, team)
    session = window.session
    page = consensus_page(window)
    page.select_item("4.2.3")
    edit = page.ui.consensusRationale
    edit.setFocus()
    type_text(edit, "临时")
    page.flush()
    assert session.fresh().consensus["4.2.3"].agreed_by == "周建华"
    edit.selectAll()
    type_text(edit, EARLIER.rationale)
    page.flush()
    assert session.fresh().consensus["4.2.3"] == EARLIER
    assert not session.undo_stack.canUndo(), "one step that came back to where it began is no step"
    close_window(window)
