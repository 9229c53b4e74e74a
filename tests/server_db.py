"""Throwaway project databases on the PostgreSQL server the tests are given.

``EXCELLENCE_TEST_PG`` names a server by an administrator's URL (``.ci/run`` starts one and
sets it; README, "Tests"). Without it the tests that need a server are skipped, unless
``EXCELLENCE_TEST_PG_REQUIRED`` is set (as in CI), where a missing server is a failure: the
team server is then never "tested" by being skipped.

Each test gets its own database, cloned from a template that holds a new project (as
``builders.new_project`` makes one: 测试企业, one cycle), and dropped afterwards.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import uuid
from collections.abc import Iterable
from urllib.parse import urlsplit

import pytest
from builders import ACTOR, CYCLE, ORG

from excellence_app.services import server_admin
from excellence_app.services.project import ProjectService, project_address
from excellence_app.services.server_admin import ROLES

ADMIN = "EXCELLENCE_TEST_PG"
REQUIRED = "EXCELLENCE_TEST_PG_REQUIRED"
# One template per test run: runs side by side (two checkouts, or a run and a single test)
# must not drop each other's template.
TEMPLATE = f"exa_test_template_{os.getpid()}"


def admin_url() -> str:
    url = os.environ.get(ADMIN, "")
    if not url:
        if os.environ.get(REQUIRED):
            pytest.fail(f"{REQUIRED} is set but {ADMIN} names no server")
        pytest.skip(f"no PostgreSQL server for the tests ({ADMIN} is not set; see README)")
    return url


def url_of(database: str, user: str | None = None) -> str:
    """The administrator's URL with another database (and another user)."""
    parts = urlsplit(admin_url())._replace(path=f"/{database}")
    if user is not None:
        parts = parts._replace(netloc=f"{user}@{parts.netloc.rsplit('@', 1)[-1]}")
    return parts.geturl()


def admin(*statements: str) -> None:
    """Run ``statements`` as the administrator, each on its own."""
    import psycopg

    with psycopg.connect(admin_url(), autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


@functools.cache
def _template() -> str:
    """The template database, made once per test run."""
    drop(url_of(TEMPLATE))
    admin(f'CREATE DATABASE "{TEMPLATE}"')
    atexit.register(drop, url_of(TEMPLATE))
    ProjectService.create(url_of(TEMPLATE), ORG, cycle_name=CYCLE).close()
    # The tests' own login, a lead: the audit names the database user, and the tests expect
    # "tester" there, as builders.new_project's files have.
    admin(f"DO $$ BEGIN CREATE ROLE {ACTOR} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    server_admin.add_user(project_address(url_of(TEMPLATE)), ACTOR, "lead", ACTOR)
    return TEMPLATE


def empty_database() -> str:
    """The URL of a new, empty database (for ``server init`` and ``server push``)."""
    name = f"exa_test_{uuid.uuid4().hex[:12]}"
    admin(f'CREATE DATABASE "{name}"')
    return url_of(name)


def project_database() -> str:
    """The URL of a new database holding a new project (a clone of the template), for ``tester``."""
    name = f"exa_test_{uuid.uuid4().hex[:12]}"
    admin(f'CREATE DATABASE "{name}" TEMPLATE "{_template()}"')
    return url_of(name, ACTOR)


def drop(url: str) -> None:
    """Drop the database, and the group roles a project made for it (they are the server's)."""
    name = urlsplit(url).path.strip("/")
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    drop_roles(f"{name}_{role}" for role in ROLES)


def make_login(name: str) -> None:
    admin(f'CREATE ROLE "{name}" LOGIN')


def drop_roles(names: Iterable[str]) -> None:
    import psycopg

    for name in names:
        # Still granted in a database another run left behind: harmless, and kept.
        with contextlib.suppress(psycopg.errors.DependentObjectsStillExist):
            admin(f'DROP ROLE IF EXISTS "{name}"')


PASSWORD_LOGIN = "exa_password_user"  # tools/test_server.sh makes the server ask it for a password
PASSWORD = "正确的-Passw0rd"


def password_login() -> str:
    """The login that must give its password (made here, with ``PASSWORD``), or a skip where
    the tests' server does not ask it for one (a failure where a server is required)."""
    import psycopg

    admin(
        f"DO $$ BEGIN CREATE ROLE {PASSWORD_LOGIN} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f"ALTER ROLE {PASSWORD_LOGIN} PASSWORD '{PASSWORD}'",
    )
    try:
        psycopg.connect(url_of("postgres", PASSWORD_LOGIN), connect_timeout=10).close()
    except psycopg.OperationalError as exc:
        if "no password supplied" in str(exc):
            return PASSWORD_LOGIN
        raise
    reason = (
        f"the tests' server lets {PASSWORD_LOGIN} in without a password (tools/test_server.sh sets it up)"
    )
    if os.environ.get(REQUIRED):
        pytest.fail(reason)
    pytest.skip(reason)
