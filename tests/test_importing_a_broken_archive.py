"""Broken, hostile or foreign archives are refused with the place and the reason; nothing is written."""

from __future__ import annotations

import copy
import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from archives import BASE, EVIDENCE, SHA, refusal, write_archive, write_zip

from excellence_app.core import interchange as ix
from excellence_app.services.interchange import import_project


def _changed(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    change(doc)
    return doc


def test_the_base_archive_is_accepted(tmp_path: Path) -> None:
    with import_project(write_archive(tmp_path / "a.zip"), tmp_path / "p.exa") as svc:
        assert [c.name for c in svc.cycles.all()] == ["2025年度自评", "2026年度自评"]


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        node[int(last) if isinstance(node, list) else last] = value

    return change


DOCUMENT_CASES = [
    (
        "unknown item",
        _set("cycles/1/assessors/0/scores/4.9.9", {"percent": 50}),
        "cycles[1].assessors[0].scores.4.9.9",
        "4.9.9",
    ),
    (
        "percent off the grid",
        _set("cycles/1/assessors/0/scores/4.1.2/percent", 52),
        "cycles[1].assessors[0].scores.4.1.2.percent",
        "5 的整数倍",
    ),
    (
        "percent as text",
        _set("cycles/0/consensus/4.1.2/percent", "55"),
        "cycles[0].consensus.4.1.2.percent",
        "应为整数",
    ),
    (
        "factor of the other kind",
        _set("cycles/0/assessors/0/scores/4.1.2/factors", {"level": 3}),
        "cycles[0].assessors[0].scores.4.1.2.factors.level",
        "没有要素 level",
    ),
    (
        "band out of range",
        _set("cycles/0/assessors/0/scores/4.7.2/factors", {"trend": 7}),
        "cycles[0].assessors[0].scores.4.7.2.factors.trend",
        "分数段应为 1–6",
    ),
    (
        "unknown clause",
        _set("cycles/0/responses/4.1.2.99", {"status": "done", "text": "x"}),
        "cycles[0].responses.4.1.2.99",
        "4.1.2.99",
    ),
    (
        "clause of another item",
        _set("cycles/0/comments/0/clause", "4.2.2.1"),
        "cycles[0].comments[0].clause",
        "不属于评分项 4.1.2",
    ),
    (
        "duplicate comment key",
        lambda d: d["cycles"][0]["comments"].append(dict(d["cycles"][0]["comments"][0])),
        "cycles[0].comments[1].key",
        "k1 重复",
    ),
    (
        "action names no comment",
        _set("cycles/1/actions/0/comment", "k9"),
        "cycles[1].actions[0].comment",
        "k9",
    ),
    (
        "duplicate assessor",
        lambda d: d["cycles"][0]["assessors"].append(copy.deepcopy(d["cycles"][0]["assessors"][0])),
        "cycles[0].assessors[1].name",
        "周建华 重复",
    ),
    (
        "comment of an unknown assessor",
        _set("cycles/0/comments/0/assessor", "王五"),
        "cycles[0].comments[0].assessor",
        "王五",
    ),
    (
        "indicator on a process item",
        _set("cycles/0/indicators/0/item", "4.1.2"),
        "cycles[0].indicators[0].item",
        "不是结果类",
    ),
    (
        "evidence not listed",
        _set("cycles/0/evidence/0/sha256", "f" * 64),
        "cycles[0].evidence[0].sha256",
        "evidence_files",
    ),
    ("unknown key", _set("cycles/0/colour", "red"), "cycles[0].colour", "不认识的键"),
    ("missing field", lambda d: d["cycles"][0].pop("created_at"), "cycles[0].created_at", "缺少此项"),
    ("bad time", _set("cycles/0/audit/0/at", "2026-02-30T09:00:00"), "cycles[0].audit[0].at", "应为时间"),
    ("unknown award", _set("cycles/0/award_profile", "galactic"), "cycles[0].award_profile", "galactic"),
    ("unknown profile section", _set("cycles/0/profile/B.9", "x"), "cycles[0].profile.B.9", "B.9"),
    (
        "not a number",
        _set("cycles/0/indicators/0/values/2026", float("nan")),
        "cycles[0].indicators[0].values.2026",
        "有限",
    ),
    ("duplicate cycle", _set("cycles/1/name", "2025年度自评"), "cycles[1].name", "重复"),
]


@pytest.mark.parametrize(
    ("change", "path", "reason"), [c[1:] for c in DOCUMENT_CASES], ids=[c[0] for c in DOCUMENT_CASES]
)
def test_document_problems_name_the_place(tmp_path: Path, change: Callable, path: str, reason: str) -> None:
    message = refusal(write_archive(tmp_path / "a.zip", _changed(change)), tmp_path)
    assert f"project.yaml 的 {path}）" in message and reason in message


def test_a_ten_megabyte_string_is_refused_with_its_path(tmp_path: Path) -> None:
    huge = os.urandom(5 * 1024 * 1024).hex()  # incompressible, so the ratio check does not catch it first
    doc = _changed(_set("cycles/1/responses/4.1.2a/text", huge))
    message = refusal(write_archive(tmp_path / "a.zip", doc), tmp_path)
    assert "cycles[1].responses.4.1.2a.text" in message and "1 MB" in message


ARCHIVE_CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("not a zip", lambda p: (p.write_bytes(b"hello, not a zip" * 100), p)[1], "不是有效的 zip"),
    ("truncated", lambda p: _truncate(write_archive(p)), "截断"),
    ("no project.yaml", lambda p: write_zip(p, {"evidence/" + SHA: EVIDENCE}), "缺少 project.yaml"),
    (
        "foreign yaml",
        lambda p: write_zip(p, {"project.yaml": b"format: something-else\n"}),
        "不是本程序的项目交换文件",
    ),
    (
        "newer version",
        lambda p: write_archive(p, _changed(_set("format_version", ix.FORMAT_VERSION + 1))),
        "更新版本",
    ),
    (
        "path outside",
        lambda p: write_zip(p, {"project.yaml": b"x", "../../x": b"x"}),
        "../../x 的路径指向归档之外",
    ),
    ("absolute path", lambda p: write_zip(p, {"/etc/passwd": b"x"}), "/etc/passwd 的路径指向归档之外"),
    (
        "unexpected member",
        lambda p: write_zip(p, {"project.yaml": b"x", "run.exe": b"x"}),
        "不认识的文件 run.exe",
    ),
    ("zip bomb", lambda p: write_zip(p, {"project.yaml": b" " * (30 * 1024 * 1024)}), "压缩炸弹"),
    (
        "too large",
        lambda p: write_zip(p, {"project.yaml": os.urandom(51 * 1024 * 1024)}, zipfile.ZIP_STORED),
        "上限 50 MB",
    ),
    ("lying size", lambda p: _lie_about_size(write_archive(p)), "已损坏"),
    ("evidence missing", lambda p: write_archive(p, evidence={}), "缺少证据文件"),
    (
        "evidence extra",
        lambda p: write_archive(p, evidence={SHA: EVIDENCE, "a" * 64: b"x"}),
        "未列入 evidence_files",
    ),
    ("evidence changed", lambda p: write_archive(p, evidence={SHA: EVIDENCE.upper()}), "与其 SHA-256 不符"),
    (
        "evidence resized",
        lambda p: write_archive(p, evidence={SHA: EVIDENCE + b"!"}),
        "大小与 evidence_files[0].size 不符",
    ),
    ("yaml alias bomb", lambda p: write_zip(p, {"project.yaml": _alias_bomb()}), "别名"),
    (
        "deep nesting",
        lambda p: write_zip(p, {"project.yaml": b"format: excellence-app-project\nx: " + b"[" * 100_000}),
        "嵌套层次超过 32 层",  # our limit and our words, before any of PyYAML's
    ),
    (
        "not utf-8",
        lambda p: write_zip(p, {"project.yaml": "format: excellence-app-project\n名: 甲".encode("gb18030")}),
        "UTF-8",
    ),
    (
        "yaml syntax",
        lambda p: write_zip(p, {"project.yaml": b"format: excellence-app-project\n  - : ]["}),
        "YAML 语法错误",
    ),
]


