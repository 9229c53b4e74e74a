"""提交前检查: the same findings on the page and from `check --json`, each naming a place the
window opens; the award's required 证实性材料 and items scored without a response are among them."""

from __future__ import annotations

import json
from pathlib import Path


def test_check_json_gives_every_finding_with_its_place(cli, tmp_path: Path) -> None:
    path = tmp_path / "new.exa"
    cli("new", str(path), "--org", "测试")
    rc, out, _ = cli("check", str(path), "--json")
    data = json.loads(out)
    assert rc == 1 and data["count"]["error"] == 4  # the four kinds of 证实性材料 the award requires
    places = {f["place"] for f in data["findings"]}
    assert {"profile:B.1.1", "item:4.1.2", "evidence"} <= places
    missing = [f for f in data["findings"] if f["place"] == "evidence"]
    assert [f["where"] for f in missing] == [
        "证实性材料“营业执照”",
        "证实性材料“管理体系认证证书”",
        "证实性材料“近三年审计报告”",
        "证实性材料“主要荣誉证书”",
    ]
    assert "需 3 份，已有 0 份" in missing[2]["zh"]
    assert set(data["findings"][0]) == {"level", "where", "zh", "en", "place"}


def test_the_page_lists_findings_and_opens_their_places(qtbot, window) -> None:
    window.show_page("check")
    page = window.current_page()
    tree = page.ui.findingsTree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[:2] == ["错误（4）", groups[1]] and groups[1].startswith("提醒（")
    assert page.ui.countLabel.text().startswith("错误 4 项，提醒 ")
    lines = {
        tree.topLevelItem(1).child(i).text(0): tree.topLevelItem(1).child(i)
        for i in range(tree.topLevelItem(1).childCount())
    }
    assert "4.1.3 组织治理" in lines
    tree.itemActivated.emit(lines["4.1.3 组织治理"], 0)
    assert window.current_page().spec.name == "item" and window.current_item() == "4.1.3"
    page.open_place("profile:B.2.1")
    assert window.current_page().spec.name == "profile"
    page.open_place("clause:4.1.2b")
    assert window.current_item() == "4.1.2"
    page.open_place("clause:9.9.9")  # a place the framework does not have: nothing happens
    assert window.current_item() == "4.1.2"
