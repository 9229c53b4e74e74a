"""The criteria pack: the built-in one is complete, broken ones are refused with a path."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from excellence_app import paths
from excellence_app.core.errors import FrameworkError
from excellence_app.core.framework import discover_packs, find_framework, parse_framework

BUILTIN = paths.criteria_dir() / "gbt19580-2012.yaml"


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(BUILTIN.read_text(encoding="utf-8"))


def test_builtin_pack_has_the_facts_of_the_standard() -> None:
    fw = find_framework("gbt19580-2012", paths.criteria_dir(), None)
    items = list(fw.items())
    assert len(fw.categories) == 7
    assert len(items) == 23
    assert sum(i.points for i in items) == 1000
    assert sum(i.points for i in items if i.kind == "process") == 600
    assert sum(i.points for i in items if i.kind == "results") == 400
    assert fw.item("4.4.2").points == 60 and fw.item("4.7.2").kind == "results"
    assert [b.label for b in fw.bands] == ["0–5%", "10–25%", "30–45%", "50–65%", "70–85%", "90–100%"]
    assert [s.id for s in fw.profile_sections] == ["B.1.1", "B.1.2", "B.2.1", "B.2.2", "B.2.3"]


def test_builtin_pack_text_is_complete() -> None:
    fw = find_framework("gbt19580-2012", paths.criteria_dir(), None)
    for item, clause in fw.clauses():
        assert 2 <= len(clause.questions) <= 5, clause.id
        assert 2 <= clause.guidance.count("。") <= 4, clause.id
        assert clause.title_en, clause.id
        assert item.summary and "待撰写" not in clause.guidance
    for band in fw.bands:
        assert all(band.process.values()) and all(band.results.values())


def _broken(raw: dict, change) -> str:
    data = yaml.safe_load(yaml.safe_dump(raw, allow_unicode=True))
    change(data)
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d["categories"][3]["items"][1].__setitem__("points", 16), "categories[3].points", "合计"),
        (
            lambda d: d["categories"][3]["items"][1].__setitem__("points", "多"),
            "categories[3].items[1].points",
            "整数",
        ),
        (
            lambda d: d["categories"][0]["items"][1].__setitem__("id", "4.1.2"),
            "categories[0].items[1].id",
            "重复",
        ),
        (
            lambda d: d["categories"][0]["items"][0].__setitem__("clauses", []),
            "categories[0].items[0].clauses",
            "太少",
        ),
        (lambda d: d["bands"][2].__setitem__("low", 35), "bands[2].low", "缺口"),
        (
            lambda d: d["categories"][0]["items"][0].__setitem__("colour", "red"),
            "categories[0].items[0].colour",
            "不认识的键",
        ),
        (lambda d: d["categories"][0]["items"][0].pop("title"), "categories[0].items[0].title", "缺少此项"),
        (lambda d: d["bands"][0]["process"].__setitem__("learning", 3), "bands[0].process.learning", "文字"),
        (lambda d: d.__setitem__("id", "Mine Pack"), "id", "格式"),
        (
            lambda d: d["categories"][1]["items"][0].__setitem__("id", "4.2.2\n被删除"),
            "categories[1].items[0].id",
            "格式",
        ),
        (lambda d: d["categories"][0].__setitem__("items", "4.1.1"), "categories[0].items", "列表"),
        (lambda d: d["bands"].pop(), "bands[4].high", "100%"),
        (
            lambda d: d["categories"][6]["items"][0].__setitem__("kind", "other"),
            "categories[6].items[0].kind",
            "取值无效",
        ),
        (lambda d: d.__setitem__("total_points", 900), "total_points", "总分"),
        (lambda d: d["bands"][0]["process"].pop("learning"), "bands[0].process.learning", "描述"),
        (
            lambda d: d["categories"][0]["items"][0]["clauses"][0].__setitem__("id", "4.1.3a"),
            "categories[0].items[0].clauses[0].id",
            "4.1.2a（准则的字母）",
        ),
        (
            lambda d: d["categories"][0]["items"][0]["clauses"][0].__setitem__("id", "4.1.2-a"),
            "categories[0].items[0].clauses[0].id",
            "本工具的细分",
        ),
        (
            lambda d: d["categories"][0]["items"][1]["basis"].__setitem__("sources", ["S99"]),
            "categories[0].items[1].basis.sources",
            "没有来源 S99",
        ),
    ],
)
def test_a_broken_pack_is_refused_with_file_path_and_reason(raw: dict, change, path: str, words: str) -> None:
    with pytest.raises(FrameworkError) as info:
        parse_framework(_broken(raw, change), "mine.yaml")
    assert info.value.file == "mine.yaml"
    assert info.value.path == path
    assert words in info.value.zh


def test_yaml_syntax_error_names_the_line() -> None:
    with pytest.raises(FrameworkError) as info:
        parse_framework("id: x\ncategories: [\n", "bad.yaml")
    assert "行" in info.value.path


def test_user_packs_are_found_and_cannot_replace_the_builtin(tmp_path: Path, raw: dict) -> None:
    mine = dict(raw, id="my-pack", title="我的框架")
    (tmp_path / "my.yaml").write_text(yaml.safe_dump(mine, allow_unicode=True), encoding="utf-8")
    (tmp_path / "clash.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("id: [", encoding="utf-8")
    packs = {p.path.name: p for p in discover_packs(paths.criteria_dir(), tmp_path)}
    assert packs["my.yaml"].framework is not None and not packs["my.yaml"].builtin
    assert packs["clash.yaml"].error is not None and "内置" in packs["clash.yaml"].error.zh
    assert packs["broken.yaml"].error is not None
    assert find_framework("my-pack", paths.criteria_dir(), tmp_path).title == "我的框架"
