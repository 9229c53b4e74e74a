"""Font choice per character and Chinese line breaking, without writing a PDF."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from reportlab.lib.styles import ParagraphStyle

from excellence_app.export.pdf.chartkit import format_number, nice_axis
from excellence_app.export.pdf.fonts import BODY_CHAIN, HEADING_CHAIN, PLACEHOLDER, load_fonts
from excellence_app.export.pdf.linebreak import CANNOT_END, CANNOT_START, CJKParagraph

TEXT = (
    "为确保战略目标的实现，公司每季度召开经营分析会（由总经理主持）。各分管副总经理汇报“关键绩效指标”的完成情况、"
    "差距原因与纠正措施；形成会议纪要……并在十个工作日内跟踪闭环。”相关结果纳入《部门绩效考核办法》，"
    "通过ISO 9001:2015认证，合格率99.86%！是否达标？是——持续改进。"
)


def lines_of(markup: str, width: float, style: ParagraphStyle) -> list[str]:
    p = CJKParagraph(markup, style)
    p.wrap(width, 10_000)
    out = []
    for line in p.blPara.lines:
        if isinstance(line, tuple):
            out.append("".join(line[1]))
        else:
            out.append("".join(w.text for w in line.words))
    return out


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    fonts = load_fonts()
    assert fonts
    return ParagraphStyle("t", fontName="ARPLUMingCN", fontSize=10.5, leading=16, wordWrap="CJK")


@pytest.mark.parametrize("bold", [False, True])
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(style, bold) -> None:
    markup = TEXT
    if bold:  # several fonts in one paragraph take the other path through the splitter
        markup = TEXT.replace("经营分析会", '<font name="WenQuanYiZenHei">经营分析会</font>')
    for width in range(60, 330, 7):
        lines = lines_of(markup, width, style)
        assert "".join(lines) == TEXT  # nothing lost, nothing repeated
        for a, b in itertools.pairwise(lines):
            assert b[0] not in CANNOT_START, (width, a, b)
            assert a[-1] not in CANNOT_END, (width, a, b)
            assert not (a[-1] == b[0] and a[-1] in "—…"), (width, a, b)


def test_reportlab_alone_would_start_lines_with_closing_marks(style) -> None:
    """Why the splitter exists: ReportLab's own CJK wrapping breaks these rules."""
    from reportlab.platypus import Paragraph

    bad = 0
    for width in range(60, 330, 7):
        p = Paragraph(TEXT, style)
        p.wrap(width, 10_000)
        texts = [
            "".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words)
            for line in p.blPara.lines
        ]
        bad += sum(1 for t in texts[1:] if t[0] in CANNOT_START)
    assert bad > 0


def test_latin_words_and_numbers_are_not_cut(style) -> None:
    for width in range(120, 330, 5):
        lines = lines_of(TEXT, width, style)
        joined = "|".join(lines)
        assert "ISO 9001:2015" in joined.replace(" |", " ")  # a break only at the space
        assert "99.86%" in joined


def test_each_character_gets_the_first_font_of_its_chain_that_has_it() -> None:
    fonts = load_fonts()
    missing: list[str] = []
    runs = list(fonts.runs("质量𠮷鿍\u3000A", BODY_CHAIN, missing.append))
    assert [(r.font, r.text) for r in runs] == [
        ("ARPLUMingCN", "质量"),
        ("HanaMinB", "𠮷"),
        ("HanaMinA", "鿍"),
        ("ARPLUMingCN", "\u3000"),
        ("LiberationSerif", "A"),  # Latin letters and digits are set in the Latin serif
    ]
    assert [r.font for r in fonts.runs("2024年“好”", BODY_CHAIN, missing.append)] == [
        "LiberationSerif",
        "ARPLUMingCN",
    ]
    assert fonts.font_for("\ufa0e", HEADING_CHAIN) == "HanaMinA"  # Zen Hei lacks it
    assert not missing


def test_a_missing_character_becomes_a_visible_placeholder_and_is_reported() -> None:
    fonts = load_fonts()
    missing: list[str] = []
    markup = fonts.markup([("甲\U0002a6d8乙\ue000", "body")], "ARPLUMingCN", missing.append)
    assert missing == ["\U0002a6d8", "\ue000"]
    assert markup.count(PLACEHOLDER) == 2 and "color=" in markup
    assert "甲" in markup and "乙" in markup


def test_invisible_marks_no_font_has_are_dropped_silently() -> None:
    fonts = load_fonts()
    missing: list[str] = []
    markup = fonts.markup([("零\u200b宽\ufeff字\ufe0f", "body")], "ARPLUMingCN", missing.append)
    assert markup == "零宽字" and not missing


def test_markup_escapes_what_paragraphs_would_read_as_tags() -> None:
    markup = load_fonts().markup([("a<b> & c", "body")], "ARPLUMingCN", lambda ch: None)
    assert markup == '<font name="LiberationSerif">a&lt;b&gt; &amp; c</font>'
    bold = load_fonts().markup([("粗", "heading")], "ARPLUMingCN", lambda ch: None)
    assert bold == '<font name="WenQuanYiZenHei">粗</font>'


@pytest.mark.parametrize(
    "values,zero", [([98.2, 99.5], False), ([0, 1, 2], True), ([120, 45], True), ([7.0, 7.0], False)]
)
def test_axes_cover_every_value_with_round_steps(values, zero) -> None:
    axis = nice_axis(values, include_zero=zero)
    assert axis.low <= min(values) and axis.high >= max(values)
    assert 3 <= len(axis.ticks()) <= 12
    if zero:
        assert axis.low <= 0
    assert format_number(1234.5) == "1,234.5" and format_number(2.0) == "2"
    assert format_number(0.5, 0.25) == "0.50"


FALLBACK_PROBE = """
from reportlab.pdfbase import pdfmetrics
from excellence_app.export.pdf.fonts import BODY_CHAIN, load_fonts
fonts = load_fonts()
list(fonts.runs({text!r}, BODY_CHAIN, print))
print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("HanaMin")))
"""


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("公司每季度召开经营分析会，合格率99.86%。", []), ("𠮷野家的㐀字", ["HanaMinA", "HanaMinB"])],
)
def test_the_fallback_faces_are_parsed_only_for_a_character_that_needs_them(text, parsed) -> None:
    # A fresh interpreter: a process parses each font at most once and keeps it.
    out = subprocess.run(
        [sys.executable, "-c", FALLBACK_PROBE.format(text=text)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == repr(parsed)
