"""Citing the selected indicator's figure from the indicators page: copy “（见图4.7.2-1）”,
or add it to the end of one of the item's clause responses (the clause editor's own
context menu inserts at the cursor)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from excellence_app.ui.widgets import figure_refs

if TYPE_CHECKING:
    from excellence_app.core.snapshots import Indicator
    from excellence_app.ui.indicators.model import IndicatorTableModel
    from excellence_app.ui.shell.host import Host
    from excellence_app.ui.shell.session import ProjectSession


class FigureReferences(QObject):
    """The menu of ``button`` (引用此图), filled when it opens for the indicator ``selected``
    returns; the figure labels come from ``model``, the clauses from the page's item."""

    def __init__(
        self,
        button: QPushButton,
        model: IndicatorTableModel,
        *,
        host: Host,
        session: Callable[[], ProjectSession | None],
        item: Callable[[], str | None],
        selected: Callable[[], Indicator | None],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(button)
        self.model, self.host = model, host
        self.session, self.item, self.selected, self.status = session, item, selected, status
        self.menu = QMenu(button)
        self.menu.aboutToShow.connect(self.fill_menu)
        button.setMenu(self.menu)

    def fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        ind, session, item_id = self.selected(), self.session(), self.item()
        if session is None or ind is None or item_id is None:
            return
        label = self.model.rows[self.model.row_of(ind.id)].label
        text = figure_refs.reference(label)
        copy = menu.addAction(self.tr("复制“{0}”").format(text))
        copy.triggered.connect(lambda: self._copy_reference(text))
        into = menu.addMenu(self.tr("插入到条款回答的末尾"))
        for clause in session.item(item_id).clauses:
            action = into.addAction(clause.full_heading)
            action.triggered.connect(lambda _=False, c=clause.id: self.insert_reference(c, label))
        hint = menu.addAction(self.tr("提示：在条款编辑框中右键可在光标处插入"))
        hint.setEnabled(False)

    def _copy_reference(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.status(self.tr("已复制“{0}”，可粘贴到任意回答中。").format(text))

    def insert_reference(self, clause_id: str, label: str) -> None:
        """Open the clause on the item page and add the reference at the end of its response."""
        item_id = self.item()
        if item_id is None:
            return
        self.host.show_item(item_id, clause_id)
        page = self.host.current_page()
        card = page.card_for(clause_id) if page is not None and hasattr(page, "card_for") else None
        if card is not None:
            figure_refs.insert_reference(card.ui.editor, label, at_end=True)
            card.focus_editor()
