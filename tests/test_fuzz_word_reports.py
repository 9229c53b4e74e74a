"""Fuzzing import-docx: mutated Word reports are refused in one line or imported whole.

The seed is the hand-written report of the Word import tests (word_reports.py). A refused
report leaves the project file byte-identical; the report itself is never changed; the
folder holds nothing new. ``EXCELLENCE_FUZZ_N`` sets the number of inputs (see
:mod:`fuzz_support`); by default one per mutator.
"""

from __future__ import annotations

import io
import random
import shutil
import zipfile
from pathlib import Path

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
    run_cli,
    truncate,
    zero_range,
)
from word_reports import hand_written_report


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    from fuzz_support import own_home

    folder = tmp_path_factory.mktemp("seed")
    project = folder / "p.exa"
    with own_home(tmp_path_factory):
        assert run_cli("new", str(project), "--org", "蓝桥")[0] == 0
    return project, hand_written_report(folder / "r.docx").read_bytes()


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members:
            zf.writestr(name, body)
    return buf.getvalue()


def _edit_part(data: bytes, part: str, edit) -> bytes:
    return _zip([(n, edit(b) if n == part else b) for n, b in _members(data)])


XML_EDITS = [
    (b"<w:p>", b"<w:p><w:del><w:r><w:t>"),
    (b"</w:t>", b'</w:t><w:fldChar w:fldCharType="begin"/>'),
    (b"</w:t>", b'</w:t><w:footnoteReference w:id="99"/><w:commentReference w:id="-1"/>'),
    (b"<w:p>", b'<w:p><w:pPr><w:numPr><w:ilvl w:val="99"/><w:numId w:val="x"/></w:numPr></w:pPr>'),
    (b"<w:p>", b'<w:p><w:pPr><w:outlineLvl w:val="-3"/><w:pStyle w:val="nope"/></w:pPr>'),
    (b"<w:tc>", b'<w:tc><w:tcPr><w:gridSpan w:val="999999"/></w:tcPr>'),
    (b"<w:t>", b"<w:t>" + "４．１．２ａ）".encode() + b"\x01"),
    (b"<w:t>", b"<w:t>" + "长".encode() * 60_000),
    (b"</w:body>", b"<w:sdt><w:sdtContent><w:p/></w:sdtContent></w:sdt></w:body>"),
    (b"<w:body>", b"<w:body>" + b"<w:tbl><w:tr><w:tc>" * 8),
    (b"<w:t", b'<w:t xml:space="bogus"'),
    (b"<?xml", b"<!DOCTYPE x [<!ENTITY a 'b'>]><?xml"),
    (b"</w:r>", b"</w:r>" * 3),
]


def xml_edits(rng: random.Random, data: bytes) -> bytes:
    old, new = rng.choice(XML_EDITS)
    return _edit_part(data, "word/document.xml", lambda b: b.replace(old, new, rng.choice([1, 1, 1000])))


def xml_bytes(rng: random.Random, data: bytes) -> bytes:
    part = rng.choice(["word/document.xml", "word/styles.xml", "word/numbering.xml", "[Content_Types].xml"])
    return _edit_part(data, part, lambda b: flip_bytes(rng, b, rng.randint(1, 4)) if b else b)


def zip_members(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    i = rng.randrange(len(members))
    choice = rng.randrange(4)
    if choice == 0:
        del members[i]
    elif choice == 1:
        members[i] = (rng.choice(["../evil.xml", "word/vbaProject.bin", "/abs.xml"]), members[i][1])
    elif choice == 2:
        members[i] = (members[i][0], members[i][1] + b" " * rng.choice([10, 5 * 1024 * 1024]))
    else:
        members.append(("word/document2.xml", b"<x/>"))
    return _zip(members)


MUTATORS: dict[str, Mutator] = {
    "flip": lambda rng, data: flip_bytes(rng, data),
    "truncate": truncate,
    "zero": zero_range,
    "xml_edits": xml_edits,
    "xml_bytes": xml_bytes,
    "zip_members": zip_members,
}


@pytest.mark.parametrize("name", list(MUTATORS))
def test_import_docx_refuses_cleanly_or_imports(seed, tmp_path: Path, name: str) -> None:
    project_seed, report_seed = seed
    tally = Tally("word reports", name)
    for n in range(fuzz_count(len(MUTATORS))):
        rng = random.Random(f"{name}/{n}")
        folder = fresh(tmp_path, n)
        project, report = folder / "p.exa", folder / "r.docx"
        report.write_bytes(MUTATORS[name](rng, report_seed))
        shutil.copy(project_seed, project)
        unchanged = {report: digest(report), project: digest(project)}
        dry = ["--dry-run"] if rng.random() < 0.3 else []
        code, _, err = run_cli("import-docx", str(project), str(report), *dry)
        outcome = classify(code, err)
        if outcome == "success" and not dry:
            del unchanged[project]
        problems: list[str] = []
        check_after(folder, {"p.exa", "r.docx"}, unchanged, problems)
        tally.record(n, outcome, problems, err)
    tally.finish()
