"""One Word document being written: the page, the running header and footer, and what every
part shares (text with its warnings, headings with their bookmarks, the table of contents,
progress and cancel).

The charts are the PDF's own (export/pdf/charts.py), drawn through a PDF build context kept
here; its warnings and table numbers are this document's, so that a warning is said once and
a 表n means the same table in both documents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from excellence_app.core.markdown import Inline
from excellence_app.core.report import Cancelled, ExportCancelled, Progress, ReportInput
from excellence_app.core.snapshots import CycleSnapshot
from excellence_app.export.captions import NOWHERE, Captions, Where
from excellence_app.export.docx import fields
from excellence_app.export.docx.styles import BODY, HEADINGS, HEI, PART, make_styles, set_fonts
from excellence_app.export.pdf.context import BuildContext
from excellence_app.export.pdf.fonts import BODY_CHAIN, load_fonts
from excellence_app.export.pdf.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    RULE,
)
from excellence_app.export.pdf.styles import make_styles as pdf_styles

Spans = Sequence[tuple[str, bool]]  # (text, bold)
TOC_CODE = f'TOC \\o "1-3" \\h \\z \\t "{PART},1"'


@dataclass(frozen=True)
class TocEntry:
    level: int  # 1–3, as Word's toc 1–3
    text: str
    bookmark: str


class WordContext:
    def __init__(
        self,
        data: ReportInput,
        *,
        include_scores: bool = False,
        evidence_data: Callable[[str], bytes] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        self.data = data
        self.include_scores = include_scores
        self.doc = docx.Document()
        award = data.award
        self.sizes = make_styles(self.doc, award.body_points, award.line_spacing)
        fonts = load_fonts()
        self.fonts = fonts
        self.charts = BuildContext(
            data,
            fonts,
            pdf_styles(award.body_points, award.line_spacing),
            include_scores=include_scores,
            evidence_data=evidence_data,
        )
        self.notes = self.charts.notes
        self.numbers: Captions = self.charts.numbers
        self.toc: list[TocEntry] = []
        self.bookmarks: dict[str, str] = {}  # an item's or section's id → its heading's bookmark
        self._bookmark_ids = 0
        self._style_ids: dict[str, str] = {}
        self._break_before = False  # the next paragraph starts a page
        self._title = ""
        self._progress = progress
        self._cancelled = cancelled
        self._steps = 0
        self._step_total = 1 + sum(len(c.items) for c in data.framework.categories)
        self._setup_page()

    @property
    def snap(self) -> CycleSnapshot:
        return self.data.snapshot

    # --- cancellation and progress ---------------------------------------------------------
    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def count_steps(self, total: int) -> None:
        """How many steps the document takes, when it is not one per item (the report)."""
        self._steps, self._step_total = 0, max(total, 1)

    def step(self) -> None:
        """One item (or the front pages) written: progress, and a chance to stop."""
        self.check_cancelled()
        self._steps = min(self._steps + 1, self._step_total)
        if self._progress is not None:
            self._progress(self._steps, self._step_total)

    # --- the page ---------------------------------------------------------------------------
    def _setup_page(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Pt(MARGIN_LEFT), Pt(MARGIN_RIGHT)
        section.top_margin, section.bottom_margin = Pt(MARGIN_TOP), Pt(MARGIN_BOTTOM)
        # where the PDF draws them: the header's rule 17 mm below the top, the number 13 mm up
        section.header_distance, section.footer_distance = Mm(12), Mm(10)
        # the first page is the cover, which carries no header or number, as in the PDF
        section.different_first_page_header_footer = True

    def running_header(self, title: str) -> None:
        """The organisation at the left, the document at the right, a rule under both; and
        第 X 页 共 Y 页 in the footer, as fields Word fills in."""
        self._title = title
        section = self.doc.sections[0]
        org = self.snap.project.org_name
        head = section.header.paragraphs[0]
        self.restyle(head, "Header")
        head.paragraph_format.tab_stops.add_tab_stop(Pt(FRAME_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
        head.add_run(self.checked(org, Where("页眉", "the running header")))
        head.add_run("\t" + self.checked(title, NOWHERE))
        _rule_below(head)
        foot = section.footer.paragraphs[0]
        self.restyle(foot, "Footer")
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot.add_run("第 ")
        fields.add_field(foot, "PAGE", "1")
        foot.add_run(" 页 共 ")
        fields.add_field(foot, "NUMPAGES", "1", dirty=True)
        foot.add_run(" 页")

    # --- paragraphs --------------------------------------------------------------------------
    def add(self, style: str, container: object = None) -> Paragraph:
        """A new paragraph of ``style`` at the end of the body (or of a cell)."""
        p = (container or self.doc).add_paragraph()  # type: ignore[attr-defined]
        self.restyle(p, style)
        if self._break_before and container is None:
            p.paragraph_format.page_break_before = True
            self._break_before = False
        return p

    def restyle(self, paragraph: Paragraph, style: str) -> None:
        """Set a paragraph's style by its id: python-docx looks a style up by name through
        every style of the document, which for a package of two thousand paragraphs took
        seconds."""
        ident = self._style_ids.get(style)
        if ident is None:
            ident = self._style_ids[style] = self.doc.styles[style].style_id
        paragraph._p.style = ident

    # --- text --------------------------------------------------------------------------------
    def checked(self, text: str, where: Where) -> str:
        """The text as written, after noting every character no bundled font has: the PDF
        draws those as □, and in Word they may show as boxes too, so the user is told."""
        for _ in self.fonts.runs(text, BODY_CHAIN, lambda ch: self._missing(ch, where)):
            pass
        return text

    def _missing(self, ch: str, where: Where) -> None:
        cp = f"U+{ord(ch):04X}"
        self.notes.add(
            f"{where.zh}中的字符“{ch}”（{cp}）在内置字体中都没有字形，Word 中可能显示为方框",
            f"character {ch!r} ({cp}) in {where.en} is in none of the bundled fonts; Word may show a box",
        )

    def para(
        self,
        text: str = "",
        style: str = BODY,
        where: Where = NOWHERE,
        *,
        align: WD_ALIGN_PARAGRAPH | None = None,
        color: RGBColor | None = None,
    ) -> Paragraph:
        p = self.add(style)
        if text:
            run = p.add_run(self.checked(text, where))
            if color is not None:
                run.font.color.rgb = color
        if align is not None:
            p.alignment = align
        return p

    def spans(self, paragraph: Paragraph, spans: Spans, where: Where) -> Paragraph:
        """Runs of (text, bold): a bold lead-in, or the bold of a response's Markdown."""
        for text, bold in spans:
            run = paragraph.add_run(self.checked(text, where))
            if bold:
                run.bold = True
        return paragraph

    def inline(self, paragraph: Paragraph, spans: Inline, where: Where) -> Paragraph:
        return self.spans(paragraph, [(s.text, s.bold) for s in spans], where)

    def lead(self, lead: str, text: str, style: str, where: Where) -> Paragraph:
        """A 黑体 lead-in followed by body text: 证实性材料：…, 自评得分：…"""
        p = self.add(style)
        run = p.add_run(lead)
        set_fonts(run._r, HEI)
        p.add_run(self.checked(text, where))
        return p

    def page_break(self) -> None:
        """The next paragraph starts a new page. Set on that paragraph rather than as a break
        of its own, which would spill an empty page after a page that is full."""
        self._break_before = True

    # --- headings ------------------------------------------------------------------------------
    def heading(
        self, text: str, level: int, where: Where | None, *, new_page: bool = False, toc: bool = True
    ) -> Paragraph:
        """A heading: 0 a numbered part (一、…), 1–3 标题 1–3, 4 a heading inside a response.

        Each heading up to 标题 3 gets a bookmark, which the table of contents links to and
        whose page the 证实性材料 list shows. ``where`` None: the text was checked already.
        """
        style = PART if level == 0 else HEADINGS[level - 1]
        p = self.add(style)
        p.add_run(text if where is None else self.checked(text, where))
        if new_page and level:
            p.paragraph_format.page_break_before = True
        self.numbers.heading(text, top=level <= 1)
        if level <= 3:
            self._bookmark_ids += 1
            name = f"_Toc{100000000 + self._bookmark_ids}"
            fields.add_bookmark(p, name, self._bookmark_ids)
            self.bookmarks.setdefault(text.split(" ", 1)[0], name)
            if toc:
                self.toc.append(TocEntry(max(level, 1), text, name))
        return p

    # --- the table of contents ------------------------------------------------------------------
    def contents(self) -> Paragraph:
        """目录 and the paragraph the entries go before once the headings are known."""
        self.page_break()
        self.para("目录", "TOC Heading")
        return self.add("toc 1")

    def fill_contents(self, anchor: Paragraph) -> None:
        """The TOC field with an entry per heading: each links to its heading and shows the
        page by a PAGEREF, so the list reads right before Word updates the field."""
        first = True
        for entry in self.toc:
            p = anchor.insert_paragraph_before()
            self.restyle(p, f"toc {entry.level}")
            if first:
                fields.begin_field(p, TOC_CODE, dirty=True)
                first = False
            link = fields.add_link(p, entry.bookmark)
            link.append(fields.text_run(entry.text))
            link.append(fields.text_run("\t"))
            for run in fields.field_runs(f"PAGEREF {entry.bookmark} \\h"):
                link.append(run)
        if first:
            fields.begin_field(anchor, TOC_CODE, dirty=True)
        fields.end_field(anchor)  # the next part starts a page of its own (its style says so)

    def save(self, out: object) -> None:
        fields.update_on_open(self.doc)
        props = self.doc.core_properties
        props.author = self.snap.project.org_name
        props.title = f"{self.snap.project.org_name} {self._title}"
        props.language = "zh-CN"
        self.doc.save(out)


def _rule_below(paragraph: Paragraph) -> None:
    """The thin rule under the running header, in the PDF's colour."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attr, value in (("val", "single"), ("sz", "4"), ("space", "1"), ("color", RULE.hexval()[2:])):
        bottom.set(qn(f"w:{attr}"), value)
    borders.append(bottom)
    # the schema fixes where pBdr goes among a paragraph's properties, and Word holds to it
    ppr.insert_element_before(borders, *_AFTER_PBDR)


_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
