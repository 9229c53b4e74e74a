"""The main window's status, as parts the window owns: the status bar (save state, 字数
against the award's limit, who is scoring), the window title, the undo texts, and the
scoring guidelines dock that follows the current item."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from excellence_app.ui.item.guidelines import anchor, guidelines_html
from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.core.framework import Framework
    from excellence_app.ui.shell.main_window import MainWindow

KEPT_DOCUMENTS = 48  # two kinds × six bands, and some factor markings; a few MB at most


def _restyle(widget: QWidget, name: str, value: object) -> None:
    # Re-polishing costs a style pass and a repaint; every edit comes here with the same value.
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class WindowStatus(QObject):
    """The status bar, the title and the undo texts of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.save_failed = False  # the last edit could not be saved
        self.offline = False  # a team server's project, and the server cannot be reached
        self.save_label = QLabel()
        self.chars_label = QLabel()
        self.assessor_label = QLabel()
        bar = window.ui.statusBar
        bar.addPermanentWidget(self.assessor_label)
        bar.addPermanentWidget(self.chars_label)
        bar.addPermanentWidget(self.save_label)

    def set_online(self, online: bool) -> None:
        """A team server's project: whether the server can be reached now."""
        self.offline = not online
        self.update_save_state()

    def saved(self) -> None:
        self.save_failed = False
        self.update_save_state()

    def failed(self) -> None:
        self.save_failed = True
        self.update_save_state()

    def update_undo(self, *_args: object) -> None:
        session = self.window.session
        stack = session.undo_stack if session else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        ui = self.window.ui
        ui.actionUndo.setEnabled(can_undo)
        ui.actionRedo.setEnabled(can_redo)
        ui.actionUndo.setText(self.tr("撤销：{0}").format(stack.undoText()) if can_undo else self.tr("撤销"))
        ui.actionRedo.setText(self.tr("重做：{0}").format(stack.redoText()) if can_redo else self.tr("重做"))

    def save_state_text(self) -> tuple[str, str]:
        """The save state as shown in the status bar and the title: (text, state name)."""
        session = self.window.session
        if session is None:
            return "", ""
        if self.offline:
            return self.tr("与团队服务器的连接已断开，正在重试；未保存的修改会保留"), "failed"
        if self.save_failed:
            return self.tr("保存失败"), "failed"
        if session.pending:
            return self.tr("正在保存…"), "saving"
        if session.on_server:  # where the edits go, always in sight
            where = self.tr("团队服务器 {0}/{1}").format(session.path.host, session.path.database)
            if session.saved_at is not None:
                when = session.saved_at.strftime("%H:%M:%S")
                return self.tr("已保存到{0}，{1}").format(where, when), "saved"
            return self.tr("已连接{0}，修改会自动保存").format(where), "saved"
        if session.saved_at is not None:
            return self.tr("已保存 {0}").format(session.saved_at.strftime("%H:%M:%S")), "saved"
        return self.tr("修改会自动保存"), "saved"

    def update_save_state(self) -> None:
        text, state = self.save_state_text()
        self.save_label.setText(text)
        _restyle(self.save_label, "state", state)
        self.update_title()

    def update_title(self) -> None:
        app_name = self.tr("卓越绩效自评")
        session = self.window.session
        if session is None:
            self.window.setWindowTitle(app_name)
            return
        snap = session.snapshot
        state, _ = self.save_state_text()
        self.window.setWindowTitle(
            self.tr("{0} · {1} — {2}（{3}）").format(snap.project.org_name, snap.cycle.name, app_name, state)
        )

    def update(self) -> None:
        """The 字数 against the award's limit and who is scoring, then the title."""
        session = self.window.session
        if session is None:
            self.chars_label.setText("")
            self.assessor_label.setText("")
            self.update_title()
            return
        s = session.summary
        limit = s.limits.report
        if limit:
            text = self.tr("自评报告字数 {0} / {1}").format(f"{s.report_chars:,}", f"{limit:,}")
        else:
            text = self.tr("自评报告字数 {0}（无限制）").format(f"{s.report_chars:,}")
        self.chars_label.setText(text)
        _restyle(self.chars_label, "over", bool(limit and s.report_chars > limit))
        assessor = session.assessor()
        self.assessor_label.setText(
            self.tr("评分人：{0}（{1}）").format(assessor.name, i18n.label(i18n.ROLE, assessor.role))
            if assessor
            else ""
        )
        self.update_title()


class GuideDock(QObject):
    """The scoring guidelines beside an item page: the item kind's bands, the current band
    and factor bands marked; shown only on the item page, and only if the user wants it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.kind = "process"
        self.wanted = True  # the user's choice; the dock shows only beside an item
        self._shown_key: tuple[object, ...] | None = None
        # Laid-out guidelines by what they show: going back to an item (or to another with the
        # same kind and bands) swaps a document in (~3 ms) instead of parsing the HTML (~9 ms).
        self._documents: OrderedDict[tuple[object, ...], QTextDocument] = OrderedDict()
        window.ui.guideDock.toggleViewAction().triggered.connect(self._toggled)

    def _toggled(self, shown: bool) -> None:
        self.wanted = shown

    def update(self) -> None:
        window = self.window
        session = window.session
        if session is None:
            return
        ui = window.ui
        page = window.current_page()
        on_item = page is not None and page is window.pages.get("item")
        ui.guideDock.setVisible(on_item and self.wanted)
        ui.guideDock.toggleViewAction().setEnabled(on_item)
        item_id = page.current_item() if page is not None else None
        band, factors = None, {}
        if item_id and page is not None:
            self.kind = session.framework.item(item_id).kind
            band = page.current_band()
            scoring = getattr(page, "scoring", None)
            factors = scoring.factor_bands() if scoring is not None else {}
        key = (self.kind, band, tuple(sorted(factors.items())), i18n.language())
        browser = ui.guideBrowser
        if key != self._shown_key:
            self._shown_key = key
            browser.setDocument(self._document(key, session.framework, band, factors))
            if band is not None:
                browser.scrollToAnchor(anchor(band))
        kind = i18n.label(i18n.ITEM_KIND, self.kind)
        ui.guideDock.setWindowTitle(self.tr("评分指南 · {0}类").format(kind))

    def forget(self) -> None:
        """Drop the kept documents (another project may have another framework)."""
        self._shown_key = None
        # The browser must not be left showing one of them: it would touch it after its deletion.
        browser = self.window.ui.guideBrowser
        browser.setDocument(QTextDocument(browser))
        for document in self._documents.values():
            document.deleteLater()
        self._documents.clear()

    def _document(
        self, key: tuple[object, ...], framework: Framework, band: int | None, factors: dict[str, int]
    ) -> QTextDocument:
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        browser = self.window.ui.guideBrowser
        document = QTextDocument(self)  # ours: the browser does not delete what it shows
        document.setDefaultFont(browser.font())
        document.setHtml(guidelines_html(framework, self.kind, band, factors))
        self._documents[key] = document
        if len(self._documents) > KEPT_DOCUMENTS:
            _, oldest = self._documents.popitem(last=False)
            oldest.deleteLater()  # never the one shown: it was just added or moved to the end
        return document
