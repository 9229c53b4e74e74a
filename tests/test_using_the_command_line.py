"""The command line as a user runs it: exit codes, one clear line on error, JSON fields."""

from __future__ import annotations

import json
from pathlib import Path


def test_criteria_json(cli) -> None:
    code, out, _ = cli("criteria", "--json")
    data = json.loads(out)
    items = [i for c in data["categories"] for i in c["items"]]
    assert code == 0 and len(data["categories"]) == 7 and len(items) == 23
    assert sum(i["points"] for i in items) == 1000


def test_new_then_summary_json(cli, tmp_path: Path) -> None:
    path = tmp_path / "x.exa"
    code, out, err = cli("new", str(path), "--org", "测试", "--cycle", "2026年度自评")
    assert code == 0, err
    code, out, err = cli("summary", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 0 and len(data["items"]) == 23
    for key in (
        "framework",
        "cycle",
        "band",
        "process_total",
        "results_total",
        "categories",
        "chars",
        "limits",
    ):
        assert key in data
    item = data["items"][0]
    for key in (
        "id",
        "title",
        "points",
        "kind",
        "consensus_percent",
        "score",
        "assessor_percents",
        "spread",
        "clauses_total",
        "clauses_answered",
        "chars",
        "strengths",
        "ofis",
        "evidence",
        "indicators",
    ):
        assert key in item
    assert data["limits"]["report"] == 30000


def test_errors_are_one_line_without_traceback(cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.exa"
    junk.write_bytes(b"not a database at all" * 10)
    code, _, err = cli("summary", str(junk))
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert err.startswith("错误：") and "Error:" in err
    code, _, err = cli("summary", str(tmp_path / "missing.exa"))
    assert code == 1 and "找不到文件" in err


def test_usage_errors_exit_2(cli) -> None:
    code, _, err = cli("summary")
    assert code == 2 and "用法错误" in err
    code, _, _ = cli("frobnicate", "x", "y")
    assert code == 2


def test_version(cli) -> None:
    code, out, _ = cli("--version")
    assert code == 0 and out.startswith("excellence-app ")


def test_check_lists_gaps_and_unknown_cycle_is_an_error(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.exa"
    cli("new", str(path), "--org", "测试")
    code, out, _ = cli("check", str(path))
    assert "尚未评分" in out and "尚未回答" in out
    assert code == 1 and "[错误] 证实性材料“营业执照”" in out  # the award requires it: not ready
    code, _, err = cli("summary", str(path), "--cycle", "1999年度")
    assert code == 1 and "没有评价周期" in err


def test_an_export_never_overwrites_a_project_and_bad_paths_are_one_line(cli, tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "p.exa"
    cli("new", str(path), "--org", "测试")
    other = tmp_path / "other.exa"
    cli("new", str(other), "--org", "乙")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (path, other)}
    for target in (path, other):
        code, _, err = cli("export", str(path), "--xlsx", str(target))
        assert code == 1 and "不会覆盖" in err and "Traceback" not in err
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (path, other)} == before
    code, _, err = cli("export", str(path), "--pdf", str(tmp_path / "no" / "such" / "x.pdf"))
    assert code == 1 and "不存在" in err and not (tmp_path / "no").exists()
    code, _, err = cli("export", str(path), "--pdf", str(tmp_path))
    assert code == 1 and "文件夹" in err
    code, _, err = cli("export", str(path), "--xlsx", str(tmp_path / "w.xlsx"), "--with-scores")
    assert code == 2 and "用法错误" in err
    out = tmp_path / "ok.xlsx"
    code, _, err = cli("export", str(path), "--xlsx", str(out))
    assert code == 0 and out.stat().st_mode & 0o044, "an export is readable by colleagues"


def test_a_mistyped_word_is_not_taken_for_a_project_to_open(cli) -> None:
    code, _, err = cli("sumary")
    assert code == 1 and "找不到项目文件" in err


def test_without_a_console_a_missing_project_is_said_in_the_window(monkeypatch, tmp_path: Path) -> None:
    """The windowed Windows program has no stderr: the window opens and says what is missing."""
    import sys

    from excellence_app.__main__ import main
    from excellence_app.ui.shell import application

    asked: list[str | None] = []
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(application, "run_gui", lambda path: asked.append(path) or 0)
    missing = str(tmp_path / "已删除.exa")
    assert main([missing]) == 0
    assert asked == [missing]


def test_usage_errors_say_it_in_chinese_first(cli, tmp_path: Path) -> None:
    code, _, err = cli("new", str(tmp_path / "n.exa"))
    assert code == 2 and err.startswith("用法错误：缺少必需的参数：--org")
