"""Bringing last year's Word report in (issue 15, part 2): a report written by people, in a
style unlike ours, lands in the right clauses and profile sections; what cannot be placed
is held in the item and listed; existing text is never overwritten without asking; hostile
files get one line and change nothing; the window previews and applies as one undo step."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from fuzz_support import digest, run_cli
from word_reports import (
    COMPETITION,
    ENVIRONMENT,
    GOVERNANCE,
    IMPROVE,
    MISSION,
    NOWHERE,
    OBJECTIVES,
    STRATEGY,
    STRAY,
    TABLE,
    TWO_WAY,
    TYPED_CAPTION,
    hand_written_report,
    report_of_2004,
    styled_report,
)

from excellence_app.core import markdown
from excellence_app.core.errors import AppError
from excellence_app.core.markdown import count_markdown_chars
from excellence_app.export.docx_import import HOLDING_HEADING, WordFileRefused
from excellence_app.export.docx_import.xmlparts import parse_part
from excellence_app.services.project import ProjectService
from excellence_app.services.word_import import apply_word_import, plan_word_import


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return hand_written_report(tmp_path / "去年的自评报告.docx")


def _texts(svc: ProjectService, cycle: int) -> tuple[dict[str, str], dict[str, str]]:
    snap = svc.snapshot(cycle)
    return {k: r.text for k, r in snap.responses.items() if r.text}, {
        k: v for k, v in snap.profile.items() if v
    }


# --- the mapping ---------------------------------------------------------------------------
def test_a_hand_written_report_lands_in_its_clauses_and_profile_sections(project, report) -> None:
    cycle = project.cycles.all()[0].id
    plan = plan_word_import(project, cycle, report)
    apply_word_import(project, cycle, plan, replace=False)
    responses, profile = _texts(project, cycle)

    assert profile == {"B.1.1": ENVIRONMENT, "B.2.1": COMPETITION}
    assert MISSION in responses["4.1.2a"]  # "a) 确定方向：…", a run-in lead
    assert responses["4.1.2b"] == f"双向沟通：**总经理每月**{TWO_WAY.removeprefix('总经理每月')}"  # bold kept
    strategy = markdown.parse(responses["4.2.2.1"])  # a bold 黑体 heading, then a paragraph and a table
    assert markdown.inline_text(strategy[0].spans) == STRATEGY
    table = strategy[1]
    assert isinstance(table, markdown.Table)
    assert [markdown.inline_text(c) for c in table.header] == list(TABLE[0])
    assert [markdown.inline_text(c) for c in table.rows[0]] == list(TABLE[1])
    assert responses["4.2.2.2"] == OBJECTIVES
    # Text under an item's heading with no clause heading: held in the item, never dropped.
    held = responses["4.3.3.1"]
    assert held.startswith(HOLDING_HEADING) and STRAY in held and NOWHERE in held
    assert set(responses) == {"4.1.2a", "4.1.2b", "4.2.2.1", "4.2.2.2", "4.3.3.1"}

    lines = {e.excerpt: e for e in plan.entries}
    assert lines["蓝桥智能装备有限公司"].goes == "unplaced"  # the cover: before any heading
    assert lines["（二）竞争环境"].goes == "heading" and lines["（二）竞争环境"].target_id == "B.2.1"
    assert lines["4.1.2高层领导的作用"].target_id == "4.1.2"
    assert {e.goes for e in plan.unplaced} == {"holding", "unplaced"}
    for entry in plan.entries:
        if entry.goes in ("clause", "profile"):
            assert entry.chars > 0
    assert plan.entries[-2].chars == count_markdown_chars(STRAY)


def test_a_report_numbered_by_the_2004_edition_maps_to_the_2012_clauses(project, tmp_path: Path) -> None:
    cycle = project.cycles.all()[0].id
    plan = plan_word_import(project, cycle, report_of_2004(tmp_path / "2004.docx"))
    assert plan.edition == "2004"
    apply_word_import(project, cycle, plan, replace=False)
    responses, _ = _texts(project, cycle)
    assert responses == {
        "4.1.2g": "每季度召开经营分析会，评审关键绩效指标。",  # 4.1.1.3 组织绩效的评审
        "4.1.4.1": "建立环境因素识别清单，排放达标率 100%。",  # 4.1.2.1 公共责任 (2004)
        "4.2.2.2": "三年战略目标分为经营、客户、内部运营和学习成长四类。",  # 4.2.1.2 战略目标
        "4.7.4-1": "净资产收益率连续三年高于行业平均。",  # 4.7.2 财务结果 (2004)
    }


def test_a_bold_run_in_lead_loses_its_letter_and_keeps_its_words_and_bold(project, tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph().add_run("4.1.2 高层领导的作用").bold = True
    lead = doc.add_paragraph()
    lead.add_run("a) 确定方向：").bold = True
    lead.add_run("董事长每年主持使命愿景评审。")
    doc.save(tmp_path / "lead.docx")
    cycle = project.cycles.all()[0].id
    apply_word_import(project, cycle, plan_word_import(project, cycle, tmp_path / "lead.docx"), replace=False)
    # The clause heading prints "a)"; the writer's words and their bold stay.
    assert _texts(project, cycle)[0] == {"4.1.2a": "**确定方向：**董事长每年主持使命愿景评审。"}


def test_a_styled_report_keeps_its_bold_leads_and_captions_as_text(project, tmp_path: Path) -> None:
    """Under a real heading a bold lead is text, whatever its words; a caption typed as a
    paragraph is the writer's text, a 题注 above a table the table's title line."""
    cycle = project.cycles.all()[0].id
    plan = plan_word_import(project, cycle, styled_report(tmp_path / "styled.docx"))
    apply_word_import(project, cycle, plan, replace=False)
    responses, _ = _texts(project, cycle)
    table = "| 指标 | 2022 |\n| --- | --- |\n| 营业收入（亿元） | 18.2 |"
    assert responses["4.1.2c"] == "\n\n".join(
        (
            f"**改进、创新和学习。**{IMPROVE}",
            TYPED_CAPTION,
            table,
            "表：人员结构",
            table,
            "**图1 组织机构图**",
        )
    )
    assert responses["4.1.3a"] == f"组织治理的关键因素：{GOVERNANCE}"  # a run-in lead under a styled item
    assert not plan.unplaced


# --- the command line ----------------------------------------------------------------------
@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.exa"
    assert run_cli("new", str(path), "--org", "蓝桥")[0] == 0
    return path


def test_dry_run_prints_the_mapping_and_writes_nothing(project_file: Path, report: Path) -> None:
    before, source = digest(project_file), digest(report)
    folder = set(os.listdir(project_file.parent))
    code, out, err = run_cli("import-docx", str(project_file), str(report), "--dry-run")
    assert code == 0, err
    lines = out.splitlines()
    assert "第 11 段「a) 确定方向：以客户为中心" in out
    assert any(line.startswith("第 15 段") and "→ 条款 4.2.2.1 战略制定过程，42 字" in line for line in lines)
    assert any("4.3.3 待归位区" in line and "（本页以下空白）" in line for line in lines)
    assert lines[-1].startswith("写入 5 个条款、2 个组织概述章节")
    assert (digest(project_file), digest(report)) == (before, source)
    assert set(os.listdir(project_file.parent)) == folder


def test_existing_text_is_refused_without_replace(project_file: Path, report: Path) -> None:
    assert run_cli("import-docx", str(project_file), str(report))[0] == 0
    before = digest(project_file)
    code, out, err = run_cli("import-docx", str(project_file), str(report))
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("错误：未导入：") and "4.1.2 a)" in err
    assert "--replace" in err and digest(project_file) == before
    code, out, err = run_cli("import-docx", str(project_file), str(report), "--replace")
    assert code == 0, err
    with ProjectService.open(project_file, read_only=True) as svc:
        held = svc.snapshot(svc.cycles.all()[0].id).responses["4.3.3.1"].text
    assert held.count(HOLDING_HEADING) == 1  # importing again does not hold the same text twice


# --- hostile files -------------------------------------------------------------------------
def _docx_with(
    tmp_path: Path, name: str, replace: dict[str, bytes], extra: dict[str, bytes] | None = None
) -> Path:
    """A real .docx (from python-docx) with some parts replaced or added."""
    good = hand_written_report(tmp_path / f"good-{name}")
    out = tmp_path / name
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for part, data in (extra or {}).items():
            dst.writestr(part, data)
    good.unlink()
    return out


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">'.replace("lol0", "lol").encode() for i in range(1, 10)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
W_DOC = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'


def _hostile(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.docx"
    if kind == "broken zip":
        data = hand_written_report(tmp_path / "whole.docx").read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "encrypted":
        path.write_bytes(
            bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le")
        )
    elif kind == "old .doc":
        path = tmp_path / "old.doc"
        path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 500 + "WordDocument".encode("utf-16-le"))
    elif kind == "macros":
        path = _docx_with(tmp_path, "macros.docm", {}, {"word/vbaProject.bin": b"\0" * 64})
    elif kind == "not word":
        path.write_text("这不是 Word 文件", encoding="utf-8")
    elif kind == "workbook":
        import openpyxl

        openpyxl.Workbook().save(path)
    elif kind == "huge":
        with path.open("wb") as f:
            f.write(b"PK")
            f.truncate(61 * 1024 * 1024)  # sparse: no time, no disk
    elif kind == "zip bomb":
        path = _docx_with(tmp_path, "bomb.docx", {}, {"word/bomb.xml": b"<a>" + b" " * 60_000_000 + b"</a>"})
    elif kind == "billion laughs":
        path = _docx_with(tmp_path, "laughs.docx", {"word/document.xml": _LAUGHS})
    elif kind == "nested tables":
        cell = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
        for _ in range(10):
            cell = b"<w:tbl><w:tr><w:tc>" + cell + b"</w:tc></w:tr></w:tbl><w:p/>"
        path = _docx_with(
            tmp_path, "nested.docx", {"word/document.xml": W_DOC + cell + b"</w:body></w:document>"}
        )
    elif kind == "empty":
        path = _docx_with(
            tmp_path, "empty.docx", {"word/document.xml": W_DOC + b"<w:p/></w:body></w:document>"}
        )
    return path


HOSTILE = [
    ("broken zip", "已损坏"),
    ("encrypted", "密码"),
    ("old .doc", ".doc"),
    ("macros", "宏"),
    ("not word", "不是 Word 文档"),
    ("workbook", "不是 Word 文档"),
    ("huge", "过大"),
    ("zip bomb", "压缩炸弹"),
    ("billion laughs", "DTD"),
    ("nested tables", "嵌套过深"),
    ("empty", "没有文字"),
]


@pytest.mark.parametrize(("kind", "said"), HOSTILE, ids=[k for k, _ in HOSTILE])
def test_a_hostile_file_gets_one_line_and_changes_nothing(
    project_file: Path, tmp_path: Path, kind: str, said: str
) -> None:
    bad = _hostile(kind, tmp_path)
    before, source = digest(project_file), digest(bad)
    folder = set(os.listdir(tmp_path))
    for extra in ((), ("--dry-run",)):
        code, out, err = run_cli("import-docx", str(project_file), str(bad), *extra)
        assert code == 1 and out == "", (kind, err)
        assert len(err.splitlines()) == 1 and err.startswith("错误：") and said in err, err
        assert "Traceback" not in err and "意外" not in err
    assert (digest(project_file), digest(bad)) == (before, source)
    assert set(os.listdir(tmp_path)) == folder


def test_the_parser_never_expands_entities() -> None:
    """The second lock behind the DTD check: the parser refuses the part or keeps the entity
    as a reference; it never builds the billion "lol"s."""
    try:
        root = parse_part("x.docx", _LAUGHS, "word/document.xml")
    except WordFileRefused as refused:
        assert "不是有效的 XML" in refused.zh
    else:
        assert len("".join(root.itertext())) < 100


# --- the window ----------------------------------------------------------------------------
def test_the_window_previews_and_applies_as_one_undo_step(qtbot, window, report: Path) -> None:
    session = window.session
    cycle = session.cycle_id
    before = _texts(session.service, cycle)
    steps = session.undo_stack.count()
    with qtbot.waitSignal(window.word_importer.previewed, timeout=30_000) as shown:
        window.word_importer.start(report)
    dialog = shown.args[0]
    model = dialog.model
    rows = [model.entry(r) for r in range(model.rowCount())]
    assert any(e.excerpt.startswith("a) 确定方向") and e.target_id == "4.1.2a" for e in rows)
    row = next(r for r, e in enumerate(rows) if e.target_id == "4.2.2.2" and e.goes == "clause")
    dialog.ui.mappingView.selectRow(row)
    assert OBJECTIVES in dialog.ui.targetText.toPlainText()  # the target, as it will read
    assert dialog.ui.unplacedList.count() == len(dialog.plan.unplaced) > 0
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    if dialog.plan.conflicts:  # the sample answers some of these clauses: it asks first
        assert not ok.isEnabled()
        dialog.ui.replaceCheck.setChecked(True)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: session.undo_stack.count() == steps + 1)
    responses, profile = _texts(session.service, cycle)
    assert responses["4.2.2.2"] == OBJECTIVES and profile["B.2.1"] == COMPETITION
    window.undo()
    assert _texts(session.service, cycle) == before
    window.redo()
    assert _texts(session.service, cycle)[0]["4.2.2.2"] == OBJECTIVES


def test_an_unreadable_file_is_said_in_the_window(qtbot, window, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("not a report", encoding="utf-8")
    shown: list[BaseException] = []
    window.word_importer.show_error = shown.append
    window.word_importer.start(bad)
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], AppError) and "不是 Word 文档" in shown[0].zh
