"""What every section builder shares while one PDF is put together.

The context turns text into paragraph markup with the right font for every
character, hands out heading keys and table numbers, remembers the table of
contents, the captions and the figures and tables the text cites, and the
warnings, and checks for cancellation. Its styles follow the award profile's body
size and line spacing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from excellence_app.core.framework import Framework
from excellence_app.core.markdown import Inline
from excellence_app.core.report import Cancelled, ExportCancelled, Progress, ReportInput
from excellence_app.core.snapshots import CycleSnapshot
from excellence_app.core.summary import Summary, figure_labels
from excellence_app.export.captions import Captions, Notes, Where
from excellence_app.export.pdf.flowables import KeepRoom, heading_paragraph
from excellence_app.export.pdf.fonts import CHAINS, FontSet, Run, role_of
from excellence_app.export.pdf.linebreak import CJKParagraph
from excellence_app.export.pdf.styles import Styles

# A heading keeps its first lines of text with it (flowables.KeepRoom); this much room is what
# it asks for where it cannot see what follows (inside a group), by style name.
HEADING_ROOM = {"part": 170.0, "h1": 150.0, "h2": 125.0}
DEFAULT_ROOM = 85.0


@dataclass(frozen=True)
class TocEntry:
    level: int
    markup: str
    key: str


@dataclass
class ForeignPages:
    """附件: the attached PDFs, and where each page's reserved box landed: (page number,
    evidence id, page index, x, y, scale), filled in while the package is laid out."""

    sources: dict[int, bytes] = field(default_factory=dict)  # evidence id → the PDF's bytes
    boxes: list[tuple[int, int, int, float, float, float]] = field(default_factory=list)
    planned: list[Any] | None = None  # attachments.Planned, each file read once per export


class BuildContext:
    def __init__(
        self,
        data: ReportInput,
        fonts: FontSet,
        styles: Styles,
        *,
        include_scores: bool = False,
        evidence_data: Callable[[str], bytes] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        self.data = data
        self.fonts = fonts
        self.styles = styles
        self.include_scores = include_scores
        self.evidence_data = evidence_data
        self.notes = Notes()
        self.foreign = ForeignPages()
        self.toc: list[TocEntry] = []
        self.placed: dict[str, int] = {}
        self.figure_labels = figure_labels(data.snapshot)
        # numbered things as placed, and what the text cites (shared with the Word writer)
        self.numbers = Captions(data.framework)
        self._progress = progress
        self._cancelled = cancelled
        self._keys = 0
        self._figures = 0
        self._story_size = 0
        self._done = -1

    @property
    def snap(self) -> CycleSnapshot:
        return self.data.snapshot

    @property
    def summary(self) -> Summary:
        return self.data.summary

    @property
    def framework(self) -> Framework:
        return self.data.framework

    # --- cancellation and progress ---------------------------------------------------------
    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def number_story(self, story: list[Flowable]) -> None:
        """Tag the top-level flowables so that layout progress can be reported; the story is
        complete now, so this is also where citations are checked against the captions."""
        self.check_citations()
        self._story_size = len(story)
        for i, flowable in enumerate(story):
            flowable._exa_index = i  # type: ignore[attr-defined]

    def after_flowable(self, flowable: Flowable) -> None:
        self.check_cancelled()
        index = getattr(flowable, "_exa_index", None)
        if self._progress is not None and index is not None and index > self._done:
            self._done = index
            self._progress(index + 1, self._story_size)

    # --- text ------------------------------------------------------------------------------
    def markup(self, text: str, where: Where, *, base: str, role: str = "body") -> str:
        return self.fonts.markup([(text, role)], base, lambda ch: self.notes.missing_char(ch, where))

    def inline(self, spans: Inline, where: Where, *, base: str, bold_role: str = "heading") -> str:
        """Markup for Markdown spans: bold is set in the sans heading face (黑体 emphasis)."""
        parts = [(s.text, bold_role if s.bold else "body") for s in spans]
        return self.fonts.markup(parts, base, lambda ch: self.notes.missing_char(ch, where))

    def para(self, text: str, style: ParagraphStyle, where: Where, role: str | None = None) -> CJKParagraph:
        if role is None:
            role = role_of(style.fontName)
        return CJKParagraph(self.markup(text, where, base=style.fontName, role=role), style)

    def para_parts(
        self, parts: Iterable[tuple[str, str]], style: ParagraphStyle, where: Where, bullet: str | None = None
    ) -> CJKParagraph:
        """A paragraph of (text, role) parts, e.g. a bold lead-in followed by body text."""
        markup = self.fonts.markup(parts, style.fontName, lambda ch: self.notes.missing_char(ch, where))
        return CJKParagraph(markup, style, bulletText=bullet)

    def label(self, text: str, where: Where, role: str = "heading") -> list[Run]:
        """The font runs of a chart label."""
        return list(self.fonts.runs(text, CHAINS[role], lambda ch: self.notes.missing_char(ch, where)))

    def next_figure(self) -> int:
        """The next number for a figure numbered through the document (图1, 图2 …)."""
        self._figures += 1
        return self._figures

    # --- headings --------------------------------------------------------------------------
    def heading(
        self,
        text: str,
        style: ParagraphStyle,
        where: Where,
        *,
        outline: int | None,
        toc: int | None = None,
        key: str | None = None,
    ) -> list[Flowable]:
        """A heading with its bookmark; ``outline``/``toc`` give its level there (None: absent).

        ``key`` names the heading for a page reference made before it is built (附件)."""
        self._keys += 1
        key = key or f"h{self._keys}"
        markup = self.markup(text, where, base=style.fontName, role="heading")
        if toc is not None:
            toc_style = self.styles.toc[min(toc, len(self.styles.toc) - 1)]
            role = role_of(toc_style.fontName)
            self.toc.append(TocEntry(toc, self.markup(text, where, base=toc_style.fontName, role=role), key))
        para = heading_paragraph(markup, style, key, text, outline, self.placed)
        self.numbers.heading(text, top=style.name in ("part", "h1"))
        return [KeepRoom(HEADING_ROOM.get(style.name, DEFAULT_ROOM)), para]

    # --- numbered tables and what the text cites -------------------------------------------
    def next_table(self) -> str:
        """The number of the next table: per item or profile section, like the figures
        (表4.1.2-1, 表B.1.1-1), or through the document outside them (表1)."""
        return self.numbers.next_table()

    def placed_figure(self, label: str) -> None:
        self.numbers.figure(label)

    def note_citations(self, text: str, where: Where) -> None:
        self.numbers.note_citations(text, where)

    def check_citations(self) -> None:
        self.numbers.check(self.notes)
