"""Who may see and do what in a project on a team server, enforced by PostgreSQL itself.

Each project database has four group roles, named after it: ``<db>_lead``, ``<db>_assessor``,
``<db>_trainee`` and ``<db>_viewer``. A member is a login role in one of them, listed in
``excellence_member`` with the name they score under (the assessor's name in the project).
What each may do is granted on the tables; whose rows they see and write is row-level
security on the two tables that hold a person's own judgement, ``assessor_score`` and the
assessors' own ``comment`` rows:

- the lead: everything (consensus, settings, assessors, every score);
- an assessor: writes the application's text and evidence, and their own scores and comments;
  sees the other assessors' scores and comments only once the lead has opened the cycle's
  consensus round (``excellence_round``);
- a trainee: their own scores and comments only, in every cycle; reads the rest;
- a viewer: reads; the assessors' scores once the round is open, as an assessor would.

The owner of the database (who ran ``server init``) is not subject to row-level security and
is recorded as a lead. Every audit row names the database user who wrote it: a trigger sets
it, whatever the program sent. These tables, the functions and the trigger are the server's
own, outside the project's schema (a pulled file has none of them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from excellence_app.core.errors import AppError

if TYPE_CHECKING:
    import psycopg

ROLES = ("lead", "assessor", "trainee", "viewer")

# Tables each role may change (all may read every table of the project).
_OWN_JUDGEMENT = ("assessor_score", "comment")
_APPLICATION = (
    "profile_section",
    "clause_response",
    "evidence_blob",
    "evidence",
    "evidence_link",
    "indicator",
    "data_point",
    "comparison",
    "comparison_point",
    "action_plan",
)
WRITES = {
    "lead": None,  # every table
    "assessor": _OWN_JUDGEMENT + _APPLICATION,
    "trainee": _OWN_JUDGEMENT,
    "viewer": (),
}

_SETUP = """
CREATE TABLE IF NOT EXISTS excellence_member (
    login text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('lead', 'assessor', 'trainee', 'viewer')),
    name text NOT NULL,
    added_at timestamp NOT NULL DEFAULT localtimestamp(0)
);
CREATE TABLE IF NOT EXISTS excellence_round (
    cycle_id integer PRIMARY KEY REFERENCES cycle (id) ON DELETE CASCADE,
    opened_by text NOT NULL DEFAULT current_user,
    opened_at timestamp NOT NULL DEFAULT localtimestamp(0)
);

-- The assessor rows of a member, in every cycle (by the name they score under). SECURITY
-- DEFINER, so it reads the member list whatever the caller may read; which is why the caller's
-- current_user is passed in: inside, current_user is the function's owner.
DROP FUNCTION IF EXISTS excellence_assessors_of(text);
CREATE FUNCTION excellence_assessors_of(login text) RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT a.id FROM assessor a JOIN excellence_member m ON m.name = a.name
    WHERE m.login = excellence_assessors_of.login
$$;

-- The latest cycle, and a member's assessor rows in it: what a member may still change
-- (earlier years stand as they were agreed; the lead alone may correct them).
CREATE OR REPLACE FUNCTION excellence_current_cycle() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT id FROM cycle ORDER BY position DESC, id DESC LIMIT 1
$$;
DROP FUNCTION IF EXISTS excellence_current_assessors_of(text);
CREATE FUNCTION excellence_current_assessors_of(login text) RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT a.id FROM assessor a JOIN excellence_member m ON m.name = a.name
    WHERE m.login = excellence_current_assessors_of.login AND a.cycle_id = excellence_current_cycle()
$$;

-- Whether the consensus round of the assessor's cycle is open.
CREATE OR REPLACE FUNCTION excellence_round_open(assessor integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM assessor a JOIN excellence_round r ON r.cycle_id = a.cycle_id
                   WHERE a.id = assessor)
$$;

CREATE OR REPLACE FUNCTION excellence_audit_actor() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.actor := current_user;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS excellence_audit_actor ON audit;
CREATE TRIGGER excellence_audit_actor BEFORE INSERT OR UPDATE ON audit
    FOR EACH ROW EXECUTE FUNCTION excellence_audit_actor();

