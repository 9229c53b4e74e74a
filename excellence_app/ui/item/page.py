"""The item page: write the organisation's responses clause by clause, attach
evidence, and score the item (tabs 撰写回答 / 评分 / 证据).

An item switch fills the clause editors that are on screen and holds the others (see
:mod:`excellence_app.ui.item.clause_card`): laying out a long response is most of a switch's
time. A long text reaching past the screen goes in as far as the screen, the rest after. The
cards are then filled a slice of time per turn of the event loop right after, in order, so the
cards above the one being filled never change height under the user. The next switch cancels
the rest; anything that reaches a card still waiting (the API, the focus, scrolling to where
its text stops) fills it and those above it at once.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from excellence_app.core.changes import Kind
from excellence_app.core.errors import EditConflict
from excellence_app.core.framework import Item
from excellence_app.ui.generated.ui_item_page import Ui_ItemPage
from excellence_app.ui.item.clause_card import ClauseCard
from excellence_app.ui.item.conflict import ConflictDialog, resolve
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
# How long one turn of the event loop may fill held cards: short enough that typing and
# scrolling in between do not lag.
FILL_SLICE_S = 0.012


class ItemPage(Page):
    bandChanged = Signal()

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_ItemPage()
        self.ui.setupUi(self)
        self.item: Item | None = None
        self.cards: list[ClauseCard] = []
        self.conflict: ConflictDialog | None = None  # the last one asked (team server)
        self.scoring = ScoringPanel(self)
        self.ui.scoreTabLayout.addWidget(self.scoring)
        self.evidence = EvidencePanel(self)
        self.ui.evidenceTabLayout.addWidget(self.evidence)
        self.scoring.bandChanged.connect(self.bandChanged)
        # Clause cards go between the summary and the stretch at the bottom.
        self.ui.clauseLayout.addStretch(1)
        self.shown = 0  # cards in use for the current item: self.cards[: self.shown]
        self._yielded = False  # the chain has let one turn of the event loop pass
        self._placing = False  # the page scrolls itself: not the user reaching a card
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)  # one card per turn: input and painting come between
        self._fill_timer.timeout.connect(self._fill_next)
        self.ui.writeScroll.verticalScrollBar().valueChanged.connect(self._fill_on_screen)

    # --- page protocol -----------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        self._fill_timer.stop()
        self.item = None
        self.shown = 0
        for card in self.cards:
            card.set_session(session)
        self.scoring.set_session(session)
        self.evidence.set_session(session)
        if session is not None:
            session.conflicted.connect(self._conflicted)
            # Build the cards for the longest item when the event loop is idle, so that
            # no later item switch pays for creating them.
            most = max(len(i.clauses) for i in session.framework.items())
            QTimer.singleShot(0, lambda: self._warm(most) if self.session is session else None)

    def _conflicted(self, conflict: EditConflict, origin: object) -> None:
        if isinstance(origin, ClauseCard) and origin in self.cards:
            self.conflict = resolve(origin, conflict)

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
            card.fillWanted.connect(self._fill_through)
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
        self._fill_timer.stop()  # what the last item had left to fill is not this item's
        self.shown = len(item.clauses)
        # Fill until the cards filled cover the viewport; the summary above them is not
        # counted, so a little more than a screen is filled, never less.
        budget = ui.writeScroll.viewport().height()
        covered = 0
        # A card keeping the focus across the switch (Ctrl+↓ while typing) is typed in next:
        # it is filled now, with those above it.
        focused = max(
            (i for i, c in enumerate(self.cards[: self.shown]) if c.ui.editor.hasFocus()), default=-1
        )
        self.setUpdatesEnabled(False)
        try:
            for index, clause in enumerate(item.clauses):
                card = self._card(index)
                # Shown before it is filled: a card that was hidden gets its first resize
                # on showing, and QTextEdit lays the whole text out again on a first resize.
                card.setVisible(True)
                if index <= focused:
                    card.load(item, clause)
                elif covered < budget:
                    # A long text goes in as far as the screen reaches, the rest after.
                    card.load(item, clause, height=budget - covered)
                else:
                    card.load(item, clause, fill=False)
                if covered < budget or index <= focused:
                    covered += card.sizeHint().height()
            for card in self.cards[self.shown :]:
                card.setVisible(False)
        finally:
            self.setUpdatesEnabled(True)
        if self.filling():
            self._yielded = False
            self._fill_timer.start()
        self.scoring.load(item_id)
        self.evidence.load(item_id)
        # Back to the top; the cards' places are the last item's until the layout runs, so
        # this scroll must not be read as the user reaching the cards there.
        self._placing = True
        try:
            ui.writeScroll.verticalScrollBar().setValue(0)
        finally:
            self._placing = False
        self._header()

    # --- filling the held cards ---------------------------------------------------------------
    def _fill_next(self) -> None:
        """Fill the first held card; come back on the next turn while any is left."""
        if not self._yielded:
            # The first turn after a switch paints the new item; the filling starts on the
            # turn after that, so it never stands between the user and the first screen.
            self._yielded = True
            self._fill_timer.start()
            return
        held = next((c for c in self.cards[: self.shown] if not c.filled), None)
        if held is None:
            return
        held.fill_some(time.perf_counter() + FILL_SLICE_S)
        if any(not c.filled for c in self.cards[: self.shown]):
            self._fill_timer.start()

    def _fill_through(self, card: ClauseCard) -> None:
        """Fill ``card`` now, and every card above it, so that nothing above moves later."""
        for other in self.cards[: self.shown]:
            other.fill()
            if other is card:
                return

    def _fill_on_screen(self, *_args: object) -> None:
        """The user scrolled to cards the chain has not reached yet: fill them now."""
        if self._placing or self.shown == 0 or self.cards[self.shown - 1].filled:
            return
        scroll = self.ui.writeScroll
        bottom = scroll.verticalScrollBar().value() + scroll.viewport().height()
        reached = [c for c in self.cards[: self.shown] if not c.filled and c.y() + c.shown_height() < bottom]
        if reached:
            self._fill_through(reached[-1])

    def filling(self) -> bool:
        """Whether some card of the current item still waits for its text."""
        return any(not c.filled for c in self.cards[: self.shown])

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
        # The next turn of the event loop paints this edit; the filling of held cards waits
        # for the turn after it, as after a switch (the user's edits come first).
        self._yielded = False
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
        elif update.changes.touches("responses", cycle=cycle):
            self.scoring.say_unanswered()  # what the scoring panel says of the answers
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
        meta = self.tr(
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
        # The line wraps between its parts only: Chinese may otherwise break inside "优势 5".
        # Word joiners between the characters of a part and no-break spaces keep it whole.
        parts = ("\u2060".join(part.replace(" ", "\u00a0")) for part in meta.split(" · "))
        ui.metaLabel.setText(" · ".join(parts))
        if s.percent is None:
            # Words, not a dash: a large "—" alone read as an underline.
            ui.scoreLabel.setText(self.tr("未评分"))
            ui.scoreCaption.setText(self.tr("满分 {0} 分").format(item.points))
        else:
            ui.scoreLabel.setText(self.tr("{0} 分").format(i18n.number(s.score, 2)))
            state = self.tr("暂定") if s.provisional else self.tr("共识")
            ui.scoreCaption.setText(self.tr("{0}%（{1}）· 满分 {2} 分").format(s.percent, state, item.points))
        self._tab_text(EVIDENCE_TAB, self.tr("证据（{0}）").format(s.evidence))
        self._tab_text(
            SCORE_TAB,
            self.tr("评分（{0}）").format(f"{s.percent}%") if s.percent is not None else self.tr("评分"),
        )
        self._tab_text(WRITE_TAB, self.tr("撰写回答（{0}/{1}）").format(s.clauses_answered, s.clauses_total))

    def _tab_text(self, index: int, text: str) -> None:
        # Setting a tab's text relays the tab bar out and repaints it even when the text is the
        # same, as it is after most edits.
        if self.ui.tabs.tabText(index) != text:
            self.ui.tabs.setTabText(index, text)

    # --- navigation inside the page ----------------------------------------------------------
    def focus_clause(self, clause_id: str) -> None:
        if self.item is None:
            return
        for card in self.cards[: len(self.item.clauses)]:
            if card.clause_id == clause_id:
                self.ui.tabs.setCurrentIndex(WRITE_TAB)
                self._fill_through(card)
                self.ui.writeScroll.ensureWidgetVisible(card, 0, 0)
                card.focus_editor()
                return

    def card_for(self, clause_id: str) -> ClauseCard | None:
        """The card of a clause of the current item, filled (whoever asks reads or types)."""
        card = next((c for c in self.cards[: self.shown] if c.clause_id == clause_id), None)
        if card is not None:
            self._fill_through(card)
        return card

    def show_tab(self, name: str) -> None:
        self.ui.tabs.setCurrentIndex(TABS[name])

    def _files_dropped(self, clause_id: str, files: list[Path]) -> None:
        self.evidence.attach_paths(files, clause_id or None)
