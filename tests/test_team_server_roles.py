"""Who may see and do what on a team server, enforced by PostgreSQL itself: shown with psql
connected as each role (the database refusing, not our program), and through the services.

The team: 张伟 (zhang, lead), 李娜 (li_na) and 王芳 (wang_fang), assessors, 小陈 (xiao_chen),
trainee, and 周敏 (zhou), viewer; 李娜 and 王芳 have each scored 4.1.2.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
import server_db

from excellence_app.core.server_address import ServerError
from excellence_app.services import server_admin
from excellence_app.services.project import ProjectService, project_address

TEAM = [
    ("zhang", "lead", "张伟"),
    ("li_na", "assessor", "李娜"),
    ("wang_fang", "assessor", "王芳"),
    ("xiao_chen", "trainee", "小陈"),
    ("zhou", "viewer", "周敏"),
]


@dataclass
class Team:
    url: str  # the owner's
    logins: dict[str, str]  # role name in the test → the login made for this test
    assessors: dict[str, int]  # name → assessor id
    cycle: int

    def as_(self, who: str) -> str:
        """The project's address for one member."""
        parts = urlsplit(self.url)
        return parts._replace(netloc=f"{self.logins[who]}@{parts.hostname}:{parts.port}").geturl()

    def psql(self, who: str, *sql: str) -> str:
        """What psql prints for ``sql`` run as ``who``, errors included (it goes on after one)."""
        args = ["psql", self.as_(who), "-X", "-q", "-A", "-t"]
        for statement in sql:
            args += ["-c", statement]
        done = subprocess.run(args, capture_output=True, text=True, timeout=60)
        return done.stdout + done.stderr


@pytest.fixture
def team(server_url: str) -> Iterator[Team]:
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed")
    address = project_address(server_url)
    ProjectService.create(address, "测试企业", cycle_name="2026年度自评").close()
    tag = uuid.uuid4().hex[:6]  # login roles belong to the whole server: one set per test
    logins = {login: f"{login}_{tag}" for login, _, _ in TEAM}
    for login, role, name in TEAM:
        server_admin.add_user(address, logins[login], role, name)
    made = Team(server_url, logins, {}, 0)
    for who in ("li_na", "wang_fang"):
        with ProjectService.open(made.as_(who)) as svc:
            made.cycle = svc.cycles.all()[0].id
            mine = {a.name: a.id for a in svc.snapshot(made.cycle).assessors}
            made.assessors.update(mine)
            name = dict((login, name) for login, _, name in TEAM)[who]
            svc.scoring.set_score(mine[name], "4.1.2", percent=50 if who == "li_na" else 70, rationale=name)
    yield made
    server_db.drop(server_url)  # and its group roles
    server_db.drop_roles(logins.values())


def test_psql_as_an_assessor_the_database_refuses_another_assessors_scores(team: Team) -> None:
    wang = team.assessors["王芳"]
    out = team.psql(
        "li_na",
        "SELECT count(*) FROM assessor_score",
        f"UPDATE assessor_score SET percent = 0 WHERE assessor_id = {wang}",
        f"INSERT INTO assessor_score (assessor_id, item_id, percent, factors, rationale) "
        f"VALUES ({wang}, '4.2.2', 5, '{{}}', '')",
        f"INSERT INTO consensus (cycle_id, item_id, percent, rationale, agreed_by, agreed_at) "
        f"VALUES ({team.cycle}, '4.1.2', 60, '', '', now())",
        "UPDATE project SET org_name = '改名'",
    )
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines[0] == "1"  # only her own score is there for her
    assert "new row violates row-level security policy" in out
    assert "permission denied for table consensus" in out
    assert "permission denied for table project" in out
    # and nothing of it happened
    assert (
        team.psql("zhang", f"SELECT percent FROM assessor_score WHERE assessor_id = {wang}").strip() == "70"
    )


def test_the_lead_opens_the_round_and_the_assessors_see_each_other(team: Team) -> None:
    assert team.psql("li_na", "SELECT count(*) FROM assessor_score").strip() == "1"
    assert team.psql("zhou", "SELECT count(*) FROM assessor_score").strip() == "0"
    server_admin.set_round(project_address(team.as_("zhang")), None, True)  # as the lead
    assert team.psql("li_na", "SELECT count(*) FROM assessor_score").strip() == "2"
    assert team.psql("zhou", "SELECT count(*) FROM assessor_score").strip() == "2"
    # A trainee calibrates on their own scores alone, round or not.
    assert team.psql("xiao_chen", "SELECT count(*) FROM assessor_score").strip() == "0"
    out = team.psql("zhou", "UPDATE clause_response SET text = ''", "INSERT INTO audit (action) VALUES ('x')")
    assert out.count("permission denied") == 2


