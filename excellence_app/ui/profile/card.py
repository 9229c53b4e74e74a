"""One section of the organisation profile (组织概述 B.1.1 … B.2.3): the clause card's
editor, toolbar, live 字数 and guidance, saving into the cycle's profile instead of a
clause response. A section has no status, so the status row is hidden."""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from excellence_app.core.framework import ProfileSection
from excellence_app.ui.item.clause_card import ClauseCard
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession

PROFILE_TEXT_ID = 1701
_tokens = itertools.count(1)


class SetProfileText(SessionCommand):
    """Typing in one profile section; one typing session is one undo step."""

    def __init__(self, session: ProjectSession, section_id: str, old: str, new: str, token: int) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "编辑组织概述 {0}"), section_id))
        self.section_id, self.old, self.new, self.token = section_id, old, new, token

    # Written over the text each step started from, as a clause's (ui.item.commands).
    def do(self) -> None:
        self.service.content.set_profile_text(self.cycle_id, self.section_id, self.new, base=self.old)

    def undo_it(self) -> None:
        self.service.content.set_profile_text(self.cycle_id, self.section_id, self.old, base=self.new)

    def id(self) -> int:
        return PROFILE_TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetProfileText)
            and other.section_id == self.section_id
            and other.cycle_id == self.cycle_id
            and other.token == self.token
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class ProfileSectionCard(ClauseCard):
    charsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        for widget in (ui.statusIcon, ui.statusLabel, ui.statusCombo):
            widget.setVisible(False)
        ui.editor.setPlaceholderText(self.tr("用事实和数据写：规模、产品、顾客、竞争地位、面临的挑战……"))
        self.token = next(_tokens)

    @property
    def section_id(self) -> str:
        return self.clause.id if self.clause else ""

    def load_section(self, section: ProfileSection) -> None:
        """Show a section and its saved text (the caller flushed any pending typing)."""
        assert self.session is not None
        # The card's typing machinery keys on .clause; a section has the same shape.
        self.item, self.clause = None, section  # type: ignore[assignment]
        self.token = next(_tokens)
        ui = self.ui
        ui.titleLabel.setText(f"{section.id}  {i18n.title(section.title, section.title_en)}")
        ui.editor.setAccessibleName(self.tr("组织概述 {0}").format(ui.titleLabel.text()))
        ui.guidanceLabel.setText(section.guidance)
        items = "".join(f"<li>{html.escape(q)}</li>" for q in section.questions)
        ui.questionsLabel.setText(f"<ol style='margin:0 0 0 -20px'>{items}</ol>")
        ui.questionsTitle.setVisible(bool(section.questions))
        ui.questionsLabel.setVisible(bool(section.questions))
        text = self.session.snapshot.profile.get(section.id, "")
        self._show_text(text)
        ui.guideToggle.setChecked(not text.strip())

    def refresh(self) -> None:
        """Follow the saved text after an edit, an undo or a redo."""
        if self.session is None or self.clause is None:
            return
        text = self.session.snapshot.profile.get(self.section_id, "")
        if not self.pending and text != self.saved_text:
            editor = self.ui.editor
            position = editor.textCursor().position()
            self._show_text(text)
            cursor = editor.textCursor()
            cursor.setPosition(min(position, max(0, editor.document().characterCount() - 1)))
            editor.setTextCursor(cursor)

    def flush(self) -> None:
        """Save the editor's text now if it differs from what is saved."""
        if not self.pending or self.session is None or self.clause is None:
            return
        text = self.ui.editor.markdown_text()
        self._set_pending(False)
        if text == self.saved_text:
            return
        command = SetProfileText(self.session, self.section_id, self.saved_text, text, self.token)
        if self.session.push(command, origin=self):
            self.saved_text = text
        else:
            self._set_pending(True)  # keep it marked unsaved; the user sees the error

    def _focus_left(self) -> None:
        self.flush()
        self.token = next(_tokens)  # the next typing is a new undo step

    def _show_chars(self, count: int) -> None:
        super()._show_chars(count)
        self.charsChanged.emit()
