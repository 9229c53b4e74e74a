"""Undoable edits of the cycles and award profiles: renaming a cycle and changing one of
the project's own award profiles. Also choosing a cycle's award
(SetCycleAward), which the 设置 page offers too, the day its data stand at and its 申报日期
(SetCycleDay).

After a rename or a profile change, the cycle selector, the window title and every 字数 limit shown must follow,
so both announce a change of the cycle list through the session."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from excellence_app.core.awards import AwardProfile
from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession


class CycleListCommand(SessionCommand):
    def redo(self) -> None:
        super().redo()
        self._announce()

    def undo(self) -> None:
        super().undo()
        self._announce()

    def _announce(self) -> None:
        self.session.refresh_now()
        self.session.cycleChanged.emit()


class RenameCycle(CycleListCommand):
    def __init__(self, session: ProjectSession, cycle_id: int, old: str, new: str) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "重命名评价周期 {0}"), new))
        self.target, self.old, self.new = cycle_id, old, new

    def do(self) -> None:
        self.service.cycles.rename_cycle(self.target, self.new)

    def undo_it(self) -> None:
        self.service.cycles.rename_cycle(self.target, self.old)


class SaveAwardProfile(CycleListCommand):
    def __init__(self, session: ProjectSession, old: AwardProfile, new: AwardProfile) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "修改评奖配置 {0}"), new.name))
        self.old, self.new = old, new

    def do(self) -> None:
        self.service.save_award_profile(self.new)

    def undo_it(self) -> None:
        self.service.save_award_profile(self.old)


class SetCycleAward(SessionCommand):
    def __init__(self, session: ProjectSession, old: str, new: str) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "更改评奖配置")))
        self.old, self.new = old, new

    def do(self) -> None:
        self.service.cycles.set_cycle_award(self.cycle_id, self.new)

    def undo_it(self) -> None:
        self.service.cycles.set_cycle_award(self.cycle_id, self.old)


DAY_EDITS = {
    "as_of": QT_TRANSLATE_NOOP("Commands", "更改数据截至日期"),
    "submitted_on": QT_TRANSLATE_NOOP("Commands", "更改申报日期"),
}


class SetCycleDay(SessionCommand):
    """The cycle's as-of date ("as_of") or its 申报日期 ("submitted_on")."""

    def __init__(self, session: ProjectSession, field: str, old: date | None, new: date | None) -> None:
        super().__init__(session, Words(DAY_EDITS[field]))
        self.setter = getattr(session.service.cycles, f"set_cycle_{field}")
        self.old, self.new = old, new

    def do(self) -> None:
        self.setter(self.cycle_id, self.new)

    def undo_it(self) -> None:
        self.setter(self.cycle_id, self.old)


def choose_award(session: ProjectSession, award_id: str) -> None:
    """The current cycle applies for ``award_id`` (the 周期与评奖 and 设置 pages both offer it)."""
    old = session.fresh().cycle.award_profile
    if award_id != old:
        session.push(SetCycleAward(session, old, award_id))
        session.refresh_now()
