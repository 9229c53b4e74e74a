"""Every control on every page has an accessible name a screen reader can say, and every page
can be walked with the Tab key alone (issue 17)."""

from __future__ import annotations

import pytest
from gui import close_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from excellence_app.services.interchange import write_sample
from excellence_app.ui.shell.pages import PAGES

CONTROLS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
    QSlider,
)


def _controls(page: QWidget) -> list[QWidget]:
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QHeaderView) or widget.objectName() == "qt_tableview_cornerbutton":
            continue  # a view's own parts: the view carries the name
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo box or spin box: the box carries the name
        found.append(widget)
    return found


def _name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


@pytest.fixture(scope="module")
def window_with_everything(qapp, tmp_path_factory):
    # One window for the module: opening the complete project per test would cost seconds each.
    from excellence_app.ui.shell.app_settings import AppSettings
    from excellence_app.ui.shell.main_window import MainWindow
    from excellence_app.ui.shell.session import load_project

    folder = tmp_path_factory.mktemp("a11y")
    write_sample(folder / "p.exa").close()  # every page has content: cycles, team, trainees
    window = MainWindow(AppSettings(folder / "settings.ini"))
    window.resize(1366, 768)
    window.show()
    window.project.adopt_opened(load_project(folder / "p.exa", "tester"))
    yield window
    close_window(window)


def _show(window, name: str) -> QWidget:
    if name == "item":
        window.show_item("4.1.2")
    else:
        window.show_page(name)
    page = window.current_page()
    assert page is not None
    return page


@pytest.mark.parametrize("name", [spec.name for spec in PAGES if spec.needs_project])
def test_every_control_on_the_page_has_an_accessible_name(window_with_everything, name: str) -> None:
    page = _show(window_with_everything, name)
    controls = _controls(page)
    assert controls, "the page shows controls"
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not _name(w)]
    assert unnamed == []


@pytest.mark.parametrize("name", [spec.name for spec in PAGES if spec.needs_project])
def test_tab_reaches_every_control_that_takes_focus(window_with_everything, name: str) -> None:
    page = _show(window_with_everything, name)
    wanted = {
        w
        for w in _controls(page)
        if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QAbstractButton)
    }
    # Walk the focus chain from the page, as Tab does, until it comes round.
    reached, widget = set(), page.nextInFocusChain()
    for _ in range(5000):
        if widget is page:
            break
        reached.add(widget)
        widget = widget.nextInFocusChain()
    assert wanted - reached == set()
