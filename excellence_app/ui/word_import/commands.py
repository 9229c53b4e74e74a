"""The Word import as one undoable step: redo writes the whole plan in one transaction,
undo puts back every text it touched as it was, in one transaction too."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from excellence_app.export.docx_import import WordImportPlan
from excellence_app.services.word_import import apply_word_import, restore_texts, texts_before
from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession


class ImportWordReport(SessionCommand):
    def __init__(self, session: ProjectSession, plan: WordImportPlan, replace: bool) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "导入 Word 报告 {0}"), plan.source))
        self.plan, self.replace = plan, replace
        self.before: dict[str, tuple[str, str]] | None = None

    def do(self) -> None:
        if self.before is None:  # read inside the transaction that writes: exactly what is replaced
            self.before = texts_before(self.service.snapshot(self.cycle_id), self.plan)
        apply_word_import(self.service, self.cycle_id, self.plan, self.replace)

    def undo_it(self) -> None:
        assert self.before is not None
        restore_texts(self.service, self.cycle_id, self.before)
