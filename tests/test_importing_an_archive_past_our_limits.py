"""Our own limits on project.yaml and on member names: the refusal is ours, whatever PyYAML does."""

from __future__ import annotations

import copy
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
import yaml
from archives import BASE, EVIDENCE, SHA, refusal, write_archive, write_zip
from fuzz_support import classify, run_cli

HEAD = b"format: excellence-app-project\nformat_version: 1\n"


def _yaml_archive(path: Path, text: bytes) -> Path:
    return write_zip(path, {"project.yaml": text, f"evidence/{SHA}": EVIDENCE})


def _base_text() -> bytes:
    return yaml.dump(BASE, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False).encode()


# libyaml stops at 1000 levels by itself, reading up to 1024 characters ahead of its events.
@pytest.mark.parametrize("depth", [33, 999, 1000, 1001, 100_000])
@pytest.mark.parametrize(
    "shape",
    [
        lambda n: b"x: " + b"[" * n,
        lambda n: b"x: " + b"[" * n + b"]" * n,
        lambda n: b"x: " + b"{a: " * n + b"1" + b"}" * n,
        lambda n: b"x:\n" + b"\n".join(b" " * (i + 1) + b"k:" for i in range(min(n, 1001))),
    ],
    ids=["open brackets", "closed brackets", "flow mappings", "indented keys"],
)
def test_deep_nesting_is_refused_by_our_limit_with_its_line(tmp_path: Path, depth: int, shape) -> None:
    message = refusal(_yaml_archive(tmp_path / "a.zip", HEAD + shape(depth)), tmp_path)
    assert "嵌套层次超过 32 层" in message and "nested deeper than 32 levels" in message
    assert "第 3 行" in message or "第 35 行" in message


def test_nesting_within_the_limit_is_judged_on_its_content(tmp_path: Path) -> None:
    text = _base_text() + b"x: " + b"[" * 30 + b"]" * 30 + b"\n"
    message = refusal(_yaml_archive(tmp_path / "a.zip", text), tmp_path)
    assert "嵌套" not in message and "project.yaml 的 x）：不认识的键" in message


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        (
            b"organisation:\n  name: A\n  name: B\n",
            "organisation.name）：第 5 行第 3 列",
            "键 name 重复（第 4 行已有）",
        ),
        (b"x: &a [1]\ny: *a\n", "x）：第 3 行第 4 列", "锚点（&）与别名（*）"),
        (b"x: {<<: {a: 1}}\n", "x）：第 3 行第 5 列", "合并键"),
        (b"x: !!python/object:os.system 1\n", "x）：第 3 行第 4 列", "python/object:os.system"),
        (b"x: " + b"9" * 5000 + b"\n", "x）：第 3 行第 4 列", "数字过长（5,000 个字符）"),
        (b"? " + b"k" * 300 + b"\n: 1\n", "第 3 行第 3 列", "键过长（300 个字符）"),
        (b'x: "a\\0b"\n', "x）：第 3 行第 4 列", "空字符"),
        (b"x: [a, b]\nx: 1\n", "x）：第 4 行第 1 列", "键 x 重复（第 3 行已有）"),
        ("x: 中文\x07\n".encode(), "project.yaml）：第 3 行第 6 列", "不允许的字符 U+0007"),
    ],
    ids=[
        "duplicate key",
        "alias",
        "merge key",
        "python tag",
        "long number",
        "long key",
        "nul",
        "dup top",
        "bell",
    ],
)
def test_what_our_documents_never_hold_is_refused_with_place(
    tmp_path: Path, text: bytes, place: str, reason: str
) -> None:
    message = refusal(_yaml_archive(tmp_path / "a.zip", HEAD + text), tmp_path)
    assert place in message and reason in message


def test_a_duplicate_key_deep_in_the_real_document_names_its_path(tmp_path: Path) -> None:
    text = _base_text().replace(b"    role: lead\n", b"    role: lead\n    role: member\n", 1)
    message = refusal(_yaml_archive(tmp_path / "a.zip", text), tmp_path)
    assert "cycles[0].assessors[0].role）" in message and "键 role 重复" in message


@pytest.mark.parametrize("blank", ["   ", "\u3000", "\u00a0", "\u3000 \u00a0\t", "\u200b"])
@pytest.mark.parametrize(
    ("where", "path"),
    [
        (("organisation", "name"), "organisation.name"),
        (("cycles", 1, "name"), "cycles[1].name"),
        (("cycles", 0, "assessors", 0, "name"), "cycles[0].assessors[0].name"),
        (("cycles", 0, "indicators", 0, "name"), "cycles[0].indicators[0].name"),
    ],
)
def test_blank_names_are_refused_with_their_place(
    tmp_path: Path, where: tuple, path: str, blank: str
) -> None:
    doc = copy.deepcopy(BASE)
    node = doc
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = blank
    message = refusal(write_archive(tmp_path / "a.zip", doc), tmp_path)
    assert f"project.yaml 的 {path}）" in message and "不能只有空白字符" in message


def _zip_with_name(path: Path, name: str) -> Path:
    """zipfile cuts names at NUL when it writes them; write a stand-in and patch the bytes."""
    stand_in = "Q" * len(name.encode())
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.yaml", HEAD)
        zf.writestr(stand_in, b"x")
    path.write_bytes(path.read_bytes().replace(stand_in.encode(), name.encode()))
    return path


@pytest.mark.parametrize(
    "name", ["\x00", "project.yaml\x00.txt", "evidence/\x00", "evi\ndence", "run\r.exe", "a\x7fb"]
)
def test_member_names_with_control_characters_are_refused_in_one_line(tmp_path: Path, name: str) -> None:
    archive = _zip_with_name(tmp_path / "a.zip", name)
    code, out, err = run_cli("import-project", str(archive), str(tmp_path / "out.exa"))
    assert classify(code, err) == "refusal" and out == ""
    assert "控制字符" in err and repr(name)[1:-1] in err
    assert sorted(os.listdir(tmp_path)) == ["a.zip"]


def test_a_symbolic_link_member_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("project.yaml", _base_text())
        link = zipfile.ZipInfo(f"evidence/{SHA}")
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        zf.writestr(link, b"/etc/passwd")
    assert "evidence/" + SHA + " 是符号链接" in refusal(archive, tmp_path)


def test_messages_stay_on_one_line_when_the_document_holds_line_breaks(tmp_path: Path) -> None:
    doc = copy.deepcopy(BASE)
    doc["cycles"][0]["profile"]["B.9\nforged line"] = "x"
    archive = write_archive(tmp_path / "a.zip", doc)
    code, _, err = run_cli("import-project", str(archive), str(tmp_path / "out.exa"))
    assert classify(code, err) == "refusal" and "B.9\\nforged line" in err


def test_export_refuses_a_stored_value_no_document_may_hold(project, tmp_path: Path) -> None:
    cycle = project.cycles.all()[0].id
    project.comments.add_comment(cycle, "4.1.2", "ofi", "改进机会")
    project.close()
    with sqlite3.connect(tmp_path / "p.exa") as con:  # as another program might have written it
        con.execute("UPDATE comment SET significance = '-1'")
    con.close()
    before = (tmp_path / "p.exa").read_bytes()
    code, _, err = run_cli("export-project", str(tmp_path / "p.exa"), str(tmp_path / "out.zip"))
    assert classify(code, err) == "refusal" and "损坏" in err
    assert sorted(os.listdir(tmp_path)) == ["p.exa"] and (tmp_path / "p.exa").read_bytes() == before
