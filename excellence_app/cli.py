"""The command line: the same services as the GUI, for scripts, automation and tests.

Exit status 0 on success, 2 for a usage error, 1 for any other error, with one
line on stderr (Chinese, then English) and no traceback.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from excellence_app.cli_args import GUI_COMMANDS, PDF_KINDS, XLSX_KINDS, UsageError, build_parser
from excellence_app.core.errors import AppError
from excellence_app.core.wording import count

__all__ = ["UsageError", "build_parser", "command_names", "parse", "run"]


def _print_json(data: Any) -> None:
    """JSON for machines: UTF-8 when redirected, whatever the console's code page; on a
    console that cannot show every character, escaped (\\u…) rather than shown as □."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    stdout = sys.stdout
    if not stdout.isatty() and hasattr(stdout, "buffer"):
        stdout.flush()
        stdout.buffer.write(text.encode("utf-8"))
        stdout.buffer.flush()
        return
    try:
        text.encode(stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(data, ensure_ascii=True, indent=2) + "\n"
    stdout.write(text)


def _warn(zh: str, en: str) -> None:
    sys.stderr.write(f"警告：{zh}（Warning: {en}）\n")


def cmd_criteria(a: argparse.Namespace) -> int:
    from excellence_app.core.framework_english import in_language
    from excellence_app.core.shapes import dump
    from excellence_app.services.project import load_framework

    fw = load_framework(a.framework)
    english = a.lang == "en"
    if a.lang:
        fw = in_language(fw, a.lang)
    if a.json:
        data = dump(fw)
        _print_json(_one_language(data) if a.lang else data)
        return 0
    print(f"{fw.title}  {'total' if english else '总分'} {fw.total_points}")
    for cat in fw.categories:
        print(
            f"{cat.id} {cat.title} ({cat.points} points)"
            if english
            else f"{cat.id} {cat.title}（{cat.points} 分）"
        )
        for item in cat.items:
            if english:
                print(f"  {item.id} {item.title} ({item.points} points, {item.kind})")
            else:
                kind = "过程" if item.kind == "process" else "结果"
                print(f"  {item.id} {item.title}（{item.points} 分，{kind}）")
            for clause in item.clauses:
                print(f"    {clause.heading}")
    return 0


def _one_language(data: Any) -> Any:
    """The pack without its ``*_en`` fields (the chosen language is already in the others)."""
    if isinstance(data, dict):
        return {k: _one_language(v) for k, v in data.items() if not k.endswith("_en")}
    if isinstance(data, list):
        return [_one_language(v) for v in data]
    return data


def cmd_new(a: argparse.Namespace) -> int:
    from excellence_app.services.project import ProjectService

    with ProjectService.create(
        a.file, a.org, cycle_name=a.cycle, framework_id=a.framework, award_profile=a.award
    ) as svc:
        print(f"已创建 {a.file}（{svc.cycles.all()[0].name}）")
    return 0


def _asking_password(act: Callable[[Any], Any], target: Any) -> Any:
    """``act(target)``; where ``target`` is a team server that asks for a password no file
    gave (``~/.pgpass``, ``PGPASSWORD``), ask for it at the terminal and try once more. The
    password stays in this process's memory only."""
    from excellence_app.services.project import PasswordNeeded, ServerAddress

    try:
        return act(target)
    except PasswordNeeded:
        if not sys.stdin.isatty():
            raise
    import getpass

    address = ServerAddress.parse(str(target))
    refused: PasswordNeeded | None = None
    for _ in range(3):  # asked again when refused, as a login prompt does
        if refused is not None:
            sys.stderr.write(refused.line() + "\n")
        password = getpass.getpass(f"{address.user}@{address.host} 的密码（password）：")
        try:
            return act(address.with_password(password))
        except PasswordNeeded as exc:
            refused = exc
    raise refused


def _open(path: Path | str, read_only: bool = False):
    """Reading commands open read-only: no lock, nothing created beside the file, damage refused."""
    from excellence_app.services.project import ProjectService

    svc = _asking_password(lambda target: ProjectService.open(target, read_only=read_only), path)
    if read_only:
        try:
            svc.require_sound()
        except BaseException:
            svc.close()
            raise
    elif svc.upgrade_notes:  # said once, when the file itself was upgraded
        lines = [zh for zh, _ in svc.upgrade_notes]
        sys.stderr.write("\n".join(lines) + "\n")
        if svc.backup is not None:
            sys.stderr.write(f"升级前的文件已另存为 {svc.backup}（the file before the upgrade）\n")
    return svc


def cmd_summary(a: argparse.Namespace) -> int:
    with _open(a.file, read_only=True) as svc:
        summary = svc.summary(svc.cycles.by_name(a.cycle).id)
    if a.json:
        _print_json(summary.to_json())
        return 0
    print(f"{summary.organisation} · {summary.cycle}")
    print(
        f"总分 {summary.total:g} / {summary.total_max}（{summary.total_percent:.1f}%，分数段 "
        f"{summary.band_label}）  过程 {summary.process_total:g} / {summary.process_max}  "
        f"结果 {summary.results_total:g} / {summary.results_max}"
    )
    print(f"  {summary.band_rule[0]}")  # how the total was placed among the bands
    for item in summary.items:
        pct = "—" if item.percent is None else f"{item.percent}%" + ("（暂定）" if item.provisional else "")
        print(
            f"  {item.id} {_pad(item.title, 24)} {_pad(pct, 12, right=True)} × {item.points:>3} = {item.score:g}"
        )
    print(
        f"已评分 {summary.items_scored}/{len(summary.items)}，已回答条款 "
        f"{summary.clauses_answered}/{summary.clauses_total}，组织概述 {summary.profile_chars} 字，"
        f"自评报告 {summary.report_chars} 字"
    )
    return 0


def _pad(text: str, width: int, right: bool = False) -> str:
    """Pad to a terminal width where a Chinese character takes two columns."""
    used = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)
    fill = " " * max(0, width - used)
    return fill + text if right else text + fill


