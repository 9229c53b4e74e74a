"""Fuzzing the opening of project files: damaged pages, headers and rows are refused in one line.

The seed is the sample organisation written by ``demo``. Each input is opened by a
reading command (``summary``) or by ``export-project``; neither may change the file
or leave anything beside it. See :mod:`fuzz_support` for the outcome classes.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
from pathlib import Path

import pytest
from fuzz_support import (
    Mutator,
    Tally,
    check_after,
    classify,
    digest,
    flip_bytes,
    fresh,
    fuzz_count,
    own_home,
    run_cli,
    truncate,
    zero_range,
)

PAGE = 4096


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("seed")
    with own_home(tmp_path_factory):
        code, _, err = run_cli("demo", str(folder / "d.exa"))
        assert code == 0, err
    return (folder / "d.exa").read_bytes()


# --- bytes ---------------------------------------------------------------------------------
def page_flip(rng: random.Random, data: bytes) -> bytes:
    page = rng.randrange(len(data) // PAGE)
    lo = page * PAGE + (100 if page == 0 else 0)
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(lo, (page + 1) * PAGE)] ^= rng.randrange(1, 256)
    return bytes(out)


def page_truncate(rng: random.Random, data: bytes) -> bytes:
    if rng.random() < 0.5:
        return data[: rng.randrange(len(data) // PAGE) * PAGE]
    return truncate(rng, data)


# (offset, size) of the fields of the 100-byte header, https://sqlite.org/fileformat.html
HEADER_FIELDS = [(0, 16), (16, 2), (18, 1), (19, 1), (20, 1), (21, 1), (22, 1), (23, 1), (24, 4), (28, 4)]
HEADER_FIELDS += [(32, 4), (36, 4), (40, 4), (44, 4), (48, 4), (52, 4), (56, 4), (60, 4), (64, 4), (68, 4)]
HEADER_FIELDS += [(92, 4), (96, 4)]


def header_fields(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 2)):
        offset, size = rng.choice(HEADER_FIELDS)
        choice = rng.randrange(4)
        if choice == 0:
            value = bytes(size)
        elif choice == 1:
            value = b"\xff" * size
        elif choice == 2:
            value = rng.randrange(1, 5).to_bytes(size, "big")  # e.g. text encoding UTF-16, schema format 4
        else:
            value = bytes(rng.randrange(256) for _ in range(size))
        out[offset : offset + size] = value
    return bytes(out)


# --- rows, written with sqlite3 as another program might -----------------------------------
def _with_db(data: bytes, change) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.exa"
        path.write_bytes(data)
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA foreign_keys = OFF")
            con.execute("PRAGMA ignore_check_constraints = ON")  # another program's bug, not ours
            for _ in range(20):  # NOT NULL and UNIQUE still hold: try another change
                try:
                    change(con)
                    break
                except sqlite3.IntegrityError:
                    con.rollback()
            con.commit()
        finally:
            con.close()
        return path.read_bytes()


def _tables(con: sqlite3.Connection) -> list[str]:
    rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return sorted(r[0] for r in rows)


def _row(rng: random.Random, con: sqlite3.Connection) -> tuple[str, list[str], int] | None:
    """A random table that has rows, its columns and the rowid of one of them."""
    tables = [t for t in _tables(con) if con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]]
    table = rng.choice(tables)
    columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    rowids = [r[0] for r in con.execute(f'SELECT rowid FROM "{table}"')]
    return table, columns, rng.choice(rowids)


WRONG_VALUES: list[object] = [
    "text",
    "",
    " ",
    "\u3000",
    b"\x00\xff",
    3.5,
    -1,
    0,
    2**62,
    -(2**63),
    None,
    float("inf"),
    "2026-13-45",
    "2026-02-30T09:00:00",
    "nan",
    "\x00",
    "a\nb",
    "长" * 300_000,
    "1e999",
    "[]",
]


def sql_wrong_types(rng: random.Random, data: bytes) -> bytes:
    def change(con: sqlite3.Connection) -> None:
        for _ in range(rng.randint(1, 3)):
            table, columns, rowid = _row(rng, con)
            column = rng.choice(columns)
            con.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (rng.choice(WRONG_VALUES), rowid)
            )

    return _with_db(data, change)


def sql_dangling(rng: random.Random, data: bytes) -> bytes:
    def change(con: sqlite3.Connection) -> None:
        links = [
            (t, fk[3], fk[2]) for t in _tables(con) for fk in con.execute(f'PRAGMA foreign_key_list("{t}")')
        ]
        if rng.random() < 0.5:
            table, column, _ = rng.choice(links)
            value = rng.choice([0, -1, 999_999, "x"])
            con.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE rowid IN (SELECT rowid FROM "{table}" LIMIT 1)',
                (value,),
            )
        else:
            _, _, parent = rng.choice(links)
            rowid = rng.choice([r[0] for r in con.execute(f'SELECT rowid FROM "{parent}"')] or [0])
            con.execute(f'DELETE FROM "{parent}" WHERE rowid = ?', (rowid,))

    return _with_db(data, change)


def sql_invalid_utf8(rng: random.Random, data: bytes) -> bytes:
    def change(con: sqlite3.Connection) -> None:
        table, columns, rowid = _row(rng, con)
        column = rng.choice(columns)
        bad = rng.choice(["FF", "C3", "EDA080", "E4B8", "41FE42", "F4908080"])
        con.execute(f'UPDATE "{table}" SET "{column}" = CAST(X\'{bad}\' AS TEXT) WHERE rowid = ?', (rowid,))

    return _with_db(data, change)


def sql_schema(rng: random.Random, data: bytes) -> bytes:
    def change(con: sqlite3.Connection) -> None:
        choice = rng.randrange(5)
        if choice == 0:
            con.execute(f'DROP TABLE "{rng.choice(_tables(con))}"')
        elif choice == 1:
            con.execute(f"PRAGMA user_version = {rng.choice([1, 99, -1])}")
        elif choice == 2:
            con.execute(f"PRAGMA application_id = {rng.choice([0, 1, 0x45584132])}")
        elif choice == 3:
            con.execute("UPDATE alembic_version SET version_num = ?", (rng.choice(["9999", "", "0001"]),))
        else:
            table = rng.choice(_tables(con))
            con.execute(f"ALTER TABLE \"{table}\" ADD COLUMN fuzz_extra TEXT NOT NULL DEFAULT 'x'")

    return _with_db(data, change)


MUTATORS: dict[str, Mutator] = {
    "page_flip": page_flip,
    "page_truncate": page_truncate,
    "zero_range": zero_range,
    "bytes_flip": lambda rng, data: flip_bytes(rng, data, lo=100),
    "header_fields": header_fields,
    "sql_wrong_types": sql_wrong_types,
    "sql_dangling": sql_dangling,
    "sql_invalid_utf8": sql_invalid_utf8,
    "sql_schema": sql_schema,
}


@pytest.mark.parametrize("name", list(MUTATORS))
def test_damaged_project_files_are_refused_cleanly(seed: bytes, tmp_path: Path, name: str) -> None:
    tally = Tally("project files", name)
    for n in range(fuzz_count(len(MUTATORS))):
        rng = random.Random(f"{name}/{n}")
        folder = fresh(tmp_path, n)
        project = folder / "p.exa"
        project.write_bytes(MUTATORS[name](rng, seed))
        before = digest(project)
        export = rng.random() < 0.5
        if export:
            code, _, err = run_cli("export-project", str(project), str(folder / "out.zip"))
        else:
            code, _, err = run_cli("summary", str(project))
        outcome = classify(code, err)
        problems: list[str] = [f"command {'export-project' if export else 'summary'}"]
        expected = {"p.exa", "out.zip"} if outcome == "success" and export else {"p.exa"}
        check_after(folder, expected, {project: before}, problems)
        tally.record(n, outcome, problems[1:], err + f" [{problems[0]}]")
    tally.finish()
