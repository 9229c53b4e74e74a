"""``excellence-app bench``: the performance figures, each next to a baseline from the same run.

Figures are printed, never asserted: tests stay free of timing.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _run_seconds(code: str, repeat: int = 5) -> float:
    """The best wall time of a fresh interpreter running ``code``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _line(name: str, value: float, baseline_name: str, baseline: float, unit: str = "ms") -> None:
    scale = 1000 if unit == "ms" else 1
    ratio = value / baseline if baseline else float("inf")
    print(f"{name:<34} {value * scale:9.2f} {unit}   {baseline_name:<30} {baseline * scale:9.2f} {unit}"
          f"   ×{ratio:.2f}")


def bench_storage(work: Path) -> None:
    from excellence_app.services.project import ProjectService

    bare = _run_seconds("pass")
    imported = _run_seconds("import excellence_app.services.project")
    _line("import of the services", imported, "python -c pass", bare)

    path = work / "bench.exa"
    ProjectService.create(path, "基准测试").close()
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        ProjectService.open(path).close()
        opens.append(time.perf_counter() - start)
    raw_opens = []
    import sqlite3

    for _ in range(5):
        start = time.perf_counter()
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM cycle").fetchone()
        conn.close()
        raw_opens.append(time.perf_counter() - start)
    _line("open a project (median)", statistics.median(opens), "raw sqlite3 connect+query", statistics.median(raw_opens))

    with ProjectService.open(path) as svc:
        cycle = svc.cycles()[0].id
        assessor = svc.add_assessor(cycle, "基准", "lead").id
        items = [i.id for i in svc.framework.items()]
        edits = _timed(1000, lambda n: svc.set_score(assessor, items[n % len(items)], percent=(n * 5) % 105))

    raw = sqlite3.connect(work / "raw.db")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, item TEXT, percent INTEGER)")

    def raw_edit(n: int) -> None:
        raw.execute("INSERT INTO t (item, percent) VALUES (?, ?)", (items[n % len(items)], n % 100))
        raw.commit()

    raw_edits = _timed(1000, raw_edit)
    raw.close()
    _line("score edit, median of 1,000", statistics.median(edits), "raw sqlite3 insert+commit",
          statistics.median(raw_edits))
    _line("score edit, 99th percentile", _percentile(edits, 0.99), "raw sqlite3 insert+commit p99",
          _percentile(raw_edits, 0.99))


def _timed(n: int, step: Callable[[int], None]) -> list[float]:
    out = []
    for i in range(n):
        start = time.perf_counter()
        step(i)
        out.append(time.perf_counter() - start)
    return out


def main() -> int:
    print(f"{'figure':<34} {'value':>12}   {'baseline':<30} {'value':>12}   ratio")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bench_storage(work)
    return 0
