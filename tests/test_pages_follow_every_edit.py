"""A page that redraws only what an edit touched must still show what a full re-read shows
(issue 12, 1): for every page and every kind of edit, the text the page shows after the edit
equals the text it shows after the whole cycle is read again and the page redrawn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from builders import answered_project
from gui import close_window, make_window, open_project
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.project import ProjectService
from excellence_app.ui.shell.main_window import MainWindow
from excellence_app.ui.shell.pages import PAGES

# The item page once per tab: a hidden tab's widgets show nothing to compare.
PAGE_NAMES = [spec.name for spec in PAGES if spec.needs_project and spec.name != "item"] + [
    "item:write",
    "item:score",
    "item:evidence",
]


def edits(svc: ProjectService, cycle: int, window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    assert window.session is not None
    lead = window.session.snapshot.assessors[0].id
    return [
        ("response", lambda: svc.content.set_response(cycle, "4.1.2a", "高层领导每半年组织战略研讨。")),
        ("status", lambda: svc.content.set_response_status(cycle, "4.1.2b", "draft")),
        ("profile", lambda: svc.content.set_profile_text(cycle, "B.1.1", "公司成立于2003年。")),
        ("score", lambda: svc.scoring.set_score(lead, "4.1.2", percent=65, factors={"approach": 5})),
        ("consensus", lambda: svc.scoring.set_consensus(cycle, "4.1.2", 55, "讨论确定。")),
        ("comment", lambda: svc.comments.add_comment(cycle, "4.1.2", "ofi", "沟通效果未评价。")),
        (
            "evidence",
            lambda: svc.evidence.attach_evidence(cycle, "记录.txt", b"x", "", (EvidenceLink("4.1.2", None),)),
        ),
        (
            "indicator",
            lambda: svc.indicators.add_indicator(cycle, "4.7.2", "准时交付率", values={"2025": 96.0}),
        ),
        ("action", lambda: svc.actions.add_action(cycle, "4.1.2", "建立沟通效果评价")),
        ("assessor", lambda: svc.scoring.add_assessor(cycle, "许志强", "member")),
        ("threshold", lambda: svc.scoring.set_spread_threshold(30)),
        ("cycle name", lambda: svc.cycles.rename_cycle(cycle, "2026年度自评（二稿）")),
    ]


def shown(page: QWidget) -> list[tuple[str, object]]:
    """Every text the page shows, with whether it shows and whether it can be used."""
    seen: list[tuple[str, object]] = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page):
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            seen.append((name, (w.text(), w.isEnabled())))
        elif isinstance(w, QLineEdit | QComboBox):
            seen.append((name, (w.text() if isinstance(w, QLineEdit) else w.currentText(), w.isEnabled())))
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            seen.append((name, (w.toPlainText(), w.isEnabled())))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, top = w.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list model hides columnCount: one column
                columns = 1
            cells = [
                model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                for r in range(model.rowCount(top))
                for c in range(columns)
            ]
            seen.append((name, tuple(cells)))
    return seen


@pytest.fixture
def window(qtbot, tmp_path: Path):
    w = make_window(qtbot)
    open_project(qtbot, w, answered_project(tmp_path / "follow.exa"))
    yield w
    close_window(w)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_a_page_shows_after_each_edit_what_a_full_reread_shows(window, name: str) -> None:
    session = window.session
    if name.startswith("item:"):
        window.show_item("4.1.2")
        window.current_page().show_tab(name.removeprefix("item:"))
    else:
        window.show_page(name)
    page = window.current_page()
    for what, edit in edits(session.service, session.cycle_id, window):
        assert session.apply(edit), what
        session.refresh_now()
        followed = shown(page)
        session.reload()
        page.refresh()
        assert followed == shown(page), f"{name} after {what}"
