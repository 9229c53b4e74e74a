"""The window on a team server's project: File → 连接团队服务器…, the status bar saying where
the edits go, 最近打开 remembering the server (never a password), and 另存为 making a file
copy for work offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import new_project
from gui import OPEN_TIMEOUT_MS, close_window, make_window, type_text
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from excellence_app.core.server_address import ServerAddress
from excellence_app.services.project import ProjectService


@pytest.fixture
def team_window(qtbot, server_url: str):
    new_project(server_url).close()
    window = make_window(qtbot)
    yield window
    close_window(window)


def connect(qtbot, window, address: str) -> None:
    dialog = window.project_files.server.choose()
    dialog.combo.setEditText(address)
    with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_connecting_opens_the_team_project_and_says_where_edits_go(qtbot, team_window, server_url) -> None:
    window = team_window
    secret = server_url.replace("@", ":s3cret@", 1)  # trust accepts any password; we must not keep it
    connect(qtbot, window, secret)
    session = window.session
    assert session is not None and session.on_server
    assert window.current_page() is window.pages["dashboard"]
    address = ServerAddress.parse(server_url)
    assert f"团队服务器 {address.host}/{address.database}" in window.status.save_label.text()
    # An edit from the window reaches the server.
    cycle = session.cycle_id
    session.service.content.set_response(cycle, "4.1.2a", "从窗口写入")
    with ProjectService.open(server_url, read_only=True) as other:
        assert other.snapshot(cycle).responses["4.1.2a"].text == "从窗口写入"
    # Remembered by its address alone.
    assert str(address) in window.settings.recent_files()
    assert all("s3cret" not in text for text in window.settings.recent_files())
    assert "s3cret" not in window.settings.file.read_text(encoding="utf-8")


def test_a_mistyped_address_is_said_in_the_dialog(qtbot, team_window) -> None:
    dialog = team_window.project_files.server.choose()
    dialog.combo.setEditText("postgresql://只有主机")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "postgresql://用户名@主机:端口/数据库" in dialog.problem.text()
    assert team_window.session is None
    dialog.reject()


def test_save_as_on_a_server_makes_a_file_for_work_offline(qtbot, team_window, server_url, tmp_path) -> None:
    window = team_window
    connect(qtbot, window, server_url)
    window.session.service.content.set_response(window.session.cycle_id, "4.1.2a", "服务器上的文字")
    target = tmp_path / "离线副本.exa"
    assert window.project_files.save_as(target) is not None
    qtbot.waitUntil(
        lambda: window.session is not None and not window.session.on_server, timeout=OPEN_TIMEOUT_MS
    )
    assert Path(window.session.path) == target
    snap = window.session.snapshot
    assert snap.responses["4.1.2a"].text == "服务器上的文字"


def test_two_windows_on_one_clause_follow_each_other_and_settle_a_conflict(qtbot, server_url) -> None:
    new_project(server_url).close()
    a, b = make_window(qtbot), make_window(qtbot)
    try:
        for window in (a, b):
            connect(qtbot, window, server_url)
            window.show_item("4.1.2")
        card_a = a.pages["item"].card_for("4.1.2a")
        card_b = b.pages["item"].card_for("4.1.2a")

        # What one saves, the other sees within a second, and is told who changed what.
        type_text(card_a.ui.editor, "甲写的第一稿")
        card_a.flush()
        qtbot.waitUntil(lambda: card_b.ui.editor.toPlainText() == "甲写的第一稿", timeout=5000)
        assert "刚刚修改了条款回答" in b.ui.statusBar.currentMessage()

        # Both type at once; the first save wins, the second is asked, nothing is overwritten.
        for card, text in ((card_b, "，乙补充的内容"), (card_a, "，甲的第二稿")):
            card.ui.editor.moveCursor(QTextCursor.MoveOperation.End)
            type_text(card.ui.editor, text)
        card_a.flush()
        card_b.flush()
        page_b = b.pages["item"]
        qtbot.waitUntil(lambda: page_b.conflict is not None and page_b.conflict.isVisible(), timeout=5000)
        dialog = page_b.conflict
        theirs, mine = (view.toPlainText() for view in dialog.texts)
        assert (theirs, mine) == ("甲写的第一稿，甲的第二稿", "甲写的第一稿，乙补充的内容")
        with ProjectService.open(server_url, read_only=True) as other:  # the first save stands
            assert other.snapshot(1).responses["4.1.2a"].text.strip() == theirs
        both = next(button for button in dialog.findChildren(QPushButton) if "放在一起" in button.text())
        both.click()
        assert card_b.pending  # both versions are in the editor, to be worked into one
        card_b.flush()
        with ProjectService.open(server_url, read_only=True) as other:
            saved = other.snapshot(1).responses["4.1.2a"].text
        assert [part.strip() for part in saved.split("\n\n")] == [mine, theirs]
        qtbot.waitUntil(lambda: card_a.saved_text == saved, timeout=5000)  # and 甲 sees it
    finally:
        close_window(a)
        close_window(b)