-- Live updates: every change of a project table tells the open windows which table and who
-- (delivered at commit; the contents stay behind the policies).
CREATE OR REPLACE FUNCTION excellence_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('excellence_changes', TG_TABLE_NAME || ' ' || current_user);
    RETURN NULL;
END
$$;

ALTER TABLE assessor_score ENABLE ROW LEVEL SECURITY;
ALTER TABLE comment ENABLE ROW LEVEL SECURITY;
ALTER TABLE consensus ENABLE ROW LEVEL SECURITY;
ALTER TABLE clause_response ENABLE ROW LEVEL SECURITY;
ALTER TABLE profile_section ENABLE ROW LEVEL SECURITY;
"""

# {lead}, {assessor}, {trainee}, {viewer}: the group roles, quoted.
# A person's own judgement (their scores and comments): read in every year, changed in the
# latest; the others' read once the lead has opened the round (never by a trainee).
_OWN_POLICIES = """
CREATE POLICY lead_all ON {table} TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY own_read ON {table} FOR SELECT TO {assessor}, {trainee}
    USING (assessor_id IN (SELECT excellence_assessors_of(current_user::text)));
CREATE POLICY own_insert ON {table} FOR INSERT TO {assessor}, {trainee}
    WITH CHECK (assessor_id IN (SELECT excellence_current_assessors_of(current_user::text)));
CREATE POLICY own_update ON {table} FOR UPDATE TO {assessor}, {trainee}
    USING (assessor_id IN (SELECT excellence_current_assessors_of(current_user::text)))
    WITH CHECK (assessor_id IN (SELECT excellence_current_assessors_of(current_user::text)));
CREATE POLICY own_delete ON {table} FOR DELETE TO {assessor}, {trainee}
    USING (assessor_id IN (SELECT excellence_current_assessors_of(current_user::text)));
CREATE POLICY round_open ON {table} FOR SELECT TO {assessor}, {viewer}
    USING (assessor_id IS NOT NULL AND excellence_round_open(assessor_id));
"""
OWN_TABLES = ("assessor_score", "comment")

_POLICIES = """
-- The team's own list of strengths and opportunities (no assessor) is read by every member.
CREATE POLICY team_list ON comment FOR SELECT TO {assessor}, {trainee}, {viewer}
    USING (assessor_id IS NULL);

-- The agreed scores: a trainee sees them once the round of their cycle is open, so that a
-- calibration exercise is scored before the answer is known.
CREATE POLICY lead_all ON consensus TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY team_read ON consensus FOR SELECT TO {assessor}, {viewer} USING (true);
CREATE POLICY round_open ON consensus FOR SELECT TO {trainee}
    USING (EXISTS (SELECT 1 FROM excellence_round r WHERE r.cycle_id = consensus.cycle_id));
"""

# The application's texts: read by all; written by assessors in the latest cycle only.
_TEXT_POLICIES = """
CREATE POLICY lead_all ON {table} TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY all_read ON {table} FOR SELECT TO {assessor}, {trainee}, {viewer} USING (true);
CREATE POLICY current_insert ON {table} FOR INSERT TO {assessor}
    WITH CHECK (cycle_id = excellence_current_cycle());
CREATE POLICY current_update ON {table} FOR UPDATE TO {assessor}
    USING (cycle_id = excellence_current_cycle()) WITH CHECK (cycle_id = excellence_current_cycle());
CREATE POLICY current_delete ON {table} FOR DELETE TO {assessor}
    USING (cycle_id = excellence_current_cycle());
