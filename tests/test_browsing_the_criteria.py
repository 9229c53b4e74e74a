"""The criteria tree model and navigation through it."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import answered_project
from gui import close_window, make_window, open_project
from PySide6.QtCore import Qt

from excellence_app.services.project import ProjectService
from excellence_app.ui.shell.tree_model import ID_ROLE, KIND_ROLE, CriteriaModel


@pytest.fixture
def model(tmp_path: Path):
    with ProjectService.open(answered_project(tmp_path / "p.exa")) as svc:
        cycle = svc.cycles.all()[0].id
        snap = svc.snapshot(cycle)
        m = CriteriaModel(svc.framework)
        m.set_data(svc.summary_of(snap), snap)
        yield m


def test_model_passes_the_qt_model_tester(qtmodeltester, model) -> None:
    qtmodeltester.check(model, force_py=True)


def test_structure_and_figures(model) -> None:
    assert model.rowCount() == 7
    leadership = model.index(0, 0)
    assert leadership.data() == "4.1 领导" and leadership.data(KIND_ROLE) == "category"
    item = model.index(0, 0, leadership)
    assert item.data(ID_ROLE) == "4.1.2" and item.data() == "4.1.2 高层领导的作用"
    # 50 and 25 → provisional median 35 %, 17.5 of 50 points; italic while not agreed
    assert model.index(0, 1, leadership).data() == "35%"
    assert model.index(0, 2, leadership).data() == "17.5/50"
    assert model.index(0, 1, leadership).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(0, 2).data() == "17.5/110"
    clause = model.index(1, 1, item)
    assert clause.data() == "已完成"  # 4.1.2b was marked done
    assert model.index(2, 1, item).data() == "未填写"
    assert "已回答 2/7 个条款" in item.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0, model.index(2, 0)).data(Qt.ItemDataRole.DecorationRole) is not None


def test_clicking_the_tree_opens_items_and_clauses(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    window.show_page("dashboard")
    tree_model = window.nav.model
    strategy = tree_model.index_of("4.2.3")
    window.ui.criteriaTree.clicked.emit(strategy)
    assert window.current_page().current_item() == "4.2.3"
    selected = window.ui.criteriaTree.selectionModel().currentIndex()
    assert selected.data(ID_ROLE) == "4.2.3"
    clause = tree_model.index_of("4.6.2c")
    window.ui.criteriaTree.clicked.emit(clause)
    page = window.current_page()
    assert page.current_item() == "4.6.2"
    assert page.card_for("4.6.2c").ui.editor.hasFocus()
    window.step_item(-1)
    assert page.current_item() == "4.5.3"
    close_window(window)
