"""One writer per project file: an OS lock on a small file beside it.

The operating system drops the lock when the process dies, so a crash never
leaves a project locked; the file's text only tells others who holds it.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from excellence_app.core.errors import AppError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class FileInUse(AppError):
    pass


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class ProjectLock:
    def __init__(self, project: Path) -> None:
        self.path = lock_path(project)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _ in range(3):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                holder = self._holder(fd)
                os.close(fd)
                raise FileInUse(
                    f"项目文件 {self.path.name.removesuffix('.lock')} 已被另一个程序打开（{holder}），"
                    "请先在那里关闭它",
                    f"the project file is already open in another process ({holder}); close it there first",
                )
            # The file may have been removed by its previous holder between open and lock.
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                info = {
                    "pid": os.getpid(),
                    "user": _user(),
                    "host": socket.gethostname(),
                    "since": datetime.now().isoformat(timespec="seconds"),
                }
                os.ftruncate(fd, 0)
                os.pwrite(fd, json.dumps(info, ensure_ascii=False).encode(), 0)
                return
            os.close(fd)
        raise FileInUse("无法锁定项目文件", "cannot lock the project file")

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)
            self._fd = None

    @staticmethod
    def _holder(fd: int) -> str:
        try:
            info = json.loads(os.pread(fd, 4096, 0).decode() or "{}")
        except (OSError, ValueError):
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
