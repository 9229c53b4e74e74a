"""The 组织概述 page: the organisation's particulars for the 申报表, then the profile sections
B.1.1 … B.2.3 with their guidance, one rich editor each, and the 字数 of every section and of
the whole against the award's limit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from excellence_app.core.changes import Kind
from excellence_app.core.errors import EditConflict
from excellence_app.ui.generated.ui_profile_page import Ui_ProfilePage
from excellence_app.ui.item.conflict import ConflictDialog, resolve
from excellence_app.ui.profile.card import ProfileSectionCard
from excellence_app.ui.profile.org_details import OrgDetailsCard
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec, Shot
from excellence_app.ui.shell.session import ProjectSession, Update

OVER_COLOR = "#c53030"


def _restyle(widget: QWidget, name: str, value: object) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ProfilePage(Page):
    watches: tuple[Kind, ...] = ("profile", "cycles", "settings")

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_ProfilePage()
        self.ui.setupUi(self)
        self.cards: list[ProfileSectionCard] = []
        self.loaded_cycle: int | None = None
        self.conflict: ConflictDialog | None = None  # the last one asked (team server)
        self.org = OrgDetailsCard(self.ui.sectionContents)
        self.ui.sectionLayout.addWidget(self.org)
        self.ui.sectionLayout.addStretch(1)

    # --- page protocol -----------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        self.loaded_cycle = None
        self.org.set_session(session)
        for card in self.cards:
            card.set_session(session)
        if session is not None:
            session.conflicted.connect(self._conflicted)

    def _conflicted(self, conflict: EditConflict, origin: object) -> None:
        if origin in self.cards:  # another member changed this section meanwhile
            self.conflict = resolve(origin, conflict)  # type: ignore[arg-type]

    def activate(self, item_id: str | None = None) -> None:
        self.refresh()

    def prepare_shot(self, shot: Shot) -> None:
        """profile.png shows the sections, profile-org.png the particulars the 申报表 takes."""
        self.ui.sectionLayout.activate()  # the scroll range is known only once laid out
        self.ui.sectionContents.adjustSize()
        bar = self.ui.sectionScroll.verticalScrollBar()
        bar.setValue(0 if shot.state == "org" else self.org.height() + self.ui.sectionLayout.spacing())

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        if self.loaded_cycle != session.cycle_id:
            self.load()
        else:
            for card in self.cards:
                card.refresh()
        self.show_total()

    def changed(self, update: Update) -> None:
        """Redraw the sections whose text changed, except the one being typed in."""
        session = self.session
        if session is None or not update.changes.touches(*self.watches, cycle=session.cycle_id):
            return
        if update.changes.touches("cycles", "settings") or self.loaded_cycle != session.cycle_id:
            self.org.refresh()
            self.refresh()
            return
        for card in self.cards:
            if update.seen_by(card).touches_one("profile", card.section_id, session.cycle_id):
                card.refresh()
        self.show_total()

    def flush(self) -> None:
        for card in self.cards:
            card.flush()

    # --- sections ----------------------------------------------------------------------------
    def load(self) -> None:
        assert self.session is not None
        self.flush()
        sections = self.session.framework.profile_sections
        while len(self.cards) < len(sections):
            card = ProfileSectionCard(self.ui.sectionContents)
            card.set_session(self.session)
            card.charsChanged.connect(self.show_total)
            self.ui.sectionLayout.insertWidget(len(self.cards) + 1, card)  # after the particulars
            self.cards.append(card)
        for card, section in zip(self.cards, sections, strict=False):
            card.load_section(section)
            card.setVisible(True)
        for card in self.cards[len(sections) :]:
            card.setVisible(False)
        self.loaded_cycle = self.session.cycle_id
        self.ui.sectionScroll.verticalScrollBar().setValue(0)

    def card_for(self, section_id: str) -> ProfileSectionCard | None:
        return next((c for c in self.cards if not c.isHidden() and c.section_id == section_id), None)

    def total_chars(self) -> int:
        """The whole profile as typed: each section's live count (core's 字数 rule); once
        saved it equals Summary.profile_chars."""
        return sum(card.chars for card in self.cards if not card.isHidden())

    def show_total(self) -> None:
        if self.session is None:
            return
        ui = self.ui
        limits = self.session.summary.limits
        award = self.session.service.award_profile(limits.award)
        award_name = i18n.title(award.name, award.name_en)
        total = self.total_chars()
        limit = limits.profile
        if limit:
            ui.totalFigure.setText(f"{total:,} / {limit:,}")
            if total > limit:
                state = self.tr("超出 {0} 字").format(f"{total - limit:,}")
            else:
                state = self.tr("尚余 {0} 字").format(f"{limit - total:,}")
            ui.totalCaption.setText(self.tr("全文字数 · {0}上限 · {1}").format(award_name, state))
            ui.limitBar.setRange(0, limit)
            ui.limitBar.setValue(min(total, limit))
        else:
            ui.totalFigure.setText(f"{total:,}")
            ui.totalCaption.setText(self.tr("全文字数 · {0}不限字数").format(award_name))
            ui.limitBar.setRange(0, 1)
            ui.limitBar.setValue(0)
        over = bool(limit and total > limit)
        ui.limitBar.setVisible(bool(limit))
        for widget in (ui.totalFigure, ui.totalCaption):
            # the "figure" role's colour outranks the shared over="true" rule; red is set here
            _restyle(widget, "over", over)
            widget.setStyleSheet(f"color: {OVER_COLOR};" if over else "")
        ui.limitBar.setStyleSheet(f"QProgressBar::chunk {{ background: {OVER_COLOR}; }}" if over else "")
