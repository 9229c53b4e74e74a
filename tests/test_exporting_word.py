"""The application package as Word (.docx): the PDF's content in real Word styles, fields and
pictures, every character kept, and nothing left behind when an export stops."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.dom import minidom

import docx
import pytest
from builders import new_project
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from pdfs import read_back
from PIL import Image

from excellence_app.core.errors import AppError
from excellence_app.core.report import ReportInput
from excellence_app.services import exports
from excellence_app.services.interchange import write_sample

CAPTION = re.compile(r"^([图表](?:[A-Z]\.)?\d+(?:\.\d+)*[a-z]?-\d+|表\d+)")
CITED = re.compile(r"[图表](?:[A-Z]\.)?\d+(?:\.\d+)*[a-z]?-\d+")


@dataclass
class Sample:
    file: Path
    docx: Path
    pdf_text: str
    data: ReportInput
    doc: Document
    warnings: tuple[tuple[str, str], ...]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sample]:
    """The sample organisation's package, as Word and as PDF, written once."""
    work = tmp_path_factory.mktemp("word")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(work / "home"))
        file = work / "示例.exa"
        with write_sample(file) as svc:
            cycle = svc.cycles.all()[-1].id
            result = exports.export_docx(svc, cycle, work / "申报材料.docx")
            exports.export_pdf(svc, cycle, work / "申报材料.pdf")
            data = exports.report_input(svc, cycle)
    yield Sample(
        file,
        result.path,
        read_back(work / "申报材料.pdf").text,
        data,
        docx.Document(str(result.path)),
        result.warnings,
    )


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _instructions(path: Path, part: str = "word/document.xml") -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read(part).decode()
    return " ".join(re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", xml))


def test_every_category_item_and_clause_heading_is_a_word_heading(sample: Sample) -> None:
    by_style: dict[str, list[str]] = {}
    for p in sample.doc.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    fw = sample.data.framework
    for category in fw.categories:
        assert f"{category.id} {category.title}" in by_style["Heading 1"]
        for item in category.items:
            assert f"{item.id} {item.title}" in by_style["Heading 2"]
            for clause in item.clauses:
                assert clause.heading in by_style["Heading 3"]
    for section in fw.profile_sections:
        assert f"{section.id} {section.title}" in by_style["Heading 2"]
    assert [t for t in by_style["部分标题"]] == ["一、组织概述", "二、自我评价报告", "三、证实性材料"]
    # nothing else claims a heading's place in the navigation pane
    clauses = sum(1 for _ in fw.clauses())
    items = sum(len(c.items) for c in fw.categories)
    assert len(by_style["Heading 3"]) == clauses
    assert len(by_style["Heading 2"]) == items + len(fw.profile_sections)


def test_body_and_headings_name_their_chinese_fonts_and_the_award_sets_the_size(sample: Sample) -> None:
    styles = sample.doc.styles

    def east_asia(name: str) -> str | None:
        fonts = styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would win over the named one
        return fonts.get(qn("w:eastAsia"))

    assert east_asia("Normal") == east_asia("Body Text") == "宋体"
    assert east_asia("Heading 1") == east_asia("Heading 2") == east_asia("Heading 3") == "黑体"
    assert styles["Body Text"].font.name == "Times New Roman"  # one Latin face, as the PDF
    award = sample.data.award
    assert styles["Body Text"].font.size == Pt(award.body_points)
    assert styles["Body Text"].paragraph_format.line_spacing == award.line_spacing
    assert styles["Body Text"].paragraph_format.alignment == 3  # justified (两端对齐)
    assert styles["Heading 1"].font.color.rgb is not None and not styles["Heading 1"].font.bold
    body = [p for p in sample.doc.paragraphs if p.style.name == "Body Text"]
    assert len(body) > 200


def test_one_sharp_picture_per_figure_under_its_numbered_caption(sample: Sample) -> None:
    shapes = sample.doc.inline_shapes
    assert len(shapes) == len(sample.data.snapshot.indicators) > 10
    paragraphs = sample.doc.paragraphs
    pictures = [i for i, p in enumerate(paragraphs) if p._p.xpath(".//pic:pic")]
    captions = [paragraphs[i + 1].text for i in pictures]
    assert all(paragraphs[i + 1].style.name == "Caption" for i in pictures)
    figures_in_pdf = set(re.findall(r"图4\.7\.\d-\d+", _squeeze(sample.pdf_text)))
    assert {c.split("\u3000")[0] for c in captions} == figures_in_pdf
    for shape in shapes:
        blob = sample.doc.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
        image = Image.open(io.BytesIO(blob))
        assert image.format == "PNG"
        assert image.width / (shape.width / 914400) >= 200  # pixels per inch as printed


def test_tables_are_word_tables_numbered_as_in_the_pdf(sample: Sample) -> None:
    captions = [p.text for p in sample.doc.paragraphs if p.style.name == "Caption"]
    tables = [c.split("\u3000")[0] for c in captions if c.startswith("表")]
    assert len(tables) == len(set(tables)) > 10
    assert set(tables) == set(re.findall(r"表(?:[A-Z]\.)?\d+(?:\.\d+)*-\d+", _squeeze(sample.pdf_text)))
    placed = {m.group() for c in captions if (m := CAPTION.match(c))}
    cited = {m for p in sample.doc.paragraphs if p.style.name != "Caption" for m in CITED.findall(p.text)}
    assert cited <= placed
    numbered = _tables_after_captions(sample.doc)
    assert len(numbered) == len(tables)
    for table in numbered:  # Word repeats the header row on every page the table reaches
        header = table.rows[0]._tr.trPr
        assert header is not None and header.find(qn("w:tblHeader")) is not None
        assert table.style.name == "Table Grid"


def _tables_after_captions(doc: Document) -> list[Table]:
    """The tables that come right after a 表 caption, in the document's order."""
    found, caption = [], False
    for element in doc.element.body.iterchildren():
        if element.tag == qn("w:tbl") and caption:
            found.append(Table(element, doc))
        style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") if element.tag == qn("w:p") else None
        text = "".join(element.itertext()) if element.tag == qn("w:p") else ""
        caption = style is not None and style.get(qn("w:val")) == "Caption" and text.startswith("表")
    return found


def test_a_contents_field_and_page_numbers_that_word_fills_in(sample: Sample) -> None:
    assert 'TOC \\o "1-3" \\h' in _instructions(sample.docx)
    section = sample.doc.sections[0]
    footer = _instructions(sample.docx, section.footer.part.partname.lstrip("/"))
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "第" in section.footer.paragraphs[0].text and "共" in section.footer.paragraphs[0].text
    assert sample.data.snapshot.project.org_name in section.header.paragraphs[0].text
    assert section.different_first_page_header_footer  # the cover carries neither
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    settings = sample.doc.settings.element.find(qn("w:updateFields"))
    assert settings is not None and settings.get(qn("w:val")) == "true"
    entries = [p.text for p in sample.doc.paragraphs if p.style.name.startswith("toc ")]
    assert "4.1.2 高层领导的作用\t" in entries


def test_the_front_pages_and_the_evidence_list_are_the_pdfs(sample: Sample) -> None:
    text = "\n".join(p.text for p in sample.doc.paragraphs)
    cells = "\n".join(c.text for t in sample.doc.tables for r in t.rows for c in r.cells)
    pdf = _squeeze(sample.pdf_text)
    org = sample.data.snapshot.project.org_name
    kinds = [k.name for k in sample.data.award.evidence_kinds]
    for words in ("申报材料", "申报表", "承诺书", "统一社会信用代码", org, *kinds):
        assert _squeeze(words) in pdf and _squeeze(words) in _squeeze(text + cells)
    assert sample.data.snapshot.project.details.credit_code in cells
    numbered = re.findall(r"〔\d+〕[^\n]+", cells)
    assert numbered and all(_squeeze(n) in pdf for n in numbered)


def test_a_table_the_text_cites_is_there_and_a_missing_one_is_said(tmp_path: Path) -> None:
    table = "表：双向沟通机制\n\n| 渠道 | 频次 |\n| --- | --- |\n| 总经理信箱 | 12 |\n| 座谈会 | 4 |"
    with new_project(tmp_path / "p.exa") as svc:
        cycle = svc.cycles.all()[0].id
        clause = next(c for _, c in svc.framework.clauses() if c.id.startswith("4.1.2"))
        svc.content.set_response(cycle, clause.id, f"沟通渠道见表4.1.2-1，另见表4.1.2-2。\n\n{table}")
        result = exports.export_docx(svc, cycle, tmp_path / "out.docx")
    doc = docx.Document(str(tmp_path / "out.docx"))
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    assert captions == ["表4.1.2-1\u3000双向沟通机制"]
    (table,) = _tables_after_captions(doc)
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows == [["渠道", "频次"], ["总经理信箱", "12"], ["座谈会", "4"]]
    assert table.rows[2].cells[1].paragraphs[0].alignment == 2  # numbers flush right
    said = [zh for zh, _ in result.warnings]
    assert any("表4.1.2-2" in w for w in said) and not any("表4.1.2-1" in w for w in said)


def test_control_characters_and_characters_beyond_the_fonts(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    with new_project(tmp_path / "p.exa", org="测试\x01企业") as svc:
        cycle = svc.cycles.all()[0].id
        first, second = [c.id for _, c in svc.framework.clauses()][:2]
        svc.content.set_response(cycle, first, "回答\x0b中间\x1f结束\u0085 **重点**")
        svc.content.set_response(cycle, second, "笑脸\U0001fae8在此")
        result = exports.export_docx(svc, cycle, out)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                minidom.parseString(z.read(name))
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "回答\u240b中间\u241f结束\ufffd 重点" in text and "笑脸\U0001fae8在此" in text
    assert any(r.bold and r.text == "重点" for p in doc.paragraphs for r in p.runs)
    said = " ".join(zh for zh, _ in result.warnings)
    assert "控制字符" in said and "U+1FAE8" in said


def test_a_cancelled_or_failed_export_leaves_no_file(project, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    cycle = project.cycles.all()[0].id
    calls: list[tuple[int, int]] = []
    with pytest.raises(AppError) as err:
        exports.export_docx(
            project,
            cycle,
            folder / "p.docx",
            progress=lambda d, t: calls.append((d, t)),
            cancelled=lambda: len(calls) >= 3,
        )
    assert "取消" in err.value.zh and len(calls) == 3
    assert list(folder.iterdir()) == []

    from excellence_app.export.docx import figures

    project.indicators.add_indicator(
        cycle, "4.7.2", "合格率", unit="%", better="up", values={"2024": 97, "2025": 98}
    )
    kept = folder / "kept.docx"
    kept.write_bytes(b"an earlier export")

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("the renderer failed")

    monkeypatch.setattr(figures, "render_png", broken)
    with pytest.raises(RuntimeError):
        exports.export_docx(project, cycle, kept)
    assert kept.read_bytes() == b"an earlier export" and list(folder.iterdir()) == [kept]


def test_the_command_line_writes_either_kind(sample: Sample, tmp_path: Path, cli) -> None:
    out = tmp_path / "报告.docx"
    code, stdout, stderr = cli("export", str(sample.file), "--docx", str(out), "--kind", "report")
    assert code == 0 and "已导出" in stdout, stderr
    doc = docx.Document(str(out))
    parts = [p.text for p in doc.paragraphs if p.style.name == "部分标题"]
    assert parts[:4] == ["一、总体评价", "二、评分项评价", "三、关键主题", "四、改进计划"]
    items = {p.text.split(" ")[0] for p in doc.paragraphs if p.style.name == "Heading 2"}
    assert {i.id for c in sample.data.framework.categories for i in c.items} <= items
    assert len(doc.inline_shapes) >= 2  # the category radar and bars
    code, _, stderr = cli("export", str(sample.file), "--docx", str(out), "--kind", "scoring")
    assert code == 2 and "--docx" in stderr


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_package_and_prints_its_chinese(sample: Sample, tmp_path: Path) -> None:
    try:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(sample.docx)],
            capture_output=True,
            timeout=180,
            check=True,
            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        )
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"LibreOffice cannot convert here: {exc}")
    pdf = tmp_path / (sample.docx.stem + ".pdf")
    if not pdf.exists():
        pytest.skip("LibreOffice wrote no PDF")
    back = read_back(pdf)
    assert len(back.reader.pages) > 40
    text = _squeeze(back.text)
    assert "一、组织概述" in text and "4.1.2高层领导的作用" in text and "证实性材料" in text
