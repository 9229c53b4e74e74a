"""The project service: open or create a project file and read it back.

It owns one part per kind of edit (``svc.scoring.set_score(...)``), each edit one
transaction with an audit record; it returns frozen snapshots, so callers never see
a database row.
"""

from __future__ import annotations

import getpass
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from excellence_app import paths
from excellence_app.core.awards import RULE_FIELDS, AwardProfile, find_profile, load_builtin_profiles
from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import AppError, InvalidValue
from excellence_app.core.framework import Framework, find_framework
from excellence_app.core.organisation import OrgDetails
from excellence_app.core.report import CycleHistory, cycle_history
from excellence_app.core.server_address import PasswordNeeded as PasswordNeeded  # for the CLI and the GUI
from excellence_app.core.server_address import ServerAddress, ServerError, is_server
from excellence_app.core.shapes import dump
from excellence_app.core.snapshots import AuditEntry, CycleSnapshot, ProjectInfo
from excellence_app.core.summary import Summary, summarise
from excellence_app.services import reader
from excellence_app.services.base import ServiceBase, Shared, check_name, now
from excellence_app.services.cycles import CycleEdits
from excellence_app.services.evidence import EvidenceEdits
from excellence_app.storage import editing, failures, rows, server, sqlite_files
from excellence_app.storage.damage import Damage, scan
from excellence_app.storage.editing import EditableFile
from excellence_app.storage.server import ServerDatabase

# The ORM, Alembic and the parts that only write are imported where a write needs them: a
# file at the current revision, opened read-only or for editing, is read through plain rows
# (services.reader); one open for editing makes its engine at the first write.
if TYPE_CHECKING:
    from excellence_app.services.actions import ActionEdits
    from excellence_app.services.comments import CommentEdits
    from excellence_app.services.content import ContentEdits
    from excellence_app.services.indicators import IndicatorEdits
    from excellence_app.services.scoring import ScoringEdits
    from excellence_app.storage.database import Database


# user@host[:port]/database, as a member might type a team server's address
_LOOKS_LIKE_SERVER = re.compile(r"^[^/\\@\s]+@[^/\\@\s]+(:\d+)?/[^/\\\s]+$")


def project_address(target: Path | str | ServerAddress) -> Path | ServerAddress:
    """A FILE argument as what it names: a project file, or a project on a team server. What
    looks like a server's address without its ``postgresql://`` is said so, not looked for as
    a file."""
    if isinstance(target, ServerAddress):
        return target
    text = str(target)
    if is_server(text):
        return ServerAddress.parse(text)
    scheme = text.split("://", 1)[0] if "://" in text else None
    if scheme is not None or (_LOOKS_LIKE_SERVER.match(text) and not Path(text).exists()):
        said = f"“{scheme}://”不对" if scheme is not None else "缺少开头的 postgresql://"
        said_en = f"{scheme}:// is not one" if scheme is not None else "it lacks postgresql:// at the start"
        raise ServerError(
            f"{text} 像是团队服务器的地址，但{said}：地址应形如 postgresql://用户名@主机:端口/数据库",
            f"{text} looks like a team server's address, but {said_en}: "
            "write postgresql://user@host:port/database",
        )
    return Path(target)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name configured (containers)
        return "user"


def load_framework(framework_id: str) -> Framework:
    return find_framework(framework_id, paths.criteria_dir(), paths.user_criteria_dir())


def builtin_awards() -> tuple[AwardProfile, ...]:
    return load_builtin_profiles(paths.resources_dir() / "awards" / "awards.yaml")


def _open_file(
    path: Path | ServerAddress, read_only: bool
) -> Database | rows.PlainFile | EditableFile | ServerDatabase:
    """A file at the current revision is read on plain sqlite3: read-only, or opened for editing
    (locked, its engine made at the first write); one that needs upgrading (in a copy, when
    read-only) takes the ORM's way, with Alembic. A server's project has an engine from the start."""
    if isinstance(path, ServerAddress):
        return server.open_server(path, read_only)
    opened = rows.open_plain(path) if read_only else editing.open_editable(path)
    if opened is not None:
        return opened
    from excellence_app.storage import database

    return database.open_database(path, read_only=read_only)


