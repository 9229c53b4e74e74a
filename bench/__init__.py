"""``excellence-app bench`` (or ``python -m bench``): the performance figures, each next to a
baseline from the same run, its ratio, the aim of issue 16 and whether it is met.

Figures are printed, never asserted: tests stay free of timing. The benchmarks live beside the
package, not in it: they run from a source checkout and the wheel does not ship them.

Options: ``--json`` prints one JSON object for machines; ``--scale N`` runs the figures on the
sample with N times its text (built through the interchange format, :mod:`bench.scaled`); the
figures the aims set at 16× the sample's text are measured at 16× whatever ``--scale`` says;
``--growth`` adds the package PDF's time and peak memory and the worst item switch at 1×, 4×
and 16×; ``--quick`` runs each measurement once, on the ``--scale`` project only, and leaves
out the exports but the package PDF from the memory figure (for the test that bench runs).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.figures import Figure, report_json, report_text

BIG = 16  # the aims' "16× the sample's text"
GROWTH = (1, 4, 16)
PYCACHE = Path(tempfile.gettempdir()) / "excellence-bench-pycache"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="excellence-app bench", description=__doc__.split("\n\n")[0])
    add_options(p)
    return p


def add_options(p: argparse.ArgumentParser) -> None:
    """bench's own options (cli.py registers the same on its ``bench`` subcommand)."""
    p.add_argument("--json", action="store_true", help="以一个 JSON 对象输出 / print one JSON object")
    p.add_argument("--scale", type=int, default=1, help="示例文字的倍数（默认 1）/ N× the sample's text")
    p.add_argument(
        "--growth",
        action="store_true",
        help="另列 1×、4×、16× 的增长表 / add the growth table at 1×, 4×, 16×",
    )
    p.add_argument(
        "--quick", action="store_true", help="每项只测一次，跳过耗时项 / each once, skip the long ones"
    )
    p.add_argument(
        "team", nargs="?", choices=("team",), help="团队服务器的负载测试 / a team's load on a server"
    )
    p.add_argument("url", nargs="?", help="空数据库 postgresql://… / an empty database")
    p.add_argument("--assessors", type=int, default=10, help="同时编辑的评审员人数 / assessors at once")
    p.add_argument("--seconds", type=float, default=60, help="持续秒数 / how long")


class Bench:
    """One run: the work folder, the children's environment, the projects built so far."""

    def __init__(self, work: Path, quick: bool) -> None:
        from bench.procs import child_env

        self.work = work
        self.quick = quick
        self.runs = 1 if quick else 5
        home = work / "home"
        home.mkdir()
        self.env = child_env(home, PYCACHE)
        self.projects: dict[int, tuple[Path, int]] = {}
        self.gui: dict[int, dict[str, Any]] = {}
        self.exports: dict[int, dict[str, dict[str, Any]]] = {}

    def project(self, scale: int) -> Path:
        from bench import scaled

        if scale not in self.projects:
            self.projects[scale] = scaled.build(scale, self.work)
        return self.projects[scale][0]

    def gui_at(self, scale: int) -> dict[str, Any]:
        from bench.gui import measure_gui

        if scale not in self.gui:
            self.gui[scale] = measure_gui(self.project(scale), self.env, edits=3 if self.quick else 15)
        return self.gui[scale]

    def export_at(self, scale: int, name: str) -> dict[str, Any]:
        from bench.exports import measure_export

        done = self.exports.setdefault(scale, {})
        if name not in done:
            done[name] = measure_export(self.project(scale), name, self.env)
        return done[name]


def startup_figures(b: Bench, scale: int) -> list[Figure]:
    from bench.gui import startup

    s = startup(b.project(scale), b.env, b.runs, warm_up=not b.quick)
    where = f"{scale}×"
    return [
        Figure(
            "startup_dashboard",
            f"start-up to the dashboard, whole process ({where})",
            s["app_exit"],
            "s",
            "bare PySide6 window, whole process",
            s["bare_exit"],
            kind="ratio",
            limit=2.5,
            note=f"dashboard shown at {s['app_dashboard']:.3f} s; bare window shown at {s['bare_first_frame']:.3f} s",
        ),
        Figure(
            "startup_first_frame",
            "start-up to the first frame",
            s["app_first_frame"],
            "s",
            "bare PySide6 window, first frame",
            s["bare_first_frame"],
            kind="ratio",
            limit=1.5,
        ),
    ]


