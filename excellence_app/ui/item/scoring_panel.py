"""The 评分 tab: score one item as one assessor, the way examiners do.

The four factors (ADLI for process items, LeTCI for results items) are each set
to a band; the overall percentage (steps of 5) gives the points; a warning shows
when it lies outside the factors' span. The team's strengths and opportunities,
and the lead's consensus, sit below. Every figure comes from core.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

from excellence_app.core import scoring
from excellence_app.core.framework import Item
from excellence_app.ui.consensus.scoring_part import ConsensusPart
from excellence_app.ui.generated.ui_scoring_panel import Ui_ScoringPanel
from excellence_app.ui.item.commands import AddAssessor, SetScore
from excellence_app.ui.item.comments import AssessorDialog, CommentsEditor
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.session import ProjectSession
from excellence_app.ui.widgets.combo import fill_percent_combo, select_data

SAVE_DELAY_MS = 600
_tokens = itertools.count(1)


class ScoringPanel(QWidget):
    bandChanged = Signal()  # the guideline dock follows the current band

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScoringPanel()
        self.ui.setupUi(self)
        # The content follows the panel's width: longer English labels must wrap, not be cut off.
        self.ui.scroll.widget().setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.session: ProjectSession | None = None
        self.item: Item | None = None
        self.factor_rows: list[tuple[QLabel, QComboBox, QLabel]] = []
        self._saved_rationale = ""
        self._rationale_token = next(_tokens)
        self._dialog: Any = None
        self._rationale_timer = QTimer(self)
        self._rationale_timer.setSingleShot(True)
        self._rationale_timer.setInterval(SAVE_DELAY_MS)
        self._rationale_timer.timeout.connect(self._save_rationale)
        session, item = (lambda: self.session), (lambda: self.item)
        self.consensus = ConsensusPart(self, self.ui, session, item, delay_ms=SAVE_DELAY_MS)
        self.comments = CommentsEditor(self, self.ui, session, item)
        self._build()

    def _build(self) -> None:
        ui = self.ui
        # Said before the factors: a score needs something written to judge.
        self.unanswered = QLabel(ui.scoreContents)
        self.unanswered.setObjectName("unansweredWarning")
        self.unanswered.setWordWrap(True)
        self.unanswered.setProperty("role", "warning")
        self.unanswered.setVisible(False)
        ui.contentsLayout.insertWidget(ui.contentsLayout.indexOf(ui.assessorHint) + 1, self.unanswered)
        fill_percent_combo(ui.percentCombo, self.tr("未评分"))
        fill_percent_combo(ui.consensusCombo, self.tr("未确定"))
        ui.percentCombo.activated.connect(self._percent_chosen)
        ui.assessorCombo.activated.connect(self._assessor_chosen)
        ui.addAssessorButton.setIcon(icon("add"))
        ui.addAssessorButton.clicked.connect(self.add_assessor)
        ui.rationaleEdit.textChanged.connect(self._rationale_typed)
        for _ in range(4):
            name = QLabel()
            name.setMinimumWidth(64)
            combo = QComboBox()
            combo.setMinimumWidth(150)
            combo.activated.connect(self._factor_chosen)
            descriptor = QLabel()
            descriptor.setWordWrap(True)
            descriptor.setProperty("role", "descriptor")
            descriptor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            row = len(self.factor_rows)
            ui.factorGrid.addWidget(name, row, 0)
            ui.factorGrid.addWidget(combo, row, 1)
            ui.factorGrid.addWidget(descriptor, row, 2)
            self.factor_rows.append((name, combo, descriptor))
        ui.factorGrid.setColumnStretch(2, 1)

    # --- showing -----------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.item = None
        if session is None:
            return
        self.comments.set_framework(session.framework)
        bands = session.framework.bands
        for _name, combo, _desc in self.factor_rows:
            combo.clear()
            combo.addItem(self.tr("未评"), None)
            for band in bands:
                combo.addItem(f"{band.number} · {band.label}", band.number)

    def load(self, item_id: str) -> None:
        assert self.session is not None
        self.flush()
        self.item = self.session.item(item_id)
        self._rationale_token = next(_tokens)
        self.consensus.box.start_item()
        self.refresh(force_text=True)

    def refresh(self, force_text: bool = False) -> None:
        session, item = self.session, self.item
        if session is None or item is None:
            return
        snap = session.snapshot
        ui = self.ui
        # assessors
        ui.assessorCombo.blockSignals(True)
        ui.assessorCombo.clear()
        for a in snap.assessors:
            ui.assessorCombo.addItem(
                self.tr("{0}（{1}）").format(a.name, i18n.label(i18n.ROLE, a.role)), a.id
            )
        ui.assessorCombo.setCurrentIndex(max(0, ui.assessorCombo.findData(session.assessor_id)))
        ui.assessorCombo.setEnabled(bool(snap.assessors))
        ui.assessorCombo.blockSignals(False)
        if not snap.assessors:
            ui.assessorHint.setText(
                self.tr("还没有评审员。第一次评分时，会把你（{0}）加为评审组长；也可以先添加评审员。").format(
                    session.settings.user_name
                )
            )
        else:
            ui.assessorHint.setText(self.tr("每位评审员独立评分；组长在下方确定团队共识。"))
        self.say_unanswered()
        score = snap.score(session.assessor_id, item.id) if session.assessor_id is not None else None
        factors = dict(score.factors) if score else {}
        percent = score.percent if score else None
        # factors
        kind_factors = session.framework.factors_for(item.kind)
        title = (
            self.tr("要素评价（方法、展开、学习、整合）")
            if item.kind == "process"
            else self.tr("要素评价（水平、趋势、对比、整合）")
        )
        ui.factorsBox.setTitle(title)
        bands = session.framework.bands
        for (name, combo, desc), factor in zip(self.factor_rows, kind_factors, strict=True):
            name.setText(i18n.title(factor.title, factor.title_en))
            name.setToolTip(factor.description)
            combo.setProperty("factor", factor.key)
            select_data(combo, factors.get(factor.key))
            chosen = factors.get(factor.key)
            if chosen is not None:
                desc.setText(getattr(bands[chosen - 1], item.kind)[factor.key])
            else:
                desc.setText(factor.description)
            role = "descriptor" if chosen is not None else "muted"
            if desc.property("role") != role:  # re-polishing costs; only when the look changes
                desc.setProperty("role", role)
                desc.style().unpolish(desc)
                desc.style().polish(desc)
        # overall percent
        select_data(ui.percentCombo, percent)
        if percent is None:
            ui.bandLabel.setVisible(False)
            ui.pointsLabel.setText(self.tr("满分 {0} 分").format(item.points))
        else:
            band = scoring.band_of(percent, bands)
            ui.bandLabel.setText(self.tr("分数段 {0}").format(band.label))
            ui.bandLabel.setVisible(True)
            points = scoring.item_score(percent, item.points)
            ui.pointsLabel.setText(
                self.tr("{0}% × {1} = {2} 分").format(percent, item.points, i18n.number(points, 2))
            )
        span = scoring.factor_span(bands, factors.values())
        outside = scoring.outside_factor_span(percent, bands, factors.values())
        ui.spanWarning.setVisible(outside)
        if outside and span is not None:
            ui.spanWarning.setText(
                self.tr(
                    "总体百分比 {0}% 不在各要素所在分数段的范围（{1}–{2}%）之内。"
                    "请核对要素判断，或调整总体百分比。"
                ).format(percent, span[0], span[1])
            )
        # rationale
        rationale = score.rationale if score else ""
        if force_text or (not self._rationale_timer.isActive() and rationale != self._saved_rationale):
            ui.rationaleEdit.blockSignals(True)
            ui.rationaleEdit.setPlainText(rationale)
            ui.rationaleEdit.blockSignals(False)
            self._saved_rationale = rationale
        self.comments.set_comments(snap.comments_for(item.id))
        self.consensus.refresh(force_text)
        self.bandChanged.emit()

    def say_unanswered(self) -> None:
        """Warn when the item has nothing written to judge, or note the clauses still open."""
        if self.session is None or self.item is None:
            return
        summary = self.session.item_summary(self.item.id)
        missing = summary.clauses_total - summary.clauses_answered
        if summary.clauses_answered == 0:
            text = self.tr(
                "本评分项还没有任何回答。评分依据的是组织写下的做法和结果：请先在“撰写回答”中写明，再评分。"
            )
        elif missing:
            text = self.tr("还有 {0} 个条款尚未回答，评分时请考虑缺少的内容。").format(missing)
        else:
            text = ""
        self.unanswered.setText(text)
        self.unanswered.setVisible(bool(text))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        self.comments.size_rows()

    def current_band(self) -> int | None:
        session, item = self.session, self.item
        if session is None or item is None or session.assessor_id is None:
            return None
        score = session.snapshot.score(session.assessor_id, item.id)
        if score is None or score.percent is None:
            return None
        return scoring.band_of(score.percent, session.framework.bands).number

    def factor_bands(self) -> dict[str, int]:
        session, item = self.session, self.item
        if session is None or item is None or session.assessor_id is None:
            return {}
        score = session.snapshot.score(session.assessor_id, item.id)
        return dict(score.factors) if score else {}

    # --- editing scores ----------------------------------------------------------------------
    def _current_score(self) -> tuple[int | None, dict[str, int], str]:
        assert self.session is not None and self.item is not None
        snap = self.session.fresh()
        score = snap.score(self.session.assessor_id, self.item.id) if self.session.assessor_id else None
        if score is None:
            return None, {}, ""
        return score.percent, dict(score.factors), score.rationale

    def _set_score(
        self, old: dict[str, Any], new: dict[str, Any], token: int | None = None, origin: object | None = None
    ) -> bool:
        assert self.session is not None and self.item is not None
        assessor_id = self.session.ensure_assessor()
        if assessor_id is None:
            return False
        saved = self.session.push(SetScore(self.session, assessor_id, self.item.id, old, new, token), origin)
        self.session.refresh_now()
        return bool(saved)

    def set_percent(self, percent: int | None) -> None:
        if self.session is None or self.item is None:
            return
        self.session.ensure_assessor()
        old, _factors, _r = self._current_score()
        if old != percent:
            self._set_score({"percent": old}, {"percent": percent})

    def set_factor(self, key: str, band: int | None) -> None:
        if self.session is None or self.item is None:
            return
        self.session.ensure_assessor()
        _p, factors, _r = self._current_score()
        new = dict(factors)
        if band is None:
            new.pop(key, None)
        else:
            new[key] = band
        if new != factors:
            self._set_score({"factors": factors}, {"factors": new})

    def _percent_chosen(self, index: int) -> None:
        self.set_percent(self.ui.percentCombo.itemData(index))

    def _factor_chosen(self, index: int) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            self.set_factor(combo.property("factor"), combo.itemData(index))

    def _rationale_typed(self) -> None:
        if self.session is not None:
            self.session.set_pending(f"rationale:{id(self)}", True)
        self._rationale_timer.start()

    def _save_rationale(self) -> None:
        self._rationale_timer.stop()
        if self.session is None or self.item is None:
            return
        self.session.set_pending(f"rationale:{id(self)}", False)
        text = self.ui.rationaleEdit.toPlainText()
        if text == self._saved_rationale:
            return
        self.session.ensure_assessor()
        if self._set_score(
            {"rationale": self._saved_rationale},
            {"rationale": text},
            self._rationale_token,
            origin=self,
        ):
            self._saved_rationale = text

    def flush(self) -> None:
        if self._rationale_timer.isActive():
            self._save_rationale()
        self.consensus.box.flush()

    # --- assessors ---------------------------------------------------------------------------
    def _assessor_chosen(self, index: int) -> None:
        if self.session is not None:
            self.flush()
            self.session.set_assessor(self.ui.assessorCombo.itemData(index))

    def add_assessor(self) -> AssessorDialog | None:
        if self.session is None:
            return None
        taken = {a.name for a in self.session.fresh().assessors}
        dialog = AssessorDialog(taken, self)
        dialog.accepted.connect(lambda: self._assessor_added(dialog))
        self._dialog = dialog
        dialog.open()
        return dialog

    def _assessor_added(self, dialog: AssessorDialog) -> None:
        assert self.session is not None
        name, role = dialog.values()
        command = AddAssessor(self.session, name, role)
        if self.session.push(command) and command.assessor_id is not None:
            self.session.refresh_now()
            self.session.set_assessor(command.assessor_id)
