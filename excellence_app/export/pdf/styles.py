"""Page geometry, colours and paragraph styles: the typographic hierarchy in one place.

Sizes follow Chinese document habit: 三号 (16 pt) for part titles, 四号 (14 pt) for
category, 小四 (12 pt) for item headings, 五号 (10.5 pt) for body text with a
first-line indent of two characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
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
HEADER_Y = PAGE_HEIGHT - 17 * mm  # baseline of the running header
FOOTER_Y = 13 * mm

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3864")  # headings, rules, own series
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#8EA0BF")
GRID = colors.HexColor("#A6A6A6")
HEAD_FILL = colors.HexColor("#DCE3EF")
ZEBRA_FILL = colors.HexColor("#F4F6FA")
ALERT_FILL = colors.HexColor("#FBE3E3")
ALERT = colors.HexColor("#C00000")

BODY_SIZE = 10.5
BODY_LEADING = 18


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": BODY_FONT,
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
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
    caption: ParagraphStyle
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


def make_styles() -> Styles:
    head = {"fontName": HEADING_FONT, "textColor": ACCENT, "bulletFontName": HEADING_FONT}
    cell = {"fontSize": 9, "leading": 13.5}
    return Styles(
        body=_style("body", firstLineIndent=2 * BODY_SIZE, spaceAfter=4),
        body_flat=_style("body_flat", spaceAfter=4),
        bullet=_style(
            "bullet",
            leftIndent=2 * BODY_SIZE,
            bulletIndent=0.7 * BODY_SIZE,
            bulletFontSize=5.5,
            bulletOffsetY=1.5,
            spaceAfter=2,
        ),
        numbered=_style(
            "numbered",
            leftIndent=2 * BODY_SIZE,
            bulletIndent=0.5 * BODY_SIZE,
            bulletFontSize=BODY_SIZE,
            spaceAfter=2,
        ),
        small=_style("small", fontSize=9, leading=14),
        note=_style("note", textColor=MUTED, fontSize=9.5, leading=16, spaceAfter=4),
        part=_style(
            "part", fontSize=16, leading=24, spaceBefore=6, spaceAfter=14, alignment=TA_CENTER, **head
        ),
        h1=_style("h1", fontSize=14, leading=21, spaceBefore=8, spaceAfter=8, **head),
        h2=_style("h2", fontSize=12, leading=18, spaceBefore=12, spaceAfter=6, **head),
        h3=_style("h3", fontSize=10.5, leading=16, spaceBefore=8, spaceAfter=4, **{**head, "textColor": INK}),
        h4=_style("h4", fontName=HEADING_FONT, fontSize=10, leading=16, spaceBefore=4, spaceAfter=2),
        cell=_style("cell", **cell),
        cell_center=_style("cell_center", alignment=TA_CENTER, **cell),
        cell_right=_style("cell_right", alignment=TA_RIGHT, **cell),
        cell_head=_style("cell_head", fontName=HEADING_FONT, alignment=TA_CENTER, **cell),
        cell_alert=_style("cell_alert", fontName=HEADING_FONT, alignment=TA_CENTER, textColor=ALERT, **cell),
        caption=_style(
            "caption", fontName=HEADING_FONT, fontSize=9.5, leading=14, alignment=TA_CENTER, spaceBefore=4
        ),
        source=_style(
            "source", fontSize=8.5, leading=12, alignment=TA_CENTER, textColor=MUTED, spaceAfter=10
        ),
        legend=_style("legend", fontSize=8.5, leading=11),
        toc_title=_style("toc_title", fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=18, **head),
        toc=(
            _style("toc0", fontName=HEADING_FONT, fontSize=11.5, leading=17),
            _style("toc1", fontName=HEADING_FONT, fontSize=10.5, leading=16),
            _style("toc2", fontSize=10.5, leading=16),
        ),
        cover_title=_style(
            "cover_title",
            fontName=HEADING_FONT,
            fontSize=26,
            leading=38,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        cover_subtitle=_style(
            "cover_subtitle",
            fontName=HEADING_FONT,
            fontSize=15,
            leading=24,
            alignment=TA_CENTER,
            textColor=INK,
        ),
        cover_label=_style("cover_label", fontName=HEADING_FONT, fontSize=12, leading=20, alignment=TA_RIGHT),
        cover_value=_style("cover_value", fontSize=12, leading=20),
        header=_style("header", fontSize=8.5, leading=11, textColor=MUTED),
        header_right=_style("header_right", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_RIGHT),
    )
