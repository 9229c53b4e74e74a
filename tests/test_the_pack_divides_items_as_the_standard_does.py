"""Pack 2.0 divides each item as GB/T 19580-2012 does, says what that rests on, and has
English for every text: the English interface and `criteria --lang en` show no Chinese."""

from __future__ import annotations

import json
import re

from excellence_app import paths
from excellence_app.core.framework import find_framework
from excellence_app.core.framework_english import in_language, missing_english
from excellence_app.core.shapes import dump

CJK = re.compile(r"[\u3400-\u9fff]")


def _pack():
    return find_framework("gbt19580-2012", paths.criteria_dir(), None)


def test_4_1_2_has_the_standards_points_a_to_g() -> None:
    item = _pack().item("4.1.2")
    assert [c.mark for c in item.clauses] == ["a)", "b)", "c)", "d)", "e)", "f)", "g)"]
    c = item.clauses[2]
    assert (c.id, c.label, c.heading) == ("4.1.2c", "4.1.2 c)", "c) 营造环境：诚信守法，改进、创新和学习")
    assert [c.title.split("：")[0] for c in item.clauses] == [
        "确定方向",
        "双向沟通",
        "营造环境",
        "质量责任",
        "质量责任",
        "持续经营",
        "绩效管理",
    ]  # the guide's six headings, 质量责任 over d) and e)
    assert item.basis is not None and item.basis.sure == "agreeing"


def test_numbered_sub_items_keep_their_numbers_and_nothing_passes_for_the_standards() -> None:
    fw = _pack()
    numbered = {i.id for i in fw.items() if all(c.form == "numbered" for c in i.clauses)}
    assert numbered == {"4.1.4", "4.2.2", "4.2.3", "4.3.3", "4.4.2", "4.6.3", "4.7.3"}
    whole = fw.item("4.7.4").clauses
    assert len(whole) == 1 and whole[0].form == "ours" and whole[0].mark == "" and whole[0].label == "4.7.4"
    for item in fw.items():
        assert item.basis is not None and item.basis.sources, item.id
        assert set(item.basis.sources) <= {s.key for s in fw.sources}


def test_every_text_has_english_and_english_readers_see_no_chinese() -> None:
    fw = _pack()
    assert missing_english(fw) == []
    english = in_language(fw, "en")
    assert not CJK.search(json.dumps(dump(english), ensure_ascii=False)), "Chinese left in the English pack"
    assert english.item("4.1.2").clauses[0].heading == "a) Setting direction: mission, vision and values"


def test_criteria_prints_the_pack_in_one_language(cli) -> None:
    rc, out, _ = cli("criteria", "--json", "--lang", "en")
    assert rc == 0 and not CJK.search(out)
    data = json.loads(out)
    assert data["categories"][0]["items"][0]["clauses"][0]["guidance"].startswith("A strong answer")
    rc, out, _ = cli("criteria", "--json", "--lang", "zh")
    assert rc == 0 and '_en"' not in out and "高层领导的作用" in out
    rc, out, _ = cli("criteria", "--lang", "en")
    assert "  4.1.2 Role of senior leaders (50 points, process)\n    a) Setting direction" in out
