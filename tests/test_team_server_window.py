"""The window on a team server's project: File → 连接团队服务器…, the status bar saying where
the edits go, 最近打开 remembering the server (never a password), and 另存为 making a file
copy for work offline."""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import server_db
from builders import new_project
from gui import OPEN_TIMEOUT_MS, close_window, make_window, type_text
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from excellence_app.core.server_address import ServerAddress, ServerError
from excellence_app.services import server_admin
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
    window.show_page("settings")  # the name set there plays no part on a server: said so
    assert f"数据库登录名 {address.user}" in window.pages["settings"].ui.userNameHint.text()


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


def test_the_lead_manages_the_team_and_the_round_from_the_window(qtbot, team_window, server_url) -> None:
    window = team_window
    connect(qtbot, window, server_url)
    assert window.project_files.team.action.isEnabled()
    dialog = window.project_files.team.show()
    owner = ServerAddress.parse(server_url).user
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [owner]
    login = f"li_na_{uuid.uuid4().hex[:6]}"
    try:
        adder = dialog.add()
        adder.login.setText(login)
        adder.name.setText("李娜")
        adder.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        rows = [
            tuple(dialog.table.item(r, c).text() for c in range(3)) for r in range(dialog.table.rowCount())
        ]
        assert (login, "评审员", "李娜") in rows
        assert "李娜" in [a.name for a in window.session.snapshot.assessors]  # seated in the cycle
        assert "未开启" in dialog.round_label.text() and not dialog.close_button.isEnabled()
        dialog.open_button.click()
        assert "已开启" in dialog.round_label.text() and not dialog.open_button.isEnabled()
        # An assessor asking the same is refused by the server, in one sentence.
        parts = urlsplit(server_url)
        as_li = parts._replace(netloc=f"{login}@{parts.hostname}:{parts.port}").geturl()
        with pytest.raises(ServerError, match="角色不能开启或关闭共识评议"):
            server_admin.set_round(ServerAddress.parse(as_li), None, False)
        dialog.table.selectRow(rows.index((login, "评审员", "李娜")))
        dialog.remove_button.click()
        assert login in dialog.confirm.text()  # asked first
        dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
        assert dialog.problem.text() == f"{login} 已不再是本项目的成员"
        assert login not in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        dialog.reject()
    finally:
        server_db.drop_roles([login])


def test_typing_while_the_server_is_away_is_kept_and_saved_when_it_returns(
    qtbot, team_window, server_url
) -> None:
    window = team_window
    connect(qtbot, window, server_url)
    window.show_item("4.1.2")
    card = window.pages["item"].card_for("4.1.2a")
    database = ServerAddress.parse(server_url).database
    away = [
        f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false',
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'",
    ]
    server_db.admin(*away)
    try:
        qtbot.waitUntil(lambda: window.status.offline, timeout=10_000)
        assert "连接已断开" in window.status.save_label.text()
        type_text(card.ui.editor, "断网时写的")
        card.flush()
        assert card.pending  # not saved, and kept
        assert window.message is None or not window.message.isVisible()  # said in the status bar
    finally:
        server_db.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(lambda: not window.status.offline and not card.pending, timeout=15_000)
    with ProjectService.open(server_url, read_only=True) as other:
        assert other.snapshot(1).responses["4.1.2a"].text.strip() == "断网时写的"


def test_a_profile_section_changed_meanwhile_asks_in_the_window(qtbot, team_window, server_url) -> None:
    window = team_window
    connect(qtbot, window, server_url)
    window.show_page("profile")
    card = next(c for c in window.pages["profile"].cards if c.section_id == "B.1.1")
    with ProjectService.open(server_url) as other:  # another member, a moment earlier
        other.content.set_profile_text(1, "B.1.1", "另一位成员写的概况")
    type_text(card.ui.editor, "我写的概况")
    card.flush()
    page = window.pages["profile"]
    qtbot.waitUntil(lambda: page.conflict is not None and page.conflict.isVisible(), timeout=5000)
    theirs = next(b for b in page.conflict.findChildren(QPushButton) if "采用对方" in b.text())
    theirs.click()
    assert not card.pending and card.ui.editor.toPlainText().strip() == "另一位成员写的概况"


def test_a_member_scores_as_themselves_whatever_the_window_calls_its_user(
    qtbot, team_window, server_url
) -> None:
    login = f"li_na_{uuid.uuid4().hex[:6]}"
    with ProjectService.open(server_url) as owner:
        owner.scoring.add_assessor(1, "张伟", "lead")  # the first choice of a window that knows nobody
    server_admin.add_user(ServerAddress.parse(server_url), login, "assessor", "李娜")
    try:
        parts = urlsplit(server_url)
        connect(qtbot, team_window, parts._replace(netloc=f"{login}@{parts.hostname}:{parts.port}").geturl())
        assert team_window.settings.user_name != "李娜"
        assert team_window.session.assessor().name == "李娜"
        team_window.close_project()
    finally:
        server_db.drop_roles([login])


def test_a_member_who_is_not_the_lead_is_offered_nothing_only_a_lead_may_do(
    qtbot, team_window, server_url
) -> None:
    login = f"viewer_{uuid.uuid4().hex[:6]}"
    server_admin.add_user(ServerAddress.parse(server_url), login, "viewer", "周敏")
    try:
        parts = urlsplit(server_url)
        connect(qtbot, team_window, parts._replace(netloc=f"{login}@{parts.hostname}:{parts.port}").geturl())
        assert team_window.session.assessor() is None  # not shown as the lead, or anyone else
        team_window.show_item("4.1.2")
        assert team_window.pages["item"].card_for("4.1.2a").ui.editor.isReadOnly()  # reads only
        dialog = team_window.project_files.team.show()
        buttons = (dialog.add_button, dialog.remove_button, dialog.open_button, dialog.close_button)
        assert not any(b.isEnabled() for b in buttons)
        assert dialog.lead_note.isVisibleTo(dialog)
        dialog.reject()
        team_window.show_page("consensus")
        assert "看不到的评分不等于没有评分" in team_window.pages["consensus"].ui.legendLabel.text()
        team_window.close_project()
    finally:
        server_db.drop_roles([login])
