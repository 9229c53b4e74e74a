"""One clause on the item page: its guidance and key questions, the response
editor with its small toolbar and live 字数, and the clause's status.

Typing is saved through the undo stack when the user pauses (debounce), leaves
the editor, switches item or closes the window; one typing session is one step.

Laying a long response out costs tens of milliseconds, so a card may be loaded *held*:
everything but the editor's text is shown, and the editor stays empty and read-only until
:meth:`ClauseCard.fill` puts the saved text in (the page fills what is on screen at once and
the rest right after). A long text on screen may be loaded in part the same way: the blocks
that cover the screen at once, read-only, the rest a few at a time (:meth:`ClauseCard.fill_some`)
or all at once when the user reaches for it. A card not filled never saves: there is nothing
typed in it to save.
"""

from __future__ import annotations

import html
import itertools
import math
import re

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextListFormat
from PySide6.QtWidgets import QFrame, QMenu, QWidget

from excellence_app.core.framework import Clause, Item
from excellence_app.core.markdown import count_markdown_chars
from excellence_app.core.snapshots import STATUSES
from excellence_app.ui.generated.ui_clause_card import Ui_ClauseCard
from excellence_app.ui.item.commands import SetResponseStatus, SetResponseText
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.session import ProjectSession
from excellence_app.ui.widgets import figure_refs

SAVE_DELAY_MS = 600
# A text up to this many characters goes in whole even when only its first screen is wanted:
# it costs a few milliseconds, and the card can be typed in at once.
WHOLE_TEXT_CHARS = 4000
_tokens = itertools.count(1)