def cmd_check(a: argparse.Namespace) -> int:
    from excellence_app.services.checks import damage_findings, run_checks
    from excellence_app.services.project import ProjectService

    # Damaged content first: the other checks read the project, which damage can make impossible.
    findings = damage_findings(a.file)
    if not findings:
        with ProjectService.open(a.file, read_only=True) as svc:
            findings = run_checks(svc, svc.cycles.by_name(a.cycle).id)
    count = {level: sum(1 for f in findings if f.level == level) for level in ("error", "warning", "info")}
    if a.json:
        _print_json({"findings": [f.to_json() for f in findings], "count": count})
        return 1 if count["error"] else 0
    for f in findings:
        print(f.line())
    print(f"共 {len(findings)} 条：错误 {count['error']}，提醒 {count['warning']}，信息 {count['info']}")
    errors = count["error"]
    return 1 if errors else 0


def _export_kind(a: argparse.Namespace) -> str:
    """The --kind given, or the format's default; a kind of another format is a usage error."""
    if a.pdf or a.docx:
        kinds, option = PDF_KINDS, "--pdf" if a.pdf else "--docx"
    elif a.xlsx:
        kinds, option = XLSX_KINDS, "--xlsx"
    else:
        if a.kind:
            raise UsageError(
                f"--kind {a.kind} does not go with --xlsx-template",
                f"--kind {a.kind} 不能与 --xlsx-template 同用",
            )
        return ""
    if a.kind and a.kind not in kinds:
        raise UsageError(
            f"--kind {a.kind} does not go with {option} (choose from {', '.join(kinds)})",
            f"--kind {a.kind} 不能与 {option} 同用（可选：{'、'.join(kinds)}）",
        )
    return a.kind or kinds[0]


def _check_suffix(option: str, path: Path | None, suffix: str) -> None:
    """Refuse an output named for another format before any work: a PDF called report.docx
    would open in the wrong program, or not at all."""
    if path is None or path.is_dir() or path.suffix.lower() == ".exa":
        return  # a folder or a project file: the export service says why, more precisely
    if path.suffix.lower() != suffix:
        # Quoted: a trailing space or dot ("a.pdf ", which Windows would drop) is otherwise unseen.
        raise UsageError(
            f'{option} writes a {suffix} file; "{path.name}" does not end in {suffix}',
            f"{option} 写出 {suffix} 文件，“{path.name}”的扩展名应为 {suffix}",
        )


