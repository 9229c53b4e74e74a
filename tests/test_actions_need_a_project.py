"""Without a project, only what makes sense without one can be chosen: starting or opening a
project, the settings, help and quitting. Everything else (undo, find, the pages of a project,
exports, printing, saving a copy) is disabled until a project is open (issue 17)."""

from __future__ import annotations

from pathlib import Path

from builders import answered_project
from gui import close_window, make_window, open_project
from PySide6.QtGui import QAction

from excellence_app.ui.shell.pages import page_spec

# What a window without a project offers, by the action's object name or its menu's title.
WITHOUT_A_PROJECT = {
    "actionNew",
    "actionOpen",
    "actionOpenSample",
    "actionNewFromArchive",
    "actionConnectServer",
    "actionQuit",
    "actionSettings",
    "actionAbout",
}


def _actions(window) -> list[QAction]:
    """Every action the menus and the tool bar show, submenus' own entries included."""
    seen: dict[int, QAction] = {}
    pending = [*window.menuBar().actions(), *window.ui.toolBar.actions()]
    while pending:
        action = pending.pop()
        if id(action) in seen or action.isSeparator() or not action.isVisible():
            continue
        seen[id(action)] = action
        if action.menu() is not None and action.isEnabled():  # a disabled menu hides its entries
            pending.extend(action.menu().actions())
    return list(seen.values())


def _needs_no_project(window, action: QAction) -> bool:
    if action.objectName() in WITHOUT_A_PROJECT:
        return True
    if action.menu() is not None:  # a top menu, 最近打开, 帮助 …: its entries are what count
        return True
    if action in window.ui.menuView.actions():  # the docks and the tool bar, shown or hidden
        return True
    pages = window.nav.page_actions  # the pages that need no project: welcome, settings
    if any(action is a and not page_spec(name).needs_project for name, a in pages.items()):
        return True
    return action in window.ui.menuHelp.actions()  # the manual, shortcuts, about


def test_without_a_project_only_starting_settings_and_help_are_enabled(qtbot) -> None:
    window = make_window(qtbot)
    enabled = [a.text() for a in _actions(window) if a.isEnabled() and not _needs_no_project(window, a)]
    assert enabled == [], enabled
    assert window.ui.actionNew.isEnabled() and window.ui.actionOpen.isEnabled()


def test_with_a_project_the_project_actions_are_enabled_and_close_disables_them(
    qtbot, tmp_path: Path
) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    assert window.ui.actionFind.isEnabled() and window.ui.actionCloseProject.isEnabled()
    window.ui.actionCloseProject.trigger()
    qtbot.waitUntil(lambda: window.session is None)
    enabled = [a.text() for a in _actions(window) if a.isEnabled() and not _needs_no_project(window, a)]
    assert enabled == [], enabled
    close_window(window)
