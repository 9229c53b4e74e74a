"""Entry point: a subcommand runs headless; no argument or a project file starts the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from excellence_app import cli

    args_in = list(sys.argv[1:] if argv is None else argv)
    if not args_in or (len(args_in) == 1 and not args_in[0].startswith("-")
                       and args_in[0] not in cli.command_names()):
        from excellence_app import app

        return app.run_gui(args_in[0] if args_in else None)
    try:
        args = cli.parse(args_in)
    except cli.UsageError as exc:
        sys.stderr.write(f"用法错误：{exc}（usage error）\n")
        return 2
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if args.command is None:
        from excellence_app import app

        return app.run_gui(None)
    if args.command == "screenshot":
        from excellence_app import app

        return app.run_screenshot(args.file, args.outdir, args.lang, args.page)
    if args.command == "bench":
        from excellence_app import bench

        return bench.main()
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
