"""Each page redraws only when an edit touches what it shows (issue 12, 1).

Every page is shown in turn; an edit of something the page does not show leaves it alone, an
edit of something it shows redraws it. On the item page only the part that changed redraws,
and the card being typed in is not redrawn from its own text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from builders import answered_project
from gui import close_window, make_window, open_project, type_text

from excellence_app.services.project import ProjectService
from excellence_app.ui.shell.main_window import MainWindow

Edit = Callable[[ProjectService, int, MainWindow], object]


def add_action(svc: ProjectService, cycle: int, _w: MainWindow) -> object:
    return svc.actions.add_action(cycle, "4.1.2", "完善战略沟通机制")


def write_response(svc: ProjectService, cycle: int, _w: MainWindow) -> object:
    return svc.content.set_response(cycle, "4.5.2a", "关键过程按季度评审。")


def write_profile(svc: ProjectService, cycle: int, _w: MainWindow) -> object:
    return svc.content.set_profile_text(cycle, "B.1.2", "与主要供方签订长期协议。")


def score(svc: ProjectService, _cycle: int, w: MainWindow) -> object:
    assert w.session is not None
    return svc.scoring.set_score(w.session.snapshot.assessors[0].id, "4.1.2", percent=55)


def agree(svc: ProjectService, cycle: int, _w: MainWindow) -> object:
    return svc.scoring.set_consensus(cycle, "4.1.2", 45, "评审组讨论后确定。")


def add_indicator(svc: ProjectService, cycle: int, _w: MainWindow) -> object:
    return svc.indicators.add_indicator(cycle, "4.7.2", "一次交验合格率", unit="%")


def rename_cycle(svc: ProjectService, cycle: int, _w: MainWindow) -> object:
    return svc.cycles.rename_cycle(cycle, "2026年度自评（修订）")


def set_threshold(svc: ProjectService, _cycle: int, _w: MainWindow) -> object:
    return svc.scoring.set_spread_threshold(25)


# page: (an edit it does not show, an edit it shows, or None where it shows no project data)
CASES: dict[str, tuple[Edit, Edit | None]] = {
    "welcome": (write_response, None),
    "dashboard": (add_action, write_response),
    "profile": (write_response, write_profile),
    "indicators": (write_response, add_indicator),
    "consensus": (write_response, score),
    "compare": (write_profile, agree),
    "actions": (write_response, add_action),
    "present": (add_action, write_response),
    "calibration": (write_response, agree),
    "cycles": (add_action, rename_cycle),
    "settings": (write_response, set_threshold),
}


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = answered_project(tmp_path / "redraw.exa")
    w = make_window(qtbot)
    open_project(qtbot, w, path)
    yield w
    close_window(w)


def redraws(window: MainWindow, page, edit: Edit) -> int:
    """How often ``page`` (or one of its section cards) redraws after ``edit``, made as the
    interface makes edits."""
    session = window.session
    assert session is not None
    calls = []
    parts = [page, *getattr(page, "cards", ())]
    for part in parts:
        original = part.refresh
        part.refresh = lambda *a, _o=original, **k: (calls.append(1), _o(*a, **k))
    try:
        assert session.apply(lambda: edit(session.service, session.cycle_id, window))
        session.refresh_now()
    finally:
        for part in parts:
            del part.refresh
    return len(calls)


@pytest.mark.parametrize("name", list(CASES))
def test_a_page_redraws_for_what_it_shows_only(window, name: str) -> None:
    window.show_page(name)
    page = window.current_page()
    assert page is window.pages[name]
    unrelated, related = CASES[name]
    assert redraws(window, page, unrelated) == 0
    if related is not None:
        assert redraws(window, page, related) >= 1


def test_the_item_page_redraws_only_the_part_that_changed(qtbot, window) -> None:
    window.show_item("4.1.2")
    page = window.current_page()
    session = window.session
    parts = {
        "card 1": page.card_for("4.1.2a"),
        "card 2": page.card_for("4.1.2b"),
        "scoring": page.scoring,
        "evidence": page.evidence,
    }
    calls: dict[str, int] = dict.fromkeys(parts, 0)
    for key, part in parts.items():
        original = part.refresh
        part.refresh = lambda *a, _k=key, _o=original, **kw: (
            calls.__setitem__(_k, calls[_k] + 1),
            _o(*a, **kw),
        )

    def after(edit: Callable[[], object]) -> dict[str, int]:
        calls.update(dict.fromkeys(calls, 0))
        assert session.apply(edit)
        session.refresh_now()
        return {k: v for k, v in calls.items() if v}

    cycle, svc = session.cycle_id, session.service
    assert after(lambda: svc.content.set_response(cycle, "4.3.2a", "另一评分项的回答。")) == {}
    assert after(lambda: svc.indicators.add_indicator(cycle, "4.7.2", "交付及时率")) == {}
    assert after(lambda: svc.content.set_response(cycle, "4.1.2b", "高层领导每季度走访顾客。")) == {
        "card 2": 1
    }
    assert after(lambda: svc.scoring.set_consensus(cycle, "4.1.2", 50, "讨论确定。")) == {"scoring": 1}
    assert after(lambda: svc.scoring.set_consensus(cycle, "4.2.2", 40, "讨论确定。")) == {}

    # Typing in a card saves after a pause; the card keeps what it shows, nothing else redraws.
    card = parts["card 1"]
    card.ui.editor.setFocus()
    calls.update(dict.fromkeys(calls, 0))
    type_text(card.ui.editor, "每年")
    qtbot.waitUntil(lambda: not card.pending, timeout=5000)
    session.refresh_now()
    assert session.snapshot.responses["4.1.2a"].text.endswith("每年\n")
    assert not any(calls.values()), calls
    assert page.ui.tabs.tabText(0).startswith("撰写回答")


def test_a_pause_in_typing_rereads_only_the_clause_typed_in(qtbot, window, monkeypatch) -> None:
    """The refresh after a keystroke pause reads one response back, never the whole cycle."""
    window.show_item("4.1.2")
    session = window.session
    service = session.service
    whole, partial = [], []
    real_snapshot, real_updated = service.snapshot, service.updated
    monkeypatch.setattr(service, "snapshot", lambda cycle: whole.append(cycle) or real_snapshot(cycle))
    monkeypatch.setattr(
        service, "updated", lambda snap, changes: partial.append(changes) or real_updated(snap, changes)
    )
    card = window.current_page().card_for("4.1.2b")
    card.ui.editor.setFocus()
    type_text(card.ui.editor, "另")
    qtbot.waitUntil(lambda: not card.pending, timeout=5000)
    session.refresh_now()
    assert whole == []
    assert [(c.kinds, c.which("responses")) for c in partial] == [({"responses"}, {"4.1.2b"})]
    assert session.snapshot.responses["4.1.2b"].text.endswith("另\n")