def _scan(db: Database | rows.PlainFile | EditableFile | ServerDatabase, full: bool = False) -> list[Damage]:
    if isinstance(db, ServerDatabase):
        return []  # the server keeps every column to its type; only a file can hold impossible values
    if isinstance(db, rows.PlainFile | EditableFile):
        return scan(db.connection, full=full)
    raw = db.engine.raw_connection()
    try:
        return scan(raw.driver_connection, full=full)
    finally:
        raw.close()


def damage_in(path: Path | str | ServerAddress, full: bool = False) -> list[Damage]:
    """Every impossible value in a project file, read without opening it as a project (``full``: and pages)."""
    db = _open_file(project_address(path), read_only=True)
    try:
        return _scan(db, full)
    finally:
        db.close()


def _refuse_damage(path: Path, found: list[Damage]) -> None:
    if found:
        more = len(found) - 1
        raise failures.damaged(
            path,
            found[0].zh + (f"，另有 {more} 处" if more else ""),
            found[0].en + (f", and {more} more" if more else ""),
        )


class ProjectService(ServiceBase):
    """One open project file. Reading (snapshots, summaries, the audit) is its own; edits are
    made through the parts it owns, one per kind of thing: ``content`` (responses and the
    organisation profile), ``scoring`` (assessors, scores, the consensus), ``comments``,
    ``evidence``, ``indicators``, ``actions`` and ``cycles``. Every part works on the same
    open file, so one ``batch()`` or ``track()`` covers them all."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        # Reading uses these two (cycles, evidence files); the parts that only write are made,
        # and their modules with the ORM imported, on first use.
        self.evidence = EvidenceEdits(shared)
        self.cycles = CycleEdits(shared)

    @cached_property
    def content(self) -> ContentEdits:
        from excellence_app.services.content import ContentEdits

        return ContentEdits(self._shared)

    @cached_property
    def scoring(self) -> ScoringEdits:
        from excellence_app.services.scoring import ScoringEdits

        return ScoringEdits(self._shared)

    @cached_property
    def comments(self) -> CommentEdits:
        from excellence_app.services.comments import CommentEdits

        return CommentEdits(self._shared)

    @cached_property
    def indicators(self) -> IndicatorEdits:
        from excellence_app.services.indicators import IndicatorEdits

        return IndicatorEdits(self._shared)

    @cached_property
    def actions(self) -> ActionEdits:
        from excellence_app.services.actions import ActionEdits

        return ActionEdits(self._shared)

    @property
    def backup(self) -> Path | None:
        """The copy made before opening upgraded the file, if it did."""
        return self.db.backup

    @property
    def upgrade_notes(self) -> list[tuple[str, str]]:
        """What opening an older file moved, one line each (zh, en), to tell the user once."""
        return self.db.upgrade_notes

    @classmethod
    def open(
        cls, path: Path | str | ServerAddress, actor: str | None = None, *, read_only: bool = False
    ) -> ProjectService:
        """Open for editing (locked), or ``read_only``: no lock, nothing created beside the file."""
        path = project_address(path)
        db = _open_file(path, read_only)
        try:
            # The framework is named by the project row, read the way every read is (plain
            # rows, errors said plainly), so the service exists before its framework is set.
            # On a server the audit names the database user, the one the server knows.
            who = actor or (path.user if isinstance(path, ServerAddress) else "") or default_actor()
            svc = cls(Shared(db, None, builtin_awards(), who))  # type: ignore[arg-type]
            try:
                info = svc.project_info()
            except (TypeError, ValueError, UnicodeDecodeError):
                # A value of the wrong type under the project row: name it rather than fail on it.
                _refuse_damage(path, _scan(db))
                raise
            svc._shared.framework = load_framework(info.framework_id)
            return svc
        except BaseException:
            db.close()
            raise

    @classmethod
    def create(
        cls,
        path: Path | str | ServerAddress,
        org_name: str,
        *,
        cycle_name: str = "",
        framework_id: str = "gbt19580-2012",
        award_profile: str = "provincial",
        actor: str | None = None,
    ) -> ProjectService:
        path = project_address(path)
        org_name = check_name(org_name, "组织名称")
        cycle_name = check_name(cycle_name or f"{datetime.now().year}年度自评", "评价周期名称")
        framework = load_framework(framework_id)
        awards = builtin_awards()
        find_profile(award_profile, awards)
        who = actor or (path.user if isinstance(path, ServerAddress) else "") or default_actor()
        from excellence_app.storage import database
        from excellence_app.storage import models as m

        def fill(s) -> None:
            s.add(
                m.Project(
                    org_name=org_name,
                    framework_id=framework.id,
                    framework_version=framework.version,
                    spread_threshold=20,
                    created_at=now(),
                )
            )
            cycle = m.Cycle(name=cycle_name, position=0, award_profile=award_profile, created_at=now())
            s.add(cycle)
            s.flush()
            s.add(
                m.AuditRow(
                    cycle_id=cycle.id,
                    at=now(),
                    actor=who,
                    action="project.create",
                    target=org_name,
                    detail="",
                )
            )

        if isinstance(path, ServerAddress):
            server.create(path, fill)
        else:
            database.create(path, fill)
        return cls.open(path, who)

    def close(self) -> None:
        self.db.close()

    def save_as(self, path: Path | str, *, replace: bool = False) -> ProjectService:
        """A consistent copy under ``path``, opened for editing; this one stays open (services.save_as)."""
        from excellence_app.services.save_as import save_as

        return save_as(self, path, replace=replace)

    def __enter__(self) -> ProjectService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- a team server ----------------------------------------------------------------------
    def member(self) -> tuple[str, str] | None:
        """On a team server, the user's membership: (the name they score under, their role);
        None for a file, or for a database user who is not a member."""
        db = self.db
        if not isinstance(db, ServerDatabase):
            return None
        from sqlalchemy import text

        with db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT name, role FROM excellence_member WHERE login = current_user")
            ).first()
        return (row[0], row[1]) if row is not None else None

    def listen(self, heard: Callable[[Changes, set[str]], None], connected: Callable[[bool], None]):
        """On a team server, follow what other members change: ``heard(changes, users)`` and
        ``connected(state)`` are called from a thread of the listener's own. Returns the
        listener (its ``stop()`` ends it), or None for a project file, which nobody else edits."""
        db = self.db
        if not isinstance(db, ServerDatabase):
            return None
        from excellence_app.storage.server_security import NOTIFYING

        def tables_heard(tables: set[str], users: set[str]) -> None:
            changes = NOTHING
            for table in tables:
                if table in NOTIFYING:
                    changes |= Changes.of(NOTIFYING[table])
            if changes:
                heard(changes, users)

        return server.Listener(db.path, db.own_pids, tables_heard, connected)

    # --- damage ----------------------------------------------------------------------------
    def damage(self, full: bool = False) -> list[Damage]:
        """Values in the file that another tool or a bad disk made impossible (``full``: and pages)."""
        return _scan(self.db, full)

    def require_sound(self) -> None:
        """Refuse, naming the first problem, to read a file whose content is damaged."""
        _refuse_damage(self.path, self.damage())

    # --- reading ---------------------------------------------------------------------------
    def project_info(self) -> ProjectInfo:
        with self._rows() as conn:
            return reader.project_info(conn)

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction on plain rows (``services.reader``, ``storage.rows``): every
        read inside sees the file at the same moment (the interchange document, for one)."""
        with self._rows() as conn:
            began = rows.begin_read(conn)
            try:
                yield conn
            finally:
                if began:
                    conn.rollback()

    def snapshot(self, cycle_id: int) -> CycleSnapshot:
        with self._rows() as conn:
            return reader.read_cycle(conn, cycle_id)

    def award_profiles(self) -> tuple[AwardProfile, ...]:
        with self._rows() as conn:
            return self.builtin_awards + reader.award_profiles(conn)

    def award_profile(self, profile_id: str) -> AwardProfile:
        return find_profile(profile_id, self.award_profiles())

    def updated(self, snap: CycleSnapshot, changes: Changes) -> CycleSnapshot:
        """``snap`` brought up to date, reading only what ``changes`` touched."""
        with self._rows() as conn:
            return reader.update_cycle(conn, snap, changes)

    def summary_of(self, snap: CycleSnapshot) -> Summary:
        return summarise(self.framework, snap, self.award_profile(snap.cycle.award_profile))

    def summary(self, cycle_id: int) -> Summary:
        return self.summary_of(self.snapshot(cycle_id))

    def history(self) -> tuple[CycleHistory, ...]:
        """Every cycle in the project's order with its summary (core.report.cycle_history)."""
        return cycle_history(
            self.framework, (self.snapshot(c.id) for c in self.cycles.all()), self.award_profile
        )

    def audit(self, cycle_id: int | None = None, limit: int = 500) -> tuple[AuditEntry, ...]:
        with self._rows() as conn:
            return reader.audit(conn, cycle_id, limit)

    def audit_count(self) -> int:
        with self._rows() as conn:
            return reader.audit_count(conn)

    # --- project-wide settings -------------------------------------------------------------
    def rename_organisation(self, name: str) -> Changes:
        from sqlalchemy import select

        from excellence_app.storage import models as m

        name = check_name(name, "组织名称")
        with self._tx() as s:
            row = s.scalars(select(m.Project)).one()
            row.org_name = name
            self._audit(s, None, "project.rename", name)
        return self._report(Changes.of("settings", ["organisation"]))

    def set_org_details(self, details: OrgDetails) -> Changes:
        """The organisation's particulars for the 申报表 (all of them at once, one audit row)."""
        from sqlalchemy import select

        from excellence_app.storage import models as m

        if not isinstance(details, OrgDetails):
            raise InvalidValue("组织信息无效", "invalid organisation details")
        with self._tx() as s:
            row = s.scalars(select(m.Project)).one()
            value = dump(details)
            if (row.details or {}) == value:
                return NOTHING
            row.details = value
            self._audit(s, None, "project.details", "", value)
        return self._report(Changes.of("settings", ["organisation"]))

    def save_award_profile(self, profile: AwardProfile) -> Changes:
        if any(p.id == profile.id for p in self.builtin_awards):
            raise AppError(
                f"内置评奖配置 {profile.id} 不可修改", f"built-in award profile {profile.id} is read-only"
            )
        from excellence_app.storage import models as m

        limits = {k: v for k, v in dump(profile).items() if k not in RULE_FIELDS and k != "award_name"}
        with self._tx() as s:
            s.merge(m.AwardProfileRow(**limits, rules=profile.rules()))
            self._audit(s, None, "award.save", profile.id)
        return self._report(Changes.of("settings", ["award_profiles"]))


def explain_failure(exc: Exception, path: Path) -> AppError | None:
    """Name the cause of a failure the program did not foresee, when it lies in the project file.

    A value another tool wrote can break a reader anywhere; the file is then read again, raw,
    to say which table, row and column holds it.
    """
    # Engines already say their errors plainly; a raw sqlite3 error can still come from elsewhere.
    said = failures.translate(exc, path) if isinstance(exc, sqlite3.Error) else None
    if said is not None:
        return said
    try:
        with ProjectService.open(path, read_only=True) as svc:
            svc.require_sound()
    except AppError as found:
        return found
    except Exception:  # the explanation must never hide the original failure
        return None
    return None


def copy_project_file(path: Path | ServerAddress, target: Path) -> None:
    """A consistent copy of a project file, taken read-only (the file is never changed); of a
    team server's project, the project pulled into a new file."""
    if isinstance(path, ServerAddress):
        from excellence_app.services import server_copy

        server_copy.pull(path, Path(target))
        return
    sqlite_files.consistent_copy(Path(path), Path(target))
