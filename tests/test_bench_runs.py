"""`excellence-app bench --json --quick` runs through the program's own entry point and says, for
every aim of issue 16, a value, its baseline and their ratio. No timing is asserted: the
figures are for reading, and a busy machine would make any bound flaky."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

AIMS = {
    "startup_dashboard",
    "startup_first_frame",
    "pdf_package",
    "xlsx_scoring",
    "edit_service",
    "edit_gui",
    "item_switch_worst_16x",
    "export_peak_memory_16x",
    "cli_version",
    "cli_summary",
}
FIELDS = {"name", "value", "unit", "baseline_name", "baseline_value", "ratio", "aim", "met"}


def test_bench_quick_gives_every_aim_with_its_baseline_and_ratio() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", "bench", "--json", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    figures = report["figures"]
    assert set(figures) >= AIMS
    assert report["aims"] == len(AIMS)
    for key in AIMS:
        fig = figures[key]
        assert set(fig) >= FIELDS, key
        assert fig["name"] == key
        assert fig["aim"], key
        assert fig["baseline_name"], key
        if fig["unit"] == "MB" and fig["value"] is None:  # no /proc here: said as "n/a"
            continue
        assert isinstance(fig["value"], int | float) and math.isfinite(fig["value"]), key
        assert isinstance(fig["ratio"], int | float) and math.isfinite(fig["ratio"]), key
        assert fig["met"] in (True, False), key
    # Import time is reported apart from opening the file.
    assert figures["import_services"]["baseline_name"] == "python -c pass"
    assert "open_project" in figures
    # The raw edit uses the project file's own pragmas, WAL among them.
    assert "journal_mode=wal" in figures["edit_service"]["note"]


def test_bench_refuses_a_scale_below_one() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", "bench", "--scale", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "--scale" in proc.stderr