def gui_figures(b: Bench, scale: int, raw_edit_ms: float) -> list[Figure]:
    g = b.gui_at(scale)
    at = f"{scale}×"
    return [
        Figure(
            "edit_gui",
            f"one edit from the GUI, saved + refreshed ({at})",
            g["edit_saved_and_refreshed_median_ms"],
            "ms",
            "sqlite3 UPDATE+audit INSERT+commit",
            raw_edit_ms,
            kind="absolute",
            limit=8,
            note=(
                f"median: save {g['save_edit_median_ms']:.1f} ms, refresh {g['refresh_after_edit_median_ms']:.1f} ms; "
                f"a whole re-read + summary of the cycle would take {g['full_reread_median_ms']:.1f} ms"
            ),
        ),
        Figure(
            "item_switch_median",
            f"item switch, median of all items ({at})",
            g["item_switch_median_ms"],
            "ms",
            "Qt setMarkdown of the worst item's texts",
            g["raw_switch_worst_item_ms"],
        ),
        Figure(
            "gui_peak_memory",
            f"GUI peak memory, project open ({at})",
            g["vmhwm_mb"],
            "MB",
            "",
            None,
            note="VmHWM of the measuring child process"
            if g["vmhwm_mb"] is not None
            else "n/a: no /proc here",
        ),
    ]


def big_figures(b: Bench, scale: int) -> list[Figure]:
    """The figures whose aims are set at 16× (at ``scale`` with --quick)."""
    from bench.exports import memory_figures

    big = scale if b.quick else BIG
    g = b.gui_at(big)
    note = f"measured at {big}× (--quick), the aim is for {BIG}×" if big != BIG else ""
    switch = Figure(
        "item_switch_worst_16x",
        f"item switch, worst item ({big}× text)",
        g["item_switch_worst_ms"],
        "ms",
        f"Qt setMarkdown of the same texts ({big}×)",
        g["raw_switch_worst_item_ms"],
        kind="absolute",
        limit=50,
        strict=True,
        note=(
            f"worst item {g['item_switch_worst_item']}, median of 3 rounds; slowest first visit "
            f"{g['item_switch_worst_first_visit_ms']:.0f} ms; timed after the edit modules' "
            f"background import ({g['warm_up_left_ms']:.0f} ms left of it)"
        )
        + (f"; {note}" if note else ""),
        extra={"scale": big},
    )
    names = ("pdf_package",) if b.quick else None
    memory = memory_figures(lambda name: b.export_at(big, name), big, names)
    if note:
        memory[0].note += f"; {note}"
    gui_memory = Figure(
        "gui_peak_memory_16x",
        f"GUI peak memory, project open ({big}×)",
        g["vmhwm_mb"],
        "MB",
        "",
        None,
        note="VmHWM of the measuring child process" if g["vmhwm_mb"] is not None else "n/a: no /proc here",
    )
    return [switch, *memory] if big == scale else [switch, gui_memory, *memory]


def cli_figures(b: Bench, scale: int) -> list[Figure]:
    import statistics

    from bench.procs import python, wall

    project = str(b.project(scale))
    app = [sys.executable, "-m", "excellence_app"]
    commands = {
        "cli_version": ("`excellence-app --version`", [*app, "--version"]),
        "cli_summary": ("`excellence-app summary FILE`", [*app, "summary", project]),
    }
    qt = python("import PySide6.QtCore")
    for _label, args in (("", qt), *commands.values()):  # warm-up
        wall(args, b.env)
    times: dict[str, list[float]] = {"qt": [], **{k: [] for k in commands}}
    for _ in range(b.runs):
        times["qt"].append(wall(qt, b.env))
        for key, (_label, args) in commands.items():
            times[key].append(wall(args, b.env))
    base = statistics.median(times["qt"])
    return [
        Figure(
            key,
            f"fixed cost of {label}",
            statistics.median(times[key]),
            "s",
            'python -c "import PySide6.QtCore"',
            base,
            kind="ratio",
            limit=2,
            note="whole process, median" if key == "cli_version" else "",
        )
        for key, (label, _args) in commands.items()
    ]


