"""One writer per project file: an OS lock on a small file beside it, taken with ``filelock``
(flock on Unix, LockFileEx on Windows), which its maintainers test on both.

The operating system drops the lock when the process dies, so a crash never leaves a project
locked; the file's text only tells others who holds it. Windows forbids reading the locked
byte (offset 0), so the holder's details start at offset 1.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from excellence_app.core.errors import AppError

# Long enough to outlast a holder that is just letting go (its file unlinked, its lock not yet
# released), short enough not to be noticed when the file really is open elsewhere.
_PATIENCE = 0.2


class FileInUse(AppError):
    pass


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class ProjectLock:
    def __init__(self, project: Path) -> None:
        # Imported here: filelock brings asyncio (about 50 ms), which reading a project never needs.
        from filelock import FileLock

        self.path = lock_path(project)
        # Not thread-local: a project opened on one thread may be closed on another.
        self._lock = FileLock(
            self.path, timeout=_PATIENCE, thread_local=False, on_acquired=_write_holder, mode=0o644
        )

    def acquire(self) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire(poll_interval=0.02)
        except Timeout:
            holder = _holder(self.path)
            raise FileInUse(
                f"项目文件 {self.path.name.removesuffix('.lock')} 已被另一个程序打开（{holder}），"
                "请先在那里关闭它",
                f"the project file is already open in another process ({holder}); close it there first",
            ) from None

    def release(self) -> None:
        if not self._lock.is_locked:
            return
        if os.name != "nt":
            # No lock file is left beside the project. Removed while still held: a process that
            # opened the old file meanwhile finds it unlinked once it gets the lock, and filelock
            # then starts over on a new file (its st_nlink check). Windows removes it on release.
            self.path.unlink(missing_ok=True)
        self._lock.release(force=True)


def _write_holder(fd: int) -> None:
    info = {
        "pid": os.getpid(),
        "user": _user(),
        "host": socket.gethostname(),
        "since": datetime.now().isoformat(timespec="seconds"),
    }
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, b"\n" + json.dumps(info, ensure_ascii=False).encode())


def _holder(path: Path) -> str:
    try:
        with path.open("rb") as file:
            file.seek(1)
            info = json.loads(file.read(4096).decode() or "{}")
    except (OSError, ValueError):
        return "未知进程"
    if not isinstance(info, dict):
        return "未知进程"
    return (
        f"进程 {info.get('pid', '?')}，{info.get('user', '?')}@{info.get('host', '?')}，"
        f"自 {info.get('since', '?')}"
    )


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises several kinds when no name is configured
        return "?"
