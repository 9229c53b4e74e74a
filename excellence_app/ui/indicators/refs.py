"""Citing the selected indicator's figure from the indicators page: copy “（见图4.7.2-1）”,
or add it to the end of one of the item's clause responses (the clause editor's own
context menu inserts at the cursor)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMenu

from excellence_app.ui.shell import i18n
from excellence_app.ui.widgets import figure_refs

if TYPE_CHECKING:
    from excellence_app.ui.indicators.model import IndicatorTableModel
    from excellence_app.ui.shell.host import Host
    from excellence_app.ui.shell.session import ProjectSession


class FigureReferences:
    """Mixed into the indicators page (before Page): it uses the page's session, host,
    item, model, selected() and _status."""

    session: ProjectSession | None
    host: Host
    item_id: str | None
    model: IndicatorTableModel

    def fill_reference_menu(self, menu: QMenu) -> None:
        menu.clear()
        ind = self.selected()
        if self.session is None or ind is None or self.item_id is None:
            return
        label = self.model.rows[self.model.row_of(ind.id)].label
        text = figure_refs.reference(label)
        copy = menu.addAction(self.tr("复制“{0}”").format(text))
        copy.triggered.connect(lambda: self._copy_reference(text))
        into = menu.addMenu(self.tr("插入到条款回答的末尾"))
        for clause in self.session.item(self.item_id).clauses:
            action = into.addAction(f"{clause.id}  {i18n.title(clause.title, clause.title_en)}")
            action.triggered.connect(lambda _=False, c=clause.id: self.insert_reference(c, label))
        hint = menu.addAction(self.tr("提示：在条款编辑框中右键可在光标处插入"))
        hint.setEnabled(False)

    def _copy_reference(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self._status(self.tr("已复制“{0}”，可粘贴到任意回答中。").format(text))

    def insert_reference(self, clause_id: str, label: str) -> None:
        """Open the clause on the item page and add the reference at the end of its response."""
        if self.item_id is None:
            return
        self.host.show_item(self.item_id, clause_id)
        page = getattr(self.host, "current_page", lambda: None)()
        card = page.card_for(clause_id) if page is not None and hasattr(page, "card_for") else None
        if card is not None:
            figure_refs.insert_reference(card.ui.editor, label, at_end=True)
            card.focus_editor()
