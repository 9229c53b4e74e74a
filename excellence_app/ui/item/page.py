"""The item page: write the organisation's responses clause by clause, attach
evidence, and score the item (tabs 撰写回答 / 评分 / 证据)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from excellence_app.core.changes import Kind
from excellence_app.core.framework import Item
from excellence_app.ui.generated.ui_item_page import Ui_ItemPage
from excellence_app.ui.item.clause_card import ClauseCard
from excellence_app.ui.item.evidence_panel import EvidencePanel
from excellence_app.ui.item.scoring_panel import ScoringPanel
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec, Shot
from excellence_app.ui.shell.session import ProjectSession, Update

WRITE_TAB, SCORE_TAB, EVIDENCE_TAB = 0, 1, 2
# What the page shows: responses, the item's scores and their parts, and its evidence.
SHOWS: tuple[Kind, ...] = ("responses", "scores", "consensus", "comments", "assessors", "evidence")
TABS = {"write": WRITE_TAB, "score": SCORE_TAB, "evidence": EVIDENCE_TAB}


class ItemPage(Page):
    bandChanged = Signal()

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_ItemPage()
        self.ui.setupUi(self)
        self.item: Item | None = None
        self.cards: list[ClauseCard] = []
        self.scoring = ScoringPanel(self)
        self.ui.scoreTabLayout.addWidget(self.scoring)
        self.evidence = EvidencePanel(self)
        self.ui.evidenceTabLayout.addWidget(self.evidence)
        self.scoring.bandChanged.connect(self.bandChanged)
        # Clause cards go between the summary and the stretch at the bottom.
        self.ui.clauseLayout.addStretch(1)

    # --- page protocol -----------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        self.item = None
        for card in self.cards:
            card.set_session(session)
        self.scoring.set_session(session)
        self.evidence.set_session(session)
        if session is not None:
            # Build the cards for the longest item when the event loop is idle, so that
            # no later item switch pays for creating them.
            most = max(len(i.clauses) for i in session.framework.items())
            QTimer.singleShot(0, lambda: self._warm(most) if self.session is session else None)

    def activate(self, item_id: str | None = None) -> None:
        if self.session is None:
            return
        item_id = item_id or (self.item.id if self.item else next(self.session.framework.items()).id)
        if self.item is None or self.item.id != item_id:
            self.load(item_id)
        else:
            self.refresh()

    def current_item(self) -> str | None:
        return self.item.id if self.item else None

    def current_band(self) -> int | None:
        return self.scoring.current_band()

    def flush(self) -> None:
        for card in self.cards:
            card.flush()
        self.scoring.flush()

    def prepare_shot(self, shot: Shot) -> None:
        self.ui.tabs.setCurrentIndex(TABS.get(shot.state, WRITE_TAB))

    # --- loading -----------------------------------------------------------------------------
    def _card(self, index: int) -> ClauseCard:
        while len(self.cards) <= index:
            card = ClauseCard(self.ui.writeContents)
            card.set_session(self.session)
            card.filesDropped.connect(self._files_dropped)
            # before the stretch, after the summary and the cards already there
            self.ui.clauseLayout.insertWidget(1 + len(self.cards), card)
            if self.item is None or len(self.cards) >= len(self.item.clauses):
                card.setVisible(False)  # made ahead of need
            self.cards.append(card)
        return self.cards[index]

    def _warm(self, count: int) -> None:
        for index in range(count):
            self._card(index).ensurePolished()  # style sheets are applied now, not on first show

    def load(self, item_id: str) -> None:
        assert self.session is not None
        self.flush()
        item = self.session.item(item_id)
        self.item = item
        ui = self.ui
        ui.summaryLabel.setText(item.summary)
        # Where the division into clauses comes from, for the examiner who asks.
        ui.summaryLabel.setToolTip(
            self.tr("条款划分的依据：{0}").format(item.basis.note) if item.basis else ""
        )
        separator = "; " if i18n.english() else "；"
        ui.linksLabel.setText(
            self.tr("相关评分项：{0}").format(separator.join(item.links)) if item.links else ""
        )
        ui.linksLabel.setVisible(bool(item.links))
        self.setUpdatesEnabled(False)
        try:
            for index, clause in enumerate(item.clauses):
                card = self._card(index)
                card.load(item, clause)
                card.setVisible(True)
            for card in self.cards[len(item.clauses) :]:
                card.setVisible(False)
        finally:
            self.setUpdatesEnabled(True)
        self.scoring.load(item_id)
        self.evidence.load(item_id)
        ui.writeScroll.verticalScrollBar().setValue(0)
        self._header()

    def refresh(self) -> None:
        if self.session is None or self.item is None:
            return
        for card in self.cards[: len(self.item.clauses)]:
            card.refresh()
        self.scoring.refresh()
        self.evidence.refresh()
        self._header()

    def changed(self, update: Update) -> None:
        """Redraw only the parts an edit touched: the card of a clause whose text changed
        (not the card being typed in), the scoring tab when this item's scores, consensus
        or comments changed, the evidence tab when evidence did."""
        session, item = self.session, self.item
        if session is None or item is None:
            return
        cycle = session.cycle_id
        if update.changes.touches("cycles", "settings"):
            self.refresh()
            return
        if not update.changes.touches(*SHOWS, cycle=cycle):
            return
        for card in self.cards[: len(item.clauses)]:
            if update.seen_by(card).touches_one("responses", card.clause_id, cycle):
                card.refresh()
        seen = update.seen_by(self.scoring)
        if seen.touches("assessors", cycle=cycle) or any(
            seen.touches_one(kind, item.id, cycle) for kind in ("scores", "consensus", "comments")
        ):
            self.scoring.refresh()
        if update.changes.touches("evidence", cycle=cycle):
            self.evidence.refresh()
        self._header()

    def _header(self) -> None:
        assert self.session is not None and self.item is not None
        item = self.item
        s = self.session.item_summary(item.id)
        ui = self.ui
        ui.titleLabel.setText(f"{item.id}  {i18n.title(item.title, item.title_en)}")
        kind = i18n.label(i18n.ITEM_KIND, item.kind)
        ui.metaLabel.setText(
            self.tr(
                "{0}类评分项 · 满分 {1} 分 · 已回答 {2}/{3} 个条款 · 字数 {4} · "
                "优势 {5} · 改进机会 {6} · 证据 {7}"
            ).format(
                kind,
                item.points,
                s.clauses_answered,
                s.clauses_total,
                f"{s.chars:,}",
                s.strengths,
                s.ofis,
                s.evidence,
            )
        )
        if s.percent is None:
            ui.scoreLabel.setText("—")
            ui.scoreCaption.setText(self.tr("未评分 · 满分 {0} 分").format(item.points))
        else:
            ui.scoreLabel.setText(self.tr("{0} 分").format(i18n.number(s.score, 2)))
            state = self.tr("暂定") if s.provisional else self.tr("共识")
            ui.scoreCaption.setText(self.tr("{0}%（{1}）· 满分 {2} 分").format(s.percent, state, item.points))
        ui.tabs.setTabText(EVIDENCE_TAB, self.tr("证据（{0}）").format(s.evidence))
        ui.tabs.setTabText(
            SCORE_TAB,
            self.tr("评分（{0}）").format(f"{s.percent}%") if s.percent is not None else self.tr("评分"),
        )
        ui.tabs.setTabText(
            WRITE_TAB, self.tr("撰写回答（{0}/{1}）").format(s.clauses_answered, s.clauses_total)
        )

    # --- navigation inside the page ----------------------------------------------------------
    def focus_clause(self, clause_id: str) -> None:
        if self.item is None:
            return
        for card in self.cards[: len(self.item.clauses)]:
            if card.clause_id == clause_id:
                self.ui.tabs.setCurrentIndex(WRITE_TAB)
                self.ui.writeScroll.ensureWidgetVisible(card, 0, 0)
                card.focus_editor()
                return

    def card_for(self, clause_id: str) -> ClauseCard | None:
        return next((c for c in self.cards if not c.isHidden() and c.clause_id == clause_id), None)

    def show_tab(self, name: str) -> None:
        self.ui.tabs.setCurrentIndex(TABS[name])

    def _files_dropped(self, clause_id: str, files: list[Path]) -> None:
        self.evidence.attach_paths(files, clause_id or None)
