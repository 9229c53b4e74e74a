"""The main window's status: the save state in the status bar and the title, the
字数 against the award's limit, who is scoring, the undo texts, and the scoring
guidelines dock that follows the current item."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from excellence_app.ui.item.guidelines import anchor, guidelines_html
from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.ui.generated.ui_main_window import Ui_MainWindow
    from excellence_app.ui.shell.session import ProjectSession


class StatusDisplay:
    """Mixed into MainWindow (before QMainWindow): it uses the window's ui, session,
    current_page() and the QWidget methods."""

    ui: Ui_MainWindow
    session: ProjectSession | None
    guide_kind: str
    guide_wanted: bool
    _guide_key: tuple[object, ...] | None

    def _build_status(self) -> None:
        self.save_label = QLabel()
        self.chars_label = QLabel()
        self.assessor_label = QLabel()
        bar = self.ui.statusBar
        bar.addPermanentWidget(self.assessor_label)
        bar.addPermanentWidget(self.chars_label)
        bar.addPermanentWidget(self.save_label)

    def _update_undo(self, *_args: object) -> None:
        stack = self.session.undo_stack if self.session else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        self.ui.actionUndo.setEnabled(can_undo)
        self.ui.actionRedo.setEnabled(can_redo)
        self.ui.actionUndo.setText(
            self.tr("撤销：{0}").format(stack.undoText()) if can_undo else self.tr("撤销")
        )
        self.ui.actionRedo.setText(
            self.tr("重做：{0}").format(stack.redoText()) if can_redo else self.tr("重做")
        )

    def save_state_text(self) -> tuple[str, str]:
        """The save state as shown in the status bar and the title: (text, state name)."""
        session = self.session
        if session is None:
            return "", ""
        if self.save_failed:
            return self.tr("保存失败"), "failed"
        if session.pending:
            return self.tr("正在保存…"), "saving"
        if session.saved_at is not None:
            return self.tr("已保存 {0}").format(session.saved_at.strftime("%H:%M:%S")), "saved"
        return self.tr("修改会自动保存"), "saved"

    def _update_save_state(self) -> None:
        text, state = self.save_state_text()
        self.save_label.setText(text)
        self.save_label.setProperty("state", state)
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)
        self._update_title()

    def _update_title(self) -> None:
        app_name = self.tr("卓越绩效自评")
        if self.session is None:
            self.setWindowTitle(app_name)
            return
        snap = self.session.snapshot
        state, _ = self.save_state_text()
        self.setWindowTitle(
            self.tr("{0} · {1} — {2}（{3}）").format(snap.project.org_name, snap.cycle.name, app_name, state)
        )

    def _update_status(self) -> None:
        session = self.session
        if session is None:
            self.chars_label.setText("")
            self.assessor_label.setText("")
            return
        s = session.summary
        limit = s.limits.report
        if limit:
            text = self.tr("自评报告字数 {0} / {1}").format(f"{s.report_chars:,}", f"{limit:,}")
        else:
            text = self.tr("自评报告字数 {0}（无限制）").format(f"{s.report_chars:,}")
        self.chars_label.setText(text)
        self.chars_label.setProperty("over", bool(limit and s.report_chars > limit))
        self.chars_label.style().unpolish(self.chars_label)
        self.chars_label.style().polish(self.chars_label)
        assessor = session.assessor()
        self.assessor_label.setText(
            self.tr("评分人：{0}（{1}）").format(assessor.name, i18n.label(i18n.ROLE, assessor.role))
            if assessor
            else ""
        )
        self._update_title()

    def _guide_toggled(self, shown: bool) -> None:
        self.guide_wanted = shown

    def _update_guidelines(self) -> None:
        if self.session is None:
            return
        on_item = self.current_page() is self.pages.get("item")
        self.ui.guideDock.setVisible(on_item and self.guide_wanted)
        self.ui.guideDock.toggleViewAction().setEnabled(on_item)
        page = self.current_page()
        item_id = page.current_item() if page is not None else None
        band, factors = None, {}
        if item_id:
            self.guide_kind = self.session.framework.item(item_id).kind
            band = page.current_band()
            scoring = getattr(page, "scoring", None)
            factors = scoring.factor_bands() if scoring is not None else {}
        key = (self.guide_kind, band, tuple(sorted(factors.items())), i18n.language())
        browser = self.ui.guideBrowser
        if key != self._guide_key:  # setHtml costs a few milliseconds; skip it when nothing changed
            self._guide_key = key
            browser.setHtml(guidelines_html(self.session.framework, self.guide_kind, band, factors))
            if band is not None:
                browser.scrollToAnchor(anchor(band))
        kind = i18n.label(i18n.ITEM_KIND, self.guide_kind)
        self.ui.guideDock.setWindowTitle(self.tr("评分指南 · {0}类").format(kind))
