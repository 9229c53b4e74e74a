"""The Word styles of the package: Word's own where Word has one, so that the document behaves
as people expect of a Word file (标题 1/2/3 in the navigation pane and in Word's own 目录,
正文文本, 题注, 列表项目符号, 网格型表格), set as the PDF is set.

Body text is 宋体 for Chinese with one Latin face (Times New Roman) for letters and digits,
as the PDF pairs its Ming face with a Times-like serif; headings are black 黑体 with the same
Latin face. Size and line spacing come from the award profile (五号 or 小四, its spacing);
every heading size follows the PDF's ladder (pdf.styles.SIZE_STEPS) for that body size.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle, ParagraphStyle

from excellence_app.export.pdf.styles import FRAME_WIDTH, SIZE_STEPS
from excellence_app.export.word_marks import GENERATED, PART_ID, PART_NAME

SONG = "宋体"  # Word's name for SimSun, on every Chinese Windows and in WPS
HEI = "黑体"  # SimHei
LATIN = "Times New Roman"
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x66, 0x66, 0x66)
ALERT = RGBColor(0xC0, 0x00, 0x00)
GRID = "A6A6A6"  # as the PDF's table rules
HEAD_FILL = "DCE3EF"
ZEBRA_FILL = "F4F6FA"
ALERT_FILL = "FBE3E3"

# Our own styles, named as a Chinese user finds them in Word's style list.
PART = PART_NAME  # 一、组织概述: a numbered part, on a new page
PAGE_TITLE = "页标题"  # 申报表, 承诺书, 推荐意见, 目录
COVER_TITLE = "封面标题"
COVER_SUBTITLE = "封面副标题"
COVER_FACT = "封面项目"
CELL = "表格文字"
CELL_HEAD = "表格标题行"
SMALL = "小字"
# What the export generates around the texts, each in a style the Word import knows and
# leaves out (word_marks.py): a figure's data source, a note, an item's score and evidence.
SOURCE, NOTE, EVIDENCE_REF, SCORE_LINE = (
    GENERATED[i][0] for i in ("ExaSource", "ExaNote", "ExaEvidenceRef", "ExaScore")
)
STYLE_IDS = {
    PART: PART_ID,
    PAGE_TITLE: "ExaPageTitle",
    COVER_TITLE: "ExaCoverTitle",
    COVER_SUBTITLE: "ExaCoverSubtitle",
    COVER_FACT: "ExaCoverFact",
    CELL: "ExaCell",
    CELL_HEAD: "ExaCellHead",
    SMALL: "ExaSmall",
    **{name: ident for ident, (name, _, _) in GENERATED.items()},
    "toc 1": "TOC1",
    "toc 2": "TOC2",
    "toc 3": "TOC3",
}
HEADINGS = ("Heading 1", "Heading 2", "Heading 3", "Heading 4")  # category, item, clause, in-text
BODY = "Body Text"  # 正文文本: indented two characters, justified
TABLE = "Table Grid"  # 网格型


@dataclass(frozen=True)
class Sizes:
    body: float
    part: float
    category: float
    item: float
    clause: float
    cell: float
    caption: float
    small: float


def sizes(body: float) -> Sizes:
    part, cat, item, clause, cell, caption, small = SIZE_STEPS.get(body, SIZE_STEPS[10.5])
    return Sizes(body, part, cat, item, clause, cell, caption, small)


def set_fonts(element: object, east_asia: str, latin: str = LATIN) -> None:
    """Fonts of a style or run: Chinese in ``east_asia`` (w:eastAsia), the rest in ``latin``.

    Theme fonts are removed: Word prefers them to named fonts, and the template's are Cambria
    and Calibri.
    """
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _style(doc: Document, name: str, base: str = "Normal") -> ParagraphStyle:
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.quick_style = True
        # an ASCII id, as Word gives its own: some programs mishandle ids in Chinese
        style.style_id = STYLE_IDS.get(name, style.style_id)
    style.base_style = styles[base] if name != base else None
    return style  # type: ignore[return-value]


def _text(
    style: BaseStyle,
    size: float,
    *,
    east_asia: str = SONG,
    color: RGBColor = INK,
    bold: bool = False,
) -> None:
    set_fonts(style.element, east_asia)
    font = style.font  # type: ignore[attr-defined]
    font.size = Pt(size)
    font.bold = bold
    font.italic = False
    font.color.rgb = color


def _paragraph(
    style: ParagraphStyle,
    *,
    align: WD_ALIGN_PARAGRAPH | None = None,
    before: float = 0,
    after: float = 0,
    line: float | None = None,
    exact: float | None = None,
    keep: bool = False,
    indent_chars: int = 0,
    size: float = 0,
) -> None:
    pf = style.paragraph_format
    pf.alignment = align
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if exact is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    elif line is not None:
        pf.line_spacing = line
    pf.keep_with_next = keep
    pf.widow_control = True
    if indent_chars:
        # in characters (w:firstLineChars), so that it stays two characters if the size changes
        pf.first_line_indent = Pt(indent_chars * size)
        ind = style.element.get_or_add_pPr().find(qn("w:ind"))
        ind.set(qn("w:firstLineChars"), str(indent_chars * 100))


def _outline(style: ParagraphStyle, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    element = ppr.find(qn("w:outlineLvl"))
    if element is None:
        element = OxmlElement("w:outlineLvl")
        ppr.insert_element_before(element, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
    element.set(qn("w:val"), str(level))


def _defaults(doc: Document) -> None:
    """Document defaults: the fonts and the Chinese language every style starts from."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attr, value in (("ascii", LATIN), ("hAnsi", LATIN), ("cs", LATIN), ("eastAsia", SONG)):
        fonts.set(qn(f"w:{attr}"), value)
    rpr.insert(0, fonts)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def _table_grid(doc: Document) -> None:
    """The grid of every table in the PDF's grey, half a point."""
    borders = doc.styles[TABLE].element.find(qn("w:tblPr")).find(qn("w:tblBorders"))
    for edge in borders:
        edge.set(qn("w:color"), GRID)
        edge.set(qn("w:sz"), "4")