def growth_table(b: Bench) -> list[dict[str, Any]]:
    rows = []
    for scale in GROWTH:
        pdf = b.export_at(scale, "pdf_package")
        g = b.gui_at(scale)
        rows.append(
            {
                "scale": scale,
                "text_chars": b.projects[scale][1],
                "pdf_package_s": pdf.get("export_s"),
                "pdf_package_peak_mb": pdf.get("vmhwm_mb"),
                "item_switch_worst_ms": g["item_switch_worst_ms"],
                "item_switch_worst_item": g["item_switch_worst_item"],
            }
        )
    return rows


def growth_text(rows: list[dict[str, Any]]) -> str:
    def num(value: float | None, digits: int) -> str:
        return "n/a" if value is None else f"{value:.{digits}f}"

    out = [
        "growth (package PDF: one export in a fresh process; item switch: worst of all items)",
        f"{'scale':>6} {'characters':>11} {'PDF s':>8} {'PDF peak MB':>12} {'switch worst ms':>16}",
    ]
    for r in rows:
        out.append(
            f"{r['scale']:>5}× {r['text_chars']:>11,} {num(r['pdf_package_s'], 2):>8} "
            f"{num(r['pdf_package_peak_mb'], 1):>12} {num(r['item_switch_worst_ms'], 1):>16}  ({r['item_switch_worst_item']})"
        )
    return "\n".join(out)


def run(args: argparse.Namespace, work: Path) -> tuple[list[Figure], list[dict[str, Any]] | None]:
    from bench.exports import time_figures
    from bench.storage import storage_figures

    b = Bench(work, args.quick)
    scale = args.scale
    project = b.project(scale)
    figures = storage_figures(project, work, b.env, b.runs, edits=20 if b.quick else 300)
    raw_edit_ms = next(f.baseline for f in figures if f.key == "edit_service")
    figures += startup_figures(b, scale)
    figures += time_figures(project, runs=1 if b.quick else 3)
    figures += gui_figures(b, scale, raw_edit_ms or 0.0)
    figures += big_figures(b, scale)
    figures += cli_figures(b, scale)
    order = [
        "import_services", "open_project", "startup_dashboard", "startup_first_frame", "pdf_package",
        "xlsx_scoring", "edit_service", "edit_service_p99", "edit_gui", "item_switch_median",
        "item_switch_worst_16x", "gui_peak_memory", "gui_peak_memory_16x", "export_peak_memory_16x", "memory_",
        "cli_version", "cli_summary",
    ]  # fmt: skip
    figures.sort(key=lambda f: order.index("memory_" if f.key.startswith("memory_") else f.key))
    growth = growth_table(b) if args.growth and not args.quick else None
    return figures, growth


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.team:
        return _team(args)
    if args.scale < 1:
        sys.stderr.write("错误：--scale 应为正整数（Error: --scale must be a positive whole number）\n")
        return 2
    from bench.scaled import ScaleTooLarge

    with tempfile.TemporaryDirectory(prefix="excellence-bench-") as tmp:
        try:
            figures, growth = run(args, Path(tmp))
        except ScaleTooLarge as exc:
            sys.stderr.write(f"错误：倍数过大（Error: {exc}）\n")
            return 2
    context = {
        "scale": args.scale,
        "quick": args.quick,
        "python": sys.version.split()[0],
        "platform": sys.platform,
    }
    if args.json:
        text = report_json(figures, **context)
        if growth is not None:
            data = json.loads(text)
            data["growth"] = growth
            text = json.dumps(data, ensure_ascii=False, indent=2)
        print(text)
        return 0
    print(f"excellence-app bench: sample at {args.scale}× its text" + (" (--quick)" if args.quick else ""))
    print(report_text(figures))
    if growth is not None:
        print()
        print(growth_text(growth))
    return 0


def _team(args: argparse.Namespace) -> int:
    from bench.team import run_team, team_text
    from excellence_app.core.errors import AppError

    if not args.url or args.assessors < 1 or args.seconds <= 0:
        sys.stderr.write(
            "错误：bench team 须给出空数据库的 URL、正的 --assessors 和 --seconds"
            "（Error: bench team needs an empty database's URL, and positive --assessors and --seconds）\n"
        )
        return 2
    try:
        result = run_team(args.url, args.assessors, args.seconds)
    except AppError as exc:
        sys.stderr.write(exc.line() + "\n")
        return 1
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else team_text(result))
    return 1 if result["lost"] or result["failed"] else 0
