"""Word both ways: the sample's package exported as .docx and read back into a new project gives
every clause and profile section its text again, with the same 字数, its tables and its bold —
the same Markdown, not only the same count. What the export generated around the texts
(captions, data sources, evidence citations, notes, the pictures, the 证实性材料 list) is
listed as not imported, each with its reason; nothing needs sorting by hand."""

from __future__ import annotations

import re

import pytest
from builders import new_project
from fuzz_support import run_cli

from excellence_app.core.markdown import count_markdown_chars
from excellence_app.services import exports
from excellence_app.services.interchange import write_sample
from excellence_app.services.word_import import apply_word_import, listing, plan_word_import


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory):
    """The sample's package as .docx, and the cycle it was exported from."""
    folder = tmp_path_factory.mktemp("round")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(tmp_path_factory.mktemp("home")))
        with write_sample(folder / "sample.exa") as sample:
            cycle = sample.cycles.all()[-1].id
            exports.export_docx(sample, cycle, folder / "package.docx")
            return folder / "package.docx", sample.snapshot(cycle)


@pytest.fixture(scope="module")
def round_trip(package, tmp_path_factory: pytest.TempPathFactory):
    docx, source = package
    folder = tmp_path_factory.mktemp("back")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(tmp_path_factory.mktemp("home")))
        with new_project(folder / "new.exa") as svc:
            target = svc.cycles.all()[0].id
            plan = plan_word_import(svc, target, docx)
            apply_word_import(svc, target, plan, replace=False)
            back = svc.snapshot(target)
    return source, back, plan


def test_every_clause_comes_back_with_its_character_count(round_trip) -> None:
    source, back, plan = round_trip
    written = {cid: r.text for cid, r in source.responses.items() if r.text.strip()}
    assert len(written) > 60
    lost = {
        cid: (count_markdown_chars(text), count_markdown_chars(back.responses[cid].text))
        for cid, text in written.items()
        if cid not in back.responses
        or count_markdown_chars(back.responses[cid].text) != count_markdown_chars(text)
    }
    assert not lost, f"clause → (字数 in the sample, 字数 read back): {lost}"
    assert not [e for e in plan.entries if e.goes == "holding"], "nothing of ours needs sorting by hand"


def test_every_clause_comes_back_word_for_word(round_trip) -> None:
    """The same Markdown: paragraphs, bold, numbered and bulleted lists, tables."""
    source, back, _ = round_trip
    written = {cid: r.text for cid, r in source.responses.items() if r.text.strip()}
    differ = [cid for cid, text in written.items() if back.responses[cid].text != text.strip()]
    assert not differ
    assert set(back.responses) - set(written) <= {c for c, r in back.responses.items() if not r.text}


def test_every_profile_section_comes_back(round_trip) -> None:
    source, back, _ = round_trip
    for sid, text in source.profile.items():
        if text.strip():
            assert count_markdown_chars(back.profile.get(sid, "")) == count_markdown_chars(text), sid
            assert back.profile[sid] == text.strip(), sid


def test_tables_and_bold_survive(round_trip) -> None:
    source, back, _ = round_trip
    for cid, response in source.responses.items():
        text = response.text
        if "\n|" in text or text.startswith("|"):
            assert back.responses[cid].text.count("\n|") >= text.count("\n|") - 1, cid
        if "**" in text:
            assert back.responses[cid].text.count("**") == text.count("**"), cid


def test_what_the_export_generated_is_listed_with_its_reason(round_trip) -> None:
    source, _, plan = round_trip
    why = [e.why_zh for e in plan.entries if e.goes == "unplaced"]
    figures = len(source.indicators)
    assert why.count("图片不导入") == why.count("图题注，图片不导入") == figures > 10
    assert why.count("导出生成的数据来源") == figures
    assert why.count("表题注，表号由导出编排") > 10
    assert why.count("导出生成的证实性材料引用") > 5
    evidence = [e for e in plan.entries if e.why_zh == "证实性材料清单"]
    assert evidence[0].excerpt == "三、证实性材料" and evidence[-1].place_zh.endswith("（表格）")
    assert all(e.goes == "unplaced" for e in evidence)
    assert not [e for e in plan.entries if "自我评价报告标题下" in e.why_zh]


