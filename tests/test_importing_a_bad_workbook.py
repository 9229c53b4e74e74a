"""Bad and hostile workbooks: every problem named by sheet!cell, and nothing applied."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from builders import new_project
from workbooks import fill_in, find_row

from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.services import exports
from excellence_app.services.project import ProjectService
from excellence_app.services.score_import import import_scores


def _state(svc: ProjectService, cycle: int) -> tuple:
    snap = svc.snapshot(cycle)
    return snap.assessors, snap.scores, snap.comments, svc.audit_count()


def _refused(svc: ProjectService, cycle: int, book: Path, partial: bool = False) -> list[str]:
    """Import, check nothing changed, return the problem lines."""
    before = _state(svc, cycle)
    report = import_scores(svc, book, partial=partial)
    assert not report.ok and not report.applied
    assert report.headline().startswith("未导入")
    assert _state(svc, cycle) == before
    return [p.line() for p in report.problems]


def _edit(book: Path, change: Callable[[openpyxl.Workbook], None]) -> None:
    wb = openpyxl.load_workbook(book)
    change(wb)
    wb.save(book)


def _score_row(book: Path, item_id: str) -> int:
    return find_row(openpyxl.load_workbook(book)[L.SCORE_SHEET], 1, item_id)


@pytest.mark.parametrize(
    ("value", "reason"),
    [(37, "5 的整数倍"), (105, "0–100"), (-5, "0–100"), ("很好", "应为数字"), (52.5, "5 的整数倍")],
)
def test_a_bad_percent_is_named_by_its_cell(filled_with_book, value, reason) -> None:
    svc, cycle, book = filled_with_book
    fill_in(book, {"4.2.3": value, "4.1.3": 40})
    lines = _refused(svc, cycle, book)
    assert len(lines) == 1
    assert lines[0].startswith(f"评分!D{_score_row(book, '4.2.3')}：") and reason in lines[0]
    assert "（" in lines[0] and lines[0].endswith("）")  # Chinese, then English


@pytest.mark.parametrize("value", [True, 7, 0, "六"])
def test_a_bad_band_is_named_by_its_cell(filled_with_book, value) -> None:
    """TRUE is a number to Python; in a band cell it is a mistake like any other."""
    svc, cycle, book = filled_with_book
    fill_in(book, {"4.1.3": 40})
    row = _score_row(book, "4.1.2")
    _edit(book, lambda wb: wb[L.SCORE_SHEET].cell(row, L.COL_FIRST_FACTOR, value))
    lines = _refused(svc, cycle, book)
    assert len(lines) == 1 and lines[0].startswith(f"评分!{chr(64 + L.COL_FIRST_FACTOR)}{row}：")


def test_every_problem_is_listed_at_once(filled_with_book) -> None:
    svc, cycle, book = filled_with_book

    def change(wb: openpyxl.Workbook) -> None:
        ws = wb[L.SCORE_SHEET]
        ws.cell(find_row(ws, 1, "4.1.2"), L.COL_PERCENT).value = "=30+5"
        ws.cell(find_row(ws, 1, "4.1.3"), L.COL_RATIONALE).value = "长" * (L.TEXT_LIMIT + 1)
        ws.cell(find_row(ws, 1, "4.1.4"), L.COL_FIRST_FACTOR).value = "很高"
        ws.cell(find_row(ws, 1, "4.2.2"), L.COL_ID).value = "4.9.9"
        ws.cell(ws.max_row + 2, L.COL_ID).value = "4.8.1"
        cs = wb[L.COMMENT_SHEET]
        rows = iter(range(cs.max_row - 10, cs.max_row))
        for values in (
            ("4.9.9", "优势", "写错了评分项"),
            ("4.1.2", "长处", "类型不对"),
            ("4.1.2", "优势", "条款不对", "4.2.2.1"),
            ("4.1.2", "优势", "要素不对", "", "水平"),
        ):
            row = next(rows)
            for n, value in enumerate(values):
                cs.cell(row, 1 + n).value = value

    _edit(book, change)
    lines = _refused(svc, cycle, book)
    text = "\n".join(lines)
    assert len(lines) == 9, text
    assert f"评分!D{_score_row(book, '4.1.2')}：此处应填写数值或文字，不能是公式" in text
    assert f"评分!I{_score_row(book, '4.1.3')}：评分理由过长：5,001 个字符，上限 5,000" in text
    assert f"评分!E{_score_row(book, '4.1.4')}：方法的分数段无效" in text
    assert "未知评分项“4.9.9”（此行应为 4.2.2）" in text and "未知评分项“4.8.1”" in text
    assert "优势与改进机会!A" in text and "优势与改进机会!B" in text
    assert "条款 4.2.2.1 不属于评分项 4.1.2" in text and "评分项 4.1.2 没有要素“水平”" in text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (
            "2025年度自评",
            "工作簿属于评价周期“2025年度自评”，本项目中没有这个周期（现有：2026年度自评、2027年度自评）"
            "（the workbook belongs to cycle 2025年度自评, which this project does not have "
            "(there are: 2026年度自评, 2027年度自评)）",
        ),
        ("2027年度自评", "工作簿中的评价周期“2027年度自评”与本项目中的同名周期不是同一个"),
    ],
)
def test_partial_never_applies_a_workbook_of_another_cycle(filled_with_book, name, reason) -> None:
    svc, cycle, book = filled_with_book
    svc.cycles.create_cycle("2027年度自评")

    def change(wb: openpyxl.Workbook) -> None:
        wb[L.META_SHEET].cell(L.META_KEYS.index("cycle_name") + 1, 2).value = name

    _edit(book, change)
    fill_in(book, {"4.1.2": 50})
    lines = _refused(svc, cycle, book, partial=True)
    assert len(lines) == 1
    assert lines[0].startswith(f"{L.META_SHEET}!B{L.META_KEYS.index('cycle_name') + 1}：{reason}")


def test_a_workbook_of_another_project_is_refused(filled_with_book, tmp_path) -> None:
    svc, cycle, _ = filled_with_book
    with new_project(tmp_path / "other.exa", org="另一家企业") as other:
        foreign = tmp_path / "foreign.xlsx"
        exports.export_assessor_workbook(other, other.cycles.all()[0].id, foreign, "李娜")
    lines = _refused(svc, cycle, foreign, partial=True)
    assert len(lines) == 1 and "工作簿属于另一个项目（“另一家企业”）" in lines[0]


def test_a_renamed_sheet_is_named(filled_with_book) -> None:
    svc, cycle, book = filled_with_book
    _edit(book, lambda wb: setattr(wb[L.SCORE_SHEET], "title", "评分表"))
    lines = _refused(svc, cycle, book, partial=True)
    assert lines == [
        "book.xlsx：缺少工作表“评分”（工作簿中另有：评分表，可能被改了名）"
        "（sheet 评分 is missing (found instead: 评分表; renamed?)）"
    ]


def test_a_missing_hidden_sheet_is_named(filled_with_book) -> None:
    svc, cycle, book = filled_with_book
    _edit(book, lambda wb: wb.remove(wb[L.META_SHEET]))
    lines = _refused(svc, cycle, book, partial=True)
    assert len(lines) == 1 and "缺少隐藏的标识工作表“_meta”" in lines[0]


def _rezip(source: Path, target: Path, extra: dict[str, bytes]) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        for name, data in extra.items():
            out.writestr(name, data)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(filled_with_book, tmp_path) -> None:
    svc, cycle, book = filled_with_book
    bomb = tmp_path / "bomb.xlsx"
    _rezip(book, bomb, {"xl/media/image1.png": b"\0" * (4 * 1024 * 1024)})
    lines = _refused(svc, cycle, bomb, partial=True)
    assert len(lines) == 1 and "疑似压缩炸弹" in lines[0] and "xl/media/image1.png" in lines[0]


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ({"xl/externalLinks/externalLink1.xml": b"<externalLink/>"}, "外部链接"),
        ({"xl/vbaProject.bin": b"macro"}, "含有宏"),
        ({"xl/unexpected/thing.xml": b"<x/>"}, "意外的内部文件"),
        (
            {"customXml/item1.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'},
            "文档类型声明",
        ),
    ],
)
def test_foreign_parts_are_refused(filled_with_book, tmp_path, extra, reason) -> None:
    svc, cycle, book = filled_with_book
    bad = tmp_path / "bad.xlsx"
    _rezip(book, bad, extra)
    lines = _refused(svc, cycle, bad, partial=True)
    assert len(lines) == 1 and reason in lines[0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"name,percent\n4.1.2,50\n", "不是 Excel 工作簿"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512, "设有打开密码"),
        (b"PK\x03\x04 broken", "不是 Excel 工作簿"),
    ],
)
def test_a_file_that_is_not_a_workbook_is_refused(filled_with_book, tmp_path, content, reason) -> None:
    svc, cycle, _ = filled_with_book
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    lines = _refused(svc, cycle, bad)
    assert len(lines) == 1 and reason in lines[0]


def test_an_oversized_file_is_refused_unread(filled_with_book, tmp_path) -> None:
    svc, cycle, _ = filled_with_book
    big = tmp_path / "big.xlsx"
    with big.open("wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: costs no time or disk
    lines = _refused(svc, cycle, big)
    assert len(lines) == 1 and "文件过大" in lines[0]


def test_the_cli_lists_problems_and_fails_with_one_line(filled_with_book, cli, tmp_path) -> None:
    svc, _, book = filled_with_book
    fill_in(book, {"4.2.3": 37})
    path = svc.path
    svc.close()
    rc, out, err = cli("import-scores", str(path), str(book))
    assert rc == 1
    assert out.startswith(f"评分!D{_score_row(book, '4.2.3')}：评分百分比应为 5 的整数倍")
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("错误：未导入：工作簿 book.xlsx 中有 1 处问题")


def test_a_sheet_stretched_to_a_million_rows_is_refused(filled_with_book) -> None:
    svc, cycle, book = filled_with_book
    _edit(book, lambda wb: wb[L.COMMENT_SHEET].cell(1_000_000, 3, "远处的一条意见"))
    lines = _refused(svc, cycle, book, partial=True)
    assert lines == [
        "优势与改进机会!A1000000：工作表行数过多（1,000,000 行，上限 10,000）"
        "（too many rows (1,000,000, limit 10,000)）"
    ]


def test_an_assessor_name_the_project_cannot_take_is_refused(filled_with_book) -> None:
    svc, cycle, book = filled_with_book
    # Exported so by the lead (an assessor's own edit would break the identity's signature).
    exports.export_assessor_workbook(svc, cycle, book, "名" * 300)
    lines = _refused(svc, cycle, book, partial=True)
    assert len(lines) == 1 and lines[0].startswith(f"{L.META_SHEET}!B{L.META_KEYS.index('assessor') + 1}：")
