"""The consensus part of the 评分 tab: every assessor's percent, the spread against
the threshold, and the consensus box the lead agrees the item in (shared with the page)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from excellence_app.ui.consensus.box import ConsensusBox
from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.core.framework import Item
    from excellence_app.ui.generated.ui_scoring_panel import Ui_ScoringPanel
    from excellence_app.ui.shell.session import ProjectSession


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
        self.box = ConsensusBox(panel, ui, session, item, delay_ms, in_place=False)

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
        self.box.show(force_text)
