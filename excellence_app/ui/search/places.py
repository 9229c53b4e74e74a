"""Opening the place of a search hit through the window's own navigation, and naming the widget
that shows the hit's text. The pages are reached only through what they offer everyone
(show_item, show_page, show_tab, card_for, select …) and their widgets' object names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPlainTextEdit, QWidget

from excellence_app.ui.search.highlight import Editor, select_row

if TYPE_CHECKING:
    from excellence_app.core.search import Group, Hit
    from excellence_app.ui.shell.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole  # the comment models keep a comment's id here


@dataclass
class Shown:
    """What opening a place put on screen: the page, and where the hit's own text is."""

    page: QWidget | None
    editor: Editor | None = None  # the text widget holding the hit's text
    labels: tuple[QLabel, ...] = ()  # criteria text, shown in labels
    row: bool = False  # a table row was selected


def open_place(window: MainWindow, group: Group, hit: Hit) -> Shown:
    session = window.session
    if session is None:
        return Shown(None)
    kind, _, key = group.place.partition(":")
    opener = _OPENERS.get(kind)
    return opener(window, group, hit, key) if opener is not None else Shown(window.current_page())


def _item_page(window: MainWindow, item_id: str, tab: str) -> Any:
    window.show_item(item_id)
    page = window.current_page()
    if page is not None and hasattr(page, "show_tab"):
        page.show_tab(tab)
    return page


def _criteria(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    assert group.item_id is not None
    page = _item_page(window, group.item_id, "write")
    if key == group.item_id or page is None:  # the item's own title or summary, at the top
        return Shown(page)
    card = page.card_for(key)
    if card is None:
        return Shown(page)
    card.ui.guideToggle.setChecked(True)  # the guidance and questions, folded away when written
    return Shown(page, labels=(card.ui.guidanceLabel, card.ui.questionsLabel))


def _response(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    assert group.item_id is not None
    page = _item_page(window, group.item_id, "write")
    card = page.card_for(key) if page is not None else None
    return Shown(page, editor=card.ui.editor if card is not None else None)


def _profile(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    window.show_page("profile")
    page: Any = window.current_page()
    card = page.card_for(key) if page is not None and hasattr(page, "card_for") else None
    return Shown(page, editor=card.ui.editor if card is not None else None)


def _comment(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    session = window.session
    assert session is not None and group.item_id is not None
    comment = next((c for c in session.snapshot.comments if str(c.id) == key), None)
    if comment is None or comment.assessor_id is None:  # the team's list: the item's 评分 tab
        page = _item_page(window, group.item_id, "score")
        view = page.findChild(QAbstractItemView, "commentsView") if page is not None else None
    else:  # an assessor's own list: beside the others' on the 共识 page
        window.show_page("consensus", group.item_id)
        page = window.current_page()
        if page is not None and hasattr(page, "select_item"):
            page.select_item(group.item_id)
        view = page.findChild(QAbstractItemView, "assessorCommentsView") if page is not None else None
    found = view is not None and select_row(view, int(key), ID_ROLE)
    return Shown(page, row=found)


def _score(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    session = window.session
    assert session is not None and group.item_id is not None
    assessor = key.partition(":")[0]
    if str(session.assessor_id) == assessor:  # the user's own rationale, on the 评分 tab
        page = _item_page(window, group.item_id, "score")
        edit = page.findChild(QPlainTextEdit, "rationaleEdit") if page is not None else None
        return Shown(page, editor=edit)
    window.show_page("consensus", group.item_id)  # everyone's rationale side by side
    page = window.current_page()
    if page is not None and hasattr(page, "select_item"):
        page.select_item(group.item_id)
    return Shown(page)


def _consensus(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    page = _item_page(window, key, "score")
    edit = page.findChild(QPlainTextEdit, "consensusRationale") if page is not None else None
    return Shown(page, editor=edit)


def _indicator(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    window.show_page("indicators", group.item_id)
    page: Any = window.current_page()
    if page is None or not hasattr(page, "select_indicator"):
        return Shown(page)
    return Shown(page, row=page.select_indicator(int(key)).isValid())


def _action(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    window.show_page("actions")
    page: Any = window.current_page()
    if page is None or not hasattr(page, "select"):
        return Shown(page)
    page.select(int(key))
    chosen = page.selected() if hasattr(page, "selected") else None
    return Shown(page, row=chosen is not None and str(chosen.id) == key)


def _evidence(window: MainWindow, group: Group, hit: Hit, key: str) -> Shown:
    session = window.session
    assert session is not None
    item_id = group.item_id or next(session.framework.items()).id
    page = _item_page(window, item_id, "evidence")
    entry = next((e for e in session.snapshot.evidence if str(e.id) == key), None)
    panel = getattr(page, "evidence", None)
    if entry is not None and panel is not None:
        panel.select(entry.name)
    return Shown(page, row=panel is not None and entry is not None and panel.selected() == entry)


_OPENERS = {
    "criteria": _criteria,
    "clause": _response,
    "profile": _profile,
    "comment": _comment,
    "score": _score,
    "consensus": _consensus,
    "indicator": _indicator,
    "action": _action,
    "evidence": _evidence,
}
