"""A full disk during ``export --xlsx``: one clear line, no traceback, nothing left behind.

The disk is made "full" for real, for the child process only: RLIMIT_FSIZE caps the size of
any file it writes, and with SIGXFSZ ignored a write past the cap fails with EFBIG, as a
write to a full disk fails with ENOSPC.
"""

from __future__ import annotations

import random
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from builders import new_project

LIMIT = 64 * 1024  # bytes any file of the child may reach; the project is only read


def _limited() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


@pytest.fixture
def big_project(tmp_path: Path) -> Path:
    """Comments of varied text, so the workbook stays well above LIMIT after compression."""
    path = tmp_path / "大.exa"
    rng = random.Random(7)
    with new_project(path) as svc:
        cycle = svc.cycles.all()[0].id
        for item in list(svc.framework.items())[:8]:
            for _ in range(3):
                text = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(3000))
                svc.comments.add_comment(cycle, item.id, "strength", text)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_disk_full_during_export_is_one_line(big_project: Path) -> None:
    out = big_project.parent / "评分.xlsx"
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", "export", str(big_project), "--xlsx", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limited,
    )
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert "磁盘已满" in lines[0] and "the disk is full" in lines[0] and "未写出文件" in lines[0]
    assert not out.exists()
    assert [p.name for p in big_project.parent.iterdir() if p.name.endswith(".part")] == []
    # Without the cap the same export succeeds, so it was the cap that stopped it.
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", "export", str(big_project), "--xlsx", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > LIMIT
