"""Ctrl+F: search everything of the cycle in a dock beside the text (issue 17).

The query field, the count and the hits grouped by place (core.search). A click on a hit opens
its place through the window's own navigation and marks every match in the texts the page
shows, the hit's own match the strongest; F3 and Shift+F3 step from match to match, through
a text first and then to the next hit's place. The dock is made with the window, so that the
window's saved state places it; it shows only when asked for and only with a project open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QLineEdit, QVBoxLayout, QWidget

from excellence_app.core.search import Hit, Results, find_spans, search
from excellence_app.ui.search.highlight import Marks, editors, spans_in
from excellence_app.ui.search.places import Shown, open_place
from excellence_app.ui.search.results import ResultsTree
from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.core.snapshots import CycleSnapshot
    from excellence_app.ui.shell.main_window import MainWindow

DEBOUNCE_MS = 150


class SearchDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("searchDock")  # saveState() knows a dock by its name
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.setMinimumWidth(260)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 6, 6, 6)
        self.query = QLineEdit(body)
        self.query.setClearButtonEnabled(True)
        self.count = QLabel(body)
        self.count.setWordWrap(True)
        self.tree = ResultsTree(body)
        column.addWidget(self.query)
        column.addWidget(self.count)
        column.addWidget(self.tree, 1)
        self.setWidget(body)
        self.results = Results("", ())
        self.position: tuple[int, int] = (-1, 0)  # (hit, match in its text) F3 is on
        self.shown: Shown | None = None
        self.marks = Marks()
        self._return_to: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(lambda: self.step(1))
        self.query.installEventFilter(self)
        self.tree.hitChosen.connect(self.choose)
        self.next_action = QAction(self.tr("查找下一个"), window)
        self.next_action.setShortcut(QKeySequence("F3"))
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = QAction(self.tr("查找上一个"), window)
        self.previous_action.setShortcut(QKeySequence("Shift+F3"))
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.toggleViewAction().triggered.connect(lambda shown: None if shown else self.clear_marks())
        self.retranslate()
        self.next_action.setEnabled(False)  # no project yet (the window is still being made)
        self.previous_action.setEnabled(False)

    @classmethod
    def install(cls, window: MainWindow) -> SearchDock:
        """On the right, tabbed with the guidelines (the text keeps its width); 查找下一个 and
        查找上一个 in the Edit menu after 查找…; hidden until Ctrl+F."""
        dock = cls(window)
        ui = window.ui
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.tabifyDockWidget(ui.guideDock, dock)
        dock.hide()
        menu = ui.menuEdit
        actions = menu.actions()
        after = actions.index(ui.actionFind) + 1
        before = actions[after] if after < len(actions) else None
        menu.insertActions(before, [dock.next_action, dock.previous_action])
        ui.menuView.addAction(dock.toggleViewAction())
        window.projectOpened.connect(dock._update_actions)
        window.projectClosed.connect(dock.forget)
        window.languageChanged.connect(lambda _l: dock.retranslate())
        window.installEventFilter(dock)  # hidden before the window saves its state on closing
        return dock

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("查找"))
        self.query.setPlaceholderText(self.tr("查找准则、回答、概述、意见、指标、计划、证据"))
        self.window_.ui.actionFind.setToolTip(
            self.tr("在准则、回答、概述、评审意见、指标、改进计划和证据中查找")
        )
        self.next_action.setText(self.tr("查找下一个"))
        self.previous_action.setText(self.tr("查找上一个"))
        self._show_count()

    # --- the window's asking ---------------------------------------------------------------
    def open(self) -> None:
        """Ctrl+F: show the dock, its field focused with the query selected to type over."""
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_to = focus
        self.show()
        self.raise_()
        self.query.setFocus()
        self.query.selectAll()
        if self.query.text().strip():
            self.run()

    def set_snapshot(self, _snapshot: CycleSnapshot | None) -> None:
        """An edit was saved: the hits follow it at the next pause."""
        if self.query.text().strip():
            self._timer.start()

    def forget(self) -> None:
        """A new project, or none: a new search, nothing marked, the dock hidden if no project."""
        self._timer.stop()
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.run()
        if self.window_.session is None:
            self.hide()

    # --- searching -------------------------------------------------------------------------
    def run(self) -> None:
        self._timer.stop()
        session, text = self.window_.session, self.query.text()
        was = self._position_key()
        if session is None or not text.strip():
            self.results = Results(text, ())
        else:
            self.results = search(session.framework, session.snapshot, text)
        self.tree.show_results(self.results, i18n.english())
        self._show_count()
        hits = self.results.hits
        keys = [(g.place, h.field) for g, h in hits]
        self.position = (keys.index(was), self.position[1]) if was in keys else (-1, 0)
        if hits and self.position[0] >= 0:
            self.tree.select_hit(self.position[0])
        if not hits:
            self.clear_marks()
        else:
            self._mark_page(current=None)  # the page shown follows the query as it is typed
        self._update_actions()

    def _position_key(self) -> tuple[str, str] | None:
        hits = self.results.hits
        index = self.position[0]
        return (hits[index][0].place, hits[index][1].field) if 0 <= index < len(hits) else None

    def _show_count(self) -> None:
        r = self.results
        if not r.query.strip():
            self.count.setText("")
        elif not r.groups:
            self.count.setText(self.tr("没有找到“{0}”").format(r.query.strip()))
        else:
            text = self.tr("共 {0} 处匹配，分布在 {1} 个位置").format(r.count, len(r.groups))
            self.count.setText(text + (self.tr("（只列出前面的）") if r.truncated else ""))

    def _update_actions(self) -> None:
        has = self.window_.session is not None and bool(self.results.groups)
        self.next_action.setEnabled(has)
        self.previous_action.setEnabled(has)

    # --- going to the hits -----------------------------------------------------------------
    def choose(self, index: int) -> None:
        """A hit clicked in the list: open its place at its first match."""
        self.go(index, 0)

    def go(self, index: int, match: int) -> None:
        hits = self.results.hits
        if not 0 <= index < len(hits):
            return
        group, hit = hits[index]
        shown = self.shown
        same = self.position[0] == index and shown is not None and shown.page is self.window_.current_page()
        self.position = (index, match)
        if not same:
            self.shown = open_place(self.window_, group, hit)
            self.raise_()  # the guidelines share the dock's place; the list stays in front
        self.tree.select_hit(index)
        self._mark_page(current=match)

    def step(self, direction: int) -> None:
        """F3 / Shift+F3: the next match in the text shown, else the next hit's place."""
        if self._timer.isActive():
            self.run()
        hits = self.results.hits
        if not hits or self.window_.session is None:
            return
        index, match = self.position
        if index >= 0:
            count = self._matches_here(hits[index][1])
            if 0 <= match + direction < count:
                self.go(index, match + direction)
                return
        index = (index + direction) % len(hits) if index >= 0 else (0 if direction > 0 else len(hits) - 1)
        self.shown = None
        count = self._matches_here(hits[index][1]) if direction < 0 else 1
        self.go(index, 0)
        if direction < 0 and count > 1:  # backwards into a text: its last match
            self.go(index, self._matches_here(hits[index][1]) - 1)

    def _matches_here(self, hit: Hit) -> int:
        editor = self.shown.editor if self.shown is not None else None
        return len(spans_in(editor, self.results.query)) if editor is not None else hit.count

    def _mark_page(self, current: int | None) -> None:
        """Mark every match in the texts the page shows; ``current`` in the hit's own text."""
        page = self.window_.current_page()
        query = self.results.query
        if page is None or not query.strip():
            self.clear_marks()
            return
        self._fill_item_cards(page)
        shown = editors(page)
        self.marks.forget_others(shown)
        target = self.shown.editor if self.shown is not None and self.shown.page is page else None
        for editor in shown:
            self.marks.mark(editor, query, current if editor is target else None)
        if self.shown is not None and self.shown.page is page and current is not None:
            self._select_in_labels(self.shown.labels, current)

    def _fill_item_cards(self, page: QWidget) -> None:
        """Responses of the item shown that hold the query go into their editors now (the page
        fills the cards below the screen a little later, which would drop their marks)."""
        item = page.current_item() if hasattr(page, "current_item") else None
        clauses = [
            g.place.partition(":")[2]
            for g in self.results.groups
            if g.part == "response" and g.item_id == item
        ]
        if item and clauses and hasattr(page, "card_for"):
            page.card_for(clauses[-1])  # fills it and every card above it

    def _select_in_labels(self, labels: tuple[QLabel, ...], current: int) -> None:
        """Criteria texts are labels: the match is selected there (a label has no marks)."""
        seen = 0
        for label in labels:
            text = label.text() if label.textFormat() != Qt.TextFormat.RichText else ""
            spans = find_spans(text, self.results.query)
            if seen <= current < seen + len(spans):
                label.setTextInteractionFlags(
                    label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
                )
                start, end = spans[current - seen]
                label.setSelection(start, end - start)
                return
            seen += len(spans)

    def clear_marks(self) -> None:
        self.marks.clear()

    # --- keys and closing ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.return_focus()
            return True
        if watched is self.window_ and event.type() == QEvent.Type.Close:
            # Before the window saves its state: the dock is not shown again without a project.
            self.clear_marks()
            self.hide()
        return False

    def return_focus(self) -> None:
        """Escape: back to the text (the hit's editor, else where Ctrl+F was pressed)."""
        editor = self.shown.editor if self.shown is not None else None
        target = editor if editor is not None and editor.isVisible() else self._return_to
        if target is None or not target.isVisible():
            target = self.window_.current_page()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clear_marks()
        super().closeEvent(event)
