"""The command line on a Chinese console: stdout in GBK (cp936 on Windows), where 𠮷 and every
emoji have no code. Such characters print as □, never as a UnicodeEncodeError; JSON that goes
to a file or a pipe stays UTF-8, whole (issue 19, 3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ORG = "𠮷野家精密😀有限公司"


def run_gbk(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONIOENCODING="gbk")
    return subprocess.run(
        [sys.executable, "-m", "excellence_app", *args], env=env, capture_output=True, timeout=300
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gbk") / "项目.exa"
    done = run_gbk("new", str(path), "--org", ORG)
    assert done.returncode == 0, done.stderr.decode("gbk", "replace")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("summary",),
        ("check",),
        ("export", "--xlsx", "{tmp}/评分.xlsx"),
        ("export-project", "{tmp}/存档.zip"),
    ],
    ids=lambda args: args[0],
)
def test_every_command_prints_on_a_gbk_console(project: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    command = [args[0], str(project), *(a.format(tmp=tmp_path) for a in args[1:])]
    done = run_gbk(*command)
    out, err = done.stdout.decode("gbk"), done.stderr.decode("gbk")  # both are GBK, whole
    assert "UnicodeEncodeError" not in err
    assert done.returncode in (0, 1), err  # check lists a new project's errors: exit 1
    if args[0] == "summary":
        assert out.startswith("□野家精密□有限公司 · ")


def test_json_to_a_pipe_stays_utf8_and_whole(project: Path) -> None:
    done = run_gbk("summary", str(project), "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout.decode("utf-8"))["organisation"] == ORG


def test_an_error_naming_a_character_the_console_lacks_is_one_gbk_line(tmp_path: Path) -> None:
    done = run_gbk("summary", str(tmp_path / "𠮷.exa"))
    assert done.returncode == 1 and done.stdout == b""
    err = done.stderr.decode("gbk")
    assert "找不到文件" in err and "□.exa" in err and len(err.strip().splitlines()) == 1


def test_criteria_and_help_print_on_a_gbk_console() -> None:
    for args in (("criteria",), ("--help",), ("server", "add-user", "--help")):
        done = run_gbk(*args)
        assert done.returncode == 0, args
        done.stdout.decode("gbk")  # strictly: nothing the console could not take