def test_the_listing_says_the_contents_in_one_line(round_trip) -> None:
    _, _, plan = round_trip
    lines = listing(plan.entries)
    contents = [line for line in lines if "目录" in line and "→ 未导入" in line and "段 目录" in line]
    assert len(contents) == 1 and re.fullmatch(r"第 \d+–\d+ 段 目录，\d{2,} 行 → 未导入", contents[0])
    assert not [line for line in lines if line.endswith("（目录）")]
    assert len(lines) < len(plan.entries) - 100


# Markdown the sample does not have: lists one after another, a list starting at 3, a heading,
# a titled table, bold leads and numbered leads that read like the titles of other clauses.
TRICKY = {
    "4.1.2a": "表：主要财务指标\n\n| 指标 | 2024 |\n| --- | --- |\n| **营业收入** | 12.5 |\n| 利润 | 1.2 |\n\n"
    "**战略制定过程**：我们每年九月制定战略。\n\n1. 该过程是否直接为顾客创造价值；\n"
    "2. 是否影响战略目标的实现；\n3. **质量安全**：2022年以来无事故。",
    "4.1.2b": "#### 沟通渠道\n\n- 总经理信箱\n- **员工座谈会**，每月一次\n\n3. 第三项\n4. 第四项\n\n"
    "（一）组织治理：董事会每季度开会。\n\n**改进、创新和学习。** 改进委员会每季度评审。",
    "4.1.3a": "一、组织概述的说法\n\n证实性材料\n\n**年度自我评价**：按标准组织自评。",
}
PROFILE = {"B.1.1": "1. **竞争环境**：国内同类企业约40家。\n\n| 产品 | 占比 |\n| --- | --- |\n| RV | 60% |"}
# A table title typed with a number of its own: the export numbers the table itself, so the
# title line comes back as 表：… (same words, the number the export's).
NUMBERED_TITLE = ("表4.1.2-9 已有编号的表\n\n| a | b |\n| --- | --- |\n| 1 | 2 |", "表：已有编号的表")


def test_lists_headings_and_leads_come_back_as_written(tmp_path) -> None:
    with new_project(tmp_path / "tricky.exa") as svc:
        cycle = svc.cycles.all()[0].id
        for cid, text in TRICKY.items():
            svc.content.set_response(cycle, cid, text)
        svc.content.set_response(cycle, "4.1.2c", NUMBERED_TITLE[0])
        for sid, text in PROFILE.items():
            svc.content.set_profile_text(cycle, sid, text)
        exports.export_docx(svc, cycle, tmp_path / "tricky.docx")
    with new_project(tmp_path / "back.exa") as svc:
        cycle = svc.cycles.all()[0].id
        plan = plan_word_import(svc, cycle, tmp_path / "tricky.docx")
        apply_word_import(svc, cycle, plan, replace=False)
        back = svc.snapshot(cycle)
    assert {cid: back.responses[cid].text for cid in TRICKY} == TRICKY
    assert {sid: back.profile[sid] for sid in PROFILE} == PROFILE
    assert back.responses["4.1.2c"].text == NUMBERED_TITLE[1] + NUMBERED_TITLE[0].removeprefix(
        "表4.1.2-9 已有编号的表"
    )
    assert not [e for e in plan.entries if e.goes == "holding"]


def test_the_dry_run_prints_the_contents_in_one_line(package, tmp_path) -> None:
    docx, _ = package
    assert run_cli("new", str(tmp_path / "new.exa"), "--org", "澜桥")[0] == 0
    code, out, err = run_cli("import-docx", str(tmp_path / "new.exa"), str(docx), "--dry-run")
    assert code == 0, err
    assert len([line for line in out.splitlines() if "（目录）" in line or " 段 目录，" in line]) == 1
    assert "「三、证实性材料」→ 未导入，0 字（证实性材料清单）" in out