def _toc_styles(doc: Document, s: Sizes) -> None:
    """toc 1–3: Word's own, with the page number at the right after a dotted leader."""
    for level in (1, 2, 3):
        style = _style(doc, f"toc {level}")
        _text(style, 10.5, east_asia=HEI if level == 1 else SONG)
        _paragraph(style, before=6 if level == 1 else 0, line=1.3)
        style.paragraph_format.left_indent = Pt(21 * (level - 1))
        stops = style.paragraph_format.tab_stops
        stops.add_tab_stop(Pt(FRAME_WIDTH), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def make_styles(doc: Document, body: float, line_spacing: float) -> Sizes:
    """Set up every style the package uses for a body of ``body`` pt at ``line_spacing``."""
    s = sizes(body)
    _defaults(doc)
    normal = _style(doc, "Normal")
    _text(normal, body)
    _paragraph(normal, line=line_spacing)
    text = _style(doc, BODY)
    _text(text, body)
    _paragraph(text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4, line=line_spacing, indent_chars=2, size=body)
    part = _style(doc, PART)
    _text(part, s.part, east_asia=HEI)
    _paragraph(part, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=14, line=1.5, keep=True)
    part.paragraph_format.page_break_before = True
    _outline(part, 0)
    for name, size, before, after in zip(
        HEADINGS, (s.category, s.item, s.clause, s.clause), (8, 12, 8, 4), (8, 6, 4, 2), strict=True
    ):
        heading = _style(doc, name)
        _text(heading, size, east_asia=HEI)
        _paragraph(heading, before=before, after=after, line=1.5, keep=True)
        heading.paragraph_format.keep_together = True
    title = _style(doc, PAGE_TITLE)
    _text(title, 16, east_asia=HEI)
    _paragraph(title, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=18, line=1.5)
    toc_heading = _style(doc, "TOC Heading", PAGE_TITLE)
    _outline(toc_heading, 9)  # 目录 itself is no heading of the document
    for name, size, east_asia in ((COVER_TITLE, 26, HEI), (COVER_SUBTITLE, 15, HEI), (COVER_FACT, 12, SONG)):
        style = _style(doc, name)
        _text(style, size, east_asia=east_asia)
        _paragraph(style, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.5)
    cell = _style(doc, CELL)
    _text(cell, s.cell)
    _paragraph(cell, line=1.25)
    head = _style(doc, CELL_HEAD, CELL)
    _text(head, s.cell, east_asia=HEI)
    _paragraph(head, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.25, keep=True)
    caption = _style(doc, "Caption")
    _text(caption, s.caption, east_asia=HEI)
    _paragraph(caption, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=3, line=1.5)
    source = _style(doc, SOURCE)
    _text(source, s.small - 0.5, color=MUTED)
    _paragraph(source, align=WD_ALIGN_PARAGRAPH.CENTER, after=10, line=1.3)
    note = _style(doc, NOTE)
    _text(note, s.small + 0.5, color=MUTED)
    _paragraph(note, after=4, line=1.5)
    small = _style(doc, SMALL)
    _text(small, s.small)
    _paragraph(small, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4, line=1.5)
    _style(doc, EVIDENCE_REF, SMALL)  # set as 小字, named for what it is
    score = _style(doc, SCORE_LINE, BODY)
    # a line of figures, not a paragraph: no indent, in characters too (the base's counts first)
    score.paragraph_format.first_line_indent = Pt(0)
    score.element.get_or_add_pPr().find(qn("w:ind")).set(qn("w:firstLineChars"), "0")
    for name in ("List Bullet", "List Number"):
        style = _style(doc, name)
        _text(style, body)
        _paragraph(style, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=2, line=line_spacing)
    for name in ("Header", "Footer"):
        style = _style(doc, name)
        _text(style, 9 if name == "Footer" else 8.5, color=MUTED)
        # the template's stops are for Letter paper; the header sets its own at the text width
        tabs = style.element.get_or_add_pPr().find(qn("w:tabs"))
        if tabs is not None:
            tabs.getparent().remove(tabs)
    _toc_styles(doc, s)
    _table_grid(doc)
    return s
