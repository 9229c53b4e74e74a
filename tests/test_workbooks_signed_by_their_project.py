"""The assessor workbook's identity is signed with the project file's own key; a file of the
previous release is migrated to that key; broken or doctored workbooks are refused in one line."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from workbooks import fill_in, find_row

from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.services.interchange import export_project, import_project
from excellence_app.services.project import ProjectService
from excellence_app.services.score_import import import_scores

DATA = Path(__file__).parent / "data"
SIGNATURE_ROW = len(L.META_KEYS) + 1


def _edit(book: Path, change: Callable[[openpyxl.Workbook], None]) -> None:
    wb = openpyxl.load_workbook(book)
    change(wb)
    wb.save(book)


def _set_meta(key: str, value: str) -> Callable[[openpyxl.Workbook], None]:
    return lambda wb: wb[L.META_SHEET].cell(L.META_KEYS.index(key) + 1, 2, value)


def _refused(svc: ProjectService, book: Path) -> list[str]:
    before = svc.audit_count()
    report = import_scores(svc, book)
    assert not report.applied and svc.audit_count() == before
    return [p.line() for p in report.problems]


def test_an_unchanged_signed_workbook_imports(filled_with_book) -> None:
    svc, _, book = filled_with_book
    fill_in(book, {"4.1.2": 45})
    report = import_scores(svc, book)
    assert report.ok and report.scores_changed == 1


@pytest.mark.parametrize(
    ("key", "value"),
    [("assessor", "张伟"), ("token", "000000000000"), ("exported_at", "2020-01-01T00:00:00")],
)
def test_an_edited_identity_is_refused_naming_the_sheet(filled_with_book, key, value) -> None:
    svc, _, book = filled_with_book
    _edit(book, _set_meta(key, value))
    lines = _refused(svc, book)
    assert len(lines) == 1
    assert lines[0].startswith(f"{L.META_SHEET}!B{SIGNATURE_ROW}：隐藏的标识工作表“{L.META_SHEET}”被改动过")


def test_a_removed_signature_is_refused(filled_with_book) -> None:
    svc, _, book = filled_with_book
    _edit(book, lambda wb: setattr(wb[L.META_SHEET].cell(SIGNATURE_ROW, 2), "value", None))
    assert "被改动过" in _refused(svc, book)[0]


def test_a_workbook_from_an_imported_copy_is_refused_there(filled_with_book, tmp_path) -> None:
    # The key stays in the project file; the interchange archive does not carry it.
    svc, _, book = filled_with_book
    archive = export_project(svc, tmp_path / "p.zip")
    with import_project(archive, tmp_path / "copy.exa") as copy:
        lines = _refused(copy, book)
    assert len(lines) == 1 and "另一份项目文件导出" in lines[0]


def test_merged_input_cells_are_refused_with_their_range(filled_with_book) -> None:
    svc, _, book = filled_with_book
    row = find_row(openpyxl.load_workbook(book)[L.SCORE_SHEET], 1, "4.1.2")
    _edit(book, lambda wb: wb[L.SCORE_SHEET].merge_cells(f"D{row}:E{row}"))
    assert _refused(svc, book) == [
        f"评分!D{row}:E{row}：单元格 D{row}:E{row} 被合并了；填写区域不能合并单元格，请取消合并后核对内容再导入"
        f"（cells D{row}:E{row} are merged; cells of the table must not be merged, unmerge them and check）"
    ]


@pytest.mark.parametrize("digits", ["५०", "٥٠", "۵۰"])
def test_digits_of_other_scripts_are_refused(filled_with_book, digits) -> None:
    svc, _, book = filled_with_book
    fill_in(book, {"4.1.2": digits})
    row = find_row(openpyxl.load_workbook(book)[L.SCORE_SHEET], 1, "4.1.2")
    lines = _refused(svc, book)
    assert len(lines) == 1 and lines[0].startswith(f"评分!D{row}：百分比应为数字，收到“{digits}”")


def test_full_width_digits_are_taken(filled_with_book) -> None:
    svc, cycle, book = filled_with_book
    fill_in(book, {"4.1.2": "５０％"})
    assert import_scores(svc, book).ok
    lina = next(a for a in svc.snapshot(cycle).assessors if a.name == "李娜")
    assert svc.snapshot(cycle).score(lina.id, "4.1.2").percent == 50


def test_a_damaged_compressed_part_is_named_in_one_line(filled_with_book, tmp_path, cli) -> None:
    svc, _, book = filled_with_book
    member = "xl/worksheets/sheet2.xml"
    with zipfile.ZipFile(book) as z:
        info = z.getinfo(member)
    data = bytearray(book.read_bytes())
    name_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    middle = start + info.compress_size // 2
    data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
    book.write_bytes(bytes(data))
    lines = _refused(svc, book)
    assert len(lines) == 1 and lines[0].startswith(f"{book.name}：工作簿的内部文件 {member} 已损坏，无法解压")
    svc.close()
    rc, out, err = cli("import-scores", str(tmp_path / "p.exa"), str(book))
    assert rc == 1 and "Traceback" not in err and len(err.splitlines()) == 1
    assert [line for line in out.splitlines() if member in line] == [lines[0]]


def test_the_previous_release_file_migrates_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "sample.exa"
    shutil.copy(DATA / "sample-r0001.exa", path)
    with ProjectService.open(path) as svc:
        assert svc.summary(svc.cycles.by_name("2026年度自评").id).total == 528.75
        key = svc.project_info().workbook_key
        assert len(key) == 32
    backups = list(tmp_path.glob("sample.backup-r0001-*.exa"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert "workbook_key" not in {row[1] for row in conn.execute("PRAGMA table_info(project)")}
    finally:
        conn.close()
    with ProjectService.open(path) as svc:  # the key is kept, not made anew on each opening
        assert svc.project_info().workbook_key == key


def test_a_workbook_of_the_previous_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sample.exa"
    shutil.copy(DATA / "sample-r0001.exa", path)
    with ProjectService.open(path) as svc:
        lines = _refused(svc, DATA / "sample-r0001-assessor.xlsx")
    assert len(lines) == 1
    assert lines[0].startswith(f"{L.META_SHEET}!B2：工作簿由旧版程序导出")
    assert "导出新的评审员工作簿" in lines[0]