"""
TEXT_TABLES = ("clause_response", "profile_section")


# The tables whose changes open windows follow, and the kind of change each is (core.changes).
NOTIFYING = {
    "project": "settings",
    "award_profile": "settings",
    "cycle": "cycles",
    "profile_section": "profile",
    "clause_response": "responses",
    "assessor": "assessors",
    "assessor_score": "scores",
    "consensus": "consensus",
    "comment": "comments",
    "evidence_blob": "evidence",
    "evidence": "evidence",
    "evidence_link": "evidence",
    "indicator": "indicators",
    "data_point": "indicators",
    "comparison": "indicators",
    "comparison_point": "indicators",
    "action_plan": "actions",
    "excellence_round": "scores",  # opening the round shows the others' scores and comments
}


class MemberError(AppError):
    """A member cannot be added or removed as asked."""


def _drop_policies(conn: psycopg.Connection) -> None:
    """Every policy on our tables, so that making them again (``secure`` run twice, or after
    an upgrade changed them) leaves no old one behind."""
    found = conn.execute(
        "SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public'"
    ).fetchall()
    for policy, table in found:
        conn.execute(f"DROP POLICY {_ident(conn, policy)} ON {_ident(conn, table)}")


def group(database: str, role: str) -> str:
    """The group role of ``role`` in the project database ``database``."""
    return f"{database}_{role}"


def _ident(conn: psycopg.Connection, name: str) -> str:
    from psycopg import sql

    return sql.Identifier(name).as_string(conn)


def _role_exists(conn: psycopg.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None


def secure(conn: psycopg.Connection, database: str) -> None:
    """Make the roles, grants and policies of a project database (again: it may be run twice).

    Runs in the caller's transaction, as the database's owner, right after the tables are made.
    """
    roles = {role: _ident(conn, group(database, role)) for role in ROLES}
    for role in ROLES:
        if not _role_exists(conn, group(database, role)):
            conn.execute(f"CREATE ROLE {roles[role]} NOLOGIN")
    conn.execute(_SETUP)
    _drop_policies(conn)
    conn.execute(_POLICIES.format(**roles))
    for table in OWN_TABLES:
        conn.execute(_OWN_POLICIES.format(table=_ident(conn, table), **roles))
    for table in TEXT_TABLES:
        conn.execute(_TEXT_POLICIES.format(table=_ident(conn, table), **roles))
    for table in NOTIFYING:
        name = _ident(conn, table)
        conn.execute(f"DROP TRIGGER IF EXISTS excellence_notify ON {name}")
        conn.execute(
            f"CREATE TRIGGER excellence_notify AFTER INSERT OR UPDATE OR DELETE ON {name} "
            "FOR EACH STATEMENT EXECUTE FUNCTION excellence_notify()"
        )
    db = _ident(conn, database)
    everyone = ", ".join(roles.values())
    # Only members connect; PostgreSQL lets everyone connect to a new database by default.
    conn.execute(f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC")
    conn.execute(f"GRANT CONNECT ON DATABASE {db} TO {everyone}")
    conn.execute(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}")
    conn.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    conn.execute(f"GRANT INSERT ON audit TO {everyone}")
    conn.execute(f"REVOKE INSERT ON audit FROM {roles['viewer']}")
    conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {roles['lead']}")
    conn.execute(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version, excellence_member FROM {roles['lead']}")
    for role in ("assessor", "trainee"):
        for table in WRITES[role] or ():
            conn.execute(f"GRANT INSERT, UPDATE, DELETE ON {_ident(conn, table)} TO {roles[role]}")
    owner = conn.execute("SELECT current_user").fetchone()[0]
    conn.execute(
        "INSERT INTO excellence_member (login, role, name) VALUES (%s, 'lead', %s) ON CONFLICT (login) DO NOTHING",
        (owner, owner),
    )


@dataclass(frozen=True)
class Added:
    """What ``add_member`` did, for the person who asked to be told."""

    name: str  # the name the member scores under
    made_login: bool  # a new login role was made
    password_set: bool  # the login's password was set (new, or changed)
    scored_cycles: int  # cycles in which assessors of that name had scored before


def add_member(
    conn: psycopg.Connection, database: str, login: str, role: str, name: str, password: str | None
) -> Added:
    """Give ``login`` the ``role`` in the project: a new member, or a member's new role (and
    name, when one is given; otherwise theirs stays). The login role is made if there is none;
    ``password`` is set on it, new or not. An assessor or a trainee joins the latest cycle's
    assessors under their name. A name another member scores under is refused: it would hand
    that member's scores over. One transaction, the caller's."""
    if role not in ROLES:
        raise MemberError(
            f"角色无效：{role}（可选：{'、'.join(ROLES)}）", f"invalid role {role} ({', '.join(ROLES)})"
        )
    known = conn.execute("SELECT name FROM excellence_member WHERE login = %s", (login,)).fetchone()
    name = name.strip() or (known[0] if known else login)
    holder = conn.execute(
        "SELECT login FROM excellence_member WHERE name = %s AND login <> %s", (name, login)
    ).fetchone()
    if holder is not None:
        raise MemberError(
            f"成员 {holder[0]} 已用“{name}”这个姓名评分；请为 {login} 另取一个姓名（--name），未作任何改动",
            f"{holder[0]} already scores as {name}; give {login} another name (--name); nothing was changed",
        )
    from psycopg import sql

    made = not _role_exists(conn, login)
    verb = "CREATE ROLE {} LOGIN" if made else "ALTER ROLE {}"
    if password is not None:
        # The password goes to the server as a literal of this one statement, never to a file.
        conn.execute(sql.SQL(verb + " PASSWORD {}").format(sql.Identifier(login), password))
    elif made:
        conn.execute(sql.SQL(verb).format(sql.Identifier(login)))
    for other in ROLES:
        if other != role:
            conn.execute(f"REVOKE {_ident(conn, group(database, other))} FROM {_ident(conn, login)}")
    conn.execute(f"GRANT {_ident(conn, group(database, role))} TO {_ident(conn, login)}")
    conn.execute(
        "INSERT INTO excellence_member (login, role, name) VALUES (%s, %s, %s) "
        "ON CONFLICT (login) DO UPDATE SET role = excluded.role, name = excluded.name",
        (login, role, name),
    )
    scored = conn.execute(
        "SELECT count(DISTINCT a.cycle_id) FROM assessor a JOIN assessor_score s ON s.assessor_id = a.id "
        "WHERE a.name = %s",
        (name,),
    ).fetchone()[0]
    if role in ("assessor", "trainee"):  # a lead may lead without scoring: seated by hand if they score
        _seat(conn, name, "member" if role == "assessor" else role)
    return Added(name, made, password is not None, scored)


def _seat(conn: psycopg.Connection, name: str, role: str) -> None:
    """The member among the latest cycle's assessors, unless already there under that name."""
    latest = conn.execute("SELECT id FROM cycle ORDER BY position DESC, id DESC LIMIT 1").fetchone()
    if latest is None:
        return
    conn.execute(
        "INSERT INTO assessor (cycle_id, name, role, position) "
        "SELECT %(cycle)s, %(name)s, %(role)s, COALESCE(MAX(position) + 1, 0) FROM assessor "
        "WHERE cycle_id = %(cycle)s "
        "ON CONFLICT (cycle_id, name) DO NOTHING",
        {"cycle": latest[0], "name": name, "role": role},
    )


