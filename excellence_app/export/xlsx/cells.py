"""What every sheet shares: named styles, text that stays text, column widths, print set-up.

A plain ``str`` is always written as text, whatever it starts with; only a :class:`Formula`
becomes a formula. So a response or comment that begins with ``=``, ``+``, ``-`` or ``@``
can never turn into a live formula in the user's Excel.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from openpyxl.cell.cell import Cell
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core import textclean

PERCENT = '0"%"'
SCORE = "0.00"
NUMBER = "General"
DATE = "yyyy-mm-dd"
MAX_CELL_TEXT = 32_767  # Excel keeps no more characters in one cell
FORMULA_LEADS = ("=", "+", "-", "@")

Warning = tuple[str, str]
WRAPPED = ("多行", "填写多行")


class Formula(str):
    """A formula the program writes; any other ``str`` goes into the cell as text."""


_THIN = Side(style="thin", color="BFBFBF")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
_CAT_FILL = PatternFill("solid", fgColor="DDEBF7")
_TOTAL_FILL = PatternFill("solid", fgColor="FFF2CC")
_INPUT_FILL = PatternFill("solid", fgColor="FFFBEA")
_OPEN = Protection(locked=False)


def _style(
    name: str,
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    border: Border | None = _GRID,
    alignment: Alignment = _TOP,
    number_format: str = NUMBER,
    protection: Protection | None = None,
) -> NamedStyle:
    style = NamedStyle(name=name, number_format=number_format, alignment=alignment)
    style.font = font or Font(size=10)
    if fill is not None:
        style.fill = fill
    if border is not None:
        style.border = border
    if protection is not None:
        style.protection = protection
    return style


def _styles() -> tuple[NamedStyle, ...]:
    """Fresh style objects for each workbook: openpyxl binds a style to the workbook it joins.

    The names are Chinese because they are what the user sees in Excel's style gallery.
    """
    return (
        _style("标题", font=Font(size=14, bold=True), border=None),
        _style("说明", font=Font(size=9, color="595959"), border=None),
        _style("注释", font=Font(size=9, color="595959"), border=None, alignment=_WRAP),
        _style("表头", font=Font(size=10, bold=True, color="FFFFFF"), fill=_HEAD_FILL, alignment=_CENTRE),
        _style("正文"),
        _style("多行", alignment=_WRAP),
        _style("百分比", number_format=PERCENT),
        _style("比率", number_format="0.0"),
        _style("数值", number_format="#,##0"),
        _style("数值1", number_format="#,##0.0"),
        _style("数值2", number_format="#,##0.00"),
        _style("数值3", number_format="#,##0.000"),
        _style("得分", number_format=SCORE),
        _style("日期", number_format=DATE),
        _style("类目", font=Font(size=10, bold=True), fill=_CAT_FILL),
        _style("类目得分", font=Font(size=10, bold=True), fill=_CAT_FILL, number_format=SCORE),
        _style("合计", font=Font(size=10, bold=True), fill=_TOTAL_FILL),
        _style("合计得分", font=Font(size=10, bold=True), fill=_TOTAL_FILL, number_format=SCORE),
        _style("小节", font=Font(size=11, bold=True, color="1F4E79"), border=None),
        _style("填写", fill=_INPUT_FILL, protection=_OPEN),
        _style("填写多行", fill=_INPUT_FILL, alignment=_WRAP, protection=_OPEN),
    )


StyleArrays = dict[str, StyleArray]


def register_styles(wb: Workbook) -> StyleArrays:
    """Add the named styles to the workbook; returns each one's style array for fast use."""
    arrays: StyleArrays = {}
    for style in _styles():
        wb.add_named_style(style)
        arrays[style.name] = style.as_tuple()
    return arrays


def cell_text(text: str) -> tuple[str, bool, bool]:
    """Text Excel can hold, whether characters were replaced, whether it was cut at the cell limit.

    The services clean the report input before any writer sees it (core/textclean.py), with
    warnings naming each place; this is the last guard for text from anywhere else (a
    framework pack, a name typed for the assessor workbook), so no cell ever breaks the XML.
    """
    text, replaced = textclean.clean_text(text)
    if len(text) > MAX_CELL_TEXT:
        return text[: MAX_CELL_TEXT - 1] + "…", replaced, True
    return text, replaced, False


def display_width(text: str) -> float:
    """Column width units a text needs: a Chinese character takes about two.

    Counted from the UTF-8 length (three bytes for a Chinese character, one for a Latin
    letter), which is quick and close enough for sizing a column.
    """
    n = len(text)
    return 1.1 * n + (len(text.encode("utf-8")) - n) / 2