def cmd_export(a: argparse.Namespace) -> int:
    from excellence_app.services import exports

    for option, suffix in (("pdf", ".pdf"), ("docx", ".docx"), ("xlsx", ".xlsx"), ("xlsx_template", ".xlsx")):
        _check_suffix("--" + option.replace("_", "-"), getattr(a, option), suffix)
    if a.xlsx_template and not a.assessor:
        raise UsageError(
            "--xlsx-template needs --assessor NAME", "--xlsx-template 须同时给出 --assessor 评审员姓名"
        )
    kind = _export_kind(a)
    if a.with_scores and (not (a.pdf or a.docx) or kind != "package"):
        raise UsageError(
            "--with-scores goes with --pdf or --docx and --kind package (the report always has the scores)",
            "--with-scores 只用于 --pdf 或 --docx 的申报材料（--kind package）；内部评价报告总含分数",
        )
    with _open(a.file, read_only=True) as svc:
        cycle_id = svc.cycles.by_name(a.cycle).id
        if a.pdf:
            result = exports.export_pdf(svc, cycle_id, a.pdf, kind=kind, include_scores=a.with_scores)
            out = a.pdf
        elif a.docx:
            result = exports.export_docx(svc, cycle_id, a.docx, kind=kind, include_scores=a.with_scores)
            out = a.docx
        elif a.xlsx:
            result = exports.export_xlsx(svc, cycle_id, a.xlsx, kind=kind)
            out = a.xlsx
        else:
            result = exports.export_assessor_workbook(svc, cycle_id, a.xlsx_template, a.assessor)
            out = a.xlsx_template
    for zh, en in result.warnings:
        _warn(zh, en)
    print(f"已导出 {out}")
    return 0


def cmd_import_scores(a: argparse.Namespace) -> int:
    from excellence_app.services.score_import import import_scores

    if not a.workbook.is_file():
        raise AppError(f"找不到工作簿：{a.workbook}", f"no such workbook: {a.workbook}")
    if a.workbook.suffix.lower() == ".exa":  # an assessor's project file is merged in the window
        raise AppError(
            f"{a.workbook.name} 是项目文件，不是评分工作簿：评审员的项目文件请在共识页合并",
            f"{a.workbook.name} is a project file, not a scoring workbook: merge an assessor's "
            "project file on the consensus page",
        )
    with _open(a.file) as svc:
        report = import_scores(svc, a.workbook, partial=a.partial)
    # The problems are the listing asked for (stdout); the verdict is the one line on stderr.
    for problem in report.problems:
        print(problem.line())
    if report.ok:
        print(report.headline())
        return 0
    sys.stderr.write(
        f"错误：{report.headline()}（Error: the workbook has {count(len(report.problems), 'problem')}）\n"
    )
    return 1


def cmd_import_docx(a: argparse.Namespace) -> int:
    from excellence_app.cli_word import import_docx

    return import_docx(a, _open)


def cmd_export_project(a: argparse.Namespace) -> int:
    from excellence_app.services.interchange import export_project

    _check_suffix("OUT", a.out, ".zip")
    with _open(a.file, read_only=True) as svc:
        export_project(svc, a.out)
    print(f"已导出 {a.out}")
    return 0


def cmd_import_project(a: argparse.Namespace) -> int:
    from excellence_app.services.interchange import import_project

    import_project(a.archive, a.file).close()
    print(f"已导入 {a.file}")
    return 0


def cmd_demo(a: argparse.Namespace) -> int:
    from excellence_app.services.interchange import write_sample

    write_sample(a.file).close()
    print(f"已写出示例企业 {a.file}")
    return 0


def cmd_server(a: argparse.Namespace) -> int:
    from excellence_app.services import server_copy
    from excellence_app.services.project import ProjectService, project_address

    if a.server_command == "init":

        def init(target: Any) -> ProjectService:
            return ProjectService.create(
                target, a.org, cycle_name=a.cycle, framework_id=a.framework, award_profile=a.award
            )

        with _asking_password(init, project_address(a.url)) as svc:
            print(f"已在 {svc.path} 建立项目（{svc.cycles.all()[0].name}）")
        return 0
    if a.server_command == "push":
        copied = _asking_password(lambda target: server_copy.push(a.file, target), project_address(a.url))
        print(f"已把 {a.file} 上传到 {project_address(a.url)}（{copied:,} 条记录）")
        return 0
    if a.server_command == "pull":
        _check_suffix("FILE", a.file, ".exa")
        copied = _asking_password(lambda target: server_copy.pull(target, a.file), project_address(a.url))
        print(f"已把 {project_address(a.url)} 存为 {a.file}（{copied:,} 条记录）")
        from excellence_app.services import server_admin

        role = _asking_password(server_admin.my_role, project_address(a.url))
        if role != "lead":  # the server gave what this login may see, no more
            who = project_address(a.url).user
            _warn(
                f"副本只含 {who} 有权看到的内容（其他评审员的评分和评语可能不在其中）；年终归档请由组长取出",
                f"the copy holds what {who} may see (other assessors' scores and comments may be missing); "
                "for the year's archive, let the lead pull it",
            )
        return 0
    return _server_team(a, project_address(a.url))