def _truncate(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _lie_about_size(path: Path) -> Path:
    """Declare project.yaml 10 bytes shorter than it is, in both headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("project.yaml")
    real = info.file_size.to_bytes(4, "little")
    fake = (info.file_size - 10).to_bytes(4, "little")
    path.write_bytes(bytes(data).replace(real, fake))
    return path


def _alias_bomb() -> bytes:
    lines = ["format: excellence-app-project", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("make", "reason"), [c[1:] for c in ARCHIVE_CASES], ids=[c[0] for c in ARCHIVE_CASES]
)
def test_broken_archives_are_refused(tmp_path: Path, make: Callable[[Path], Path], reason: str) -> None:
    archive = make(tmp_path / "a.zip")
    message = refusal(archive, tmp_path)
    assert reason in message and "未写出任何文件" in message


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "p.exa"
    target.write_bytes(b"precious")
    with pytest.raises(Exception, match="已存在"):
        import_project(write_archive(tmp_path / "a.zip"), target)
    assert target.read_bytes() == b"precious"


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("truncated", "截断"),
        ("unknown item", "4.9.9"),
        ("path outside", "指向归档之外"),
        ("zip bomb", "压缩炸弹"),
    ],
)
def test_cli_refuses_with_exit_1_and_one_line(tmp_path: Path, cli, case: str, reason: str) -> None:
    archives = {
        "truncated": lambda p: _truncate(write_archive(p)),
        "unknown item": lambda p: write_archive(p, _changed(DOCUMENT_CASES[0][1])),
        "path outside": dict((c[0], c[1]) for c in ARCHIVE_CASES)["path outside"],
        "zip bomb": dict((c[0], c[1]) for c in ARCHIVE_CASES)["zip bomb"],
    }
    archive = archives[case](tmp_path / "a.zip")
    code, out, err = cli("import-project", str(archive), str(tmp_path / "out.exa"))
    assert code == 1 and out == ""
    assert err.startswith("错误：") and err.count("\n") == 1 and reason in err and "Traceback" not in err
    assert sorted(os.listdir(tmp_path)) == ["a.zip"]


def test_an_unknown_framework_is_refused(tmp_path: Path) -> None:
    doc = _changed(_set("organisation/framework", "iso-9999"))
    message = refusal(write_archive(tmp_path / "a.zip", doc), tmp_path)
    assert "找不到评价框架 iso-9999" in message
