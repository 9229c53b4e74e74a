"""A team server that asks for a password: said in one line where nobody can be asked, the
password never shown, taken from libpq's own sources, and in the window asked for, asked
again when refused, and kept in the system's keyring only when the user says so."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import keyring
import pytest
import server_db
from gui import OPEN_TIMEOUT_MS, close_window, make_window
from keyring.backend import KeyringBackend

from excellence_app.core.server_address import PasswordNeeded, ServerAddress
from excellence_app.services import server_admin
from excellence_app.services.project import ProjectService, project_address


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process only (the test machine has none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def guarded(server_url: str) -> str:
    """The address of a project for a login that must give its password."""
    login = server_db.password_login()
    ProjectService.create(server_url, "测试企业").close()
    server_admin.add_user(project_address(server_url), login, "assessor", "李娜")
    parts = urlsplit(server_url)
    return parts._replace(netloc=f"{login}@{parts.hostname}:{parts.port}").geturl()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


def test_where_nobody_can_be_asked_the_need_is_one_line(guarded: str, cli) -> None:
    code, out, err = cli("summary", guarded)  # not a terminal: no prompt
    assert code == 1 and out == ""
    assert "要求输入用户 exa_password_user 的密码" in err and len(err.strip().splitlines()) == 1


def test_a_refused_password_is_said_and_never_shown(guarded: str, cli) -> None:
    code, _, err = cli("summary", guarded.replace("exa_password_user@", "exa_password_user:wrong-secret@"))
    assert code == 1
    assert "拒绝了用户 exa_password_user 的密码" in err and "wrong-secret" not in err


def test_pgpassword_lets_a_script_in(guarded: str, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", server_db.PASSWORD)
    code, out, err = cli("summary", guarded, "--json")
    assert code == 0, err
    assert '"total"' in out


def test_the_window_asks_asks_again_and_keeps_the_password_when_told(
    qtbot, guarded: str, memory_keyring: MemoryKeyring
) -> None:
    window = make_window(qtbot)
    try:
        control = window.project
        control.open_project(guarded)
        qtbot.waitUntil(lambda: control.password_dialog is not None and control.password_dialog.isVisible())
        first = control.password_dialog
        assert first.keep.isVisibleTo(first)  # there is a keyring to keep it in
        first.password.setText("不对的密码")
        first.accept()
        qtbot.waitUntil(lambda: control.password_dialog is not first and control.password_dialog.isVisible())
        second = control.password_dialog
        assert "拒绝了用户 exa_password_user 的密码" in second.said.text()
        second.password.setText(server_db.PASSWORD)
        second.keep.setChecked(True)
        with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
            second.accept()
        address = ServerAddress.parse(guarded)
        assert memory_keyring.kept == {("excellence-app", str(address)): server_db.PASSWORD}
        assert server_db.PASSWORD not in window.settings.file.read_text(encoding="utf-8")
        window.close_project()
        # Next time the keyring's password opens it without asking.
        with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
            control.open_project(guarded)
        assert control.password_dialog is second and not second.isVisible()
    finally:
        close_window(window)


def test_the_keyring_is_asked_only_for_a_server_whose_password_was_kept(
    guarded: str, memory_keyring: MemoryKeyring
) -> None:
    address = ServerAddress.parse(guarded)
    memory_keyring.set_password("excellence-app", str(address), server_db.PASSWORD)
    # Asking a locked keyring may prompt: a server the user kept nothing for never asks it.
    with pytest.raises(PasswordNeeded):
        ProjectService.open(address)
    with ProjectService.open(address.from_keyring(), read_only=True) as svc:
        assert svc.project_info().org_name == "测试企业"