@dataclass
class Grid:
    """One worksheet being written: puts values, remembers how wide each column must be."""

    ws: Worksheet
    warnings: list[Warning]
    styles: StyleArrays
    widths: dict[int, float] = field(default_factory=lambda: defaultdict(float))
    wrapped: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # row → (col, text)
    notes: list[tuple[int, int, str]] = field(default_factory=list)  # (row, first col, text)

    def put(self, row: int, col: int, value: object, style: str = "正文", *, measure: bool = True) -> Cell:
        # What ``ws.cell(row, col)`` then ``cell.style = name`` do, without their checks and
        # look-ups per cell (openpyxl's own worksheet copy sets the style array the same way).
        # The cell gets a copy of the array: setting e.g. its number format changes it in place.
        cell = self.ws._cells.get((row, col))
        if cell is None:
            cell = Cell(self.ws, row=row, column=col, style_array=self.styles[style])
            self.ws._add_cell(cell)
        else:
            cell._style = StyleArray(self.styles[style])
        # The most common first; a Formula is a str but not of this type.
        if type(value) is str or (isinstance(value, str) and not isinstance(value, Formula)):
            if not value:
                return cell  # an empty text is an empty cell, with its style (borders, fill)
            self._text(cell, value)
            if style in WRAPPED:
                self.wrapped.setdefault(row, []).append((col, value))
            elif measure:
                longest = max(value.split("\n"), key=len) if "\n" in value else value
                self.widths[col] = max(self.widths[col], display_width(longest))
        elif value is None:
            # What openpyxl's value setter does for None, which it reaches only after trying
            # every type it knows, slowly.
            cell._value = None
            cell.data_type = "n"
        elif isinstance(value, Formula):
            cell.value = str(value)
        else:
            cell.value = value
            if measure and isinstance(value, int | float) and not isinstance(value, bool):
                self.widths[col] = max(self.widths[col], len(f"{value:g}") + 2)
            elif isinstance(value, date | datetime):
                self.widths[col] = max(self.widths[col], 11)
        return cell

    def _text(self, cell: Cell, value: str) -> None:
        text, replaced, cut = cell_text(value)
        if replaced:
            self.warnings.append(
                (
                    f"工作表“{self.ws.title}”{cell.coordinate} 的文字含有控制字符或无效字符，已替换为可见符号",
                    f"text in {self.ws.title}!{cell.coordinate} holds control or invalid characters; "
                    "replaced by visible marks",
                )
            )
        if cut:
            self.warnings.append(
                (
                    f"工作表“{self.ws.title}”{cell.coordinate} 的文字超过 Excel 单元格上限，已截断",
                    f"text in {self.ws.title}!{cell.coordinate} exceeds Excel's cell limit; cut",
                )
            )
        # Set directly, never a formula, whatever the text starts with: cell_text has already
        # done what openpyxl's value setter checks (no illegal characters, within the limit);
        # str() as the setter does it, for a subclass of str.
        cell._value = str(text)
        cell.data_type = "s"
        if text.startswith(FORMULA_LEADS):
            cell.quotePrefix = True  # and Excel keeps it text when the user edits the cell

    def title(self, text: str, note: str = "") -> None:
        """The sheet's title in A1 (with room for its larger font) and a note under it."""
        self.put(1, 1, text, "标题", measure=False)
        self.ws.row_dimensions[1].height = 24
        if note:
            self.note(2, 1, note)

    def note(self, row: int, col: int, text: str) -> None:
        """A remark spanning the table's width, wrapped, so it neither hides nor widens the page."""
        self.put(row, col, text, "注释", measure=False)
        self.notes.append((row, col, text))

    def row(self, row: int, values: list[object], style: str = "正文", first_col: int = 1) -> None:
        for offset, value in enumerate(values):
            self.put(row, first_col + offset, value, style)

    def header(self, row: int, titles: list[str], first_col: int = 1) -> None:
        for offset, title in enumerate(titles):
            self.put(row, first_col + offset, title, "表头", measure=False)
            self.widths[first_col + offset] = max(self.widths[first_col + offset], display_width(title) + 1)

    def fit(self, minimum: float = 6, maximum: float = 48, fixed: dict[int, float] | None = None) -> None:
        """Set each column to its content's width, within bounds (wrapped columns come fixed),
        then each wrapped row to the height its text needs."""
        fixed = fixed or {}
        final: dict[int, float] = {}
        for col in set(self.widths) | set(fixed):
            final[col] = round(fixed.get(col) or min(max(self.widths[col] + 1.5, minimum), maximum), 1)
            self.ws.column_dimensions[get_column_letter(col)].width = final[col]
        last = max(final, default=1)
        for row, col, text in self.notes:
            span = sum(final.get(c, 8.43) for c in range(col, last + 1))
            if last > col:
                # Recorded directly: ws.merge_cells() would also restyle every covered cell,
                # which costs more than the rest of the sheet; the covered cells are empty.
                self.ws.merged_cells.add(f"{get_column_letter(col)}{row}:{get_column_letter(last)}{row}")
            self._height(row, _lines(text, span), 12)
        for row, cells in self.wrapped.items():
            self._height(row, max(_lines(text, final.get(col, 8.43)) for col, text in cells), 13.5)

    def _height(self, row: int, lines: int, per_line: float) -> None:
        if lines > 1:
            self.ws.row_dimensions[row].height = round(lines * per_line + 3, 1)


def _lines(text: str, width: float) -> int:
    """How many lines a wrapped text takes in a column of ``width`` units."""
    usable = max(width - 1.5, 1)
    # display_width errs wide for safety in columns; a wrapped line fits about 10 % more.
    return sum(max(1, math.ceil(0.9 * display_width(part) / usable)) for part in text.split("\n"))


def chart_title(text: str, size: int = 11) -> Title:
    """A chart title in a modest size (Excel's default is too large for these small charts)."""
    props = CharacterProperties(sz=size * 100, b=True)
    para = Paragraph(pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)])
    return Title(tx=Text(rich=RichText(p=[para])), overlay=False)


def header_footer_text(text: str) -> str:
    """``&`` starts a code in Excel's page header and footer; a literal one is doubled."""
    return text.replace("&", "&&")


def print_setup(ws: Worksheet, *, title_rows: str | None, caption: str, landscape: bool = True) -> None:
    """A4, fitted to the page width, header rows repeated, page numbers in the footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = True
    ws.oddHeader.left.text = header_footer_text(caption)
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = "&A"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 9
