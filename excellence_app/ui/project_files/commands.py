"""An assessor's workbooks imported as one undo step: redo imports every workbook
(services.score_import) in one transaction; undo puts each assessor back as they were before
(services.score_undo), in one transaction too."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession

if TYPE_CHECKING:
    from excellence_app.services.score_import import ImportReport
    from excellence_app.services.score_undo import AssessorState


class ImportWorkbooks(SessionCommand):
    """Redo imports every workbook (import_scores) in one transaction; undo puts each assessor
    back as they were, in one transaction too."""

    def __init__(self, session: ProjectSession, books: list[tuple[Path, str]], partial: bool) -> None:
        names = "、".join(dict.fromkeys(name for _p, name in books))
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "导入评审员评分工作簿（{0}）"), names))
        self.books, self.partial = books, partial
        self.before: list[AssessorState] | None = None
        self.made: dict[str, int] = {}  # assessors the first import made: a redo makes them again, same id
        self.reports: list[ImportReport] = []

    def do(self) -> None:
        from excellence_app.services.score_import import import_scores
        from excellence_app.services.score_undo import state_of

        svc, cycle_id = self.service, self.cycle_id
        first = self.before is None
        if first:  # read inside the transaction that writes: exactly what the import replaces
            self.before = [state_of(svc, cycle_id, name) for _p, name in self.books]
        for name, made_id in self.made.items():  # older steps on the stack know them by this id
            svc.scoring.add_assessor(cycle_id, name, restore_id=made_id)
        self.reports = [import_scores(svc, path, partial=self.partial) for path, _n in self.books]
        if first:
            assert self.before is not None
            for state in self.before:
                now = state_of(svc, cycle_id, state.name)
                if state.assessor_id is None and now.assessor_id is not None:
                    self.made[state.name] = now.assessor_id

    def undo_it(self) -> None:
        from excellence_app.services.score_undo import restore_state

        assert self.before is not None
        for state in reversed(self.before):
            restore_state(self.service, state)

    def redo(self) -> None:
        super().redo()
        if self.outcome and not any(r.applied and r.changes for r in self.reports):
            self.setObsolete(True)  # nothing changed: no undo step that would do nothing
