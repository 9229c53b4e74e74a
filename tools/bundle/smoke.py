"""Smoke test of the frozen program:

    python -m tools.bundle.smoke DIST [--timing]

DIST is the bundle folder (DIST/excellence-app also works). The bundle is copied into a temporary
folder whose path has Chinese characters and a space, and run with a clean environment (no
Python of ours on PATH, a new HOME) through the command line: --version, demo, summary, check,
export to PDF, Excel and Word, and screenshots of every page (which imports every page module by
name). On Linux it also runs three commands under strace and fails if the program opens anything
in a Python installation or in the source tree. --timing then compares start-up with the
pip-installed program. tests/test_bundle.py runs the same checks under pytest.
"""

from __future__ import annotations

import argparse
import locale
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tools.bundle.build import NAME, ROOT, version

CHINESE = re.compile(r"[\u4e00-\u9fff]")
PNG_HEADER = b"\x89PNG\r\n\x1a\n"
WINDOWS = sys.platform == "win32"
TIMEOUT = 300
# What the program writes into a pipe: UTF-8 here; on Windows the ANSI code page (cp1252 on the
# runners), where Chinese text prints as "?" and only the figures can be checked.
PIPE_ENCODING = locale.getpreferredencoding(False) if WINDOWS else "utf-8"


def pipe_shows(text: str) -> bool:
    try:
        text.encode(PIPE_ENCODING)
    except UnicodeError:
        return False
    return True


@dataclass
class Frozen:
    """The copied bundle, the environment it runs in, and a scratch folder for its files."""

    bundle: Path
    env: dict[str, str]
    work: Path

    @property
    def exe(self) -> Path:
        # On Windows the console executable; excellence-app.exe is the windowed one.
        return self.bundle / ("excellence-cli.exe" if WINDOWS else NAME)

    def run(self, *args: str, prefix: tuple[str, ...] = (), env: dict[str, str] | None = None):
        proc = subprocess.run(
            [*prefix, str(self.exe), *args],
            cwd=self.work,
            env=env or self.env,
            capture_output=True,
            timeout=TIMEOUT,
        )
        out = proc.stdout.decode(PIPE_ENCODING, "replace")
        err = proc.stderr.decode(PIPE_ENCODING, "replace")
        assert proc.returncode == 0, f"{' '.join(args)} exited {proc.returncode}: {err[-2000:]}"
        return out, err


