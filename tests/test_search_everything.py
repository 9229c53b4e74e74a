"""Search everything (issue 17): core.search finds a query in every text of a cycle and groups
the hits by the place that shows them."""

from __future__ import annotations

from pathlib import Path

from builders import answered_project

from excellence_app.core.search import find_spans, fold, search
from excellence_app.services.project import ProjectService


def _places(results) -> dict[str, tuple[str, int]]:
    return {g.place: (g.part, g.count) for g in results.groups}


def test_responses_are_found_per_clause_with_their_count_and_snippet(tmp_path: Path) -> None:
    with ProjectService.open(answered_project(tmp_path / "p.exa")) as svc:
        cycle = svc.cycles.all()[0].id
        svc.content.set_response(cycle, "4.1.2c", "每月一次，每月复盘；每月公布。")
        results = search(svc.framework, svc.snapshot(cycle), "每月")
        responses = [g for g in results.groups if g.part == "response"]
        assert [(g.place, g.count) for g in responses] == [
            ("clause:4.1.2a", 1),
            ("clause:4.1.2b", 1),
            ("clause:4.1.2c", 3),
        ]
        group = responses[0]
        assert (
            group.item_id == "4.1.2" and group.label.startswith("4.1.2 a)") and group.label.endswith("· 回答")
        )
        hit = group.hits[0]
        assert hit.field == "text" and all(hit.snippet[s:e] == "每月" for s, e in hit.marks)
        assert "-" not in hit.snippet  # the words a reader sees, not the Markdown marks
        assert results.count == sum(g.count for g in results.groups)


def test_a_match_across_bold_marks_is_found_and_the_marks_are_not(tmp_path: Path) -> None:
    with ProjectService.open(answered_project(tmp_path / "p.exa")) as svc:
        snap = svc.snapshot(svc.cycles.all()[0].id)
        assert "clause:4.1.2a" in _places(search(svc.framework, snap, "组织战略研讨"))
        assert not [g for g in search(svc.framework, snap, "**").groups if g.part == "response"]
        assert search(svc.framework, snap, "  ").groups == ()


def test_criteria_text_is_found_under_its_clause(tmp_path: Path) -> None:
    with ProjectService.open(answered_project(tmp_path / "p.exa")) as svc:
        results = search(svc.framework, None, "继任")
        assert results.groups and all(g.part == "criteria" for g in results.groups)
        assert "criteria:4.1.2f" in _places(results)
        fields = {h.field for g in results.groups for h in g.hits}
        assert fields <= {"title", "summary", "guidance", "question"} and fields & {"guidance", "question"}
        assert search(svc.framework, None, "SUCCESSION").groups  # English titles, any case


def test_case_and_full_width_letters_and_digits_do_not_matter(tmp_path: Path) -> None:
    with ProjectService.open(answered_project(tmp_path / "p.exa")) as svc:
        cycle = svc.cycles.all()[0].id
        svc.content.set_response(cycle, "4.1.2c", "KPI 达成率 98%，ＫＰＩ 每季度回顾。")
        snap = svc.snapshot(cycle)
        for query in ("kpi", "ＫＰＩ", "Kpi", "ｋｐｉ"):
            assert _places(search(svc.framework, snap, query))["clause:4.1.2c"] == ("response", 2), query
        assert _places(search(svc.framework, snap, "９８"))["clause:4.1.2c"] == ("response", 1)
        assert "clause:4.1.2c" not in _places(
            search(svc.framework, snap, "98，")
        )  # punctuation keeps its width


def test_folding_keeps_every_character_in_its_place() -> None:
    text = "İstanbul ＡＢＣ abc"
    assert len(fold(text)) == len(text)
    assert find_spans(text, "abc") == [(9, 12), (13, 16)]
    assert find_spans("aaaa", "aa") == [(0, 2), (2, 4)]


def test_profile_comments_rationales_indicators_actions_and_evidence_are_found(filled_with_book) -> None:
    svc, cycle, _book = filled_with_book
    section = svc.framework.profile_sections[0].id
    svc.content.set_profile_text(cycle, section, "本公司是**精密机械**制造商。")
    snap = svc.snapshot(cycle)
    fw = svc.framework

    def place_of(query: str, part: str) -> list[str]:
        return [g.place for g in search(fw, snap, query).groups if g.part == part]

    assert place_of("精密机械制造", "profile") == [f"profile:{section}"]
    comment = next(c for c in snap.comments if "班组层级" in c.text)
    assert place_of("班组层级", "comment") == [f"comment:{comment.id}"]
    lead = next(a for a in snap.assessors if a.name == "张伟")
    assert f"score:{lead.id}:4.1.2" in place_of("方法较系统", "score")
    assert place_of("小组讨论后一致同意", "consensus")
    indicator = next(i for i in snap.indicators if i.name == "产品一次交检合格率")
    assert place_of("行业协会年报", "indicator") == [f"indicator:{indicator.id}"]  # a comparison's source
    assert place_of("小时", "indicator")  # a unit
    plan = next(a for a in snap.actions if a.title == "建立行业对比数据库")
    results = search(fw, snap, "赵强")
    assert [(g.place, g.hits[0].field) for g in results.groups] == [(f"action:{plan.id}", "owner")]
    evidence = svc.evidence.attach_evidence(cycle, "年度审计报告.pdf", b"%PDF-1.4", "经审计的财务报表", ())
    snap = svc.snapshot(cycle)
    groups = search(fw, snap, "审计").groups
    found = [g for g in groups if g.part == "evidence"]
    assert [g.place for g in found] == [f"evidence:{evidence.id}"] and found[0].count == 2


def test_the_parts_come_in_a_fixed_order_and_the_index_follows_each_snapshot(filled_with_book) -> None:
    svc, cycle, _book = filled_with_book
    fw = svc.framework
    svc.content.set_response(cycle, "4.7.2a", "行业对比数据逐年完善。")
    first = search(fw, svc.snapshot(cycle), "行业")
    parts = [g.part for g in first.groups]
    assert parts == sorted(parts, key=["response", "comment", "indicator", "action", "criteria"].index)
    svc.content.set_response(cycle, "4.7.2a", "已删除")
    second = search(fw, svc.snapshot(cycle), "行业")
    assert "clause:4.7.2a" in _places(first) and "clause:4.7.2a" not in _places(second)
