"""A project on a team server (PostgreSQL): made, uploaded, read, written and downloaded
through the same services and commands as a project file, and said plainly when it fails.

The tests that need a server get a database of their own (``server_url``, tests/server_db.py)
and are skipped without one; the edits' own tests run on both engines (``BOTH_ENGINES``).
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from builders import every_table_project, new_project

from excellence_app.core.changes import Changes
from excellence_app.core.errors import AppError
from excellence_app.core.server_address import ServerAddress, ServerError
from excellence_app.services import server_copy
from excellence_app.services.interchange import project_document, write_sample
from excellence_app.services.project import ProjectService

STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?")
ACTOR = re.compile(r'"actor":"[^"]*"')


def document(svc: ProjectService) -> str:
    """The project as its interchange document, without the moments of its edits and who made
    them (on a server the audit names the database user, test_team_server_roles)."""
    return ACTOR.sub('"actor":"<who>"', STAMP.sub("<time>", project_document(svc).model_dump_json()))


def test_the_sample_pushed_and_pulled_back_reads_the_same(server_url: str, tmp_path: Path, cli) -> None:
    sample = tmp_path / "sample.exa"
    write_sample(sample).close()
    code, out, err = cli("server", "push", str(sample), server_url)
    assert code == 0, err
    assert "条记录" in out
    pulled = tmp_path / "pulled.exa"
    code, out, err = cli("server", "pull", server_url, str(pulled))
    assert code == 0, err
    answers = [cli("summary", str(where), "--json") for where in (sample, server_url, pulled)]
    assert all(code == 0 for code, _, _ in answers), answers
    assert answers[0][1] == answers[1][1] == answers[2][1]
    assert json.loads(answers[1][1])["total"] == 528.75
    # Not only the figures: every row, with its id and its moment, came back.
    with ProjectService.open(sample, read_only=True) as a, ProjectService.open(pulled, read_only=True) as b:
        assert project_document(a) == project_document(b)


def test_every_command_that_takes_a_file_takes_a_server(server_url: str, tmp_path: Path, cli) -> None:
    new_project(server_url).close()
    code, out, _ = cli("check", server_url)  # a new project has errors to list: exit 1
    assert code == 1 and "共 " in out and "错误" in out
    runs = {
        "export": ("export", server_url, "--xlsx", str(tmp_path / "评分.xlsx")),
        "export-project": ("export-project", server_url, str(tmp_path / "存档.zip")),
        "screenshot": ("screenshot", server_url, str(tmp_path / "shots"), "--page", "dashboard"),
    }
    for name, args in runs.items():
        code, _, err = cli(*args)
        assert code == 0, (name, err)
    assert (tmp_path / "评分.xlsx").stat().st_size > 0 and (tmp_path / "存档.zip").stat().st_size > 0
    assert (tmp_path / "shots" / "dashboard.png").read_bytes()[:4] == b"\x89PNG"


def test_every_table_built_on_the_server_matches_the_same_built_in_a_file(
    server_url: str, tmp_path: Path
) -> None:
    on_server = every_table_project(server_url)  # the builders' own calls, through the services
    in_file = every_table_project(tmp_path / "p.exa")
    try:
        assert document(on_server) == document(in_file)
    finally:
        on_server.close()
        in_file.close()


def test_init_makes_a_project_once(server_url: str, cli) -> None:
    code, out, err = cli("server", "init", server_url, "--org", "澜桥精密", "--cycle", "2026年度自评")
    assert code == 0, err
    assert "2026年度自评" in out
    code, out, err = cli("server", "init", server_url, "--org", "别的组织")
    assert code == 1
    assert "已有项目" in err and len(err.strip().splitlines()) == 1
    with ProjectService.open(server_url, read_only=True) as svc:
        assert svc.project_info().org_name == "澜桥精密"


def test_a_push_that_fails_leaves_the_database_empty(
    server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = tmp_path / "sample.exa"
    write_sample(sample).close()
    before = sample.read_bytes()

    def broken(target) -> None:
        raise ServerError("连接中断", "the connection broke")

    monkeypatch.setattr(server_copy, "_reset_sequences", broken)
    with pytest.raises(ServerError):
        server_copy.push(sample, ServerAddress.parse(server_url))
    with pytest.raises(ServerError, match="server init"):  # no tables, no rows: as it was
        ProjectService.open(server_url)
    assert sample.read_bytes() == before


def test_two_people_on_one_project_see_each_others_edits(server_url: str) -> None:
    lead = new_project(server_url)
    member = ProjectService.open(server_url)
    try:
        cycle = lead.cycles.all()[0].id
        lead.content.set_response(cycle, "4.1.2a", "由总经理主持制定")
        member.content.set_response(cycle, "4.1.2b", "每月一次员工座谈")
        for svc in (lead, member):
            texts = {c: r.text for c, r in svc.snapshot(cycle).responses.items()}
            assert texts == {"4.1.2a": "由总经理主持制定", "4.1.2b": "每月一次员工座谈"}
        assert [e.target for e in lead.audit(cycle)[:2]] == ["4.1.2b", "4.1.2a"]
    finally:
        lead.close()
        member.close()


def test_a_listener_hears_what_others_change_and_not_its_own(server_url: str) -> None:
    heard: list[tuple[Changes, set[str]]] = []
    came = threading.Event()

    def on_heard(changes: Changes, users: set[str]) -> None:
        heard.append((changes, users))
        came.set()

    states: list[bool] = []
    mine = new_project(server_url)
    listener = mine.listen(on_heard, states.append)
    other = ProjectService.open(server_url)
    try:
        cycle = mine.cycles.all()[0].id
        mine.content.set_response(cycle, "4.1.2a", "我自己写的")  # already on my screen
        assessor = other.scoring.add_assessor(cycle, "李娜")
        other.scoring.set_score(assessor.id, "4.1.2", percent=55)
        assert came.wait(10)
        while not {"assessors", "scores"} <= {k for changes, _ in heard for k in changes.kinds}:
            came.clear()
            assert came.wait(10)
        kinds = {k for changes, _ in heard for k in changes.kinds}
        assert "responses" not in kinds
        assert {user for _, users in heard for user in users} == {ServerAddress.parse(server_url).user}
        assert states == [True]
    finally:
        listener.stop()
        other.close()
        mine.close()


def test_the_audit_names_the_database_user(server_url: str) -> None:
    user = ServerAddress.parse(server_url).user
    with ProjectService.create(server_url, "测试企业") as svc:
        cycle = svc.cycles.all()[0].id
        svc.content.set_response(cycle, "4.1.2a", "文字")
        assert {e.actor for e in svc.audit(cycle)} == {user}


def test_opened_read_only_the_server_refuses_writes(server_url: str) -> None:
    new_project(server_url).close()
    with ProjectService.open(server_url, read_only=True) as svc:
        cycle = svc.cycles.all()[0].id
        with pytest.raises(AppError, match="只读"):
            svc.content.set_response(cycle, "4.1.2a", "不应写入")
    with ProjectService.open(server_url, read_only=True) as svc:
        assert svc.snapshot(cycle).responses == {}


def test_a_database_without_a_project_is_named(server_url: str, cli) -> None:
    code, _, err = cli("summary", server_url)
    assert code == 1
    assert "没有项目" in err and "server init" in err and len(err.strip().splitlines()) == 1


def test_a_pull_never_overwrites_a_file(server_url: str, tmp_path: Path, cli) -> None:
    new_project(server_url).close()
    taken = tmp_path / "taken.exa"
    taken.write_bytes(b"mine")
    code, _, err = cli("server", "pull", server_url, str(taken))
    assert code == 1 and "已存在" in err
    assert taken.read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.exa"]  # nothing left beside it


# --- no server needed ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("address", "said"),
    [
        (
            "postgresql://someone@127.0.0.1:1/db",
            "团队服务器 127.0.0.1:1 拒绝连接：服务器没有运行，或端口不对",
        ),
        ("postgresql://someone@127.0.0.1/", "postgresql://用户名@主机:端口/数据库"),
        ("postgresql://someone:secret@127.0.0.1:x/db", "端口无效"),
    ],
)
def test_an_address_that_leads_nowhere_is_one_line(address: str, said: str, cli) -> None:
    code, out, err = cli("summary", address)
    assert code == 1 and out == ""
    assert said in err and len(err.strip().splitlines()) == 1
    assert "secret" not in err  # a password given in the address is never shown


def test_an_address_keeps_its_password_out_of_sight() -> None:
    address = ServerAddress.parse("postgresql://zhang:s3cr%40t@db.example.cn:5433/quality")
    assert str(address) == "postgresql://zhang@db.example.cn:5433/quality"
    assert "s3cr" not in repr(address)
    assert (address.user, address.database, address.host) == ("zhang", "quality", "db.example.cn:5433")
    assert address.password == "s3cr@t"


@pytest.mark.parametrize(
    ("user_part", "said"),
    [("nobody_here", "上没有登录名 nobody_here（请检查地址中的用户名）")],
)
def test_a_login_the_server_does_not_know_is_named(server_url: str, user_part: str, said: str, cli) -> None:
    parts = urlsplit(server_url)
    code, _, err = cli(
        "summary", parts._replace(netloc=f"{user_part}@{parts.hostname}:{parts.port}").geturl()
    )
    assert code == 1 and said in err and len(err.strip().splitlines()) == 1
    assert "FATAL" not in err.split("（Error:")[0]  # libpq's words only in the English half
