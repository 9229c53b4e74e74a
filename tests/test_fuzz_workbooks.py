"""Fuzzing import-scores: mutated assessor workbooks are refused in one line or applied whole.

The seed is 周建华's workbook of the sample organisation (``export --xlsx-template``),
filled in as an assessor would. A refused workbook leaves the project file
byte-identical. See :mod:`fuzz_support` for the outcome classes.
"""

from __future__ import annotations

import io
import random
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from fuzz_support import (
    Mutator,
    Tally,
    check_after,
    classify,
    digest,
    flip_bytes,
    fresh,
    fuzz_count,
    own_home,
    run_cli,
    truncate,
)
from workbooks import fill_in

from excellence_app.export.xlsx import assessor_layout as L


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The sample project (a file to copy) and the bytes of a filled-in workbook."""
    folder = tmp_path_factory.mktemp("seed")
    project, book = folder / "p.exa", folder / "book.xlsx"
    with own_home(tmp_path_factory):
        assert run_cli("demo", str(project))[0] == 0
        code, _, err = run_cli("export", str(project), "--xlsx-template", str(book), "--assessor", "周建华")
        assert code == 0, err
    fill_in(
        book,
        {"4.1.2": 60, "4.2.2": 45},
        bands={"4.1.2": ["50–65%", "50–65%", "30–45%", "50–65%"]},
        rationale={"4.1.2": "修改后的理由"},
        comments=[("4.1.2", "优势", "新的优势", "4.1.2a", "方法", "高")],
    )
    return project, book.read_bytes()


# --- through openpyxl, as a person or another program edits -------------------------------
ODD_VALUES: list[object] = [
    -5,
    105,
    37,
    52.5,
    1e308,
    10**20,
    0,
    True,
    datetime(2026, 1, 1),
    "",
    " ",
    "\u3000",
    "\u00a0",
    "５５",
    "٥٥",
    "५५",
    "55%",
    " 55 ",
    "五十五",
    "=1+1",
    '=HYPERLINK("http://x","y")',
    "=A1/0",
    "长" * 40_000,
    "x" * 5_001,
    "优势",
    "改进机会",
    "4.1.2",
    "4.9.9",
    "高",
    "CTRL",
    "CTRL",
    "XESC",
]


def _edit(data: bytes, change) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    change(wb)
    out = io.BytesIO()
    wb.save(out)
    return _control_chars(out.getvalue())


def _control_chars(data: bytes) -> bytes:
    """openpyxl refuses to write control characters; put them in afterwards, raw or escaped."""
    members = _members(data)
    swaps = {b"CTRL": b"a\x07b\x01", b"XESC": b"_x0007__x0000_"}
    return _zip([(n, _replace_all(b, swaps)) for n, b in members])


def _replace_all(body: bytes, swaps: dict[bytes, bytes]) -> bytes:
    for old, new in swaps.items():
        body = body.replace(old, new)
    return body


def _input_cell(rng: random.Random, wb: openpyxl.Workbook):
    if rng.random() < 0.6:
        ws = wb[L.SCORE_SHEET]
        return ws.cell(rng.randrange(L.FIRST_SECTION_ROW, ws.max_row + 1), rng.randrange(L.COL_PERCENT, 10))
    ws = wb[L.COMMENT_SHEET]
    return ws.cell(rng.randrange(L.COMMENT_FIRST_ROW, L.COMMENT_FIRST_ROW + 8), rng.randrange(1, 8))


def cell_values(rng: random.Random, data: bytes) -> bytes:
    def change(wb: openpyxl.Workbook) -> None:
        for _ in range(rng.randint(1, 3)):
            _input_cell(rng, wb).value = rng.choice(ODD_VALUES)

    return _edit(data, change)


def cell_anywhere(rng: random.Random, data: bytes) -> bytes:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb[rng.choice([L.SCORE_SHEET, L.COMMENT_SHEET, L.GUIDE_SHEET])]
        cell = ws.cell(rng.randint(1, ws.max_row + 2), rng.randint(1, ws.max_column + 1))
        if not isinstance(cell, openpyxl.cell.MergedCell):
            cell.value = rng.choice([*ODD_VALUES, None])

    return _edit(data, change)


def meta_edit(rng: random.Random, data: bytes) -> bytes:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb[L.META_SHEET]
        row = rng.randint(1, len(L.META_KEYS) + 2)
        ws.cell(row, rng.choice([1, 2, 2, 2])).value = rng.choice([*ODD_VALUES, None, "2", "1", "999"])
        if rng.random() < 0.3:
            ws.sheet_state = "visible"

    return _edit(data, change)


def sheet_structure(rng: random.Random, data: bytes) -> bytes:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb[rng.choice([L.SCORE_SHEET, L.COMMENT_SHEET])]
        choice = rng.randrange(6)
        if choice == 0:
            del wb[rng.choice(wb.sheetnames)]
        elif choice == 1:
            ws.title = rng.choice(["Sheet1", L.META_SHEET + "x", "评分 "])
        elif choice == 2:
            ws.insert_rows(rng.randint(1, 30), rng.randint(1, 3))
        elif choice == 3:
            ws.delete_rows(rng.randint(1, 30), rng.randint(1, 3))
        elif choice == 4:
            row = rng.randint(L.FIRST_SECTION_ROW, 20)
            ws.merge_cells(
                start_row=row, start_column=rng.randint(1, 5), end_row=row + rng.randint(0, 2), end_column=9
            )
        else:
            wb.move_sheet(ws, offset=rng.choice([-1, 1]))

    return _edit(data, change)


# --- the zip and its XML, as a broken disk or a hostile sender makes them -----------------
def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members:
            zf.writestr(name, body)
    return buf.getvalue()


def sheet_xml_bytes(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    i = rng.choice([i for i, (n, _) in enumerate(members) if n.endswith(".xml")])
    members[i] = (members[i][0], flip_bytes(rng, members[i][1], rng.randint(1, 4)))
    return _zip(members)


XML_EDITS = [
    (b'<c r="D5"', b'<c r="D5" t="e"'),
    (b"<v>", b"<v>1e999999"),
    (b"<v>", b"<v>-"),
    (b"</row>", b""),
    (b't="s"', b't="n"'),
    (b't="inlineStr"', b't="b"'),
    (b"<sheetData>", b'<sheetData><row r="0"/>'),
    (b"<v>", b"<v>" + b"9" * 5000),
    (b'r="A', b'r="XFE1048577'),
    (b"<f>", b"<f>" + b"(" * 10_000),
    (b"<mergeCells", b'<mergeCells count="1"><mergeCell ref="A1:I99"/></mergeCells><x'),
    (b"</worksheet>", b'<dimension ref="A1:XFD1048576"/></worksheet>'),
    (b"<?xml", b"<!DOCTYPE x [<!ENTITY a 'b'>]><?xml"),
]


def xml_edits(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    i = rng.choice([i for i, (n, _) in enumerate(members) if n.startswith("xl/")])
    old, new = rng.choice(XML_EDITS)
    body = members[i][1]
    members[i] = (members[i][0], body.replace(old, new, rng.choice([1, 1, 1000])))
    return _zip(members)


def zip_members(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    i = rng.randrange(len(members))
    choice = rng.randrange(5)
    if choice == 0:
        del members[i]
    elif choice == 1:
        members.insert(rng.randrange(len(members)), (members[i][0], b"<x/>"))
    elif choice == 2:
        members[i] = (rng.choice(["../evil.xml", "xl/worksheets/sheet9.xml", "\u202e.xml"]), members[i][1])
    elif choice == 3:
        members[i] = (members[i][0], members[i][1] + b" " * rng.choice([10, 50 * 1024 * 1024]))
    else:
        return _corrupt_deflate(rng, data)
    return _zip(members)


def _corrupt_deflate(rng: random.Random, data: bytes) -> bytes:
    """Damage the compressed bytes of one member, so zlib (not the zip directory) finds it."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = rng.choice([i for i in zf.infolist() if i.compress_size > 20])
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return (
        flip_bytes(rng, data[: start + info.compress_size], rng.randint(1, 4), lo=start)
        + data[start + info.compress_size :]
    )


