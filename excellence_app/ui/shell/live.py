"""Other members' changes on open screens (a team server's project): what the server tells
the listener (``ProjectService.listen``, LISTEN/NOTIFY) is read into the snapshot as any edit
is, and the status bar says who changed what. The listener's thread only emits signals; the
reading happens here, on the GUI thread.

When the connection is lost the window says so; when it returns, typing kept while it was
away (cards still marked unsaved) is saved, and everything is read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from excellence_app.core.changes import Changes
from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.ui.shell.session import ProjectSession

# What a change is called in the status bar, by kind (core.changes.KINDS).
KIND_WORDS = {
    "responses": QT_TRANSLATE_NOOP("LiveUpdates", "条款回答"),
    "profile": QT_TRANSLATE_NOOP("LiveUpdates", "组织概述"),
    "assessors": QT_TRANSLATE_NOOP("LiveUpdates", "评审员"),
    "scores": QT_TRANSLATE_NOOP("LiveUpdates", "评分"),
    "consensus": QT_TRANSLATE_NOOP("LiveUpdates", "共识"),
    "comments": QT_TRANSLATE_NOOP("LiveUpdates", "评语"),
    "indicators": QT_TRANSLATE_NOOP("LiveUpdates", "结果指标"),
    "evidence": QT_TRANSLATE_NOOP("LiveUpdates", "证实性材料"),
    "actions": QT_TRANSLATE_NOOP("LiveUpdates", "改进计划"),
    "cycles": QT_TRANSLATE_NOOP("LiveUpdates", "评价周期"),
    "settings": QT_TRANSLATE_NOOP("LiveUpdates", "项目设置"),
}


class LiveUpdates(QObject):
    # Emitted from the listener's thread; Qt delivers them on the GUI thread.
    _heard = Signal(object, object)  # Changes, set of users
    _connected = Signal(bool)
    told = Signal(str)  # who changed what, for the status bar
    connectionChanged = Signal(bool)

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session)
        self.session = session
        self.online = True
        self._heard.connect(self._follow)
        self._connected.connect(self._state)
        self.listener = session.service.listen(self._heard.emit, self._connected.emit)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _follow(self, changes: Changes, users: set[str]) -> None:
        if self.session.closed:
            return
        self.session.follow_elsewhere(changes)
        sep = ", " if i18n.english() else "、"
        what = sep.join(self.tr(KIND_WORDS[k]) for k in sorted(changes.kinds, key=list(KIND_WORDS).index))
        self.told.emit(self.tr("{0} 刚刚修改了{1}").format(sep.join(sorted(users)), what))

    def _state(self, online: bool) -> None:
        was, self.online = self.online, online
        if online and not was and not self.session.closed:
            self.session.flushRequested.emit()  # typing kept while the server was away
            self.session.reload()
        self.connectionChanged.emit(online)
