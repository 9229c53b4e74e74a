"""Looking at project files from outside: a folder's state, the one line of a refusal, and a
change made with raw SQLite as another tool would make it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def state(folder: Path) -> dict[str, str]:
    """Every name in the folder with its content's digest (folders as '<dir>')."""
    return {
        p.name: "<dir>" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_dir() or p.is_file()
    }


def one_error_line(code: int, err: str) -> str:
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "unexpected" not in err and "意外" not in err, err
    return lines[0]


def edit(path: Path, *sql: str) -> None:
    """Change a file as another tool would: raw SQLite, foreign keys off, journals closed."""
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    assert not [p for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]
