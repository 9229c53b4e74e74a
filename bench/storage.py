"""Importing the services, opening a project, and one edit saved, each next to its raw yardstick.

Import time is measured apart from opening the file: a fresh interpreter importing
``excellence_app.services.project`` against one running ``pass``; then opening the project in
this process against sqlite3 connecting and reading one row.

One edit is ``svc.content.set_response`` (a clause's text changed, its audit row written, the
transaction committed) against sqlite3 doing the same by hand on a copy of the same file: an
UPDATE of the response, an INSERT into the audit table and a commit, with the pragmas the
project's own connection has (read from it, so they follow ``storage.database``).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import time
from datetime import datetime
from pathlib import Path

from bench.figures import Figure
from bench.procs import median_pair, python, wall

# Connection settings a project connection may set; each is read from the project's own
# connection and set the same on the raw one.
PRAGMAS = (
    "journal_mode",
    "synchronous",
    "foreign_keys",
    "busy_timeout",
    "cache_size",
    "temp_store",
    "mmap_size",
    "wal_autocheckpoint",
    "locking_mode",
    "secure_delete",
)


def import_figure(env: dict[str, str], runs: int) -> Figure:
    wall(python("import excellence_app.services.project"), env)  # writes the bytecode once
    bare, imported = median_pair(
        lambda: wall(python("pass"), env),
        lambda: wall(python("import excellence_app.services.project"), env),
        runs,
    )
    return Figure(
        "import_services",
        "import the services (fresh process)",
        imported,
        "s",
        "python -c pass",
        bare,
    )


def project_pragmas(svc: object) -> dict[str, str]:
    """The pragmas of the service's own connection to the project file."""
    with svc.db.engine.connect() as conn:  # type: ignore[attr-defined]
        return {name: str(conn.exec_driver_sql(f"PRAGMA {name}").scalar()) for name in PRAGMAS}


def _raw_connection(path: Path, pragmas: dict[str, str]) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    for name in PRAGMAS:  # journal_mode first: it cannot change inside a transaction
        conn.execute(f"PRAGMA {name} = {pragmas[name]}")
    for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout"):
        got = str(conn.execute(f"PRAGMA {name}").fetchone()[0])
        if got.lower() != pragmas[name].lower():
            raise RuntimeError(f"raw sqlite3 has {name} = {got}, the project {pragmas[name]}")
    return conn


def storage_figures(sample: Path, work: Path, env: dict[str, str], runs: int, edits: int) -> list[Figure]:
    from excellence_app.services.project import ProjectService

    figures = [import_figure(env, runs)]
    path, raw_path = work / "edit.exa", work / "edit-raw.exa"
    shutil.copyfile(sample, path)
    shutil.copyfile(sample, raw_path)

    def open_close() -> float:
        start = time.perf_counter()
        ProjectService.open(path).close()
        return time.perf_counter() - start

    def raw_open() -> float:
        start = time.perf_counter()
        conn = sqlite3.connect(raw_path)
        conn.execute("SELECT count(*) FROM clause_response").fetchone()
        conn.close()
        return time.perf_counter() - start

    opened, raw_opened = median_pair(open_close, raw_open, runs)
    figures.append(
        Figure(
            "open_project",
            "open the project (in process)",
            opened,
            "s",
            "sqlite3 connect + query",
            raw_opened,
        )
    )

    with ProjectService.open(path, "bench") as svc:
        cycle = svc.cycles.all()[-1].id
        texts = {r.clause_id: r.text for r in svc.snapshot(cycle).responses.values()}
        clauses = sorted(texts)  # each has its row: the UPDATE below changes one
        pragmas = project_pragmas(svc)
        raw = _raw_connection(raw_path, pragmas)
        try:

            def service_edit(n: int) -> float:
                clause = clauses[n % len(clauses)]
                start = time.perf_counter()
                svc.content.set_response(cycle, clause, f"{texts.get(clause, '')}测{n}")
                return time.perf_counter() - start

            def raw_edit(n: int) -> float:
                clause = clauses[n % len(clauses)]
                text = f"{texts.get(clause, '')}测{n}"
                start = time.perf_counter()
                raw.execute(
                    "UPDATE clause_response SET text = ?, status = ?, updated_at = ? "
                    "WHERE cycle_id = ? AND clause_id = ?",
                    (text, "draft", datetime.now().isoformat(sep=" "), cycle, clause),
                )
                raw.execute(
                    "INSERT INTO audit (cycle_id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        cycle,
                        datetime.now().isoformat(sep=" "),
                        "bench",
                        "response.text",
                        clause,
                        json.dumps({"chars": len(text), "status": "draft"}, ensure_ascii=False),
                    ),
                )
                raw.commit()
                return time.perf_counter() - start

            ours, theirs = [], []
            for n in range(edits):
                ours.append(service_edit(n))
                theirs.append(raw_edit(n))
        finally:
            raw.close()
    shown = ", ".join(
        f"{k}={pragmas[k]}" for k in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    )
    figures.append(
        Figure(
            "edit_service",
            f"one edit saved: set_response (median of {edits})",
            statistics.median(ours) * 1000,
            "ms",
            "sqlite3 UPDATE+audit INSERT+commit",
            statistics.median(theirs) * 1000,
            kind="ratio",
            limit=2,
            note=f"raw sqlite3 with the project connection's pragmas: {shown}",
        )
    )
    p99 = sorted(ours)[int(0.99 * (len(ours) - 1))]
    raw_p99 = sorted(theirs)[int(0.99 * (len(theirs) - 1))]
    figures.append(
        Figure(
            "edit_service_p99",
            "one edit saved, 99th percentile",
            p99 * 1000,
            "ms",
            "raw sqlite3, 99th percentile",
            raw_p99 * 1000,
        )
    )
    return figures
