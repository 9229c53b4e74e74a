"""The 提交前检查 page: everything ``check`` finds in the current cycle, grouped by level, each
line opening the place to fix it. The same list as ``excellence-app check`` (services.checks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from excellence_app.core.errors import AppError
from excellence_app.services.checks import LEVELS, Finding, run_checks
from excellence_app.ui.generated.ui_check_page import Ui_CheckPage
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec
from excellence_app.ui.shell.resources import icon

PLACE_ROLE = Qt.ItemDataRole.UserRole


class CheckPage(Page):
    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_CheckPage()
        self.ui.setupUi(self)
        self.findings: list[Finding] = []
        tree = self.ui.findingsTree
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        tree.header().setStretchLastSection(True)
        tree.setColumnWidth(0, 300)
        tree.itemActivated.connect(lambda item, _col: self.open_place(item.data(0, PLACE_ROLE) or ""))

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.findings = run_checks(session.service, session.cycle_id)
        names = {
            "error": self.tr("错误"),
            "warning": self.tr("提醒"),
            "info": self.tr("信息"),
        }
        tree = self.ui.findingsTree
        tree.clear()
        for level in LEVELS:
            found = [f for f in self.findings if f.level == level]
            if not found:
                continue
            group = QTreeWidgetItem([f"{names[level]}（{len(found)}）", ""])
            group.setIcon(0, icon("warning" if level != "info" else "item"))
            tree.addTopLevelItem(group)
            for f in found:
                line = QTreeWidgetItem([f.where, f.en if i18n.english() else f.zh])
                line.setData(0, PLACE_ROLE, f.place)
                line.setToolTip(1, f.en if i18n.english() else f.zh)
                group.addChild(line)
            group.setExpanded(level != "info")
        count = {level: sum(1 for f in self.findings if f.level == level) for level in LEVELS}
        if self.findings:
            text = self.tr("错误 {0} 项，提醒 {1} 项，信息 {2} 项").format(
                count["error"], count["warning"], count["info"]
            )
        else:
            text = self.tr("没有发现问题，可以导出申报材料。")
        self.ui.countLabel.setText(text)

    def open_place(self, place: str) -> None:
        """Open what a finding names: the clause, the item, the profile section, the page."""
        kind, _, key = place.partition(":")
        session = self.session
        if session is None or not kind:
            return
        if kind == "clause" and key:
            try:
                item = session.framework.clause_item(key)
            except AppError:  # a clause the framework does not have: nothing to open
                return
            self.host.show_item(item.id, key)
        elif kind == "item" and key:
            self.host.show_item(key)
        elif kind == "indicators":
            self.host.show_page("indicators", key or None)
        elif kind == "profile":
            self.host.show_page("profile")
            page = self.host.current_page()
            card = page.card_for(key) if key and hasattr(page, "card_for") else None
            if card is not None:
                page.ui.sectionScroll.ensureWidgetVisible(card)  # type: ignore[union-attr]
        elif kind == "evidence":  # files are added on an item's 证据 tab, where their kind is set
            self.host.show_item(session.framework.categories[0].items[0].id)
            page = self.host.current_page()
            if page is not None and hasattr(page, "show_tab"):
                page.show_tab("evidence")
        elif kind in ("cycles", "project"):
            self.host.show_page("cycles")
