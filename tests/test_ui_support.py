"""Helpers shared by the GUI tests (tests/test_ui_*.py); this module holds no tests itself."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.project import ProjectService
from excellence_app.ui.shell.app_settings import AppSettings
from excellence_app.ui.shell.application import create_application
from excellence_app.ui.shell.main_window import MainWindow

OPEN_TIMEOUT_MS = 20_000


def make_project(path: Path, *, filled: bool = True) -> Path:
    """A project file; filled, it has answers, two assessors' scores, comments and evidence.

    Each kind is built once per test run and copied, which keeps the GUI tests quick."""
    shutil.copyfile(_template(filled), path)
    return path


@functools.cache
def _template(filled: bool) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="excellence-ui-test-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "template.exa"
    with ProjectService.create(
        path, "测试精密机械有限公司", cycle_name="2026年度自评", actor="tester"
    ) as svc:
        if filled:
            cycle = svc.cycles()[0].id
            svc.set_response(
                cycle, "4.1.2.1", "高层领导每年组织**战略研讨会**。\n\n- 每季度评审\n- 每月例会\n"
            )
            svc.set_response(cycle, "4.1.2.2", "总经理每月召开员工座谈会，听取意见。", status="done")
            svc.set_response(
                cycle, "4.7.2.1", "| 指标 | 2024 | 2025 |\n| --- | --- | --- |\n| 合格率 | 98.6 | 99.1 |\n"
            )
            lead = svc.add_assessor(cycle, "周建华", "lead")
            member = svc.add_assessor(cycle, "林芳", "member")
            svc.set_score(
                lead.id,
                "4.1.2",
                percent=50,
                factors={"approach": 4, "deployment": 3},
                rationale="做法系统，展开尚不完整。",
            )
            svc.set_score(member.id, "4.1.2", percent=25, factors={"approach": 2})
            svc.set_score(lead.id, "4.7.2", percent=40, factors={"level": 3, "trend": 3})
            svc.add_comment(cycle, "4.1.2", "strength", "高层领导亲自主持战略研讨会。", clause_id="4.1.2.1")
            svc.add_comment(cycle, "4.1.2", "ofi", "双向沟通的效果缺少评价。", significance="high")
            svc.attach_evidence(
                cycle, "质量手册.txt", "质量手册正文".encode(), "2026 版", (EvidenceLink("4.1.2", "4.1.2.1"),)
            )
    return path


def make_window(qtbot, settings: AppSettings | None = None) -> MainWindow:
    create_application()
    window = MainWindow(settings or AppSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def open_project(qtbot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
        window.open_project(path)
    assert window.session is not None


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard does, one key event per character (QTest.keyClicks takes ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def close_window(window: MainWindow) -> None:
    """Close as the user does; the project file is released."""
    window.close()
    assert window.session is None
