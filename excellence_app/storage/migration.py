"""Schema revisions: which Alembic revisions a project file may carry, bringing a file to
the head revision, and the backup copy made before a migration touches a file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from excellence_app.storage import sqlite_files

if TYPE_CHECKING:  # the revisions are read by plain-sqlite3 checks that must not import SQLAlchemy
    from sqlalchemy import Engine

APPLICATION_ID = 0x45584131  # "EXA1" in the SQLite header marks our files.
# Alembic revisions in order; a file's user_version is its index + 1.
REVISIONS = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: object):
    # Alembic is imported here, not at the top: only creating or migrating a file needs it.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine) -> list[tuple[str, str]]:
    """Bring a file (or a server's project) to the head revision and mark a file as ours,
    with its revision; returns what the revisions moved, one line each (zh, en), to tell the
    person opening it."""
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config(conn)
        command.upgrade(cfg, "head")
    if engine.dialect.name != "sqlite":  # a server's project is marked by its tables alone
        return list(cfg.attributes.get("notes", []))
    with engine.connect() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {len(REVISIONS)}")
        conn.commit()
    return list(cfg.attributes.get("notes", []))


def backup_path(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-r{revision}-{stamp}{path.suffix}")


def backup(path: Path, revision: str) -> Path:
    """A copy of the file as it was, beside it, made before a migration touches it."""
    target = backup_path(path, revision)
    sqlite_files.consistent_copy(path, target)
    return target
