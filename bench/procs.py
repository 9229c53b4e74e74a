"""Fresh processes for the figures: their environment, their wall time, their peak memory.

Peak memory is the measured process's own ``VmHWM`` (its resident high-water mark, from
``/proc/self/status``), read by that process just before it reports; a parent's
``ru_maxrss`` would say the most any one child used, not which. Where there is no ``/proc``
the figure is "n/a".
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent  # the checkout, where the bench package lives
MARK = "excellence-bench-result "  # a child's one line of results, as JSON


def vmhwm_mb() -> float | None:
    """This process's peak resident memory in MB, or None without ``/proc``."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for row in status:
                if row.startswith("VmHWM:"):
                    return int(row.split()[1]) / 1024  # kB
    except OSError:
        return None
    return None


def child_env(home: Path, pycache: Path) -> dict[str, str]:
    """The environment of every measured child: offscreen Qt, a settings folder of the bench's
    own, and bytecode compiled once (an installed program has it; a checkout run with
    PYTHONDONTWRITEBYTECODE would compile every module on every start)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["EXCELLENCE_APP_HOME"] = str(home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def wall(args: Sequence[str], env: dict[str, str], timeout: float = 120) -> float:
    """Seconds from starting ``args`` to its exit; a failure is an error, not a figure."""
    start = time.perf_counter()
    proc = subprocess.run(list(args), env=env, capture_output=True, timeout=timeout)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        tail = proc.stderr.decode(errors="replace")[-600:]
        raise RuntimeError(f"{' '.join(args[:4])} exited with {proc.returncode}: {tail}")
    return seconds


def paired(
    first: Callable[[], float], second: Callable[[], float], runs: int
) -> tuple[list[float], list[float]]:
    """``runs`` of each, alternating, so a machine busy with other work slows both alike."""
    a, b = [], []
    for _ in range(max(1, runs)):
        a.append(first())
        b.append(second())
    return a, b


def median_pair(first: Callable[[], float], second: Callable[[], float], runs: int) -> tuple[float, float]:
    a, b = paired(first, second, runs)
    return statistics.median(a), statistics.median(b)


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def report(result: dict[str, Any]) -> None:
    """A child's last word: its results and its own peak memory, on one marked line."""
    print(MARK + json.dumps({**result, "vmhwm_mb": vmhwm_mb()}), flush=True)


def run_child(code: str, args: Sequence[str], env: dict[str, str], timeout: float = 600) -> dict[str, Any]:
    """Run ``code`` (which ends with :func:`report`) in a fresh interpreter; its results, with
    ``wall_s`` the whole process's seconds."""
    prelude = f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", prelude + code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    seconds = time.perf_counter() - start
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(MARK)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"measurement child failed ({proc.returncode}): {proc.stderr[-800:]}")
    return {**json.loads(lines[-1].removeprefix(MARK)), "wall_s": seconds}
