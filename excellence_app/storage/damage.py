"""Finding damaged content: what another tool, a bad disk or a bug could have left in the file.

The schema says what every column may hold (the models, one definition, as plain data in
``storage.schema`` so that a scan never imports SQLAlchemy); this reads each
column raw and names each value that does not fit, with its table, row and column, so
``check`` can list them and the other commands can refuse with one clear line instead of
failing somewhere inside the program.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from excellence_app.core.errors import InvalidValue
from excellence_app.core.framework import clause_label
from excellence_app.core.scoring import check_percent
from excellence_app.storage.schema import TABLES, Column

LIMIT = 200  # findings per scan; a file with more needs restoring, not reading line by line

# How the user knows the rows: by the item, clause or section they belong to.
_WHERE: dict[str, tuple[str, str, str]] = {
    "assessor_score": ("item_id", "评分项 {} 的评审员评分", "the assessor score of item {}"),
    "consensus": ("item_id", "评分项 {} 的共识评分", "the consensus score of item {}"),
    "clause_response": ("clause_id", "条款 {} 的回答", "the response to clause {}"),
    "profile_section": ("section_id", "组织概述 {}", "profile section {}"),
    "comment": ("item_id", "评分项 {} 的优势或改进机会", "a strength or opportunity of item {}"),
    "indicator": ("item_id", "评分项 {} 的指标", "an indicator of item {}"),
    "action_plan": ("item_id", "评分项 {} 的改进计划", "an action plan of item {}"),
    "evidence_link": ("item_id", "评分项 {} 的证据关联", "an evidence link of item {}"),
}
_PERCENT_COLUMNS = {("assessor_score", "percent"), ("consensus", "percent")}


@dataclass(frozen=True)
class Damage:
    table: str
    row: int | None
    column: str
    zh: str
    en: str


def _allowed(kind: str) -> tuple[str, ...]:
    """The SQLite storage classes a column of this kind may hold (besides NULL where allowed)."""
    if kind == "integer":
        return ("integer",)
    if kind == "float":
        return ("integer", "real")
    if kind == "blob":
        return ("blob",)
    return ("text",)


def _show(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _parses(kind: str, text: str) -> bool:
    try:
        if kind == "datetime":
            datetime.fromisoformat(text)
        elif kind == "date":
            date.fromisoformat(text)
        elif kind == "json":
            json.loads(text)
    except (ValueError, RecursionError):  # JSON nested deeper than the stack is no value either
        return False
    return True


def _label(conn: sqlite3.Connection, table: str, rowid: int) -> tuple[str, str]:
    known = _WHERE.get(table)
    if known is None:
        return f"{table} 表的一条记录", f"a row of table {table}"
    key, zh, en = known
    row = conn.execute(f'SELECT "{key}" FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
    name = _show(row[0]).strip("'") if row else "?"
    if key == "clause_id":
        name = clause_label(name)  # as the screens name it: 4.1.2 a)
    return zh.format(name), en.format(name)


def _column_damage(conn: sqlite3.Connection, table: str, columns: tuple[Column, ...]) -> Iterator[Damage]:
    for column, col_kind, nullable in columns:
        allowed = _allowed(col_kind)
        check_text = "text" in allowed
        rows = conn.execute(f'SELECT rowid, typeof("{column}"), "{column}" FROM "{table}"')
        for rowid, raw_kind, value in rows:
            kind = raw_kind.decode()  # typeof() is text, read as bytes like the rest
            problem: tuple[str, str] | None = None
            if kind == "null":
                if not nullable:
                    problem = ("没有取值", "has no value")
            elif kind not in allowed:
                problem = (f"取值无效：{_show(value)}", f"holds an impossible value: {_show(value)}")
            elif check_text:
                try:
                    text = value.decode("utf-8")
                except UnicodeDecodeError:
                    problem = ("中有无法识别的文字（不是有效的 UTF-8）", "holds undecodable text (not UTF-8)")
                else:
                    if not _parses(col_kind, text):
                        problem = (f"取值无效：{_show(text)}", f"holds an impossible value: {_show(text)}")
            if problem is None and kind != "null" and (table, column) in _PERCENT_COLUMNS:
                try:
                    check_percent(value)
                except InvalidValue:
                    problem = (f"取值无效：{_show(value)}", f"holds an impossible value: {_show(value)}")
            if problem is not None:
                zh, en = _label(conn, table, rowid)
                yield Damage(
                    table,
                    rowid,
                    column,
                    f"{zh}{problem[0]}（{table} 表第 {rowid} 行 {column} 列）",
                    f"{en} {problem[1]} (table {table}, row {rowid}, column {column})",
                )


def _broken_references(conn: sqlite3.Connection) -> Iterator[Damage]:
    for raw_table, rowid, raw_parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        table, parent = raw_table.decode(), raw_parent.decode()  # names come as bytes here, like all text
        yield Damage(
            table,
            rowid,
            "",
            f"{table} 表第 {rowid} 行引用的 {parent} 记录不存在",
            f"row {rowid} of table {table} refers to a {parent} row that does not exist",
        )


def integrity(conn: sqlite3.Connection) -> list[Damage]:
    """SQLite's own full check of pages and indexes (not the quick one)."""
    rows = [r[0] for r in conn.execute(f"PRAGMA integrity_check({LIMIT})")]
    if rows == ["ok"]:
        return []
    # One finding per line: SQLite may put several in one row, under a "*** in database ***" heading.
    found = [ln.strip() for r in rows for ln in r.splitlines() if ln.strip() and not ln.startswith("***")]
    return [Damage("数据库", None, "", f"完整性检查：{r}", f"integrity check: {r}") for r in found]


def scan(conn: sqlite3.Connection, full: bool = False) -> list[Damage]:
    """Every damaged value in the file, up to ``LIMIT``; ``full`` adds SQLite's integrity check.

    Text is read as bytes here, so undecodable text is found rather than raised.
    """
    found = integrity(conn) if full else []
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, columns in TABLES.items():
            for damage in _column_damage(conn, table, columns):
                found.append(damage)
                if len(found) >= LIMIT:
                    return found
        found.extend(_broken_references(conn))
    except sqlite3.DatabaseError as exc:
        # Pages so broken that a plain read fails: the integrity check already said where.
        found.append(Damage("数据库", None, "", f"无法读取：{exc}", f"cannot be read: {exc}"))
    finally:
        conn.text_factory = factory
    return found[:LIMIT]
