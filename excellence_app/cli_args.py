"""The command line's grammar: every command, argument and option with its help, Chinese
first and English after it, and argparse's own words (headings, errors) said the same way.

Kept apart from cli.py so that parsing imports nothing but argparse.
"""

from __future__ import annotations

import argparse
import os
import re
import unicodedata
from pathlib import Path
from typing import Any, NoReturn

from excellence_app import __version__
from excellence_app.core.server_address import is_server

GUI_COMMANDS = ("screenshot",)
PROJECT_HELP = (
    "项目文件（.exa），或团队服务器上的项目 postgresql://用户名@主机:端口/数据库"
    " / the project file, or a project on a team server"
)
# export --kind, per format; the first is the default. Here, not imported from the services,
# so that parsing the command line loads nothing else.
PDF_KINDS = ("package", "report")
XLSX_KINDS = ("scoring", "submission")
# The pages `screenshot --page` takes: ui.shell.pages.PAGES names them (a test keeps these
# the same); a page's name takes all its pictures, a picture's name one.
SCREENSHOT_PAGES = (
    "welcome",
    "dashboard",
    "item",
    "item-scoring",
    "item-evidence",
    "results-item",
    "profile",
    "profile-org",
    "indicators",
    "consensus",
    "compare",
    "actions",
    "present",
    "calibration",
    "check",
    "cycles",
    "settings",
)
AWARDS = ("national", "provincial", "city", "internal")


class UsageError(Exception):
    """A command line that cannot be run: said in Chinese and in English."""

    def __init__(self, en: str, zh: str | None = None) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh if zh is not None else _chinese(en)

    def line(self) -> str:
        return f"用法错误：{self.zh}（usage error: {self.en}）"


# argparse's messages (Python 3.11 to 3.13), whole, in Chinese; {0}, {1} … are its groups.
_MESSAGES = (
    (r"the following arguments are required: (.+)", "缺少必需的参数：{0}"),
    (r"unrecognized arguments: (.+)", "不认识的参数：{0}"),
    (r"one of the arguments (.+) is required", "必须给出以下参数之一：{0}"),
    (r"ambiguous option: (\S+) could match (.+)", "选项 {0} 不明确，可能是：{1}"),
    (r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)", "参数 {0} 不能取 {1}，可选：{2}"),
    (r"argument (\S+): expected one argument", "参数 {0} 需要一个值"),
    (r"argument (\S+): expected at least one argument", "参数 {0} 至少需要一个值"),
    (r"argument (\S+): expected (\d+) arguments", "参数 {0} 需要 {1} 个值"),
    (r"argument (\S+): not allowed with argument (\S+)", "参数 {0} 不能与 {1} 同时使用"),
    (r"argument (\S+): ignored explicit argument (.+)", "参数 {0} 不带值，却给了 {1}"),
    (r"argument (\S+): invalid int value: (.+)", "参数 {0} 需要整数，不能是 {1}"),
    (r"argument (\S+): invalid \w+ value: (.+)", "参数 {0} 的值 {1} 无效"),
)


def _chinese(message: str) -> str:
    for pattern, zh in _MESSAGES:
        found = re.fullmatch(pattern, message.strip())
        if found:
            return zh.format(*found.groups())
    # A wording argparse may adopt later: a whole Chinese sentence, the English follows.
    return "命令行参数有误"


_HEADINGS = {
    "positional arguments": "参数 / arguments",
    "options": "选项 / options",
    "optional arguments": "选项 / options",  # Python before 3.10
}


