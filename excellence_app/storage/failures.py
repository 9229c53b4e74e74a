"""What SQLite and the operating system report, said as one sentence the user can act on.

Every engine on a project file passes its errors through ``translate`` (an SQLAlchemy
``handle_error`` hook), so the GUI, the services and the command line all say "the disk is
full" or "the file is busy" instead of showing raw SQL.
"""

from __future__ import annotations

import errno
import math
import os
from pathlib import Path

from excellence_app.core.errors import AppError

MB = 1024 * 1024


class ProjectReadOnly(AppError):
    """The file or its folder cannot be written; reading it still works."""


class FileBusy(AppError):
    """Another program holds a write transaction on the file right now."""


class DiskFull(AppError):
    """The disk ran out of space; the transaction was rolled back."""


class DamagedFile(AppError):
    """The file's content cannot be read as a project (names what is wrong where it can)."""


def read_only(path: Path, folder: bool = False) -> ProjectReadOnly:
    if folder:
        return ProjectReadOnly(
            f"项目文件所在的文件夹是只读的，无法修改 {path}（仍可用 summary、check、export 查看和导出）",
            f"the folder of the project file is read-only; {path} cannot be changed "
            "(summary, check and export still work)",
        )
    return ProjectReadOnly(
        f"项目文件是只读的，无法修改 {path}（仍可用 summary、check、export 查看和导出）",
        f"the project file is read-only: {path} cannot be changed (summary, check and export still work)",
    )


def space_needed(path: Path) -> int:
    """Megabytes to ask for: a tenth of the file covers any single edit and its journal; 10 MB at least."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return max(10, math.ceil(size / 10 / MB))


def disk_full(path: Path) -> DiskFull:
    n = space_needed(path)
    return DiskFull(
        f"磁盘已满：请释放 {n} MB 后重试，未作任何改动（{path}）",
        f"the disk is full: free {n} MB and try again; nothing was changed ({path})",
    )


def holders(path: Path) -> list[str]:
    """Other processes that have ``path`` open, where the system tells (Linux ``/proc``)."""
    try:
        target = os.stat(path)
        pids = [p for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()]
    except OSError:
        return []
    found = []
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
            for fd in fds:
                st = os.stat(f"/proc/{pid}/fd/{fd}")
                if (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino):
                    name = Path(f"/proc/{pid}/comm").read_text().strip()
                    found.append(f"{name} {pid}")
                    break
        except OSError:
            continue  # gone meanwhile, or not ours to look at
    return found


def busy(path: Path) -> FileBusy:
    who = holders(path)
    zh_who = f"（进程 {'、'.join(who)}）" if who else ""
    en_who = f" ({', '.join(who)})" if who else ""
    return FileBusy(
        f"项目文件正被另一个程序写入{zh_who}，请稍后再试，未作任何改动（{path}）",
        f"the project file is busy: another program{en_who} is writing to it; "
        f"try again later; nothing was changed ({path})",
    )


class PathTooLong(AppError):
    """SQLite cannot open a path this long; the file and its folder may be perfectly sound."""


# SQLite refuses, before opening anything, a path it could not add "-journal" to within its limit
# of UTF-8 bytes: 512 in its unix VFS (Linux, macOS), 1040 on Windows. Windows itself stops at
# MAX_PATH, 260 characters with the final NUL, unless long paths are enabled. Either way SQLite
# says only "unable to open database file", which reads as a missing or damaged file.
_SQLITE_BYTES = 1040 if os.name == "nt" else 512
_MAX_PATH = 260


def too_long_for_sqlite(path: Path) -> bool:
    return len(os.fsencode(os.path.abspath(path) + "-journal")) > _SQLITE_BYTES


def _too_long_for_windows(path: Path) -> bool:
    return os.name == "nt" and len(os.path.abspath(path) + "-journal") >= _MAX_PATH


def path_too_long(path: Path) -> PathTooLong:
    n = len(os.path.abspath(path))
    return PathTooLong(
        f"路径过长（{n} 个字符），无法打开或建立项目文件 {path}：请放到路径较短的文件夹中，"
        "或改用较短的文件名；未作任何改动",
        f"the path is too long ({n} characters) to open or create the project file {path}: "
        "use a folder with a shorter path, or a shorter name; nothing was changed",
    )


def damaged(path: Path, zh: str, en: str) -> DamagedFile:
    return DamagedFile(
        f"项目文件已损坏（{path}）：{zh}；运行 check 可列出全部问题",
        f"the project file is damaged ({path}): {en}; run check to list every problem",
    )


def translate(exc: BaseException, path: Path) -> AppError | None:
    """The user's sentence for a database or file-system error, or None when there is none."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(path)
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only(path)
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    cannot_open = name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text
    if cannot_open and (too_long_for_sqlite(path) or _too_long_for_windows(path)):
        return path_too_long(path)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return disk_full(path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return busy(path)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return read_only(path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return damaged(path, "数据库结构受损", "the database structure is broken")
    if text.startswith("Could not decode to UTF-8 column"):
        # The message goes on with the raw bytes; only the column name is worth showing.
        column = text.split("'")[1] if text.count("'") >= 2 else "?"
        return damaged(path, f"{column} 列中有无法识别的文字", f"undecodable text in column {column}")
    return None
