"""Page geometry, colours and paragraph styles: the typographic hierarchy in one place.

Sizes follow Chinese document habit and the award profile's body size: with a 五号 (10.5 pt)
body, 三号 (16 pt) part titles, 四号 (14 pt) categories, 小四 (12 pt) items and 五号 clauses;
with a 小四 (12 pt) body every heading moves up a step. Body text has a first-line indent of
two characters and is justified (两端对齐, see linebreak.CJKParagraph.drawPara); headings are
black 黑体, as offices expect of a document that is signed and stamped. Colour is kept for
rules, table header fills and charts.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from excellence_app.export.pdf.fonts import BODY_FONT, HEADING_FONT

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 28 * mm
MARGIN_BOTTOM = 24 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
HEADER_Y = PAGE_HEIGHT - 17 * mm  # baseline of the running header
FOOTER_Y = 13 * mm

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3864")  # rules and our own series; never heading text
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#8EA0BF")
GRID = colors.HexColor("#A6A6A6")
HEAD_FILL = colors.HexColor("#DCE3EF")
ZEBRA_FILL = colors.HexColor("#F4F6FA")
ALERT_FILL = colors.HexColor("#FBE3E3")
ALERT = colors.HexColor("#C00000")

BODY_SIZE = 10.5  # 五号, the default body size
BODY_LEADING = 18  # the leading bench/pdf.py's plain ReportLab baseline uses
LINE_SPACING = 1.5  # leading as a multiple of the body size, as AwardProfile.line_spacing

# Sizes by body size (pt): (part, category, item, clause and in-text heading, table cell,
# caption, small print). A 小四 body takes every heading one step up the Chinese size ladder
# (小二 … 小四) so that a clause heading is never smaller than the text under it.
SIZE_STEPS: dict[float, tuple[float, float, float, float, float, float, float]] = {
    10.5: (16, 14, 12, 10.5, 9, 9.5, 9),
    12.0: (18, 16, 14, 12, 10.5, 10.5, 10.5),
}


def _style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": BODY_FONT,
        "fontSize": size,
        "leading": leading,
        "textColor": INK,
        "wordWrap": "CJK",
        "alignment": TA_LEFT,
        "bulletFontName": BODY_FONT,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    body_size: float  # what the styles were made for, so that a context can tell
    line_spacing: float
    body: ParagraphStyle
    body_flat: ParagraphStyle  # no first-line indent
    bullet: ParagraphStyle  # unordered list item, with a small round bullet
    numbered: ParagraphStyle  # ordered list item
    small: ParagraphStyle
    note: ParagraphStyle  # grey remarks such as 未填写
    part: ParagraphStyle  # 一、组织概述
    h1: ParagraphStyle  # category 4.1 领导
    h2: ParagraphStyle  # item 4.1.2 高层领导的作用
    h3: ParagraphStyle  # clause 4.1.2.1 …
    h4: ParagraphStyle  # headings inside a response, figure group titles
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_alert: ParagraphStyle  # centred, red: 已逾期
    caption: ParagraphStyle  # under a figure
    table_caption: ParagraphStyle  # above a table: 表4.1.2-1
    source: ParagraphStyle
    legend: ParagraphStyle
    toc_title: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle


def make_styles(body_size: float = BODY_SIZE, line_spacing: float = LINE_SPACING) -> Styles:
    """The styles for a body of ``body_size`` pt set at ``line_spacing`` times its size."""
    part, cat, item, clause, cell_size, caption, small = SIZE_STEPS.get(body_size, SIZE_STEPS[BODY_SIZE])
    size, leading = body_size, round(body_size * line_spacing, 2)
    head = {"fontName": HEADING_FONT, "textColor": INK, "bulletFontName": HEADING_FONT}
    cell = (cell_size, cell_size * 1.5)
    # body-like text is justified; the last line of a paragraph never is (linedraw.py)
    text = {"alignment": TA_JUSTIFY}
    return Styles(
        body_size=body_size,
        line_spacing=line_spacing,
        body=_style("body", size, leading, firstLineIndent=2 * size, spaceAfter=4, **text),
        body_flat=_style("body_flat", size, leading, spaceAfter=4, **text),
        bullet=_style(
            "bullet",
            size,
            leading,
            leftIndent=2 * size,
            bulletIndent=0.7 * size,
            bulletFontSize=size * 0.52,
            bulletOffsetY=size * 0.14,
            spaceAfter=2,
            **text,
        ),
        numbered=_style(
            "numbered",
            size,
            leading,
            leftIndent=2 * size,
            bulletIndent=0.5 * size,
            bulletFontSize=size,
            spaceAfter=2,
            **text,
        ),
        small=_style("small", small, small * 1.55, **text),
        note=_style("note", small + 0.5, (small + 0.5) * 1.6, textColor=MUTED, spaceAfter=4),
        part=_style("part", part, part * 1.5, spaceBefore=6, spaceAfter=14, alignment=TA_CENTER, **head),
        h1=_style("h1", cat, cat * 1.5, spaceBefore=8, spaceAfter=8, **head),
        h2=_style("h2", item, item * 1.5, spaceBefore=12, spaceAfter=6, **head),
        h3=_style("h3", clause, clause * 1.5, spaceBefore=8, spaceAfter=4, **head),
        h4=_style("h4", clause, clause * 1.5, spaceBefore=4, spaceAfter=2, **head),
        cell=_style("cell", *cell),
        cell_center=_style("cell_center", *cell, alignment=TA_CENTER),
        cell_right=_style("cell_right", *cell, alignment=TA_RIGHT),
        cell_head=_style("cell_head", *cell, fontName=HEADING_FONT, alignment=TA_CENTER),
        cell_alert=_style("cell_alert", *cell, fontName=HEADING_FONT, alignment=TA_CENTER, textColor=ALERT),
        caption=_style(
            "caption", caption, caption * 1.5, fontName=HEADING_FONT, alignment=TA_CENTER, spaceBefore=4
        ),
        table_caption=_style(
            "table_caption",
            caption,
            caption * 1.5,
            fontName=HEADING_FONT,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=3,
        ),
        source=_style(
            "source", small - 0.5, (small - 0.5) * 1.4, alignment=TA_CENTER, textColor=MUTED, spaceAfter=10
        ),
        legend=_style("legend", 8.5, 11),
        toc_title=_style("toc_title", 16, 24, alignment=TA_CENTER, spaceAfter=18, **head),
        toc=(
            _style("toc0", 11.5, 17, fontName=HEADING_FONT),
            _style("toc1", 10.5, 16, fontName=HEADING_FONT),
            _style("toc2", 10.5, 16),
        ),
        cover_title=_style("cover_title", 26, 38, fontName=HEADING_FONT, alignment=TA_CENTER),
        cover_subtitle=_style("cover_subtitle", 15, 24, fontName=HEADING_FONT, alignment=TA_CENTER),
        cover_label=_style("cover_label", 12, 20, fontName=HEADING_FONT, alignment=TA_RIGHT),
        cover_value=_style("cover_value", 12, 20),
        header=_style("header", 8.5, 11, textColor=MUTED),
        header_right=_style("header_right", 8.5, 11, textColor=MUTED, alignment=TA_RIGHT),
    )