class ClauseCard(QFrame):
    filesDropped = Signal(str, list)  # clause id, local paths
    fillWanted = Signal(object)  # this card, held, is reached by the user before its turn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClauseCard()
        self.ui.setupUi(self)
        self.session: ProjectSession | None = None
        self.item: Item | None = None
        self.clause: Clause | None = None
        self.saved_text = ""
        self.status = "empty"
        self.pending = False
        self.chars = 0
        self.token = next(_tokens)
        self.filled = True  # the editor shows the clause's saved text (see the module's note)
        self._going_in: str | None = None  # the text the editor shows part of, while not filled
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()

    def _build(self) -> None:
        ui = self.ui
        for code in STATUSES:
            ui.statusCombo.addItem(icon(f"status-{code}"), i18n.label(i18n.STATUS, code), code)
        ui.statusCombo.activated.connect(self._status_chosen)
        # The format buttons show only icons: a screen reader reads their tool tips' words.
        for button in (ui.boldButton, ui.bulletButton, ui.numberButton, ui.tableButton):
            button.setAccessibleName(re.split(r"[（(]", button.toolTip())[0].strip())
        ui.boldButton.setIcon(icon("bold"))
        ui.bulletButton.setIcon(icon("list-bullet"))
        ui.numberButton.setIcon(icon("list-number"))
        ui.tableButton.setIcon(icon("table"))
        ui.boldButton.clicked.connect(lambda: self._format(ui.editor.toggle_bold))
        ui.bulletButton.clicked.connect(lambda: self._format(lambda: ui.editor.toggle_list(False)))
        ui.numberButton.clicked.connect(lambda: self._format(lambda: ui.editor.toggle_list(True)))
        menu = QMenu(ui.tableButton)
        self.table_actions: dict[str, QAction] = {}
        for key, text in (
            ("insert", self.tr("插入表格（3 列）")),
            ("add_row", self.tr("在下方添加一行")),
            ("add_column", self.tr("在右侧添加一列")),
            ("remove_row", self.tr("删除当前行")),
            ("remove_column", self.tr("删除当前列")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, k=key: self._table(k))
            self.table_actions[key] = action
        menu.aboutToShow.connect(self._update_table_menu)
        ui.tableButton.setMenu(menu)
        ui.guideToggle.toggled.connect(self._show_guide)
        ui.guideFrame.setVisible(False)
        ui.editor.textChanged.connect(self._changed)
        ui.editor.cursorPositionChanged.connect(self._update_buttons)
        ui.editor.focusLeft.connect(self._focus_left)
        ui.editor.focusEntered.connect(self._focus_entered)
        ui.editor.filesDropped.connect(lambda files: self.filesDropped.emit(self.clause_id, files))
        self._placeholder = self.tr("写本组织的做法：谁来做、做什么、多久一次、怎样评价和改进。")
        ui.editor.setPlaceholderText(self._placeholder)
        ui.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ui.editor.customContextMenuRequested.connect(self._context_menu)

    @property
    def clause_id(self) -> str:
        return self.clause.id if self.clause else ""

    # --- loading -----------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session

    def _ours_note(self, item: Item) -> str:
        # A part without the standard's number or letter says why it has none.
        if len(item.clauses) == 1:
            return self.tr("准则未再细分本评分项：此处是整个评分项的回答，不加编号")
        return self.tr("本工具为便于撰写而设的细分，不是准则的条款")

    def load(self, item: Item, clause: Clause, fill: bool = True, height: float = math.inf) -> None:
        """Show a clause and its saved response (the caller flushed any pending typing);
        without ``fill`` the editor is held empty until :meth:`fill`; with a ``height`` a long
        text shows only its blocks that reach that many pixels, the rest waits likewise."""
        assert self.session is not None
        self.item, self.clause = item, clause
        self.token = next(_tokens)
        ui = self.ui
        ui.titleLabel.setText(clause.heading)
        ui.editor.setAccessibleName(self.tr("{0} 的回答").format(clause.heading))
        ui.titleLabel.setToolTip(self._ours_note(item) if clause.form == "ours" else "")
        ui.guidanceLabel.setText(clause.guidance)
        items = "".join(f"<li>{html.escape(q)}</li>" for q in clause.questions)
        ui.questionsLabel.setText(f"<ol style='margin:0 0 0 -20px'>{items}</ol>")
        response = self.session.snapshot.responses.get(clause.id)
        text = response.text if response else ""
        if not fill:
            self._hold(text)
        elif len(text) <= WHOLE_TEXT_CHARS:
            self._show_text(text)
        else:
            self._show_part(text, height)
        self._show_status(response.status if response else "empty")
        # The guidance leads the way where nothing is written yet, and steps aside after.
        ui.guideToggle.setChecked(not text.strip())

    def _saved(self) -> str:
        assert self.session is not None and self.clause is not None
        response = self.session.snapshot.responses.get(self.clause.id)
        return response.text if response else ""

    def fill(self) -> None:
        """Put the clause's saved text into a card not filled, read from the snapshot now, so
        the text is the latest even if edits came in while the card waited."""
        if self.filled or self.session is None or self.clause is None:
            return
        text = self._saved()
        if text != self._going_in:
            self._show_text(text)
            return
        self._loading = True
        try:
            self.ui.editor.add_markdown()
        finally:
            self._loading = False
        self._filled_with(text)

    def fill_some(self, deadline: float) -> None:
        """Put more of the saved text into a card not filled, until ``time.perf_counter()``
        passes ``deadline`` (at least one block goes in); it is filled when all is in."""
        if self.filled or self.session is None or self.clause is None:
            return
        text = self._saved()
        editor = self.ui.editor
        self._loading = True
        try:
            if text != self._going_in:  # held, or its text changed meanwhile: begin again
                editor.begin_markdown_text(text)
                self._going_in = text
            done = editor.add_markdown(deadline=deadline)
        finally:
            self._loading = False
        if done:
            self._filled_with(text)

    def _hold(self, text: str) -> None:
        editor = self.ui.editor
        self._wait()
        self._loading = True
        try:
            editor.set_markdown_text("")
        finally:
            self._loading = False
        self.saved_text = ""
        self._set_pending(False)
        self._show_chars(count_markdown_chars(text))

    def _wait(self) -> None:
        """The editor shows nothing yet, or the first part of the text: not filled."""
        editor = self.ui.editor
        self.filled = False
        self._going_in = None
        # Read-only, so that nothing can be typed that the filling would then replace; no
        # placeholder, which would say "nothing written yet" of a clause that has text.
        editor.setReadOnly(True)
        editor.setPlaceholderText("")

    def _show_part(self, text: str, height: float) -> None:
        """Show the first blocks of ``text``, as many as reach ``height`` pixels; filled if that
        is all of it."""
        editor = self.ui.editor
        self._wait()
        self._loading = True
        try:
            # A screen holds fewer characters than that: the rest is parsed later too.
            editor.begin_markdown_text(text, head=WHOLE_TEXT_CHARS)
            done = editor.add_markdown(height=height)
        finally:
            self._loading = False
        if done:
            self._filled_with(text)
            return
        self._going_in = text
        self.saved_text = ""
        self._set_pending(False)
        self._show_chars(count_markdown_chars(text))

    def _show_text(self, text: str) -> None:
        editor = self.ui.editor
        self._loading = True
        try:
            editor.set_markdown_text(text)
        finally:
            self._loading = False
        self._filled_with(text)

    def _filled_with(self, text: str) -> None:
        """The whole of ``text``, the saved response, is in the editor: it can be typed in."""
        editor = self.ui.editor
        self._going_in = None
        if not self.filled:
            self.filled = True
            editor.setPlaceholderText(self._placeholder)
        # A viewer or a trainee on a team server reads the texts; the server would refuse.
        editor.setReadOnly(self.session is not None and not self.session.writes_texts)
        self.saved_text = text
        self._set_pending(False)
        self._show_chars(count_markdown_chars(text))

    def settle(self, text: str, saved: str) -> None:
        """Put ``text`` in the editor over the saved ``saved`` (once a conflict with another
        member's edit is decided, ``ui.item.conflict``): to be saved where they differ."""
        self._show_text(text)
        self.saved_text = saved
        if text != saved:
            self._set_pending(True)
            self._timer.start()

    def shown_height(self) -> int:
        """How far down the card its text is in place: all of it when filled, the part shown
        when a part is, none when held (the page fills what the user scrolls to)."""
        if self.filled:
            return self.height()
        return self.height() if self._going_in is not None else 0

    def _show_status(self, status: str) -> None:
        self.status = status
        combo = self.ui.statusCombo
        combo.setCurrentIndex(max(0, combo.findData(status)))
        self.ui.statusIcon.setPixmap(icon(f"status-{status}").pixmap(18, 18))

    def refresh(self) -> None:
        """Follow the saved state after an edit, an undo or a redo."""
        if self.session is None or self.clause is None:
            return
        response = self.session.snapshot.responses.get(self.clause.id)
        text = response.text if response else ""
        if not self.filled and self._going_in is not None and text != self._going_in:
            self._show_text(text)  # its first part, shown, is no longer the saved text
        elif not self.filled:  # the text is read when the card fills; the 字数 follows now
            self._show_chars(count_markdown_chars(text))
        elif not self.pending and text != self.saved_text:
            position = self.ui.editor.textCursor().position()
            self._show_text(text)
            cursor = self.ui.editor.textCursor()
            cursor.setPosition(min(position, max(0, self.ui.editor.document().characterCount() - 1)))
            self.ui.editor.setTextCursor(cursor)
        self._show_status(response.status if response else "empty")

    # --- typing and saving -------------------------------------------------------------------
    def _changed(self) -> None:
        # A held editor is read-only; text put in by a program is not the user's and is not
        # saved over the clause's response (the filling replaces it).
        if self._loading or self.clause is None or not self.filled:
            return
        self._set_pending(True)
        self._timer.start()
        self._update_chars()

    def _set_pending(self, pending: bool) -> None:
        self.pending = pending
        if not pending:
            self._timer.stop()
        if self.session is not None and self.clause is not None:
            self.session.set_pending(f"clause:{id(self)}", pending)

    def flush(self) -> None:
        """Save the editor's text now if it differs from what is saved."""
        if not self.pending or self.session is None or self.item is None or self.clause is None:
            return
        text = self.ui.editor.markdown_text()
        self._set_pending(False)
        if text == self.saved_text:
            return
        command = SetResponseText(
            self.session, self.item.id, self.clause.id, self.saved_text, self.status, text, self.token
        )
        if self.session.push(command, origin=self):
            self.saved_text = text
        else:
            self._set_pending(True)  # keep it marked unsaved; the user sees the error

    def _focus_entered(self) -> None:
        if not self.filled:
            self.fillWanted.emit(self)

    def _focus_left(self) -> None:
        self.flush()
        self.token = next(_tokens)  # the next typing is a new undo step

    def _update_chars(self) -> None:
        self._show_chars(count_markdown_chars(self.ui.editor.markdown_text()))

    def _show_chars(self, count: int) -> None:
        self.ui.charsLabel.setText(QCoreApplication.translate("ClauseCard", "字数 {0}").format(f"{count:,}"))
        self.chars = count

    # --- status ------------------------------------------------------------------------------
    def _status_chosen(self, index: int) -> None:
        new = self.ui.statusCombo.itemData(index)
        if self.session is None or self.item is None or self.clause is None or new == self.status:
            return
        self.flush()
        old = self.status
        saved = self.session.push(SetResponseStatus(self.session, self.item.id, self.clause.id, old, new))
        self._show_status(new if saved else old)
        self.session.refresh_now()

    # --- formatting --------------------------------------------------------------------------
    def _format(self, op) -> None:
        op()
        self.ui.editor.setFocus()
        self._update_buttons()

    def _table(self, key: str) -> None:
        if key == "insert":
            self.ui.editor.insert_table()
        else:
            self.ui.editor.table_edit(key)
        self.ui.editor.setFocus()

    def _update_table_menu(self) -> None:
        inside = self.ui.editor.in_table()
        for key, action in self.table_actions.items():
            action.setEnabled(inside != (key == "insert"))

    def _update_buttons(self) -> None:
        if self._loading:
            return
        editor = self.ui.editor
        self.ui.boldButton.setChecked(editor.is_bold())
        style = editor.list_style()
        self.ui.bulletButton.setChecked(style == QTextListFormat.Style.ListDisc)
        self.ui.numberButton.setChecked(style == QTextListFormat.Style.ListDecimal)

    def _show_guide(self, shown: bool) -> None:
        self.ui.guideFrame.setVisible(shown)
        self.ui.guideToggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def focus_editor(self) -> None:
        self.ui.editor.setFocus()  # a held card is filled first (focusEntered)

    def context_menu(self) -> QMenu:
        """The editor's own menu plus 插入图号引用 (the results figures to cite)."""
        menu = self.ui.editor.createStandardContextMenu()
        if self.session is not None:
            figure_refs.add_menu(menu, self.session, self.item.id if self.item else None, self.ui.editor)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.ui.editor.viewport().mapToGlobal(pos))