def test_through_the_services_each_is_told_in_one_sentence(team: Team) -> None:
    with ProjectService.open(team.as_("li_na")) as li:
        assert [s.percent for s in li.snapshot(team.cycle).scores] == [50]
        with pytest.raises(ServerError, match="本周期中自己名下的评分和评语"):
            li.scoring.set_score(team.assessors["王芳"], "4.1.3", percent=5)
        with pytest.raises(ServerError, match=r"角色不能确定共识（只有组长可以）"):
            li.scoring.set_consensus(team.cycle, "4.1.2", 60, "组长才能定")
        li.content.set_response(team.cycle, "4.1.2a", "评审员也写申报文字")  # allowed
    with (
        ProjectService.open(team.as_("zhou")) as viewer,
        pytest.raises(ServerError, match="角色不能修改这项内容（只读成员只能查看）"),
    ):
        viewer.content.set_response(team.cycle, "4.1.2a", "只读成员不能写")
    with ProjectService.open(team.as_("zhang")) as lead:
        assert sorted(s.percent for s in lead.snapshot(team.cycle).scores) == [50, 70]
        lead.scoring.set_consensus(team.cycle, "4.1.2", 60, "讨论后一致")
        assert lead.snapshot(team.cycle).responses["4.1.2a"].text == "评审员也写申报文字"


def test_the_audit_names_the_database_user_whatever_the_program_says(team: Team) -> None:
    with ProjectService.open(team.as_("li_na"), actor="冒充的组长") as li:
        li.content.set_response(team.cycle, "4.1.2b", "文字")
        assert li.audit(team.cycle)[0].actor == team.logins["li_na"]


def test_a_removed_member_cannot_connect(team: Team, cli) -> None:
    code, out, err = cli("server", "remove-user", team.url, team.logins["wang_fang"])
    assert code == 0, err
    with pytest.raises(ServerError, match=r"不是团队服务器上项目 .* 的成员"):
        ProjectService.open(team.as_("wang_fang"))
    code, out, err = cli("server", "members", team.url)
    assert team.logins["wang_fang"] not in out and team.logins["li_na"] in out


def test_only_a_member_connects(server_url: str) -> None:
    ProjectService.create(server_url, "测试企业").close()
    server_db.make_login("outsider_probe")
    try:
        parts = urlsplit(server_url)
        outsider = parts._replace(netloc=f"outsider_probe@{parts.hostname}:{parts.port}").geturl()
        with pytest.raises(ServerError, match="不是团队服务器上项目"):
            ProjectService.open(outsider)
    finally:
        server_db.drop_roles(["outsider_probe"])


def test_after_the_round_opens_another_assessors_score_is_seen_but_not_changed(team: Team) -> None:
    server_admin.set_round(project_address(team.url), None, True)
    wang = team.assessors["王芳"]
    with ProjectService.open(team.as_("li_na")) as li:
        audit_before = li.audit_count()
        assert sorted(s.percent for s in li.snapshot(team.cycle).scores) == [50, 70]
        with pytest.raises(ServerError, match="自己名下的评分和评语"):
            li.scoring.set_score(wang, "4.1.2", percent=95)
        with pytest.raises(ServerError, match="自己名下的评分和评语"):
            li.scoring.clear_score(wang, "4.1.2")
        assert li.audit_count() == audit_before  # no record of what did not happen
    assert (
        team.psql("zhang", f"SELECT percent FROM assessor_score WHERE assessor_id = {wang}").strip() == "70"
    )


def test_earlier_cycles_stand_for_members_and_only_the_lead_changes_them(team: Team) -> None:
    with ProjectService.open(team.url) as owner:
        latest = owner.cycles.create_cycle("2027年度自评").id
    assert latest != team.cycle
    with ProjectService.open(team.as_("li_na")) as li:
        with pytest.raises(ServerError):
            li.content.set_response(team.cycle, "4.1.2c", "改去年的回答")
        with pytest.raises(ServerError):
            li.scoring.set_score(team.assessors["李娜"], "4.1.3", percent=5)  # her 2026 row
    with ProjectService.open(team.as_("zhang")) as lead:
        lead.content.set_response(team.cycle, "4.1.2c", "组长更正去年的回答")


def test_a_role_change_keeps_the_name_and_a_taken_name_is_refused(team: Team, cli) -> None:
    wang = team.logins["wang_fang"]
    code, out, err = cli("server", "add-user", team.url, wang, "--role", "trainee")
    assert code == 0, err
    assert "评分时用的姓名为“王芳”" in out
    assert (wang, "trainee", "王芳") in server_admin.members(project_address(team.url))
    # Another login may not take a name someone scores under: it would hand their scores over.
    other = f"other_{uuid.uuid4().hex[:6]}"
    try:
        code, out, err = cli("server", "add-user", team.url, other, "--role", "assessor", "--name", "李娜")
        assert code == 1 and "已用“李娜”这个姓名评分" in err and len(err.strip().splitlines()) == 1
        assert other not in [login for login, _, _ in server_admin.members(project_address(team.url))]
    finally:
        server_db.drop_roles([other])


def test_a_password_given_for_a_member_is_set(team: Team) -> None:
    added = server_admin.add_user(
        project_address(team.url), team.logins["zhou"], "viewer", "", "新的-Passw0rd"
    )
    assert added.password_set and not added.made_login and added.name == "周敏"
    import psycopg

    with psycopg.connect(team.url, autocommit=True) as conn:
        found = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (team.logins["zhou"],))
        verifier = found.fetchone()[0]
    assert verifier.startswith("SCRAM-SHA-256$")  # stored by the server, hashed
