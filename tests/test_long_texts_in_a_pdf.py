"""Long texts: a paragraph that runs over many pages is broken into lines once, and keeps
every character; the bench's long texts are what they say. No timing here (see bench)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from builders import COMPLETE_ORG, complete_project
from pdfs import read_back
from reportlab.lib.styles import ParagraphStyle

from bench.pdf import FEW_CHARS, long_text
from excellence_app.export.pdf import linebreak, write_pdf
from excellence_app.export.pdf.fonts import load_fonts
from excellence_app.export.pdf.linebreak import CJKParagraph
from excellence_app.services.exports import report_input

WIDTH = 300.0
PAGE = 160.0  # room for ten lines of 16 pt


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    load_fonts()
    return ParagraphStyle(
        "t", fontName="ARPLUMingCN", fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21
    )


def line_texts(lines: list[Any]) -> list[str]:
    """Plain lines are (unused width, words); lines of fragments have words with text."""
    return ["".join(x[1]) if isinstance(x, tuple) else "".join(w.text for w in x.words) for x in lines]


def markup_of(text: str) -> str:
    return load_fonts().markup([(text, "body")], "ARPLUMingCN", lambda ch: None)


def pages_of(para: CJKParagraph, widths: list[float]) -> list[list[str]]:
    """Lay the paragraph out page by page, the i-th page ``widths[i]`` wide (the last repeats)."""
    pages = []
    for n in range(10_000):
        width = widths[min(n, len(widths) - 1)]
        para.wrap(width, PAGE)
        parts = para.split(width, PAGE)
        if len(parts) < 2:
            pages.append(line_texts(para.blPara.lines))
            return pages
        head, para = parts
        head.wrap(width, PAGE)
        pages.append(line_texts(head.blPara.lines))
    raise AssertionError("the paragraph never ended")


# One font throughout (plain lines), and several (lines of fragments): a tenth of the ideographs
# are only in HanaMinA, and digits are set in the Latin serif.
TEXTS = {
    "one font": long_text(6000, len(FEW_CHARS)),
    "several fonts": "".join(
        ch + ("2026" if i % 91 == 0 else "") for i, ch in enumerate(long_text(6000, 300))
    ),
}


def test_the_texts_take_the_paths_they_are_named_for(style) -> None:
    for kind, text in TEXTS.items():
        para = CJKParagraph(markup_of(text), style)
        assert (len(para.frags) == 1) == (kind == "one font")


@pytest.mark.parametrize("kind", TEXTS)
def test_a_paragraph_over_many_pages_is_broken_into_lines_once(style, kind, monkeypatch) -> None:
    text = TEXTS[kind]
    whole = CJKParagraph(markup_of(text), style)
    whole.wrap(WIDTH, 1e9)
    expected = line_texts(whole.blPara.lines)

    calls = []
    for name in ("split_single", "split_frags"):
        real = getattr(linebreak, name)
        monkeypatch.setattr(linebreak, name, lambda *a, real=real, **k: calls.append(1) or real(*a, **k))
    pages = pages_of(CJKParagraph(markup_of(text), style), [WIDTH])

    assert len(pages) > 10
    assert [line for page in pages for line in page] == expected  # the same lines, page by page
    assert "".join(expected) == text  # no space added where a page ends a line
    assert len(calls) == 1  # the rest of the paragraph kept its lines on every page


@pytest.mark.parametrize("kind", TEXTS)
def test_the_rest_of_a_paragraph_is_broken_anew_where_the_width_changes(style, kind) -> None:
    text = TEXTS[kind]
    pages = pages_of(CJKParagraph(markup_of(text), style), [WIDTH, WIDTH, 200.0])
    assert "".join(line for page in pages for line in page) == text
    rest = "".join(line for page in pages[2:] for line in page)
    narrow = CJKParagraph(markup_of(rest), ParagraphStyle("flat", parent=style, firstLineIndent=0))
    narrow.wrap(200.0, 1e9)
    assert [line for page in pages[2:] for line in page] == line_texts(narrow.blPara.lines)


def test_bench_texts_have_the_length_and_the_distinct_characters_asked_for() -> None:
    few = long_text(20_000, len(FEW_CHARS))
    many = long_text(20_000, 2_000)
    assert len(few) == len(many) == 20_000
    assert set(few) == set(FEW_CHARS)
    assert len(set(many)) == 2_000 and all("\u4e00" <= ch <= "\u9fa5" for ch in many)
    assert long_text(20_000, 2_000) == many  # repeatable from run to run


def test_a_long_text_of_many_characters_comes_out_whole(tmp_path: Path) -> None:
    text = TEXTS["several fonts"] * 3
    with complete_project(tmp_path / "s.exa") as svc:
        cycle = svc.cycles.all()[0].id
        svc.content.set_response(cycle, next(svc.framework.clauses())[1].id, text)
        data = report_input(svc, cycle)
    write_pdf(data, tmp_path / "p.pdf")
    flat = "".join(read_back(tmp_path / "p.pdf").text.split())
    # the running header and footer come between the pages of the long paragraph
    flat = re.sub(
        r"第\d+页共\d+页",
        "",
        flat.replace(COMPLETE_ORG, "").replace(f"{data.award.printed_name}申报材料", ""),
    )
    assert text in flat
