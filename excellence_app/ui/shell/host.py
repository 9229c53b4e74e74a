"""What every page of the work area offers the main window, and what it may ask of it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from excellence_app.core.changes import KINDS, Kind

if TYPE_CHECKING:
    # For hints only: the session pulls in the framework (YAML), which the first
    # frame must not wait for; the welcome page is a Page too.
    from excellence_app.ui.shell.app_settings import AppSettings
    from excellence_app.ui.shell.pages import PageSpec, Shot
    from excellence_app.ui.shell.session import ProjectSession, Update


class Host(Protocol):
    """The main window, as pages see it."""

    settings: AppSettings

    def show_page(self, name: str, item_id: str | None = None) -> None: ...
    def show_item(self, item_id: str, clause_id: str | None = None) -> None: ...
    def open_project(self, path: Path) -> None: ...
    def choose_and_open(self) -> None: ...
    def new_project(self) -> None: ...
    def open_sample(self) -> None: ...
    def current_page(self) -> Page | None: ...
    def show_error(self, exc: BaseException) -> None: ...
    def set_language(self, language: str) -> None: ...
    def forget_recent(self, path: Path) -> None: ...


class Page(QWidget):
    """A page in the work area's stack. Pages read the session's snapshot and summary
    and edit through undo commands; they never compute a score themselves.

    ``watches`` names the kinds of change the page shows: an edit of anything else does
    not redraw it."""

    watches: tuple[Kind, ...] = KINDS

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.host = host
        self.session: ProjectSession | None = None

    def set_session(self, session: ProjectSession | None) -> None:
        """A project was opened (or closed: None)."""
        self.session = session

    def activate(self, item_id: str | None = None) -> None:
        """The page is about to be shown (for item pages: this item)."""
        self.refresh()

    def refresh(self) -> None:
        """Redraw everything from the session's snapshot and summary."""

    def changed(self, update: Update) -> None:
        """Edits were saved while the page is visible; redraw if they touch what it shows
        (a page that made an edit itself already shows it)."""
        if self.session is not None and update.seen_by(self).touches(
            *self.watches, cycle=self.session.cycle_id
        ):
            self.refresh()

    def flush(self) -> None:
        """Save anything typed but not yet saved."""

    def current_item(self) -> str | None:
        """The item this page shows, if any (the guideline dock follows it)."""
        return None

    def current_band(self) -> int | None:
        """The band the page's current score falls in, for the guideline dock."""
        return None

    def prepare_shot(self, shot: Shot) -> None:
        """Put the page into the state a screenshot should show."""
