"""Trainees practise on the assessment; they never join it. A trainee added on the calibration
page is listed there at once, and the team's count, grid, spreads, provisional scores, flags,
`summary` and the documents of the assessment stay exactly as they were."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from builders import scored_team_project
from gui import click_ok, close_window, make_window, open_project
from PySide6.QtCore import Qt

from excellence_app.services import exports
from excellence_app.services.project import ProjectService
from excellence_app.ui.calibration.page import CalibrationPage
from excellence_app.ui.consensus.page import ConsensusPage

TRAINEE = "王磊"
TRAINEE_OFI = "学员认为战略目标没有量化。"


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """Three assessors' scores; 4.1.2 agreed, so the calibration has a reference."""
    return scored_team_project(tmp_path / "team.exa")


def summary_json(cli, path: Path) -> dict:
    rc, out, err = cli("summary", str(path), "--json")
    assert rc == 0, err
    return json.loads(out)


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_a_trainee_added_on_the_calibration_page_is_listed_there_and_nowhere_else(
    qtbot, team: Path, cli
) -> None:
    before = summary_json(cli, team)
    window = make_window(qtbot)
    open_project(qtbot, window, team)

    window.show_page("calibration")
    page = window.current_page()
    assert isinstance(page, CalibrationPage)
    dialog = page.add_trainee()
    dialog.ui.nameEdit.setText(TRAINEE)
    click_ok(dialog)
    trainees = page.trainees_model
    assert trainees.rowCount() == 1, "the trainee just added is listed before scoring anything"
    assert [trainees.index(0, c).data() for c in range(2)] == [TRAINEE, "0"]
    assert "学员 1 人" in page.ui.subtitleLabel.text()
    assert page.ui.content.isVisible() and page.ui.exportButton.isEnabled()

    window.show_page("consensus")
    consensus = window.current_page()
    assert isinstance(consensus, ConsensusPage)
    assert "3 位评审员" in consensus.ui.subtitleLabel.text()
    assert TRAINEE not in headers(consensus.grid)
    close_window(window)

    assert summary_json(cli, team) == before


def test_a_trainees_scores_and_comments_stay_out_of_the_assessment(
    qtbot, team: Path, tmp_path: Path, cli
) -> None:
    before = summary_json(cli, team)
    rc, text_before, _ = cli("summary", str(team))
    with ProjectService.open(team, actor="trainer") as svc:
        cycle = svc.cycles.all()[0].id
        trainee = svc.scoring.add_assessor(cycle, TRAINEE, "trainee")
        for item_id in ("4.1.2", "4.2.3", "4.3.2", "4.4.2"):  # far off, and alone on 4.4.2
            svc.scoring.set_score(trainee.id, item_id, percent=100)
        svc.comments.add_comment(cycle, "4.2.3", "ofi", TRAINEE_OFI, author=TRAINEE, assessor_id=trainee.id)
        book = tmp_path / "book.xlsx"
        exports.export_xlsx(svc, cycle, book)
        member_book = tmp_path / "林芳.xlsx"
        exports.export_assessor_workbook(svc, cycle, member_book, "林芳")

    after = summary_json(cli, team)
    assert after == before, "no spread, median, flag or assessor_percents moves"
    rc, text_after, err = cli("summary", str(team))
    assert rc == 0, err
    assert text_after == text_before and TRAINEE not in text_after

    wb = openpyxl.load_workbook(book, read_only=True)
    assert "培训校准" in wb.sheetnames, "the calibration reads the trainees"
    for ws in wb.worksheets:
        if ws.title == "培训校准":
            continue
        for row in ws.iter_rows(values_only=True):
            for value in row:
                assert TRAINEE not in str(value or ""), ws.title
                assert TRAINEE_OFI not in str(value or ""), ws.title
    for ws in openpyxl.load_workbook(member_book, read_only=True).worksheets:
        for row in ws.iter_rows(values_only=True):
            assert not any(TRAINEE in str(v or "") for v in row), ws.title

    window = make_window(qtbot)
    open_project(qtbot, window, team)
    window.show_page("consensus")
    page = window.current_page()
    assert "3 位评审员" in page.ui.subtitleLabel.text()
    assert TRAINEE not in headers(page.grid)
    page.select_item("4.2.3")
    assert TRAINEE not in headers(page.scores)
    assert page.assessor_comments.rowCount() == 0, "a trainee's opportunity is not the team's to adopt"
    window.show_page("calibration")
    calibration = window.current_page()
    # only 4.1.2 has a reference (a consensus) to calibrate against
    assert [calibration.trainees_model.index(0, c).data() for c in range(2)] == [TRAINEE, "1"]
    close_window(window)
