"""Before Qt starts: can its windowing platform load here? If not, say what to install.

Qt aborts the process when its platform plugin cannot load, and its message often names the
wrong library. So the GUI entry points first load Qt's own libraries and the chosen platform
plugin the way the dynamic linker would, and turn a missing shared library into one line that
names it and the Debian/Ubuntu packages to install. The lists were made with ``ldd`` on the
plugins of the PySide6 wheel against a fresh Debian 12 image.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

# What QtCore/QtGui/QtWidgets/QtCharts and the offscreen platform load (apt pulls the rest).
BASE_PACKAGES = (
    "libegl1",
    "libgl1",
    "libopengl0",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxkbcommon0",
    "libgssapi-krb5-2",  # QtPdf's, for the print preview (loaded on first use)
)
PLATFORM_PACKAGES: Mapping[str, tuple[str, ...]] = {
    "offscreen": (),
    "xcb": (
        "libx11-xcb1",
        "libxkbcommon-x11-0",
        "libxcb-cursor0",
        "libxcb-glx0",
        "libxcb-icccm4",
        "libxcb-image0",
        "libxcb-keysyms1",
        "libxcb-randr0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxcb-shm0",
        "libxcb-sync1",
        "libxcb-xfixes0",
        "libxcb-xkb1",
    ),
    "wayland": ("libwayland-client0", "libwayland-cursor0", "libwayland-egl1"),
}
# Each platform's display, without which Qt aborts as surely as without a library.
DISPLAY_VARIABLE = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}

_MISSING = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")


@dataclass(frozen=True)
class PlatformProblem:
    zh: str
    en: str

    def line(self) -> str:
        return f"错误：{self.zh}（Error: {self.en}）"


def platforms_to_try(environ: Mapping[str, str]) -> list[str]:
    """The platforms Qt will try, in its order: QT_QPA_PLATFORM's list, else its default."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [p.split(":", 1)[0].strip() for p in chosen.split(";") if p.strip()]
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def _install_hint(packages: tuple[str, ...]) -> tuple[str, str]:
    if shutil.which("apt-get"):
        command = "sudo apt-get install " + " ".join(packages)
        return f"请安装：{command}", f"install them with: {command}"
    return "请用系统的软件包管理器安装对应的库", "install them with your system's package manager"


def _missing_library(error: BaseException) -> str | None:
    found = _MISSING.search(str(error))
    return found.group(1) if found else None


def _library_problem(library: str, platform: str | None) -> PlatformProblem:
    packages = BASE_PACKAGES + (PLATFORM_PACKAGES.get(platform, ()) if platform else ())
    hint_zh, hint_en = _install_hint(packages)
    where_zh = f"Qt 的 {platform} 显示平台" if platform else "Qt 界面库"
    where_en = f"Qt's {platform} platform" if platform else "the Qt libraries"
    return PlatformProblem(
        f"无法启动界面：{where_zh}需要的系统库 {library} 没有安装；{hint_zh}；命令行子命令仍可使用",
        f"cannot start the window: {where_en} needs the system library {library}, which is not "
        f"installed; {hint_en}; the subcommands still work",
    )


def _plugin(platform: str) -> Path | None:
    import PySide6

    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    return path if path.is_file() else None


def _load(path: Path) -> None:
    ctypes.CDLL(str(path), mode=os.RTLD_LAZY | os.RTLD_LOCAL)


def check(
    environ: Mapping[str, str] | None = None,
    load: Callable[[Path], None] = _load,
    import_gui: Callable[[], object] | None = None,
) -> PlatformProblem | None:
    """None when Qt can start a window here; otherwise what is wrong and what to do."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    try:
        (import_gui or _import_gui)()
    except ImportError as exc:
        library = _missing_library(exc)
        if library is None:
            raise
        return _library_problem(library, None)
    problem: PlatformProblem | None = None
    for platform in platforms_to_try(env):
        variable = DISPLAY_VARIABLE.get(platform)
        if variable and not env.get(variable):
            problem = problem or PlatformProblem(
                f"没有可用的图形显示（未设置 {variable}），无法启动界面；命令行子命令仍可使用",
                f"no display to show the window on ({variable} is not set); the subcommands still work",
            )
            continue
        plugin = _plugin(platform)
        if plugin is None:
            continue  # not a plugin of the wheel: Qt's own message is the best we have
        try:
            load(plugin)
        except OSError as exc:
            library = _missing_library(exc)
            problem = problem or _library_problem(library or str(exc), platform)
            continue
        return None  # Qt will take this one
    return problem


def _import_gui() -> object:
    import PySide6.QtGui

    return PySide6.QtGui