def _server_team(a: argparse.Namespace, address: Any) -> int:
    """The members and the consensus round (services.server_admin)."""
    from excellence_app.services import server_admin

    if a.server_command == "add-user":
        password = _new_password(a.login) if a.password else None
        added = _asking_password(
            lambda target: server_admin.add_user(target, a.login, a.role, a.name, password), address
        )
        role = server_admin.ROLE_NAMES.get(a.role, a.role)
        notes = [
            n for n, said in (("新建了登录名", added.made_login), ("已设置密码", added.password_set)) if said
        ]
        print(
            f"{a.login} 现为本项目的{role}，评分时用的姓名为“{added.name}”"
            + (f"（{'，'.join(notes)}）" if notes else "")
        )
        if added.scored_cycles:
            print(f"“{added.name}”在 {added.scored_cycles} 个评价周期中已有的评分，现由 {a.login} 修改和查看")
    elif a.server_command == "remove-user":
        _asking_password(lambda target: server_admin.remove_user(target, a.login), address)
        print(f"{a.login} 已不再是本项目的成员")
    elif a.server_command == "members":
        for login, role, name in _asking_password(server_admin.members, address):
            print(f"{_pad(login, 20)} {_pad(server_admin.ROLE_NAMES.get(role, role), 8)} {name}")
    else:
        if a.open or a.close:
            cycle = _asking_password(lambda target: server_admin.set_round(target, a.cycle, a.open), address)
            is_open = a.open
        else:  # only asked how it stands
            cycle = a.cycle or _asking_password(server_admin.latest_cycle, address)
            is_open = _asking_password(lambda target: server_admin.round_is_open(target, cycle), address)
        print(
            f"“{cycle}”的共识评议"
            + (
                "已开启：评审员和只读成员可以看到全部评分和评语"
                if is_open
                else "未开启：评审员只能看到自己的评分和评语"
            )
        )
    return 0


def _new_password(login: str) -> str:
    import getpass

    if not sys.stdin.isatty():
        raise UsageError("--password asks at a terminal", "--password 需要在终端中输入")
    first = getpass.getpass(f"{login} 的新密码（new password）：")
    if not first or first != getpass.getpass("再输入一次（again）："):
        raise AppError(
            "两次输入的密码不一致或为空，未作任何改动",
            "the passwords differ or are empty; nothing was changed",
        )
    return first


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "criteria": cmd_criteria,
    "new": cmd_new,
    "demo": cmd_demo,
    "summary": cmd_summary,
    "check": cmd_check,
    "export": cmd_export,
    "import-scores": cmd_import_scores,
    "import-docx": cmd_import_docx,
    "export-project": cmd_export_project,
    "import-project": cmd_import_project,
    "server": cmd_server,
}


def command_names() -> set[str]:
    return {*COMMANDS, *GUI_COMMANDS, "bench"}


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def run(args: argparse.Namespace) -> int:
    """Run a headless command; errors become one line on stderr and an exit status."""
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        sys.stderr.write(exc.line() + "\n")
        return 2
    except AppError as exc:
        sys.stderr.write(exc.line() + "\n")
        return 1
    except BrokenPipeError:  # the reader (head, less) went away; nothing to report
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("已中断（interrupted）\n")
        return 1
    except Exception as exc:  # the promise is one clear line, never a traceback
        said = _too_long(exc) or _explain(args, exc)
        if said is not None:
            sys.stderr.write(said.line() + "\n")
        else:
            sys.stderr.write(f"错误：意外故障 {type(exc).__name__}: {exc}（Error: unexpected failure）\n")
        return 1


def _too_long(exc: Exception) -> AppError | None:
    """The system refused a name (over 255 bytes) or a path as too long: said so, where reading
    the file again to explain the failure would only find no such file."""
    if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
        return AppError(
            f"文件名或路径过长：{exc.filename}", f"the file name or path is too long: {exc.filename}"
        )
    return None


def _explain(args: argparse.Namespace, exc: Exception) -> AppError | None:
    """Name the cause of a failure the program did not foresee, when it lies in the project file."""
    from excellence_app.services.project import explain_failure

    path = getattr(args, "file", None)
    if path is None or isinstance(path, str):  # none, or a team server: no file to read again
        return None
    return explain_failure(exc, Path(path))
