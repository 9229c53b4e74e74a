"""What the fuzz tests share: running the CLI in-process, judging an outcome, the counts.

Each importer is fed inputs made by seeded mutators from a good file. An outcome
is a *success* (exit 0), a *clean refusal* (exit 1 or 2 with exactly one stderr
line starting with 错误：, no traceback, no "unexpected failure") or *anything
else*, which is always a bug. After every run the input must be byte-identical
and the folder must hold exactly the files it should (no -wal, -shm, .lock,
temporary or half-written target).

``EXCELLENCE_FUZZ_N`` sets the inputs per importer, spread over its mutators (by
default one per mutator: a few seconds); ``EXCELLENCE_FUZZ_N=1000`` is the long run.
``EXCELLENCE_FUZZ_REPORT=FILE`` appends the counts of each mutator as a JSON line;
``pytest -s`` prints them.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import os
import random
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from excellence_app.__main__ import main

Mutator = Callable[[random.Random, bytes], bytes]


def fuzz_count(kinds: int) -> int:
    """Inputs for one mutator: the importer's share, spread evenly over its mutators."""
    total = int(os.environ.get("EXCELLENCE_FUZZ_N", "0")) or kinds  # by default, one each
    return max(1, math.ceil(total / kinds))


def run_cli(*args: str) -> tuple[int, str, str]:
    """The command line in-process: thousands of runs cost seconds, not minutes."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        return -1, out.getvalue(), err.getvalue() + f"Traceback: escaped {type(exc).__name__}: {exc}\n"
    return code, out.getvalue(), err.getvalue()


def classify(code: int, err: str) -> str:
    if code == 0:
        return "success"
    lines = err.splitlines()
    clean = (
        code in (1, 2)
        and len(lines) == 1
        and err.endswith("\n")
        and lines[0].startswith("错误：")
        and "Traceback" not in err
        and "意外" not in err  # 意外故障: what the CLI says of an exception nobody expected
        and "unexpected failure" not in err
    )
    return "refusal" if clean else "else"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Tally:
    """The counts of one mutator, and a recipe for every input that was not clean."""

    importer: str
    mutator: str
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def record(self, seed: int, outcome: str, problems: Iterable[str], err: str) -> None:
        problems = list(problems)
        self.counts[outcome] += 1
        if outcome == "else" or problems:
            self.failures.append(
                f"{self.importer}/{self.mutator} seed {seed}: {outcome}; {'; '.join(problems)}; "
                f"stderr: {err.strip()[:300]!r}"
            )

    def finish(self) -> None:
        line = {
            "importer": self.importer,
            "mutator": self.mutator,
            "refusal": self.counts["refusal"],
            "success": self.counts["success"],
            "else": self.counts["else"],
            "dirty": len(self.failures) - self.counts["else"],
        }
        print(json.dumps(line, ensure_ascii=False))
        report = os.environ.get("EXCELLENCE_FUZZ_REPORT")
        if report:
            with open(report, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({**line, "failures": self.failures[:20]}, ensure_ascii=False) + "\n")
        assert not self.failures, "\n".join(self.failures[:15])


def check_after(
    folder: Path, expected: set[str], unchanged: dict[Path, str], tally_problems: list[str]
) -> None:
    """The folder holds exactly ``expected``; every file in ``unchanged`` has its old digest."""
    present = set(os.listdir(folder))
    if present != expected:
        tally_problems.append(f"folder holds {sorted(present)}, expected {sorted(expected)}")
    for path, before in unchanged.items():
        if not path.exists() or digest(path) != before:
            tally_problems.append(f"{path.name} was changed")


def fresh(tmp_path: Path, seed: int) -> Path:
    folder = tmp_path / f"case{seed}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    return folder


@contextlib.contextmanager
def own_home(factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Seeds are made once per module, before the per-test home exists: give them their own."""
    with pytest.MonkeyPatch.context() as mp:
        home = factory.mktemp("fuzzhome")
        mp.setenv("EXCELLENCE_APP_HOME", str(home))
        yield home


# --- byte-level mutations every importer shares --------------------------------------------
def flip_bytes(rng: random.Random, data: bytes, count: int | None = None, lo: int = 0) -> bytes:
    out = bytearray(data)
    for _ in range(count or rng.randint(1, 16)):
        i = rng.randrange(lo, len(out))
        out[i] ^= 1 << rng.randrange(8) if rng.random() < 0.5 else rng.randrange(1, 256)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(0, len(data))]


def zero_range(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    length = rng.choice([1, 16, 100, 512, 4096, 20_000])
    end = min(len(data), start + length)
    return data[:start] + bytes(end - start) + data[end:]
