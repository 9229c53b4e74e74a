"""Starting the window where Qt cannot: one line naming what is missing, never Qt's abort."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from excellence_app.ui.shell import qt_platform

ROOT = Path(__file__).resolve().parent.parent
NOT_FOUND = "{}: cannot open shared object file: No such file or directory"


def _refuse(library: str):
    def load(_path: Path) -> None:
        raise OSError(NOT_FOUND.format(library))

    return load


def _start_gui(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "excellence_app"], env=env, capture_output=True, text=True, timeout=60
    )


def _bare_env(**extra: str) -> dict[str, str]:
    drop = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return env | extra


@pytest.mark.parametrize("extra", [{}, {"QT_QPA_PLATFORM": "xcb"}, {"QT_QPA_PLATFORM": "wayland"}])
def test_without_a_display_the_gui_says_so_in_one_line(extra: dict[str, str]) -> None:
    proc = _start_gui(_bare_env(**extra))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：没有可用的图形显示"), proc.stderr
    assert ("WAYLAND_DISPLAY" if extra.get("QT_QPA_PLATFORM") == "wayland" else "DISPLAY") in lines[0]


def test_a_missing_xcb_library_is_named_with_every_package_to_install() -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}
    problem = qt_platform.check(env, load=_refuse("libxcb-icccm.so.4"))
    assert problem is not None
    line = problem.line()
    assert "libxcb-icccm.so.4" in line and "xcb" in line
    if shutil.which("apt-get"):
        for package in qt_platform.BASE_PACKAGES + qt_platform.PLATFORM_PACKAGES["xcb"]:
            assert f" {package}" in line
    assert "\n" not in line


def test_a_missing_library_of_qt_itself_is_named() -> None:
    def no_egl() -> None:
        raise ImportError(NOT_FOUND.format("libEGL.so.1"))

    problem = qt_platform.check({"QT_QPA_PLATFORM": "offscreen"}, import_gui=no_egl)
    assert problem is not None and "libEGL.so.1" in problem.zh and "libEGL.so.1" in problem.en


def test_qt_falls_back_from_wayland_to_xcb_and_so_do_we() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}
    assert qt_platform.platforms_to_try(env) == ["wayland", "xcb"]

    def only_xcb(path: Path) -> None:
        if "wayland" in path.name:
            raise OSError(NOT_FOUND.format("libwayland-cursor.so.0"))

    assert qt_platform.check(env, load=only_xcb) is None
    problem = qt_platform.check(env, load=_refuse("libwayland-cursor.so.0"))
    assert problem is not None and "wayland" in problem.zh  # the first platform's problem is reported


def test_the_offscreen_platform_loads_here() -> None:
    assert qt_platform.check({"QT_QPA_PLATFORM": "offscreen"}) is None


def _apt_packages(text: str) -> set[str]:
    found = re.search(r"apt-get install ([^`\n]+)", text)
    assert found, "no apt-get install line"
    return set(found.group(1).split()) - {"-y", "-q", "--no-install-recommends", "\\"}


def test_readme_and_ci_install_every_library_the_platforms_need() -> None:
    needed = set(qt_platform.BASE_PACKAGES)
    for packages in qt_platform.PLATFORM_PACKAGES.values():
        needed |= set(packages)
    readme = _apt_packages((ROOT / "README.md").read_text(encoding="utf-8"))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert needed <= readme, needed - readme
    assert all(package in ci for package in readme), readme - set(ci.split())


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is a Linux tool")
@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_every_shared_library_of_the_platform_plugin_is_installed(platform: str) -> None:
    # CI installs exactly README's list on a fresh machine, so this proves the list complete.
    plugin = qt_platform._plugin(platform)
    assert plugin is not None
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    assert "not found" not in out, out
