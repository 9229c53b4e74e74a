"""The award application package, exported once from the realistic sample and read back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import COMPLETE_EVIDENCE, EMPTY_CLAUSE, complete_project
from pdfs import Readback, read_back

from excellence_app.core.evidence_list import shown_name
from excellence_app.core.framework import clause_label
from excellence_app.core.markdown import plain_text
from excellence_app.core.summary import figure_labels
from excellence_app.export.pdf import write_pdf
from excellence_app.export.pdf.linebreak import CANNOT_START
from excellence_app.services.exports import report_input

COVERAGE = Path(__file__).resolve().parent / "data" / "cjk-coverage.txt"
# The team's shared test text, when a checkout has it beside the repository: used in addition.
SHARED_COVERAGE = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "cjk-coverage.txt"
COVERAGE_CLAUSE = "4.1.2a"
RARE_CLAUSE = "4.1.2b"
RARE = "罕见字\U0002a6d8与私用区字符\ue000不应消失。"
CHART_NAME = "𠮷野家满意度"  # Ext. B and ordinary characters in one chart label
LONG_CELL_CLAUSE = "4.1.4.1"
LONG_CELL = "很长的单元格内容，" * 400  # taller than a page
TAMPERED, LOST = COMPLETE_EVIDENCE[1][0], COMPLETE_EVIDENCE[2][0]


def coverage_text() -> str:
    texts = [COVERAGE.read_text(encoding="utf-8")]
    if SHARED_COVERAGE.is_file():
        texts.append(SHARED_COVERAGE.read_text(encoding="utf-8"))
    return "\n\n".join(texts)


class Exported:
    def __init__(self, pdf: Readback, warnings: tuple[tuple[str, str], ...], data, coverage: str):
        self.pdf, self.warnings, self.data, self.coverage = pdf, warnings, data, coverage


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    work = tmp_path_factory.mktemp("package")
    coverage = coverage_text()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(work / "home"))
        with complete_project(work / "s.exa") as svc:
            cycle = svc.cycles.all()[0].id
            svc.content.set_response(cycle, COVERAGE_CLAUSE, coverage)
            svc.content.set_response(cycle, RARE_CLAUSE, RARE)
            svc.content.set_response(
                cycle, LONG_CELL_CLAUSE, f"| 项目 | 说明 |\n| --- | --- |\n| 甲 | {LONG_CELL} |"
            )
            svc.content.set_profile_text(cycle, "B.2.3", "组织建立了覆盖全员的改进体系。" * 250)
            svc.indicators.add_indicator(
                cycle, "4.7.5", CHART_NAME, unit="分\ue001", values={"2023": 81, "2025": 86}
            )
            data = report_input(svc, cycle)
            names = {e.sha256: e.name for e in data.snapshot.evidence}

            def stored(sha: str) -> bytes:  # one file altered, one gone since it was registered
                if names[sha] == TAMPERED:
                    return b"tampered"
                if names[sha] == LOST:
                    raise LookupError(sha)
                return svc.evidence.blob(sha)

            warnings = write_pdf(data, work / "package.pdf", evidence_data=stored)
    yield Exported(read_back(work / "package.pdf"), tuple(warnings), data, coverage)


def test_the_outline_has_every_category_item_and_clause(package: Exported) -> None:
    titles = {t for _, t, _ in package.pdf.outline}
    fw = package.data.framework
    for category in fw.categories:
        assert f"{category.id} {category.title}" in titles
        for item in category.items:
            assert f"{item.id} {item.title}" in titles
            assert all(c.heading in titles for c in item.clauses)
    assert {"一、组织概述", "二、自我评价报告", "三、证实性材料", "目录"} <= titles


def test_toc_page_numbers_are_the_pages_the_headings_are_on(package: Exported) -> None:
    pdf = package.pdf
    toc_pages = range(pdf.page_of("目录") - 1, pdf.page_of("一、组织概述") - 1)
    toc: dict[str, int] = {}
    for i in toc_pages:
        for line in pdf.layout[i].splitlines():
            m = re.match(r"^\s*(\S.*?)\s{2,}(\d+)\s*$", line)
            if m:
                toc[m.group(1)] = int(m.group(2))
    items = [f"{i.id} {i.title}" for i in package.data.framework.items()]
    assert set(items) <= set(toc)
    for _, title, page in pdf.outline:
        if title in toc:
            assert toc[title] == page, title
            assert title.split(" ", 1)[-1] in pdf.pages[page - 1]


def test_toc_entries_are_links_to_the_headings(package: Exported) -> None:
    page = package.pdf.reader.pages[package.pdf.page_of("目录") - 1]
    links = [a.get_object() for a in page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"]
    assert len(links) >= 20
    assert all("/Dest" in a or "/A" in a for a in links)


def test_every_font_is_embedded_as_a_subset(package: Exported) -> None:
    seen = set()
    for page in package.pdf.reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            assert re.match(r"^/[A-Z]{6}\+", name), name
            assert "/FontFile2" in font["/FontDescriptor"], name
            seen.add(name.split("+", 1)[1])
    assert {"UMingCN", "WenQuanYiZenHei", "HanaMinA", "HanaMinB"} <= seen


def test_every_character_of_the_coverage_text_comes_back_out(package: Exported) -> None:
    # Spaces (the ideographic one too) are not glyphs: text extraction gives them back as plain spaces.
    expected = {c for c in plain_text(package.coverage) if not c.isspace()}
    missing = sorted(c for c in expected if c not in package.pdf.text)
    assert not missing, [f"{c} U+{ord(c):04X}" for c in missing]
    assert "𠮷" in package.pdf.text and "𪚥" in package.pdf.text  # beyond U+FFFF


def test_a_character_no_font_has_is_drawn_and_reported(package: Exported) -> None:
    zh = " ".join(w[0] for w in package.warnings)
    en = " ".join(w[1] for w in package.warnings)
    for cp in ("U+2A6D8", "U+E000"):
        assert cp in zh and cp in en
    assert f"条款 {clause_label(RARE_CLAUSE)}" in zh and f"clause {clause_label(RARE_CLAUSE)}" in en
    assert "罕见字□与私用区字符□不应消失" in package.pdf.text.replace("\n", "")


def test_chart_labels_mix_fonts_and_report_what_none_has(package: Exported) -> None:
    assert any("U+E001" in zh and CHART_NAME in zh for zh, _ in package.warnings)
    page = next(t for t in package.pdf.pages if "单位：分" in t and CHART_NAME in t)
    assert "单位：分□" in page


def test_an_empty_clause_says_so(package: Exported) -> None:
    pdf = package.pdf
    clause = package.data.framework.item("4.1.3").clauses[1]
    assert clause.id == EMPTY_CLAUSE
    page = pdf.pages[pdf.page_of(clause.heading) - 1]
    after = page.split(clause.title, 1)[1]
    assert after.lstrip().startswith("（未填写）")


def test_self_scores_are_left_out_by_default(package: Exported) -> None:
    assert "自评得分" not in package.pdf.text
    assert "张明" not in package.pdf.text  # nor the assessors or their comments


def test_results_figures_are_numbered_captioned_and_inside_their_item(package: Exported) -> None:
    pdf, snap = package.pdf, package.data.snapshot
    items = list(package.data.framework.items())
    for ind_id, label in figure_labels(snap).items():
        ind = next(i for i in snap.indicators if i.id == ind_id)
        caption = f"{label} {ind.name}"  # the ideographic space comes out as a plain one
        pages = [n for n, text in enumerate(pdf.pages, start=1) if caption in text.replace("\u3000", " ")]
        assert len(pages) == 1, caption
        item = next(i for i in items if i.id == ind.item_id)
        rest = items[items.index(item) + 1 :]
        end = pdf.page_of(f"{rest[0].id} {rest[0].title}" if rest else "三、证实性材料")
        assert pdf.page_of(f"{item.id} {item.title}") <= pages[0] <= end
        assert "数据来源：" in pdf.pages[pages[0] - 1].replace("\u3000", " ").split(caption, 1)[1]
    assert "图4.7.2-2 百万件缺陷数" in pdf.text.replace("\u3000", " ")


def test_the_evidence_list_names_files_as_an_office_reads_them(package: Exported) -> None:
    pdf = package.pdf
    index = "\n".join(pdf.layout[pdf.page_of("三、证实性材料") - 1 :])
    for e in package.data.snapshot.evidence:
        assert shown_name(e.name) in index and e.sha256[:12] not in index
    rows = [index.index(shown_name(name)) for name, _ in COMPLETE_EVIDENCE] + [len(index)]
    assert rows == sorted(rows)  # in the order they were registered, one row each
    for n, (_, clause) in enumerate(COMPLETE_EVIDENCE):
        assert clause_label(clause) in index[rows[n] - 80 : rows[n + 1]]  # the clause sits in the name's row
    assert "KB" not in index and ".pdf" not in index  # sizes and extensions are the internal report's


def test_every_page_but_the_cover_has_header_and_page_x_of_y(package: Exported) -> None:
    pages = package.pdf.pages
    total = len(pages)
    assert "第 1 页" not in pages[0] and "共" not in pages[0]
    for n, text in enumerate(pages[1:], start=2):
        assert f"第 {n} 页" in text and f"共 {total} 页" in text
        assert package.data.snapshot.project.org_name in text


def test_a_long_table_repeats_its_header_row_on_the_next_page(package: Exported) -> None:
    pages = [text for text in package.pdf.layout if "培训项目" in text and "参训人数" in text]
    assert len(pages) >= 2
    assert "（第45期）" in pages[-1]


def test_no_line_starts_with_a_closing_mark(package: Exported) -> None:
    closing = CANNOT_START - set("%")
    bad = [
        line
        for text in package.pdf.pages
        for line in text.splitlines()
        if line.strip() and line.lstrip()[0] in closing
    ]
    assert not bad


def test_over_the_length_limit_is_a_warning(package: Exported) -> None:
    assert any("组织概述共" in zh and "超过" in zh for zh, _ in package.warnings)
    assert any("organisational profile" in en for _, en in package.warnings)


def test_evidence_that_no_longer_matches_its_checksum_is_reported(package: Exported) -> None:
    zh = [w[0] for w in package.warnings]
    assert any(TAMPERED in w and "校验值不一致" in w for w in zh)
    assert any(LOST in w and "无法读取" in w for w in zh)
    assert not any(name in w for w in zh for name, _ in (COMPLETE_EVIDENCE[0], COMPLETE_EVIDENCE[3]))


def test_a_table_cell_longer_than_a_page_comes_out_whole(package: Exported) -> None:
    # Across page breaks: the running header, the page number and the repeated header row of
    # the table (项目 | 说明) and its row label 甲 come between the lines of the cell: out with them.
    org = package.data.snapshot.project.org_name
    text = "".join(package.pdf.text.split())
    for running in (org, f"{package.data.award.printed_name}申报材料", "项目", "说明", "甲"):
        text = text.replace(running, "")
    text = re.sub(r"第\d+页共\d+页", "", text)
    assert "".join(LONG_CELL.split()) in text
