"""The exports: their time next to the raw libraries, and their peak memory, each in a process
of its own.

Time: the package PDF against raw ReportLab setting the same cycle's text in the body font
(:mod:`bench.pdf`), the scoring workbook against raw openpyxl writing the same cells
(:mod:`bench.xlsx`); paired runs in this process, the best of each.

Memory: every export runs alone in a fresh interpreter that opens the project read-only, as
``excellence-app export`` does, writes the file and reports its own ``VmHWM``. Raw ReportLab
setting the same text runs the same way, as the yardstick.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.figures import Figure
from bench.procs import report, run_child

# name: (what it is, the service call, its file suffix)
EXPORTS = {
    "pdf_package": "PDF package",
    "pdf_report": "PDF assessment report",
    "docx_package": "Word package",
    "xlsx_scoring": "scoring workbook",
    "xlsx_submission": "自评表 workbook",
}
RAW_PDF = "raw_reportlab"
_CHILD = "from bench.exports import export_child\nexport_child(*sys.argv[1:4])\n"


def export_child(project: str, name: str, out: str) -> None:
    """In a child process: one export of the project's latest cycle, then :func:`report`."""
    from excellence_app.services import exports
    from excellence_app.services.project import ProjectService

    with ProjectService.open(Path(project), read_only=True) as svc:
        cycle = svc.cycles.all()[-1].id
        start = time.perf_counter()
        if name == RAW_PDF:
            from bench.pdf import plain_reportlab
            from excellence_app.export.pdf.fonts import load_fonts

            load_fonts()  # the body font, registered as the package registers it
            plain_reportlab(exports.report_input(svc, cycle), Path(out))
        elif name.startswith("pdf_"):
            exports.export_pdf(svc, cycle, Path(out), kind=name.removeprefix("pdf_"))
        elif name.startswith("docx_"):
            exports.export_docx(svc, cycle, Path(out), kind=name.removeprefix("docx_"))
        else:
            exports.export_xlsx(svc, cycle, Path(out), kind=name.removeprefix("xlsx_"))
        seconds = time.perf_counter() - start
    report({"export_s": seconds, "bytes": Path(out).stat().st_size})


def measure_export(project: Path, name: str, env: dict[str, str]) -> dict[str, Any]:
    """One export in its own process: ``export_s``, ``wall_s``, ``vmhwm_mb``; or ``error``."""
    suffix = ".xlsx" if name.startswith("xlsx") else ".docx" if name.startswith("docx") else ".pdf"
    with tempfile.TemporaryDirectory(prefix="excellence-bench-export-") as tmp:
        try:
            return run_child(_CHILD, [str(project), name, str(Path(tmp) / f"out{suffix}")], env)
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
            return {"error": str(exc)[-300:]}


def memory_figures(
    measure: Callable[[str], dict[str, Any]], scale: int, names: Sequence[str] | None = None
) -> list[Figure]:
    """The peak memory of every export (or of ``names``) at ``scale``×, the highest as the
    aim's figure; ``measure(name)`` is :func:`measure_export` on the project at that scale."""
    raw = measure(RAW_PDF)
    raw_mb = raw.get("vmhwm_mb")
    results = {name: measure(name) for name in (names or EXPORTS)}
    figures = []
    for name, got in results.items():
        figures.append(
            Figure(
                f"memory_{name}",
                f"peak memory, {EXPORTS[name]} ({scale}×)",
                got.get("vmhwm_mb"),
                "MB",
                f"raw ReportLab, same text ({scale}×)",
                raw_mb,
                note=f"failed: {got['error']}" if "error" in got else f"export {got['export_s']:.2f} s",
            )
        )
    measured = {n: r["vmhwm_mb"] for n, r in results.items() if r.get("vmhwm_mb") is not None}
    failed = [n for n, r in results.items() if "error" in r]
    worst = max(measured, key=measured.__getitem__) if measured else None
    if not measured and not failed:
        note = "n/a: no /proc/self/status on this system"
    else:
        note = f"highest: {EXPORTS[worst]}" if worst else "no export could be measured"
        if names:
            note += f"; only {', '.join(names)}"
        if failed:
            note += f"; failed: {', '.join(failed)}"
        if "error" in raw:
            note += f"; the raw ReportLab baseline failed: {raw['error']}"
    figures.insert(
        0,
        Figure(
            "export_peak_memory_16x",
            f"any export's peak memory ({scale}× text)",
            measured[worst] if worst else None,
            "MB",
            f"raw ReportLab, same text ({scale}×)",
            raw_mb,
            kind="absolute",
            limit=300,
            note=note,
            extra={"scale": scale, "each_mb": {n: r.get("vmhwm_mb") for n, r in results.items()}},
        ),
    )
    return figures


def time_figures(project: Path, runs: int) -> list[Figure]:
    """The package PDF and the scoring workbook against the raw libraries, in this process."""
    from bench.pdf import bench_pdf
    from bench.xlsx import bench_xlsx
    from excellence_app.services.exports import report_input
    from excellence_app.services.project import ProjectService

    with ProjectService.open(project, read_only=True) as svc:
        data = report_input(svc, svc.cycles.all()[-1].id)
    pdf = bench_pdf(data, repeat=runs)
    xlsx = bench_xlsx(data, repeat=runs)
    return [
        Figure(
            "pdf_package",
            "package PDF (best of paired runs)",
            pdf["package_seconds"],
            "s",
            "raw ReportLab, same text, body font",
            pdf["reportlab_seconds"],
            kind="ratio",
            limit=1.5,
            note=(
                f"without the evidence attachments; font registration once per process: "
                f"{pdf['fonts_seconds']:.3f} s (in neither)"
            ),
        ),
        Figure(
            "xlsx_scoring",
            "scoring workbook (best of paired runs)",
            xlsx["xlsx_export_s"],
            "s",
            "raw openpyxl, same cells",
            xlsx["raw_openpyxl_s"],
            kind="ratio",
            limit=1.5,
            note=f"{int(xlsx['cells']):,} cells",
        ),
    ]
