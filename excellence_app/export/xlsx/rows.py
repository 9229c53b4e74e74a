"""openpyxl's sheet writer, with the cells written as text instead of through lxml, in UTF-8.

openpyxl writes each cell through nested ``xf.element`` blocks, about 7 µs a cell, which is
more than any other part of saving these workbooks; building the same XML with f-strings
takes a fraction of that. The elements, attributes and their order are exactly openpyxl's,
text escaped as lxml escapes it.

The sheet is written in UTF-8, as Excel writes it, where openpyxl's stream names no encoding
and so writes every Chinese character as a character reference (``&#20013;``): three bytes
instead of eight, less to compress, and the same document to any XML reader.

A sheet holding a cell this does not know (rich text, an array formula, a hyperlink, a
comment, a date in ISO form) is written by openpyxl whole, as is one whose text XML cannot
hold (openpyxl then fails as it always did).
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable
from datetime import date, datetime, time, timedelta
from io import BytesIO
from typing import Any

from lxml.etree import xmlfile
from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS

# Characters XML 1.0 cannot hold (tab, line feed and carriage return it can).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DATES = (date, datetime, time, timedelta)


def xml_text(value: str) -> str:
    """Element text escaped as libxml2 escapes it."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def _attribute(value: str) -> str:
    """An attribute value escaped as libxml2 escapes it."""
    value = xml_text(value)
    return value.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


class RowWriter(WorksheetWriter):
    def get_stream(self) -> Generator[Any, Any, None]:
        """openpyxl's (3.1) stream, in UTF-8."""
        with xmlfile(self.out, encoding="utf-8") as xf, xf.element("worksheet", xmlns=SHEET_MAIN_NS):
            try:
                while True:
                    el = yield
                    if el is True:
                        yield xf
                    elif el is not None:
                        xf.write(el)
            except GeneratorExit:
                pass

    def write_rows(self) -> None:
        rows = self.rows()
        xml = _sheet_data(self, rows) if isinstance(self.out, BytesIO) else None
        if xml is None:
            super().write_rows()
            return
        xf = self.xf.send(True)
        xf.flush()  # what lxml holds goes out first, then the rows after it
        self.out.write(xml.encode("utf-8"))
        self.xf.send(None)


def _sheet_data(writer: WorksheetWriter, rows: Iterable[tuple[int, list[Cell]]]) -> str | None:
    """<sheetData> as openpyxl writes it, or None if a cell needs openpyxl's own writer."""
    ws = writer.ws
    workbook = ws.parent
    style_ids = workbook._cell_styles  # numbered in the order cells use them, as openpyxl does
    known: dict[bytes, int] = {}  # a style's bytes → its number, quicker than hashing its tuple
    dims = ws.row_dimensions
    out = ["<sheetData>"]
    add = out.append
    for row_idx, row in rows:
        attrs = "".join(f' {k}="{_attribute(v)}"' for k, v in dims.get(row_idx, {}))
        add(f'<row r="{row_idx}"{attrs}>')
        for cell in row:
            if cell._hyperlink is not None or cell._comment is not None:
                return None
            style = cell._style
            styled = style is not None and any(style)
            value = cell._value
            if value is None and not styled:
                continue
            # As openpyxl's _set_attributes and lxml_write_cell, in the same order.
            head = f'<c r="{cell.coordinate}"'
            if styled:
                key = style.tobytes()
                number = known.get(key)
                if number is None:
                    number = known[key] = style_ids.add(style)
                head += f' s="{number}"'
            kind = cell.data_type
            if kind == "s":
                head += ' t="inlineStr"'
            elif kind == "d":
                if workbook.iso_dates or not isinstance(value, _DATES) or getattr(value, "tzinfo", None):
                    return None
                head += ' t="n"'
                value = to_excel(value, workbook.epoch)
            elif kind != "f":
                head += f' t="{kind}"'
            if value is None or value == "":
                add(f"{head}></c>")
            elif kind == "f":
                if not isinstance(value, str):
                    return None  # an array or data table formula
                add(f"{head}><f>{xml_text(value[1:])}</f><v></v></c>")
            elif kind == "s":
                if not isinstance(value, str):
                    return None  # rich text
                space = ' xml:space="preserve"' if value != value.strip() else ""
                add(f"{head}><is><t{space}>{xml_text(value)}</t></is></c>")
            else:
                add(f"{head}><v>{xml_text(safe_string(value))}</v></c>")
        add("</row>")
    add("</sheetData>")
    xml = "".join(out)
    if NOT_XML.search(xml) is not None:
        return None
    return xml
