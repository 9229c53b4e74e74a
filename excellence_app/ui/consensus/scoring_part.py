"""The consensus part of the 评分 tab: every assessor's percent, the spread against
the threshold, and the consensus the lead agrees (percent and rationale)."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from excellence_app.core import scoring
from excellence_app.ui.consensus.commands import SetConsensus
from excellence_app.ui.shell import i18n
from excellence_app.ui.widgets.combo import select_data

if TYPE_CHECKING:
    from excellence_app.core.framework import Item
    from excellence_app.ui.generated.ui_scoring_panel import Ui_ScoringPanel
    from excellence_app.ui.shell.session import ProjectSession

_tokens = itertools.count(1)


class ConsensusPart(QObject):
    """A part the scoring panel owns (``panel.consensus``); it drives the consensus widgets
    of ``ui``. ``panel`` is the origin of the rationale typed here, so that the panel is not
    redrawn from its own typing. (The class keeps its name: it is the translation context
    of its strings.)"""

    def __init__(
        self,
        panel: QWidget,
        ui: Ui_ScoringPanel,
        session: Callable[[], ProjectSession | None],
        item: Callable[[], Item | None],
        delay_ms: int,
    ) -> None:
        super().__init__(panel)
        self.panel, self.ui = panel, ui
        self._session, self._item = session, item
        self._saved_rationale = ""
        self._token = next(_tokens)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_rationale)
        ui.consensusCombo.activated.connect(self._chosen)
        ui.consensusRationale.textChanged.connect(self._typed)

    def start_item(self) -> None:
        """Another item is shown: what is typed next is a new undo step."""
        self._token = next(_tokens)

    def flush(self) -> None:
        if self._timer.isActive():
            self._save_rationale()

    def refresh(self, force_text: bool) -> None:
        session, item, ui = self._session(), self._item(), self.ui
        assert session is not None and item is not None
        summary = session.item_summary(item.id)
        rows = "".join(
            f"<tr><td style='padding-right:14px'>{html.escape(name)}</td>"
            f"<td align='right'>{'—' if p is None else f'{p}%'}</td></tr>"
            for name, p in summary.assessor_percents.items()
        )
        if rows:
            stats = (
                ""
                if summary.mean is None
                else self.tr("均值 {0}%，极差 {1} 个百分点").format(
                    i18n.number(summary.mean, 2), summary.spread
                )
            )
            ui.assessorScoresLabel.setText(f"<table>{rows}</table><p style='color:#52606d'>{stats}</p>")
        else:
            ui.assessorScoresLabel.setText(self.tr("还没有评审员给这个评分项评分。"))
        threshold = session.snapshot.project.spread_threshold
        ui.spreadWarning.setVisible(summary.flagged)
        ui.spreadWarning.setText(
            self.tr("评审员评分的极差为 {0} 个百分点，达到分歧阈值 {1}，建议小组讨论后再确定共识。").format(
                summary.spread, threshold
            )
        )
        consensus = session.snapshot.consensus.get(item.id)
        select_data(ui.consensusCombo, consensus.percent if consensus else None)
        if consensus is not None:
            points = scoring.item_score(consensus.percent, item.points)
            ui.consensusPoints.setText(
                self.tr("{0}% × {1} = {2} 分 · {3} 于 {4} 确定").format(
                    consensus.percent,
                    item.points,
                    i18n.number(points, 2),
                    consensus.agreed_by,
                    consensus.agreed_at.strftime("%Y-%m-%d"),
                )
            )
        else:
            ui.consensusPoints.setText(
                self.tr("未确定共识时，总分暂按评审员评分的中位数计算。") if summary.assessor_percents else ""
            )
        lead = session.is_lead()
        ui.consensusCombo.setEnabled(lead)
        ui.consensusRationale.setEnabled(lead and consensus is not None)
        current = session.assessor()
        if lead:
            ui.leadHint.setText(self.tr("你以组长身份确定共识；共识分数计入总分。"))
        elif current is None:
            ui.leadHint.setText(self.tr("只有评审组长可以确定共识。"))
        else:
            ui.leadHint.setText(
                self.tr("只有评审组长可以确定共识；当前评分人 {0} 是{1}。").format(
                    current.name, i18n.label(i18n.ROLE, current.role)
                )
            )
        text = consensus.rationale if consensus else ""
        if force_text or (not self._timer.isActive() and text != self._saved_rationale):
            ui.consensusRationale.blockSignals(True)
            ui.consensusRationale.setPlainText(text)
            ui.consensusRationale.blockSignals(False)
            self._saved_rationale = text

    def set_consensus(self, percent: int | None) -> None:
        session, item = self._session(), self._item()
        if session is None or item is None or not session.is_lead():
            return
        current = session.fresh().consensus.get(item.id)
        old = (current.percent, current.rationale) if current else (None, "")
        new = (percent, old[1] if percent is not None else "")
        if new != old:
            session.push(SetConsensus(session, item.id, old, new))
            session.refresh_now()

    def _chosen(self, index: int) -> None:
        self.set_consensus(self.ui.consensusCombo.itemData(index))

    def _typed(self) -> None:
        session = self._session()
        if session is not None:
            session.set_pending(f"consensus:{id(self.panel)}", True)
        self._timer.start()

    def _save_rationale(self) -> None:
        self._timer.stop()
        session, item = self._session(), self._item()
        if session is None or item is None:
            return
        session.set_pending(f"consensus:{id(self.panel)}", False)
        text = self.ui.consensusRationale.toPlainText()
        current = session.fresh().consensus.get(item.id)
        if current is None or text == current.rationale:
            return
        command = SetConsensus(
            session,
            item.id,
            (current.percent, current.rationale),
            (current.percent, text),
            self._token,
        )
        if session.push(command, origin=self.panel):
            self._saved_rationale = text
