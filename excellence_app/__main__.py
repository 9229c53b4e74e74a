"""Entry point: a subcommand runs headless; no argument or a project file starts the GUI."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

# The collector's cost grows with the long-lived objects it walks (the ORM's and Qt's classes,
# parsed fonts, a loaded framework): measured on `summary` of the sample, a young-generation
# threshold of 10,000 instead of 700 saves 5-10 % of the run, and freezing what exists before
# the interpreter's final collection saves about 0.15 s at exit. See README, "Speed".
YOUNG_THRESHOLD = 10_000


def main(argv: Sequence[str] | None = None) -> int:
    gc.set_threshold(YOUNG_THRESHOLD, 20, 20)
    _console_safe()
    try:
        return _main(argv)
    finally:
        gc.freeze()  # whatever is alive now lives until exit: the last collection skips it


def _box(error: UnicodeError) -> tuple[str, int]:
    """A character the console cannot show becomes □, as a missing glyph does in the PDF; ? where
    the code page lacks □ too (cp1252, the code page of a Western Windows' pipes and files, which
    the frozen program keeps whatever PYTHONIOENCODING says)."""
    box = "□"
    try:
        box.encode(error.encoding)  # type: ignore[attr-defined]
    except (UnicodeError, LookupError):
        box = "?"
    return box * (error.end - error.start), error.end  # type: ignore[attr-defined]


def _console_safe() -> None:
    """On a console whose code page lacks some characters (a GBK/cp936 console in China lacks
    𠮷 and every emoji), print those as □ instead of failing with UnicodeEncodeError."""
    import codecs

    codecs.register_error("excellence-box", _box)
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="excellence-box")


def _opens_gui_without_cli(args_in: list[str]) -> bool:
    """No argument, or one that names an existing file and cannot be a subcommand: the GUI
    starts without importing the command line (argparse, json, its parser), which the
    first frame would otherwise wait for. Subcommand names have neither a dot nor a path
    separator; any other single word still goes through the command line's own test."""
    if not args_in:
        return True
    if len(args_in) != 1 or args_in[0].startswith("-"):
        return False
    arg = args_in[0]
    looks_like_path = "." in arg or os.sep in arg or (os.altsep is not None and os.altsep in arg)
    return looks_like_path and Path(arg).is_file()


def _main(argv: Sequence[str] | None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if _opens_gui_without_cli(args_in):
        return _gui(args_in[0] if args_in else None)

    from excellence_app import cli

    if not args_in or (
        len(args_in) == 1 and not args_in[0].startswith("-") and args_in[0] not in cli.command_names()
    ):
        return _gui(args_in[0] if args_in else None)
    try:
        args = cli.parse(args_in)
    except cli.UsageError as exc:
        sys.stderr.write(exc.line() + "\n")
        return 2
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if args.command is None:
        return _gui(None)
    if args.command == "screenshot":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not _platform_ready():
            return 1
        from excellence_app.ui.shell import application

        return application.run_screenshot(args.file, args.outdir, args.lang, args.page)
    if args.command == "bench":
        return _bench(args_in[args_in.index("bench") + 1 :])
    return cli.run(args)


def _bench(argv: list[str]) -> int:
    """The benchmarks live in ``bench/`` beside the package: they run from a source checkout only."""
    root = Path(__file__).resolve().parent.parent
    if not (root / "bench" / "__init__.py").is_file():
        sys.stderr.write(
            "错误：bench 只能在源代码目录中运行（Error: bench runs from a source checkout, "
            "where the bench folder sits beside excellence_app）\n"
        )
        return 1
    sys.path.insert(0, str(root))
    import bench

    return bench.main(argv)


def _gui(path: str | None) -> int:
    """Start the GUI, unless what it needs is missing: then one clear line, as for any command."""
    # Without a console (the windowed Windows program has no stderr) the window says it instead.
    if path is not None and not Path(path).is_file() and sys.stderr is not None:
        sys.stderr.write(
            f"错误：找不到项目文件 {path}（也不是子命令；excellence-app --help 列出子命令）"
            f"（Error: no such project file or subcommand: {path}）\n"
        )
        return 1
    if not _platform_ready():
        return 1
    from excellence_app.ui.shell import application

    return application.run_gui(path)


def _platform_ready() -> bool:
    """Qt aborts when its platform cannot load; say instead what is missing and what to install."""
    from excellence_app.ui.shell import qt_platform

    problem = qt_platform.check()
    if problem is not None and sys.stderr is not None:
        sys.stderr.write(problem.line() + "\n")
    return problem is None


if __name__ == "__main__":
    sys.exit(main())
