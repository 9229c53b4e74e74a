"""Many charts of one shape, built by openpyxl once and copied; and their drawing, likewise.

openpyxl takes about as long to build and write one small line chart as to write a thousand
cells, and the results sheet has dozens that differ only in their texts: the title, the axis
title, each series' name and cell ranges. So for each shape openpyxl builds and serialises
one chart whose texts are numbered marks; every chart of that shape is that XML with its
own texts, escaped as lxml escapes them, in place of the marks. The file is byte for byte
what openpyxl writes for each chart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from copy import deepcopy
from dataclasses import dataclass

from lxml.etree import _Element, fromstring
from openpyxl.chart._chart import ChartBase
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.packaging.relationship import Relationship
from openpyxl.utils import coordinate_to_tuple
from openpyxl.utils.units import cm_to_EMU
from openpyxl.xml.functions import tostring

from excellence_app.export.xlsx.rows import NOT_XML, xml_text

# A range mark (openpyxl parses a range, so it must look like one), and a text mark (with a
# space before it for a text with spaces at an end, which openpyxl marks xml:space="preserve").
_MARK = re.compile(rb"'@@(\d+)@@'!\$A\$1| ?@@(\d+)@@")

# openpyxl writes a drawing's own elements without a namespace (it sets xmlns as a plain
# attribute on the root), the DrawingML ones inside them with theirs.
_NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
}
_CHART_REF = "graphicFrame/a:graphic/a:graphicData/c:chart"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class ChartTexts:
    """The texts that differ between charts of one shape."""

    title: str
    axis_title: str  # the value axis' title; "" for none
    categories: str  # the category range, e.g. "'结果指标'!$F$5:$J$5"
    series: tuple[tuple[str, str], ...]  # (value range, legend name) of each series

    def shape(self, extra: Hashable) -> Hashable:
        """What must be equal for two charts to share their XML: everything but the texts, and
        the kind of each text (openpyxl writes an empty one differently, or not at all, and
        marks one with spaces at an end)."""
        return (
            extra,
            _kind(self.title),
            _kind(self.axis_title),
            tuple(_kind(name) for _, name in self.series),
        )

    def values(self) -> list[str]:
        """The texts in the order of their marks."""
        out = [self.title, self.axis_title, self.categories]
        for values, name in self.series:
            out += [values, name]
        return out

    def marks(self) -> ChartTexts:
        """These texts' marks: each non-empty text replaced by its number in :meth:`values`."""

        def text(n: int, value: str) -> str:
            return ("", f"@@{n}@@", f" @@{n}@@")[_kind(value)]

        def cells(n: int) -> str:
            return f"'@@{n}@@'!$A$1"

        return ChartTexts(
            title=text(0, self.title),
            axis_title=text(1, self.axis_title),
            categories=cells(2),
            series=tuple(
                (cells(3 + 2 * i), text(4 + 2 * i, name)) for i, (_, name) in enumerate(self.series)
            ),
        )


def _kind(text: str) -> int:
    """0 for an empty text, 2 for one with spaces at an end around others (as openpyxl's
    ``whitespace`` tells), 1 for any other."""
    stripped = text.strip()
    return 0 if not text else 2 if stripped and stripped != text else 1


class SavedChart(ChartBase):
    """A chart whose XML is ready: openpyxl anchors, sizes and names it as any other, and
    book.py's writer writes its XML as it is.

    It skips ChartBase.__init__, which builds a legend, a plot area and more that this chart
    never uses; openpyxl reads only its anchor, size and part name (class defaults until set).
    """

    def __init__(self, xml: bytes, width: float, height: float) -> None:
        self.xml = xml
        self.width, self.height = width, height

    def _write(self) -> _Element:
        """The XML as a tree, for openpyxl's own writer (Workbook.save)."""
        return fromstring(self.xml)

    # Serialisable compares charts by their (here empty) fields, and openpyxl refuses a
    # workbook holding two equal charts; each saved chart is one of its own.
    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)


class ChartCopier:
    """Builds each chart shape once with openpyxl and copies it for the charts that follow."""

    def __init__(self, width: float, height: float) -> None:
        self._width, self._height = width, height
        # shape → the marked XML split at its marks: bytes, mark number, bytes, …
        self._templates: dict[Hashable, list[bytes | int]] = {}

    def chart(
        self, texts: ChartTexts, shape: Hashable, build: Callable[[ChartTexts], ChartBase]
    ) -> ChartBase:
        """The chart ``build(texts)`` makes; ``shape`` says what else makes one chart differ
        from another (e.g. a target line), beyond what ``texts`` tells."""
        values = texts.values()
        if any(NOT_XML.search(v) for v in values):
            return build(texts)  # openpyxl's, which fails on saving as it always did
        key = texts.shape(shape)
        template = self._templates.get(key)
        if template is None:
            template = self._templates[key] = _split(tostring(build(texts.marks())._write()))
        text = [xml_text(v).encode() for v in values]
        xml = b"".join(text[part] if isinstance(part, int) else part for part in template)
        return SavedChart(xml, self._width, self._height)


def _split(xml: bytes) -> list[bytes | int]:
    parts: list[bytes | int] = []
    last = 0
    for match in _MARK.finditer(xml):
        parts.append(xml[last : match.start()])
        parts.append(int(match.group(1) or match.group(2)))
        last = match.end()
    parts.append(xml[last:])
    return parts


class QuickDrawing(SpreadsheetDrawing):
    """A sheet's drawing whose chart anchors are copies of the first one openpyxl writes.

    openpyxl builds an anchor, a frame and their XML for every chart, which takes about as
    long as the chart itself; they differ only in the cell, the size and the numbers. A
    drawing with pictures, or with a chart anchored other than at a cell, is openpyxl's.
    """

    # openpyxl serialises what these list, which its metaclass sets for each class anew.
    __attrs__ = SpreadsheetDrawing.__attrs__
    __nested__ = SpreadsheetDrawing.__nested__
    __elements__ = SpreadsheetDrawing.__elements__

    def _write(self) -> _Element:
        charts = self.charts
        if self.images or len(charts) < 2 or not all(isinstance(c.anchor, str) for c in charts):
            return super()._write()
        self.charts = charts[:1]
        try:
            tree = super()._write()  # openpyxl's XML and relationship for the first chart
        finally:
            self.charts = charts
        template = tree[0]
        for idx, chart in enumerate(charts[1:], start=2):
            # As openpyxl's _check_anchor and _chart_frame set them.
            anchor = deepcopy(template)
            row, col = coordinate_to_tuple(chart.anchor.upper())
            _set_text(anchor, "from/col", f"{col - 1}")
            _set_text(anchor, "from/row", f"{row - 1}")
            ext = _find(anchor, "ext")
            ext.set("cx", f"{cm_to_EMU(chart.width)}")
            ext.set("cy", f"{cm_to_EMU(chart.height)}")
            frame = _find(anchor, "graphicFrame/nvGraphicFramePr/cNvPr")
            frame.set("id", f"{idx}")
            frame.set("name", f"Chart {idx}")
            _find(anchor, _CHART_REF).set(_REL_ID, f"rId{idx}")
            tree.append(anchor)
            self._rels.append(Relationship(type="chart", Target=chart.path))
        return tree


def _find(tree: _Element, path: str) -> _Element:
    node = tree.find(path, _NS)
    if node is None:
        raise ValueError(f"the drawing has no {path}")
    return node


def _set_text(tree: _Element, path: str, text: str) -> None:
    _find(tree, path).text = text