def remove_member(conn: psycopg.Connection, database: str, login: str) -> None:
    """Take every role of the project from ``login`` (the login role itself stays: it may
    belong to other projects). Their scores stay in the project, as the lead decides."""
    found = conn.execute(
        "DELETE FROM excellence_member WHERE login = %s RETURNING login", (login,)
    ).fetchone()
    if found is None:
        raise MemberError(f"{login} 不是本项目的成员", f"{login} is not a member of this project")
    for role in ROLES:
        conn.execute(f"REVOKE {_ident(conn, group(database, role))} FROM {_ident(conn, login)}")


def set_round(conn: psycopg.Connection, cycle_id: int, open_: bool) -> None:
    """Open (or close again) the consensus round of a cycle: the assessors see each other's scores."""
    if open_:
        conn.execute(
            "INSERT INTO excellence_round (cycle_id) VALUES (%s) ON CONFLICT (cycle_id) DO NOTHING",
            (cycle_id,),
        )
    else:
        conn.execute("DELETE FROM excellence_round WHERE cycle_id = %s", (cycle_id,))


def members(conn: psycopg.Connection) -> list[tuple[str, str, str]]:
    """(login, role, name) of every member, by role then login."""
    order = "array_position(ARRAY['lead', 'assessor', 'trainee', 'viewer'], role), login"
    return [
        tuple(r) for r in conn.execute(f"SELECT login, role, name FROM excellence_member ORDER BY {order}")
    ]
