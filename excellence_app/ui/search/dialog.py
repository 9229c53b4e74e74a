"""Ctrl+F: search the criteria guidance and the organisation's own responses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from excellence_app.core.markdown import plain_text
from excellence_app.ui.generated.ui_search_dialog import Ui_SearchDialog
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon

if TYPE_CHECKING:
    from excellence_app.core.framework import Framework
    from excellence_app.core.snapshots import CycleSnapshot

CONTEXT = 28
MAX_HITS = 300
HIT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Hit:
    item_id: str
    clause_id: str | None
    source: str  # "criteria" (titles, summaries, guidance, questions) or "response"
    snippet: str


def snippet(text: str, start: int, length: int) -> str:
    left = max(0, start - CONTEXT)
    right = min(len(text), start + length + CONTEXT)
    body = text[left:right].replace("\n", " ")
    return ("…" if left else "") + body + ("…" if right < len(text) else "")


def find(
    framework: Framework,
    snapshot: CycleSnapshot | None,
    query: str,
    *,
    criteria: bool = True,
    responses: bool = True,
) -> list[Hit]:
    """Every place the query occurs (case-insensitive), in framework order."""
    needle = query.strip().casefold()
    if not needle:
        return []
    hits: list[Hit] = []

    def look(text: str, item_id: str, clause_id: str | None, source: str) -> None:
        pos = text.casefold().find(needle)
        if pos >= 0 and len(hits) < MAX_HITS:
            hits.append(Hit(item_id, clause_id, source, snippet(text, pos, len(needle))))

    for item in framework.items():
        if criteria:
            look(f"{item.title} {item.title_en}", item.id, None, "criteria")
            look(item.summary, item.id, None, "criteria")
        for clause in item.clauses:
            if criteria:
                texts = [f"{clause.title} {clause.title_en}", clause.guidance, *clause.questions]
                for text in texts:
                    before = len(hits)
                    look(text, item.id, clause.id, "criteria")
                    if len(hits) > before:
                        break  # one criteria hit per clause is enough to lead there
            if responses and snapshot is not None and clause.id in snapshot.responses:
                look(plain_text(snapshot.responses[clause.id].text), item.id, clause.id, "response")
    return hits


class SearchDialog(QDialog):
    """Non-modal: it stays open while the user jumps from hit to hit."""

    hitChosen = Signal(str, str)  # item id, clause id ("" for the item itself)

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self.framework = framework
        self.snapshot: CycleSnapshot | None = None
        self.hits: list[Hit] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run)
        ui = self.ui
        ui.queryEdit.textChanged.connect(lambda _t: self._timer.start())
        ui.queryEdit.returnPressed.connect(self._enter)
        ui.guidanceCheck.toggled.connect(lambda _b: self.run())
        ui.responsesCheck.toggled.connect(lambda _b: self.run())
        ui.resultsList.itemActivated.connect(self._activate)
        ui.buttonBox.rejected.connect(self.close)
        self.setModal(False)

    def set_snapshot(self, snapshot: CycleSnapshot | None) -> None:
        self.snapshot = snapshot

    def run(self) -> None:
        self._timer.stop()
        ui = self.ui
        self.hits = find(
            self.framework,
            self.snapshot,
            ui.queryEdit.text(),
            criteria=ui.guidanceCheck.isChecked(),
            responses=ui.responsesCheck.isChecked(),
        )
        ui.resultsList.clear()
        for hit in self.hits:
            where = self.tr("回答") if hit.source == "response" else self.tr("准则")
            place = hit.clause_id or hit.item_id
            title = self._title(hit)
            entry = QListWidgetItem(
                icon("item" if hit.source == "response" else "search"),
                f"{place} {title} · {where}\n{hit.snippet}",
            )
            entry.setData(HIT_ROLE, (hit.item_id, hit.clause_id or ""))
            ui.resultsList.addItem(entry)
        if self.hits:
            ui.resultsList.setCurrentRow(0)
        query = ui.queryEdit.text().strip()
        ui.countLabel.setText(self.tr("找到 {0} 处").format(len(self.hits)) if query else "")

    def _title(self, hit: Hit) -> str:
        if hit.clause_id:
            for _item, clause in self.framework.clauses():
                if clause.id == hit.clause_id:
                    return i18n.title(clause.title, clause.title_en)
        item = self.framework.item(hit.item_id)
        return i18n.title(item.title, item.title_en)

    def _enter(self) -> None:
        if self._timer.isActive():
            self.run()
        entry = self.ui.resultsList.currentItem()
        if entry is not None:
            self._activate(entry)

    def _activate(self, entry: QListWidgetItem) -> None:
        item_id, clause_id = entry.data(HIT_ROLE)
        self.hitChosen.emit(item_id, clause_id)
