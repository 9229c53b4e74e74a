"""Killed at any moment, ``import-scores`` leaves an assessor with all of the workbook or none of it,
and ``import-project`` leaves the complete file or no file.

Each run starts the command line in a subprocess and kills it (SIGKILL) after a random delay drawn
across the command's duration: measured first, then followed as the machine gets busier or quieter
(other tests run beside these). The waits are bounded waits on the process. Runs:
``EXCELLENCE_KILL_RUNS`` (default 8; 50 with ``EXCELLENCE_LONG_TESTS=1``); the delays come from a
seeded generator (``EXCELLENCE_KILL_SEED``), so a failing run can be repeated.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from builders import fill_team_assessment, new_project
from workbooks import fill_in

from excellence_app.services import exports, interchange
from excellence_app.services.project import ProjectService

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

LONG = os.environ.get("EXCELLENCE_LONG_TESTS") == "1"
RUNS = int(os.environ.get("EXCELLENCE_KILL_RUNS", "50" if LONG else "8"))
SEED = int(os.environ.get("EXCELLENCE_KILL_SEED", "19580"))
STRETCH = 1.25  # delays reach a little past the expected end, so a slower run is still covered
NAME = "赵新"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "excellence_app", *args]


def timed_run(args: list[str]) -> float:
    start = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - start


def warm_duration(args: list[str], again: list[str]) -> float:
    """One run's duration: the shorter of two, since the first one warms the caches (a delay past
    the end would not kill anything)."""
    return min(timed_run(args), timed_run(again))


class Killer:
    """Runs a command and kills it at a random moment of its expected duration."""

    def __init__(self, duration: float) -> None:
        self.duration = duration
        self.rng = random.Random(SEED)

    def run(self, args: list[str]) -> tuple[bool, float]:
        """(finished before the kill, the delay drawn)."""
        delay = self.rng.uniform(0, STRETCH * self.duration)
        start = time.monotonic()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            if delay > self.duration:  # still running past the expected end: the machine is slower now
                self.duration = delay
            return False, delay
        self.duration = time.monotonic() - start  # a whole run: the latest duration
        return True, delay


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def assessor_state(path: Path) -> tuple:
    """The assessor's scores, their comments and the audit records, as the file holds them."""
    with ProjectService.open(path) as svc:
        snap = svc.snapshot(svc.cycles.all()[0].id)
        who = next((a for a in snap.assessors if a.name == NAME), None)
        scores = sorted(
            (s.item_id, s.percent, s.rationale) for s in snap.scores if who and s.assessor_id == who.id
        )
        comments = sorted(
            (c.item_id, c.kind, c.text)
            for c in snap.comments
            if (who and c.assessor_id == who.id) or c.author == NAME
        )
        return who is not None, scores, comments, svc.audit_count()


def test_import_scores_killed_at_random_applies_all_or_nothing(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine.exa"
    book = tmp_path / "zhao.xlsx"
    with new_project(pristine, actor="t") as svc:
        cycle = fill_team_assessment(svc)
        exports.export_assessor_workbook(svc, cycle, book, NAME)
        items = [i.id for i in svc.framework.items()]
    fill_in(
        book,
        {item: 5 * (n % 21) for n, item in enumerate(items)},
        rationale={item: f"{item}：方法较系统，展开尚不充分" for item in items},
        comments=[
            (item, "优势" if n % 2 else "改进机会", f"{item} 的第 {n} 条意见", "", "", "")
            for n, item in enumerate(items[::3])
        ],
    )
    none = assessor_state(pristine)
    assert not none[0] and not none[1] and not none[2]

    done, twice = tmp_path / "done.exa", tmp_path / "twice.exa"
    shutil.copyfile(pristine, done)
    shutil.copyfile(pristine, twice)
    duration = warm_duration(
        command("import-scores", str(done), str(book)), command("import-scores", str(twice), str(book))
    )
    full = assessor_state(done)
    assert assessor_state(twice) == full
    assert full[0] and len(full[1]) == len(items) == 23 and len(full[2]) == len(items[::3])

    killer = Killer(duration)
    outcomes: Counter[str] = Counter()
    for run in range(RUNS):
        target = tmp_path / f"run{run}.exa"
        shutil.copyfile(pristine, target)
        finished, delay = killer.run(command("import-scores", str(target), str(book)))
        assert integrity(target) == "ok", f"run {run}, killed after {delay:.3f} s"
        got = assessor_state(target)
        if got == full:
            outcomes["finished" if finished else "all"] += 1
        elif got == none:
            outcomes["none"] += 1
        else:
            pytest.fail(
                f"run {run}, killed after {delay:.3f} s of {killer.duration:.3f} s: a partial import — "
                f"{len(got[1])} of {len(full[1])} scores, {len(got[2])} of {len(full[2])} comments, "
                f"assessor {'present' if got[0] else 'absent'}"
            )
        for leftover in tmp_path.glob(f"run{run}.exa*"):
            leftover.unlink()
    print(
        f"\nimport-scores, {RUNS} runs of {duration:.2f}–{killer.duration:.2f} s: {dict(outcomes)}, partial: 0"
    )


def test_import_project_killed_at_random_leaves_the_whole_file_or_none(tmp_path: Path) -> None:
    with new_project(tmp_path / "p.exa", actor="t") as svc:
        fill_team_assessment(svc)
        archive = interchange.export_project(svc, tmp_path / "p.zip")
    expected = archive.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    duration = warm_duration(
        command("import-project", str(archive), str(out / "done.exa")),
        command("import-project", str(archive), str(out / "twice.exa")),
    )

    killer = Killer(duration)
    outcomes: Counter[str] = Counter()
    for run in range(max(2, RUNS // 2)):  # building the file is slower; fewer runs
        target = out / f"run{run}.exa"
        finished, delay = killer.run(command("import-project", str(archive), str(target)))
        # Only the finished file ever appears under the target's name; a temporary file has its own.
        beside = sorted(p.name for p in out.iterdir() if p.name.startswith(target.name))
        if not target.exists():
            assert beside == [], f"run {run}, killed after {delay:.3f} s"
            outcomes["none"] += 1
            continue
        assert integrity(target) == "ok", f"run {run}, killed after {delay:.3f} s"
        with ProjectService.open(target) as copy:
            again = interchange.export_project(copy, out / f"run{run}.zip")
        assert again.read_bytes() == expected, f"run {run}, killed after {delay:.3f} s: an incomplete file"
        outcomes["finished" if finished else "all"] += 1
    runs = max(2, RUNS // 2)
    print(f"\nimport-project, {runs} runs of {duration:.2f}–{killer.duration:.2f} s: {dict(outcomes)}")
