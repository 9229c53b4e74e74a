"""The consensus the lead agrees for one item, as the consensus page and the scoring panel
both show it: the percent, the points it gives and who agreed it when, and the rationale,
saved after a pause in typing. Only the lead may change it."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from excellence_app.core import scoring
from excellence_app.ui.actions.commands import InPlace
from excellence_app.ui.consensus.commands import SetConsensus
from excellence_app.ui.shell import i18n
from excellence_app.ui.widgets.combo import select_data

if TYPE_CHECKING:
    from excellence_app.core.framework import Item
    from excellence_app.ui.shell.session import ProjectSession

# One count for every box: typing in the page's box and then in the panel's is two undo steps.
_tokens = itertools.count(1)


class ConsensusWidgets(Protocol):
    """The widgets of a consensus box, named alike in the page's and the panel's forms."""

    consensusCombo: QComboBox
    consensusPoints: QLabel
    consensusRationale: QPlainTextEdit
    leadHint: QLabel


class ConsensusBox(QObject):
    """Drives the consensus widgets of ``ui``. ``owner`` (the page or the panel) is the origin
    of the rationale typed here, so that it is not redrawn from its own typing; ``in_place``
    keeps an undo of these edits on the page that made them."""

    def __init__(
        self,
        owner: QWidget,
        ui: ConsensusWidgets,
        session: Callable[[], ProjectSession | None],
        item: Callable[[], Item | None],
        delay_ms: int,
        *,
        in_place: bool,
    ) -> None:
        super().__init__(owner)
        self.owner, self.ui = owner, ui
        self._session, self._item = session, item
        self._in_place = in_place
        self._saved_rationale = ""
        self._token = next(_tokens)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_rationale)
        ui.consensusCombo.activated.connect(lambda n: self.set_consensus(ui.consensusCombo.itemData(n)))
        ui.consensusRationale.textChanged.connect(self._typed)

    def start_item(self) -> None:
        """Another item is shown: what is typed next is a new undo step."""
        self._token = next(_tokens)

    def flush(self) -> None:
        if self._timer.isActive():
            self._save_rationale()

    def show(self, force_text: bool) -> None:
        session, item, ui = self._session(), self._item(), self.ui
        assert session is not None and item is not None
        consensus = session.snapshot.consensus.get(item.id)
        select_data(ui.consensusCombo, consensus.percent if consensus else None)
        if consensus is not None:
            ui.consensusPoints.setText(
                self.tr("{0}% × {1} = {2} 分 · {3} 于 {4} 确定").format(
                    consensus.percent,
                    item.points,
                    i18n.number(scoring.item_score(consensus.percent, item.points), 2),
                    consensus.agreed_by,
                    consensus.agreed_at.strftime("%Y-%m-%d"),
                )
            )
        elif session.item_summary(item.id).assessor_percents:
            ui.consensusPoints.setText(self.tr("未确定共识时，总分暂按评审员评分的中位数计算。"))
        else:
            ui.consensusPoints.setText("")
        lead = session.is_lead()
        ui.consensusCombo.setEnabled(lead)
        ui.consensusRationale.setEnabled(lead and consensus is not None)
        ui.leadHint.setText(self._lead_hint(session))
        text = consensus.rationale if consensus else ""
        if force_text or (not self._timer.isActive() and text != self._saved_rationale):
            ui.consensusRationale.blockSignals(True)
            ui.consensusRationale.setPlainText(text)
            ui.consensusRationale.blockSignals(False)
            self._saved_rationale = text

    def _lead_hint(self, session: ProjectSession) -> str:
        if session.is_lead():
            return self.tr("你以组长身份确定共识；共识分数计入总分。")
        current = session.assessor()
        if current is None:
            return self.tr("只有评审组长可以确定共识。")
        return self.tr("只有评审组长可以确定共识；当前评分人 {0} 是{1}。").format(
            current.name, i18n.label(i18n.ROLE, current.role)
        )

    def set_consensus(self, percent: int | None) -> None:
        session, item = self._session(), self._item()
        if session is None or item is None or not session.is_lead():
            return
        self.flush()
        current = session.fresh().consensus.get(item.id)
        old = (current.percent, current.rationale) if current else (None, "")
        new = (percent, old[1] if percent is not None else "")
        if new != old:
            session.push(self._command(SetConsensus(session, item.id, old, new)))
            session.refresh_now()

    def _command(self, command: SetConsensus) -> SetConsensus | InPlace:
        return InPlace(command) if self._in_place else command

    def _typed(self) -> None:
        session = self._session()
        if session is not None:
            session.set_pending(f"consensus:{id(self.owner)}", True)
        self._timer.start()

    def _save_rationale(self) -> None:
        self._timer.stop()
        session, item = self._session(), self._item()
        if session is None or item is None:
            return
        session.set_pending(f"consensus:{id(self.owner)}", False)
        text = self.ui.consensusRationale.toPlainText()
        current = session.fresh().consensus.get(item.id)
        if current is None or text == current.rationale:
            return
        old, new = (current.percent, current.rationale), (current.percent, text)
        command = self._command(SetConsensus(session, item.id, old, new, self._token))
        if session.push(command, origin=self.owner):
            self._saved_rationale = text