def clean_env(home: Path) -> dict[str, str]:
    """What `env -i` would leave, plus the few variables a desktop session always has."""
    if WINDOWS:
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        for sub in ("AppData/Roaming", "AppData/Local", "Temp"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        return {
            "SYSTEMROOT": system_root,
            "PATH": rf"{system_root}\System32;{system_root}",
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TEMP": str(home / "Temp"),
            "TMP": str(home / "Temp"),
            "QT_QPA_PLATFORM": "offscreen",
        }
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def find_bundle(dist: Path) -> Path:
    for candidate in (dist, dist / NAME):
        if (candidate / "_internal").is_dir():
            return candidate
    raise SystemExit(f"no bundle in {dist} (build it with python -m tools.bundle.build)")


def prepare(dist: Path, scratch: Path) -> Frozen:
    """Copy the bundle to a path with Chinese characters and a space, as a user's folder may be."""
    folder = scratch / "卓越 绩效" / "程序 副本"
    bundle = folder / NAME
    shutil.copytree(find_bundle(dist), bundle, symlinks=True)
    home = scratch / "用户 家"
    home.mkdir(parents=True)
    work = scratch / "项目 文件"
    work.mkdir()
    return Frozen(bundle, clean_env(home), work)


# Each check raises AssertionError with what went wrong; it returns a line saying what it saw.


def check_version(f: Frozen) -> str:
    out, _ = f.run("--version")
    assert out.strip() == f"{NAME} {version()}", out
    return out.strip()


def check_demo(f: Frozen) -> str:
    project = f.work / "示例 企业.exa"
    f.run("demo", str(project))
    assert project.read_bytes()[:16] == b"SQLite format 3\x00", "demo wrote no SQLite file"
    return f"{project.name}: {project.stat().st_size} bytes"


def check_summary(f: Frozen) -> str:
    out, _ = f.run("summary", "示例 企业.exa")
    assert "/ 1000" in out and ("总分" in out or not pipe_shows("总分")), out[:500]
    return out.splitlines()[0]


def check_check(f: Frozen) -> str:
    out, _ = f.run("check", "示例 企业.exa")
    assert "[" in out and (CHINESE.search(out) or not pipe_shows("总分")), out[:500]
    return f"{len(out.splitlines())} findings"


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode()
    from pypdf import PdfReader  # the checker's own copy (Windows has no poppler)

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for each font of the PDF."""
    if shutil.which("pdffonts"):
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True).stdout.decode()
        rows = lines.splitlines()[2:]
        # columns: name type encoding emb sub uni object ID; "emb" is the fourth from the right
        return [(row.split()[0], row.split()[-5] == "yes") for row in rows if row.strip()]
    from pypdf import PdfReader

    fonts = {}
    for page in PdfReader(path).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font.get("/BaseFont"))] = embedded
    return list(fonts.items())


def check_pdf(f: Frozen) -> str:
    target = f.work / "申报 材料.pdf"
    f.run("export", "示例 企业.exa", "--pdf", str(target))
    assert target.read_bytes()[:5] == b"%PDF-", "not a PDF"
    text = pdf_text(target)
    assert len(CHINESE.findall(text)) > 1000, f"little Chinese text in the PDF: {text[:300]!r}"
    fonts = pdf_fonts(target)
    assert fonts, "no fonts in the PDF"
    bare = [name for name, embedded in fonts if not embedded]
    assert not bare, f"fonts not embedded: {bare}"
    return f"{target.stat().st_size} bytes, {len(CHINESE.findall(text))} Chinese characters, {len(fonts)} fonts all embedded"


def check_xlsx(f: Frozen) -> str:
    from openpyxl import load_workbook  # the checker's own copy, not the bundle's

    target = f.work / "评分 工作簿.xlsx"
    f.run("export", "示例 企业.exa", "--xlsx", str(target))
    book = load_workbook(target, read_only=True)
    cells = [
        str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v
    ]
    assert any(CHINESE.search(v) for v in cells), "no Chinese in the workbook"
    return f"sheets {book.sheetnames[:4]}…, {len(cells)} filled cells"


def check_docx(f: Frozen) -> str:
    target = f.work / "申报 材料.docx"
    f.run("export", "示例 企业.exa", "--docx", str(target))
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None, "a damaged member in the .docx"
        xml = archive.read("word/document.xml").decode("utf-8")
        pictures = [n for n in archive.namelist() if n.startswith("word/media/")]
    assert len(CHINESE.findall(xml)) > 1000, "little Chinese in word/document.xml"
    return f"{target.stat().st_size} bytes, {len(pictures)} pictures (the charts, by PDFium)"


def check_screenshots(f: Frozen) -> str:
    shots = f.work / "截图 页面"
    out, _ = f.run("screenshot", "示例 企业.exa", str(shots))
    written = sorted(shots.glob("*.png"))
    assert len(written) >= 10, f"only {len(written)} screenshots: {out}"
    for png in written:
        data = png.read_bytes()
        assert data[:8] == PNG_HEADER and len(data) > 10_000, f"{png.name} is no real PNG"
    return f"{len(written)} pages"


def forbidden_prefixes() -> list[str]:
    """A Python installation or the source tree: the frozen program must read neither."""
    prefixes = {sys.prefix, sys.base_prefix, sys.exec_prefix, "/usr/lib/python3", str(ROOT)}
    return sorted(p.rstrip("/") + "/" for p in prefixes)


def check_no_outside_reads(f: Frozen) -> str:
    if WINDOWS or not shutil.which("strace"):
        return "skipped (needs Linux and strace)"
    forbidden = forbidden_prefixes()
    commands = [
        ("demo", "strace 示例.exa"),
        ("export", "示例 企业.exa", "--docx", "strace.docx"),
        ("screenshot", "示例 企业.exa", "strace 截图", "--page", "dashboard"),
    ]
    opened = 0
    for args in commands:
        log = f.work / "strace.log"
        f.run(*args, prefix=("strace", "-f", "-qq", "-e", "trace=openat,execve", "-o", str(log)))
        paths = re.findall(r'(?:openat|execve)\([^"]*"([^"]*)"', log.read_text("utf-8", "replace"))
        opened += len(paths)
        bad = sorted({p for p in paths if any(p.startswith(prefix) for prefix in forbidden)})
        assert not bad, f"{args[0]} opened {len(bad)} paths outside the bundle, e.g. {bad[:5]}"
    return f"{opened} opens in 3 commands, none under {', '.join(forbidden)}"


CHECKS: list[tuple[str, Callable[[Frozen], str]]] = [
    ("--version", check_version),
    ("demo", check_demo),
    ("summary", check_summary),
    ("check", check_check),
    ("export --pdf", check_pdf),
    ("export --xlsx", check_xlsx),
    ("export --docx", check_docx),
    ("screenshot", check_screenshots),
    ("no reads outside the bundle", check_no_outside_reads),
]


def median_seconds(command: list[str], env: dict[str, str], cwd: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs + 1):  # the first run warms the disk cache and is not counted
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=True, timeout=TIMEOUT)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def first_frame(command: list[str], env: dict[str, str], cwd: Path, runs: int = 5) -> tuple[float, float]:
    """Medians, in seconds from the start, of the window's first frame and of the dashboard shown
    (the program's start-up probe, ui/shell/application.py). A run that shows no dashboard within
    a minute is reported and left out."""
    frames, shown = [], []
    for run in range(runs + 1):
        start = time.monotonic()
        try:
            proc = subprocess.run(
                command,
                env=dict(env, EXCELLENCE_APP_STARTUP_PROBE="1"),
                cwd=cwd,
                capture_output=True,
                text=True,
                timeout=60,
            )
        except subprocess.TimeoutExpired:
            print(f"  no dashboard within 60 s: {command[0]}")
            continue
        marks = dict(line.split()[:2] for line in proc.stdout.splitlines() if line.startswith(f"{NAME}-"))
        if run and f"{NAME}-shown" in marks:  # the first run warms the disk cache
            frames.append(float(marks[f"{NAME}-window"]) - start)
            shown.append(float(marks[f"{NAME}-shown"]) - start)
    assert frames, f"no start-up marks from {command[0]}"
    return statistics.median(frames), statistics.median(shown)


def timing(f: Frozen) -> None:
    installed = Path(sys.prefix) / ("Scripts" if WINDOWS else "bin") / NAME
    if not installed.exists():
        print(f"no pip-installed {installed} to compare with")
        return
    project = "示例 企业.exa"
    print(f"start-up, median of 5 runs (seconds)   frozen   pip-installed ({installed})")
    for label, args in (("--version", ["--version"]), ("summary", ["summary", project])):
        frozen = median_seconds([str(f.exe), *args], f.env, f.work)
        pip = median_seconds([str(installed), *args], f.env, f.work)
        print(f"  {label:<36} {frozen:6.2f}   {pip:6.2f}")
    if not WINDOWS:  # the windowed .exe prints nothing to read the marks from
        frozen = first_frame([str(f.exe), project], f.env, f.work)
        pip = first_frame([str(installed), project], f.env, f.work)
        print(f"  {'GUI first frame (offscreen)':<36} {frozen[0]:6.2f}   {pip[0]:6.2f}")
        print(f"  {'GUI dashboard shown':<36} {frozen[1]:6.2f}   {pip[1]:6.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bundle.smoke", description=__doc__.split("\n")[0])
    parser.add_argument("dist", type=Path, help="the bundle folder (or the folder holding it)")
    parser.add_argument("--timing", action="store_true", help="also time start-up against the pip install")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(errors="backslashreplace")  # a Windows runner's cp1252 pipe lacks Chinese
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="excellence-smoke-") as scratch:
        f = prepare(args.dist, Path(scratch))
        print(f"bundle copied to {f.bundle}")
        for label, check in CHECKS:
            started = time.perf_counter()
            try:
                seen = check(f)
            except (AssertionError, subprocess.SubprocessError, OSError) as exc:
                failed += 1
                print(f"FAIL {label}: {exc}")
                continue
            passed += 1
            print(f"ok   {label} ({time.perf_counter() - started:.1f} s): {seen}")
        if args.timing and not failed:
            timing(f)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