# A Chinese character or full-width mark stands alone; other runs of text are words.
_WIDE = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
_TOKENS = re.compile(rf"[{_WIDE}]|[^\s{_WIDE}]+|\s+")


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` terminal columns, where a Chinese character takes two and a
    line may break after any of them (textwrap counts characters and breaks at spaces only)."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        if token.isspace():
            token = " "
            if not line:
                continue
        if line and _columns(line + token) > width:
            lines.append(line.rstrip())
            line = "" if token == " " else token
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


class _Formatter(argparse.HelpFormatter):
    def _split_lines(self, text: str, width: int) -> list[str]:
        return _wrap(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in _wrap(" ".join(text.split()), width - len(indent)))

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "用法 / usage: ")

    def start_section(self, heading: str | None) -> None:
        super().start_section(_HEADINGS.get(heading or "", heading))


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # added below with its help in both languages
        super().__init__(*args, **kwargs)
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="显示此帮助并退出 / show this help"
        )

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def local_path(text: str) -> Path:
    """A path argument, its leading "~" the home folder where the shell left it (a quoted path,
    ``--pdf=~/a.pdf``, Windows): else a folder named "~" would be made in the current one.
    "~$a.docx" (Word's lock file) and "~user" stay as written."""
    if text == "~" or text.startswith(("~/", "~" + os.sep)):
        return Path(os.path.expanduser(text))
    return Path(text)


def project_target(text: str) -> Path | str:
    """A FILE argument: a path, or a team server's address kept as written (``postgresql://``
    would lose a slash as a Path); the services parse it and say what is wrong with it."""
    # Any "scheme://" stays text, so that the services can say what is wrong with it.
    return text if is_server(text) or "://" in text else local_path(text)


def _file(c: argparse.ArgumentParser, help_text: str = "项目文件（.exa）/ the project file") -> None:
    c.add_argument("file", type=local_path, metavar="FILE", help=help_text)


def _project(c: argparse.ArgumentParser, help_text: str = PROJECT_HELP) -> None:
    c.add_argument("file", type=project_target, metavar="FILE", help=help_text)


def _new_project(c: argparse.ArgumentParser) -> None:
    """What a new project is made with (``new`` and ``server init``)."""
    c.add_argument("--org", required=True, metavar="NAME", help="组织名称 / the organisation's name")
    c.add_argument(
        "--cycle", default="", metavar="NAME", help="第一个评价周期的名称 / the first cycle's name"
    )
    c.add_argument(
        "--framework",
        default="gbt19580-2012",
        metavar="ID",
        help="评价框架（默认 gbt19580-2012）/ the framework",
    )
    c.add_argument(
        "--award",
        default="provincial",
        choices=AWARDS,
        help="评奖配置（默认 provincial）/ the award's rules (default: provincial)",
    )


def _cycle(c: argparse.ArgumentParser) -> None:
    c.add_argument(
        "--cycle", metavar="NAME", help="评价周期的名称（默认最新的）/ the cycle (default: the latest)"
    )


def _json(c: argparse.ArgumentParser, help_text: str = "以 JSON 输出 / print JSON") -> None:
    c.add_argument("--json", action="store_true", help=help_text)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="excellence-app",
        description=(
            "卓越绩效自评工具（GB/T 19580-2012）。不带参数或只给项目文件时启动图形界面。"
            " / Self-assessment against GB/T 19580-2012; without arguments, or with only a"
            " project file, the program opens its window."
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"excellence-app {__version__}",
        help="显示版本号并退出 / show the version",
    )
    sub = p.add_subparsers(dest="command", title="命令 / commands", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser("criteria", help="列出评价框架（类目、评分项、分值、条款）/ list the criteria")
    c.add_argument(
        "--framework",
        default="gbt19580-2012",
        metavar="ID",
        help="评价框架（默认 gbt19580-2012）/ the framework",
    )
    _json(c, "以 JSON 输出整个框架 / print the framework as JSON")
    c.add_argument(
        "--lang", choices=("zh", "en"), help="只用一种语言（不给时 --json 两种语言都输出）/ one language only"
    )

    c = sub.add_parser("new", help="新建项目文件 / create a project file")
    _file(c, "要新建的项目文件（.exa）/ the project file to create")
    _new_project(c)

    c = sub.add_parser("demo", help="写出示例企业的项目文件 / write the sample organisation")
    _file(c, "要写出的项目文件（.exa）/ the project file to write")

    c = sub.add_parser("summary", help="一个评价周期的得分与进度 / a cycle's scores and progress")
    _project(c)
    _cycle(c)
    _json(c)

    c = sub.add_parser(
        "check",
        help="提交前检查：完整性、篇幅、缺失数据、必备证实性材料 / the checks before submission",
    )
    _project(c)
    _cycle(c)
    _json(c, "以 JSON 输出（每条含 level、where、zh、en、place）/ print JSON")

    c = sub.add_parser("export", help="导出 PDF、Word 或 Excel / export PDF, Word or Excel")
    _project(c)
    _cycle(c)
    out = c.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=local_path, metavar="OUT.pdf", help="写出 PDF / write a PDF")
    out.add_argument(
        "--xlsx", type=local_path, metavar="OUT.xlsx", help="写出 Excel 工作簿 / write a workbook"
    )
    out.add_argument(
        "--xlsx-template",
        type=local_path,
        metavar="OUT.xlsx",
        help="写出一位评审员的评分工作簿（须给 --assessor）/ an assessor's workbook (needs --assessor)",
    )
    out.add_argument(
        "--docx",
        type=local_path,
        metavar="OUT.docx",
        help="写出 Word 文档，内容与同类 PDF 相同 / the PDF's content as a Word document",
    )
    c.add_argument(
        "--kind",
        choices=(*PDF_KINDS, *XLSX_KINDS),
        help="--pdf、--docx：package（默认，申报材料）或 report（内部评价报告）；--xlsx：scoring（默认，"
        "评分工作簿）或 submission（申报用自评表）/ what to export",
    )
    c.add_argument(
        "--with-scores", action="store_true", help="申报材料中包含自评分数 / print the scores in the package"
    )
    c.add_argument("--assessor", metavar="NAME", help="评审员姓名（--xlsx-template 必填）/ the assessor")

    c = sub.add_parser("import-scores", help="读入评审员填好的评分工作簿 / read an assessor's workbook")
    _project(c)
    c.add_argument(
        "workbook", type=local_path, metavar="WORKBOOK", help="评分工作簿（.xlsx）/ the filled workbook"
    )
    c.add_argument(
        "--partial", action="store_true", help="只导入有效的行，列出其余问题 / import the valid rows only"
    )

    c = sub.add_parser("import-docx", help="读入 Word 自评报告（.docx）/ import a Word report")
    _project(c)
    c.add_argument("docx", type=local_path, metavar="DOCX", help="Word 文件（.docx）/ the Word file")
    _cycle(c)
    c.add_argument("--dry-run", action="store_true", help="只列出对应关系，不写入 / print the mapping only")
    c.add_argument("--replace", action="store_true", help="覆盖已有内容 / overwrite texts the project has")

    c = sub.add_parser("export-project", help="把整个项目导出为交换格式（zip）/ export the project archive")
    _project(c)
    c.add_argument("out", type=local_path, metavar="OUT.zip", help="要写出的存档 / the archive to write")

    c = sub.add_parser("import-project", help="从交换格式（zip）建立项目文件 / a project from an archive")
    c.add_argument("archive", type=local_path, metavar="ARCHIVE.zip", help="项目存档 / the project archive")
    _file(c, "要新建的项目文件（.exa）/ the project file to create")

    c = sub.add_parser("screenshot", help="离屏渲染图形界面的各主要页面为 PNG / screenshots of the pages")
    _project(c)
    c.add_argument(
        "outdir", type=local_path, metavar="OUTDIR", help="写出 PNG 的文件夹 / the folder for the PNGs"
    )
    c.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="界面语言（默认 zh）/ interface language"
    )
    c.add_argument(
        "--page",
        choices=SCREENSHOT_PAGES,
        metavar="PAGE",
        help="只拍这一页（默认全部）：" + "、".join(SCREENSHOT_PAGES) + " / one page only",
    )

    _server_commands(sub)

    c = sub.add_parser("bench", help="显示性能数据及其基线 / speed figures beside their baselines")
    _json(c, "以一个 JSON 对象输出 / print one JSON object")
    c.add_argument(
        "--scale", type=int, default=1, metavar="N", help="示例文字的倍数（默认 1）/ N× the sample's text"
    )
    c.add_argument("--growth", action="store_true", help="另列 1×、4×、16× 的增长表 / the growth table")
    c.add_argument("--quick", action="store_true", help="每项只测一次，跳过耗时项 / each once, quick")
    _bench_team(c)
    return p


def _bench_team(c: argparse.ArgumentParser) -> None:
    """``bench team URL``: the load of a team on a server (bench.team); kept here in words
    only, as bench's own parser takes it."""
    c.add_argument(
        "team",
        nargs="?",
        choices=("team",),
        metavar="team",
        help="团队服务器的负载测试（须给 URL，一个空数据库）/ a team's load on a server (needs URL, an empty database)",
    )
    c.add_argument("url", nargs="?", metavar="URL", help="空数据库 postgresql://… / an empty database")
    c.add_argument(
        "--assessors",
        type=int,
        default=10,
        metavar="N",
        help="同时编辑的评审员人数（默认 10）/ assessors at once",
    )
    c.add_argument("--seconds", type=float, default=60, metavar="S", help="持续秒数（默认 60）/ how long")


def _server_commands(sub: Any) -> None:
    c = sub.add_parser("server", help="团队服务器（PostgreSQL）上的项目 / a project on a team server")
    server = c.add_subparsers(
        dest="server_command", title="命令 / commands", metavar="COMMAND", parser_class=_Parser, required=True
    )
    url_help = "团队服务器上的数据库 postgresql://用户名@主机:端口/数据库 / the server's database"
    c = server.add_parser("init", help="在空数据库中建立项目 / create a project in an empty database")
    c.add_argument("url", metavar="URL", help=url_help)
    _new_project(c)
    c = server.add_parser("push", help="把项目文件上传到空数据库 / upload a project file")
    _file(c, "要上传的项目文件（.exa）/ the project file to upload")
    c.add_argument("url", metavar="URL", help=url_help)
    c = server.add_parser("pull", help="把服务器上的项目存为项目文件 / save the server's project as a file")
    c.add_argument("url", metavar="URL", help=url_help)
    _file(c, "要新建的项目文件（.exa）/ the project file to create")
    c = server.add_parser("add-user", help="添加成员或改变其角色 / add a member, or change their role")
    c.add_argument("url", metavar="URL", help=url_help)
    c.add_argument("login", metavar="LOGIN", help="数据库登录名 / the database login")
    c.add_argument(
        "--role",
        required=True,
        choices=("lead", "assessor", "trainee", "viewer"),
        help="组长、评审员、学员或只读 / lead, assessor, trainee or viewer",
    )
    c.add_argument(
        "--name",
        default="",
        metavar="NAME",
        help="评分时用的姓名（新成员默认同登录名；已是成员时不变）/ the name they score under (kept for a member)",
    )
    c.add_argument(
        "--password",
        action="store_true",
        help="设置这个登录名的密码（在终端输入两次）/ set the login's password (typed twice)",
    )
    c = server.add_parser("remove-user", help="取消成员资格 / take a member's roles away")
    c.add_argument("url", metavar="URL", help=url_help)
    c.add_argument("login", metavar="LOGIN", help="数据库登录名 / the database login")
    c = server.add_parser("members", help="列出成员及其角色 / list the members and their roles")
    c.add_argument("url", metavar="URL", help=url_help)
    c = server.add_parser(
        "round", help="开启或关闭共识评议（评审员可互看评分）/ open or close the consensus round"
    )
    c.add_argument("url", metavar="URL", help=url_help)
    state = c.add_mutually_exclusive_group()
    state.add_argument("--open", action="store_true", help="开启 / open it")
    state.add_argument(
        "--close", action="store_true", help="关闭（两者都不给时显示现状）/ close it (neither: show it)"
    )
    _cycle(c)