MUTATORS: dict[str, Mutator] = {
    "cell_values": cell_values,
    "cell_anywhere": cell_anywhere,
    "meta_edit": meta_edit,
    "sheet_structure": sheet_structure,
    "sheet_xml_bytes": sheet_xml_bytes,
    "xml_edits": xml_edits,
    "zip_members": zip_members,
    "zip_truncate": truncate,
    "zip_flip": lambda rng, data: flip_bytes(rng, data),
}


@pytest.mark.parametrize("name", list(MUTATORS))
def test_import_scores_refuses_cleanly_or_applies(seed, tmp_path: Path, name: str) -> None:
    project_seed, book_seed = seed
    tally = Tally("workbooks", name)
    for n in range(fuzz_count(len(MUTATORS))):
        rng = random.Random(f"{name}/{n}")
        folder = fresh(tmp_path, n)
        project, book = folder / "p.exa", folder / "book.xlsx"
        book.write_bytes(MUTATORS[name](rng, book_seed))
        shutil.copy(project_seed, project)
        unchanged = {book: digest(book), project: digest(project)}
        partial = ["--partial"] if rng.random() < 0.3 else []
        code, _, err = run_cli("import-scores", str(project), str(book), *partial)
        outcome = classify(code, err)
        if outcome == "success" or partial:  # --partial applies the good rows even when it refuses
            del unchanged[project]
        problems: list[str] = []
        check_after(folder, {"p.exa", "book.xlsx"}, unchanged, problems)
        tally.record(n, outcome, problems, err)
    tally.finish()
