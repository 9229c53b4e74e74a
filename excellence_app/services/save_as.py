"""另存为: a consistent copy of an open project under a new name, then opened for editing
(a team server's project is pulled into the new file: ``services.server_copy``).

The copy is taken through SQLite's backup API (one consistent state, the open file never
changed) into a held temporary file beside the target and renamed into place, so the target
is either the complete copy or what it was before. The target's single-writer lock is taken
before anything is written: a file someone else has open is refused untouched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from excellence_app.core.errors import AppError
from excellence_app.core.server_address import ServerAddress
from excellence_app.services.project import ProjectService, copy_project_file
from excellence_app.storage import failures, leftovers
from excellence_app.storage.lockfile import ProjectLock


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return b.exists() and os.path.samefile(a, b)  # hard links, case-insensitive file systems
    except OSError:
        return False


def _cannot_write(target: Path, why: str | None) -> AppError:
    reason_zh = f"：{why}" if why else ""
    reason_en = f": {why}" if why else ""
    return AppError(
        f"无法另存为 {target}{reason_zh}，未写出任何文件",
        f"cannot save as {target}{reason_en}; nothing was written",
    )


def check_target(svc: ProjectService, target: Path, *, replace: bool = False) -> None:
    """Refuse, with one sentence, a target that is the open file, a folder, or not writable."""
    if not isinstance(svc.path, ServerAddress) and _same_file(Path(svc.path), target):
        raise AppError(
            f"{target} 就是当前打开的项目文件，请换一个文件名",
            f"{target} is the project file that is open; choose another name",
        )
    if target.is_dir():
        raise AppError(f"{target} 是一个文件夹，请给出文件名", f"{target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise AppError(
            f"文件夹 {target.parent} 不存在，未写出文件",
            f"folder {target.parent} does not exist; nothing written",
        )
    if target.exists() and not replace:
        raise AppError(
            f"文件已存在：{target}（不会覆盖）", f"the file already exists: {target} (not overwritten)"
        )
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise _cannot_write(target, "只读 / read-only")


def save_as(svc: ProjectService, target: Path | str, *, replace: bool = False) -> ProjectService:
    """Copy the project ``svc`` has open to ``target`` and open the copy for editing (locked,
    as ``svc.actor``). ``svc`` stays open: the caller closes it, which releases its lock.

    ``replace`` lets an existing file that nobody has open be replaced (the user was asked).
    """
    target = Path(target)
    check_target(svc, target, replace=replace)
    leftovers.clean(target.parent)  # what a killed copy left here
    held_lock = ProjectLock(target)
    try:
        held_lock.acquire()  # refuses, naming the holder, when another program has the target open
    except OSError as exc:
        raise _cannot_write(target, exc.strerror) from None
    try:
        if isinstance(svc.path, ServerAddress):
            _pull_copy(svc.path, target)  # a team's project saved as a file: for work offline
        else:
            _write_copy(Path(svc.path), target)
    finally:
        held_lock.release()
    # The lock is let go for the moment it takes to open the copy (which takes it again): one
    # process may not hold two locks on one file. Should another program win that moment, the
    # copy is complete and the open says who holds it.
    return ProjectService.open(target, svc.actor)


def _pull_copy(source: ServerAddress, target: Path) -> None:
    """The server's project as a new file built beside ``target`` and renamed into place."""
    from excellence_app.services import server_copy

    scratch = Path(tempfile.mkdtemp(prefix=".excellence-pull-", dir=target.parent))
    try:
        built = scratch / target.name
        server_copy.pull(source, built)
        os.replace(built, target)
    except OSError as exc:
        raise _cannot_write(target, exc.strerror) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _write_copy(source: Path, target: Path) -> None:
    try:
        held = leftovers.HeldFile(target.parent, target.name, ".tmp")
    except OSError as exc:
        raise _cannot_write(target, exc.strerror) from None
    try:
        copy_project_file(source, held.path)
        held.release()
        # A journal left beside an older file of this name would be read into the copy.
        for side in ("-wal", "-shm", "-journal"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        os.replace(held.path, target)
    except (OSError, sqlite3.Error) as exc:
        held.discard()
        said = failures.translate(exc, target)
        if isinstance(said, failures.DiskFull):
            raise said from None
        raise _cannot_write(target, getattr(exc, "strerror", None) or str(exc)) from None
    except BaseException:
        held.discard()
        raise
