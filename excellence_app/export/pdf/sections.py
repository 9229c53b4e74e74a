"""What both documents share: numbered parts, the cover, the table of contents, assembly.

A document is a cover plus a sequence of :class:`Section`; adding a part to a
document means adding a Section to its tuple, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from excellence_app.core.report import ReportInput
from excellence_app.export.package_text import part_title
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.doc import ExportDoc
from excellence_app.export.pdf.flowables import TocLine
from excellence_app.export.pdf.fonts import BODY_FONT
from excellence_app.export.pdf.linebreak import CJKParagraph
from excellence_app.export.pdf.styles import ACCENT

TOC_INDENT = 21.0
SECTION_TITLE = Where("章节标题", "a section title")


def _always(_: ReportInput) -> bool:
    return True


@dataclass(frozen=True)
class Section:
    """A numbered part (一、二、…) of a document: its title and what follows the title."""

    title: str
    build: Callable[[BuildContext], list[Flowable]]
    new_page: bool = True
    # A part only some projects have (a comparison needs an earlier cycle) says so here.
    wanted: Callable[[ReportInput], bool] = _always


def cover(
    ctx: BuildContext, lines: Sequence[tuple[str, str]], facts: Sequence[tuple[str, str]]
) -> list[Flowable]:
    """A cover page: title lines as (text, "title"|"subtitle"), then label–value facts."""
    styles = ctx.styles
    where = Where("封面", "the cover")
    out: list[Flowable] = [Spacer(1, 42 * mm)]
    for text, kind in lines:
        style = styles.cover_title if kind == "title" else styles.cover_subtitle
        out += [ctx.para(text, style, where), Spacer(1, 6 * mm if kind == "title" else 3 * mm)]
    out.append(Spacer(1, 30 * mm))
    rows = [
        [ctx.para(f"{label}：", styles.cover_label, where), ctx.para(value, styles.cover_value, where)]
        for label, value in facts
    ]
    table = Table(rows, colWidths=[50 * mm, 84 * mm], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out.append(table)
    return out


def table_of_contents(ctx: BuildContext) -> list[Flowable]:
    styles = ctx.styles
    out = ctx.heading("目录", styles.toc_title, SECTION_TITLE, outline=0)
    for entry in ctx.toc:
        style = styles.toc[min(entry.level, len(styles.toc) - 1)]
        title = CJKParagraph(entry.markup, style)
        out.append(TocLine(title, entry.key, TOC_INDENT * entry.level, 10 if entry.level == 0 else 3))
    return out


def compose(
    ctx: BuildContext, front: list[Flowable], sections: Sequence[Section], *, toc: bool = True
) -> list[Flowable]:
    """Front pages, table of contents (unless ``toc`` is False) and the numbered sections."""
    body: list[Flowable] = []
    chosen = [s for s in sections if s.wanted(ctx.data)]
    for n, section in enumerate(chosen, start=1):
        ctx.check_cancelled()
        if body and section.new_page:
            body.append(PageBreak())
        body += ctx.heading(part_title(n, section.title), ctx.styles.part, SECTION_TITLE, outline=0, toc=0)
        body += section.build(ctx)
    contents = [*table_of_contents(ctx), PageBreak()] if toc else []
    return [*front, NextPageTemplate("body"), PageBreak(), *contents, *body]


def render(ctx: BuildContext, out: Path, story: list[Flowable], title: str) -> int:
    """Lay out and write the story; returns the number of pages."""
    where = Where("页眉", "the running header")
    styles = ctx.styles
    org = ctx.snap.project.org_name
    header = (ctx.para(org, styles.header, where), ctx.para(title, styles.header_right, where))
    doc = ExportDoc(
        out,
        title=f"{org} {title}",
        author=org,
        subject=title,
        header=header,
        placed=ctx.placed,
        after_flowable=ctx.after_flowable,
    )
    ctx.number_story(story)
    return doc.render(story, [e.key for e in ctx.toc])
