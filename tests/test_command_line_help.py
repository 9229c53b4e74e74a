"""The command line speaks one language at a time, Chinese first and English after it: every
command's --help names every argument and option with help in both, argparse's own headings and
errors are said in Chinese, and an output named for the wrong format is refused before any work."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from excellence_app import cli_args
from excellence_app.__main__ import main

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ENGLISH = re.compile(r"[A-Za-z]{2,}")
# "中文说明 / English help": Chinese, then after the last slash English words only
BOTH = re.compile(r".*[\u4e00-\u9fff].*/\s*[^\u4e00-\u9fff/]*[A-Za-z]{2,}[^\u4e00-\u9fff/]*")


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = cli_args.build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {"": parser, **sub.choices}


COMMANDS = sorted(_subparsers())


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c or "excellence-app")
def test_every_argument_and_option_has_help_in_both_languages(command: str) -> None:
    parser = _subparsers()[command]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        name = "/".join(action.option_strings) or action.dest
        assert action.help and CHINESE.search(action.help), f"{command} {name} has no Chinese help"
        assert BOTH.fullmatch(action.help), f"{command} {name}: no English after the Chinese"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c or "excellence-app")
def test_help_of_every_command_is_headed_in_both_languages(command: str, capsys) -> None:
    args = [command, "--help"] if command else ["--help"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法 / usage: excellence-app")
    assert "选项 / options:" in out
    assert "show this help message" not in out and "positional arguments" not in out


def test_help_lines_fit_the_terminal_where_a_chinese_character_takes_two_columns(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["export", "--help"]) == 0
    for line in capsys.readouterr().out.splitlines():
        columns = sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in line)
        # argparse keeps an over-long option name on its own line; help text is wrapped
        assert columns <= 80 or not CHINESE.search(line), line


def test_screenshot_pages_are_the_pages_the_window_has(qapp) -> None:
    from excellence_app.ui.shell.pages import PAGES

    names = [spec.name for spec in PAGES] + [
        shot.file.removesuffix(".png") for spec in PAGES for shot in spec.shots
    ]
    assert set(cli_args.SCREENSHOT_PAGES) == set(names)


USAGE_MISTAKES = [
    ["new", "x.exa"],
    ["summary"],
    ["export", "p.exa"],
    ["export", "p.exa", "--pdf", "a.pdf", "--xlsx", "b.xlsx"],
    ["export", "p.exa", "--pdf"],
    ["export", "p.exa", "--pdf", "a.pdf", "--kind", "nope"],
    ["screenshot", "p.exa", "out", "--page", "nope"],
    ["criteria", "--json=yes"],
    ["summary", "p.exa", "--unknown"],
    ["bench", "--scale", "x"],
]


def _without_names(text: str) -> str:
    """The words of a message without what the user typed or may type: options, values, metavars."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "", text)
    return re.sub(r"--?[\w-]+|\b[A-Z][A-Z._]+\b|\b[\w.-]+\.(exa|pdf|xlsx|docx|zip)\b", "", text)


@pytest.mark.parametrize("argv", USAGE_MISTAKES, ids=lambda a: " ".join(a))
def test_a_usage_mistake_is_one_line_wholly_chinese_then_english(argv: list[str], capsys) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("用法错误：")
    chinese, _, english = err.partition("（usage error: ")
    assert english.strip().endswith("）") and ENGLISH.search(english)
    assert not ENGLISH.search(_without_names(chinese)), chinese


@pytest.mark.parametrize(
    ("option", "name"),
    [("--pdf", "report.docx"), ("--docx", "report.pdf"), ("--xlsx", "scores.xls"), ("--pdf", "report")],
)
def test_an_output_named_for_another_format_is_refused_before_any_work(
    option: str, name: str, tmp_path: Path, capsys
) -> None:
    project = tmp_path / "p.exa"
    assert main(["new", str(project), "--org", "测试"]) == 0
    capsys.readouterr()
    assert main(["export", str(project), option, str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "扩展名" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.exa"]


def test_export_project_wants_a_zip(tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.exa"
    assert main(["new", str(project), "--org", "测试"]) == 0
    assert main(["export-project", str(project), str(tmp_path / "p.tar")]) == 2
    assert "扩展名" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.exa"]
