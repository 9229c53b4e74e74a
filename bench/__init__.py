"""``excellence-app bench`` (or ``python -m bench``): the performance figures, each next to a
baseline from the same run.

Figures are printed, never asserted: tests stay free of timing. The benchmarks live beside the
package, not in it: they run from a source checkout and the wheel does not ship them.
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


def _line(
    name: str, value: float, baseline_name: str, baseline: float, unit: str = "ms", note: str = ""
) -> None:
    scale = 1000 if unit == "ms" else 1
    if not baseline_name:
        print(f"{name:<34} {value * scale:9.2f} {unit}")
        return
    print(
        f"{name:<34} {value * scale:9.2f} {unit}   {baseline_name:<30} {baseline * scale:9.2f} {unit}"
        f"   ×{value / baseline:.2f}" + (f"   {note}" if note else "")
    )


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
    _line(
        "open a project (median)",
        statistics.median(opens),
        "raw sqlite3 connect+query",
        statistics.median(raw_opens),
    )

    with ProjectService.open(path) as svc:
        cycle = svc.cycles.all()[0].id
        assessor = svc.scoring.add_assessor(cycle, "基准", "lead").id
        items = [i.id for i in svc.framework.items()]
        edits = _timed(
            1000, lambda n: svc.scoring.set_score(assessor, items[n % len(items)], percent=(n * 5) % 105)
        )

    raw = sqlite3.connect(work / "raw.db")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, item TEXT, percent INTEGER)")

    def raw_edit(n: int) -> None:
        raw.execute("INSERT INTO t (item, percent) VALUES (?, ?)", (items[n % len(items)], n % 100))
        raw.commit()

    raw_edits = _timed(1000, raw_edit)
    raw.close()
    _line(
        "score edit, median of 1,000",
        statistics.median(edits),
        "raw sqlite3 insert+commit",
        statistics.median(raw_edits),
    )
    _line(
        "score edit, 99th percentile",
        _percentile(edits, 0.99),
        "raw sqlite3 insert+commit p99",
        _percentile(raw_edits, 0.99),
    )


def _timed(n: int, step: Callable[[int], None]) -> list[float]:
    out = []
    for i in range(n):
        start = time.perf_counter()
        step(i)
        out.append(time.perf_counter() - start)
    return out


def bench_sample(work: Path) -> Path:
    """Open the sample and read a summary; then the exports next to their raw libraries."""
    from bench.pdf import bench_pdf
    from bench.xlsx import bench_xlsx
    from excellence_app.services.exports import report_input
    from excellence_app.services.interchange import write_sample
    from excellence_app.services.project import ProjectService

    path = work / "sample.exa"
    start = time.perf_counter()
    write_sample(path).close()
    _line("write the sample project", time.perf_counter() - start, "", 0)
    opens, summaries = [], []
    for _ in range(5):
        start = time.perf_counter()
        svc = ProjectService.open(path)
        opens.append(time.perf_counter() - start)
        start = time.perf_counter()
        svc.summary(svc.cycles.all()[-1].id)
        summaries.append(time.perf_counter() - start)
        svc.close()
    print(f"{'open the sample (median)':<34} {statistics.median(opens) * 1000:9.2f} ms")
    print(f"{'snapshot + summary of a cycle':<34} {statistics.median(summaries) * 1000:9.2f} ms")
    with ProjectService.open(path) as svc:
        data = report_input(svc, svc.cycles.all()[-1].id)
    pdf = bench_pdf(data)
    _line(
        "PDF package of the sample",
        pdf["package_seconds"],
        "raw ReportLab, same text",
        pdf["reportlab_seconds"],
        "s",
    )
    xlsx = bench_xlsx(data)
    _line(
        "Excel workbook of the sample",
        xlsx["xlsx_export_s"],
        "raw openpyxl, same cells",
        xlsx["raw_openpyxl_s"],
        "s",
    )
    return path


def bench_long_texts(sample: Path, work: Path) -> None:
    """The package with one clause of the sample holding a long text, at three lengths, with few
    and with many distinct characters, in CPU seconds. Each line gives the whole export next to
    the sample's own, and what the long text added per 10,000 of its characters: a figure that
    stays about the same from line to line says the time grows linearly."""
    import shutil

    from bench.pdf import FEW_CHARS, LONG_LENGTHS, long_text, package_cpu_seconds
    from excellence_app.services.exports import report_input
    from excellence_app.services.project import ProjectService

    path = work / "long.exa"
    shutil.copyfile(sample, path)
    with ProjectService.open(path) as svc:
        cycle = svc.cycles.all()[-1].id
        clause = next(svc.framework.clauses())[1].id
        data = report_input(svc, cycle)
        base = min(package_cpu_seconds(data) for _ in range(3))
        for few in (True, False):
            for length in LONG_LENGTHS:
                distinct = len(FEW_CHARS) if few else length // 10
                svc.content.set_response(cycle, clause, long_text(length, distinct))
                seconds = package_cpu_seconds(report_input(svc, cycle))
                per_10k = (seconds - base) / (length / 10_000)
                _line(
                    f"PDF +{length // 1000}k chars, {distinct:,} distinct",
                    seconds,
                    "PDF of the sample, CPU time",
                    base,
                    "s",
                    f"+{per_10k:.3f} s per 10k chars",
                )


def bench_gui(sample: Path) -> None:
    from bench.gui import bench_gui as measure

    gui = measure(sample)
    _line(
        "start-up to main window (sample)",
        gui["startup_app_with_project_s"],
        "bare PySide6 window",
        gui["startup_bare_window_s"],
        "s",
    )
    _line(
        "keystroke pause: re-read + redraw",
        gui["refresh_after_edit_median_ms"] / 1000,
        "whole cycle re-read + summary",
        gui["full_reread_median_ms"] / 1000,
    )
    for key, value in gui.items():
        if not key.startswith("startup"):
            print(f"{key:<34} {value}")


def main() -> int:
    print(f"{'figure':<34} {'value':>12}   {'baseline':<30} {'value':>12}   ratio")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bench_storage(work)
        sample = bench_sample(work)
        bench_long_texts(sample, work)
        bench_gui(sample)
    return 0
