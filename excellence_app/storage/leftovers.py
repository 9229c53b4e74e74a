"""Temporary files of ours: held while being written, cleaned up once nobody holds them.

A new project is built as ``.NAME.XXXXXXXX.tmp`` and an export as ``.NAME.XXXXXXXX.part``
(``NAME`` is the file's name, cut to 32 characters; ``XXXXXXXX`` is what ``tempfile.mkstemp``
makes up), then renamed into place. A killed run leaves such a file behind. While a live
process writes one it holds an exclusive lock on it (on Windows: keeps it open, which makes it
undeletable), so a leftover is a file of ours by name that nobody holds and that is older than
this process: the next run in that folder removes it. Nothing that does not match those names
is ever touched.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

# Taken at import, which is before this process can have made any temporary file. A file of ours
# made later by another process is locked within microseconds of its creation; the age rule only
# guards that instant.
_STARTED = time.time()

_RANDOM = r"[a-z0-9_]{8}"  # tempfile's alphabet and length
_LEFTOVER = re.compile(rf"^\..+\.{_RANDOM}\.(tmp|part)$")
# SQLite's journals of a half-built project; a journal beside a real project is never ours to delete.
_SIDE = re.compile(rf"^(\..+\.{_RANDOM}\.tmp)-(journal|wal|shm)$")

if os.name == "nt":  # pragma: no cover - exercised on Windows only

    def _lock(fd: int) -> bool:
        # Windows refuses to delete a file another process has open; holding it open is the lock.
        return True

    def _unlock(fd: int) -> None:
        pass
else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class HeldFile:
    """A temporary file of ours, locked for as long as it is being written."""

    def __init__(self, folder: Path, name: str, suffix: str) -> None:
        # The start of the name is enough to tell whose file it is, and a name the system just
        # accepts (255 bytes) would be too long with ".XXXXXXXX.part" after it.
        fd, tmp = tempfile.mkstemp(prefix=f".{name[:32]}.", suffix=suffix, dir=folder)
        self.path = Path(tmp)
        self._fd: int | None = fd
        _lock(fd)  # a brand-new file nobody else knows yet: this cannot fail
        # mkstemp makes the file private; what ends up under the real name gets the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.path, 0o666 & ~umask)

    def release(self) -> None:
        """Let go of the file (before renaming it: Windows renames no file that is open)."""
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def discard(self) -> None:
        self.release()
        for leftover in (self.path, *(Path(f"{self.path}-{s}") for s in ("journal", "wal", "shm"))):
            leftover.unlink(missing_ok=True)


def _remove_if_abandoned(path: Path) -> bool:
    try:
        if path.lstat().st_mtime >= _STARTED:
            return False
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not _lock(fd):
            return False  # a live process is writing it
        path.unlink()  # still holding the lock, so nobody can have taken it over meanwhile
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def clean(folder: Path) -> list[Path]:
    """Remove the abandoned temporary files of ours in ``folder``; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
    except OSError:
        return removed
    names = {e.name for e in entries}
    for entry in entries:
        if _LEFTOVER.match(entry.name) and _remove_if_abandoned(Path(entry.path)):
            removed.append(Path(entry.path))
    for entry in entries:
        side = _SIDE.match(entry.name)
        # A journal goes only with its half-built project, once that one is gone.
        orphan = side is not None and (side.group(1) not in names or Path(folder, side.group(1)) in removed)
        if orphan and _remove_if_abandoned(Path(entry.path)):
            removed.append(Path(entry.path))
    return removed
