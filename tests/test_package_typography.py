"""The package set as a signed document: justified body text, no stray last lines, headings
kept with their text, numbered table captions that the text's citations agree with.

The sample organisation is exported once and read back with poppler; its paragraphs are found
in the PDF by their text, so each check knows which lines are one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pdfs import Line, Readback, page_lines, read_back

from excellence_app.core import markdown as md
from excellence_app.export.pdf.styles import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_TOP, PAGE_HEIGHT
from excellence_app.services.exports import export_pdf
from excellence_app.services.interchange import write_sample

RIGHT = MARGIN_LEFT + FRAME_WIDTH  # where every justified line ends
ITEM = "4.1.2"
CITING = (
    "高层领导的沟通方式见表{item}-1，沟通的频次与对象逐项列明，覆盖员工、顾客、供方和股东；"
    "沟通的效果以员工满意度衡量，五年的趋势见图4.7.5-1，对比数据来自行业协会的年度调查报告，"
    "其中2026年1—8月的数据为年中测评结果，全年数据将在次年一季度补齐。"
)
TABLE = "表：高层领导的沟通方式\n\n| 方式 | 对象 | 频次 |\n| --- | --- | --- |\n| 总经理信箱 | 全体员工 | 随时 |\n"
MISSING = "表4.1.2-9"
CITATION = re.compile(r"[图表](?:[A-Z]\.)?\d+(?:\.\d+)*-\d+")


class Package:
    def __init__(self, lines: list[Line], texts: list[str], warnings: list[str], pdf: Readback) -> None:
        self.lines, self.texts, self.warnings = lines, texts, warnings
        self.outline, self.reader = pdf.outline, pdf.reader


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Package]:
    work = tmp_path_factory.mktemp("typography")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(work / "home"))
        with write_sample(work / "s.exa") as svc:
            cycle = svc.cycles.all()[-1].id
            clause = svc.framework.item(ITEM).clauses[0].id
            text = f"{CITING.format(item=ITEM)}\n\n{TABLE}\n\n另见{MISSING}。"
            svc.content.set_response(cycle, clause, text)
            result = export_pdf(svc, cycle, work / "package.pdf")
            snap_texts = _paragraph_texts(svc, cycle)
    pdf = read_back(work / "package.pdf")
    yield Package(page_lines(work / "package.pdf"), snap_texts, [zh for zh, _ in result.warnings], pdf)


def _paragraph_texts(svc, cycle: int) -> list[str]:
    """The body paragraphs of the profile and the responses, in the order the package prints them."""
    from excellence_app.services.exports import report_input

    data = report_input(svc, cycle)
    sources = [data.snapshot.profile.get(s.id, "") for s in data.framework.profile_sections]
    for category in data.framework.categories:
        for item in category.items:
            for clause in item.clauses:
                response = data.snapshot.responses.get(clause.id)
                sources.append(response.text if response else "")
    return [
        md.inline_text(b.spans) for text in sources for b in md.parse(text) if isinstance(b, md.Paragraph)
    ]


def _body(lines: list[Line]) -> list[Line]:
    """The lines inside the text frame: no running header, no page number."""
    return [ln for ln in lines if ln.top > MARGIN_TOP - 2 and ln.bottom < PAGE_HEIGHT - MARGIN_BOTTOM + 2]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _paragraphs(package: Package) -> list[list[Line]]:
    """Each body paragraph's lines, found in order by its text starting and ending a line."""
    lines = _body(package.lines)
    stream, starts = "", []
    for ln in lines:
        starts.append(len(stream))
        stream += _squeeze(ln.text)
    at_start = {s: i for i, s in enumerate(starts)}
    ends = {s + len(_squeeze(ln.text)): i for i, (s, ln) in enumerate(zip(starts, lines, strict=True))}
    found, cursor = [], 0
    for text in package.texts:
        t = _squeeze(text)
        pos = stream.find(t, cursor)
        while pos >= 0 and not (pos in at_start and pos + len(t) in ends):
            pos = stream.find(t, pos + 1)
        if pos < 0:
            continue
        found.append(lines[at_start[pos] : ends[pos + len(t)] + 1])
        cursor = pos + len(t)
    return found


def test_every_line_of_a_body_paragraph_but_the_last_spans_the_text_width(package: Package) -> None:
    paragraphs = _paragraphs(package)
    long = [p for p in paragraphs if len(p) >= 2]
    assert len(paragraphs) > 0.9 * len(package.texts) and len(long) > 100  # the check saw the text
    ragged = [(p[0].page, ln.text) for p in long for ln in p[:-1] if abs(ln.right - RIGHT) > 1.0]
    assert not ragged
    # and the last line is set as it is, not stretched to the edge
    stretched = [
        p[-1].text for p in long if abs(p[-1].right - RIGHT) < 0.05 and len(_squeeze(p[-1].text)) < 20
    ]
    assert not stretched


def test_no_paragraph_ends_with_a_line_of_one_or_two_characters(package: Package) -> None:
    short = [
        (p[-1].page, p[-1].text)
        for p in _paragraphs(package)
        if len(p) >= 2 and len(_squeeze(p[-1].text)) < 3
    ]
    assert not short


def test_tables_are_numbered_per_item_and_every_cited_number_has_its_caption(package: Package) -> None:
    lines = _body(package.lines)
    captions = {m.group() for ln in lines if (m := CITATION.match(_squeeze(ln.text)))}
    assert f"表{ITEM}-1高层领导的沟通方式" in {_squeeze(ln.text) for ln in lines}  # titled, above its table
    cited = set()
    for ln in lines:
        for m in CITATION.finditer(_squeeze(ln.text)):
            if m.start() > 0:  # inside a sentence: a citation, not a caption
                cited.add(m.group())
    assert {f"表{ITEM}-1", "图4.7.5-1", MISSING} <= cited
    assert cited - captions == {MISSING}
    assert any(MISSING in w for w in package.warnings)  # the export says so


def test_a_heading_is_never_the_last_thing_on_its_page(package: Package) -> None:
    lines = _body(package.lines)
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    alone = []
    for _, title, page in package.outline:
        on_page = by_page.get(page, [])
        at = next((i for i, ln in enumerate(on_page) if _squeeze(title).startswith(_squeeze(ln.text))), None)
        assert at is not None, title
        if len(on_page) - at - 1 < 2:
            alone.append((page, title))
    assert not alone


def test_digits_and_latin_letters_are_in_one_face_in_text_headings_tables_and_charts(
    package: Package,
) -> None:
    pages = {p for _, t, p in package.outline if t.startswith(("4.7.2 ", f"{ITEM} "))}
    faces: dict[str, set[str]] = {}

    def visit(text: str, cm, tm, font, size) -> None:
        if font is not None and re.search(r"[0-9A-Za-z]", text):
            faces.setdefault(str(font.get("/BaseFont", "")).split("+")[-1], set()).add(text.strip())

    for page in sorted(pages):
        package.reader.pages[page - 1].extract_text(visitor_text=visit)
        package.reader.pages[page].extract_text(visitor_text=visit)  # and the page after
    assert set(faces) == {"LiberationSerif"}, {f: sorted(t)[:5] for f, t in faces.items()}
