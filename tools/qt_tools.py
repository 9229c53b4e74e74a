"""Build steps for the Qt files: compile forms/*.ui with uic, and the translations
with lupdate and lrelease. Run ``python -m tools.qt_tools`` from the repository root
after editing a form or a translatable string; the tests check the results are current.

A build-time tool: it lives beside the package, not in it, so the wheel does not ship it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6.QtCore

from excellence_app import paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "excellence_app" / "ui"  # the GUI, whose strings are translated
GENERATED = PACKAGE / "generated"
TS_FILE = "excellence_app_en.ts"
QT_SUPPLEMENT = "qt_supplement_zh_CN.ts"  # Qt's own words qtbase_zh_CN lacks
HEADER_MARK = "## Created by: Qt User Interface Compiler"


def tool(name: str) -> str:
    """The path of a Qt tool shipped inside the PySide6 wheel."""
    base = Path(PySide6.QtCore.__file__).resolve().parent
    for candidate in (
        base / "Qt" / "libexec" / name,
        base / name,
        base / f"{name}.exe",
        base / "Qt" / "bin" / name,
    ):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise FileNotFoundError(f"Qt tool {name} not found in {base}")


def forms() -> list[Path]:
    return sorted(paths.forms_dir().glob("*.ui"))


def generated_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path, out: Path) -> None:
    subprocess.run([tool("uic"), "-g", "python", str(form), "-o", str(out)], check=True, capture_output=True)


def compile_forms(out_dir: Path = GENERATED) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for form in forms():
        target = out_dir / generated_name(form)
        compile_form(form, target)
        written.append(target)
    return written


def without_version(text: str) -> str:
    """Generated code minus the line naming the uic version, which may differ between machines."""
    return "\n".join(line for line in text.splitlines() if not line.startswith(HEADER_MARK))


def translatable_sources() -> list[Path]:
    """The files lupdate reads: the forms and every hand-written Python file of the GUI."""
    python = [p for p in sorted(PACKAGE.rglob("*.py")) if GENERATED not in p.parents]
    return [*forms(), *python]


def update_ts(ts: Path) -> None:
    """Refresh a .ts file from the sources, keeping translations already made."""
    args = [
        tool("lupdate"),
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "zh_CN",
        "-target-language",
        "en_US",
        *map(str, translatable_sources()),
        "-ts",
        str(ts),
    ]
    subprocess.run(args, check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    for path in compile_forms():
        print(f"compiled {path.relative_to(ROOT)}")
    i18n = paths.resources_dir() / "i18n"
    ts = i18n / TS_FILE
    update_ts(ts)
    release(ts, ts.with_suffix(".qm"))
    print(f"updated {ts.name} and {ts.with_suffix('.qm').name}")
    supplement = i18n / QT_SUPPLEMENT
    release(supplement, supplement.with_suffix(".qm"))  # written by hand, compiled here
    print(f"compiled {supplement.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
