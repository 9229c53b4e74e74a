"""Reading a project file's bytes without writing beside it: its side files, the URI that
opens it read-only, and a consistent copy through SQLite's backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def side_files(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal")) if p.exists()]


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without creating anything beside it.

    ``mode=ro`` alone still creates ``-wal`` and ``-shm`` for a file in WAL mode. With no
    journal beside the file nobody has it open for writing and everything is in the file
    itself, so ``immutable=1`` reads it without any. A journal that is already there may hold
    committed edits: then read through it (``mode=ro``), which creates nothing new.
    """
    uri = path.resolve().as_uri()
    return f"{uri}?mode=ro" if side_files(path) else f"{uri}?immutable=1"


def consistent_copy(path: Path, target: Path) -> None:
    """Copy a project file through SQLite's backup API, opened read-only: the copy is one
    consistent state even while another program writes, and the file is never changed."""
    src = sqlite3.connect(read_only_uri(path), uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
