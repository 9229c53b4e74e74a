"""自评表: the one-sheet table an award office asks for, signed and sealed by the applicant.

Unlike the scoring workbook it shows only what the organisation submits: each item's agreed
(consensus) percent and score, subtotals per category, the process and results subtotals and
the total, then 申报单位（盖章）, 法定代表人（签字） and the date. No assessor, no spread and no
provisional median: an item without a consensus is left blank and the totals say how many
are missing. The cells hold values, not formulas, so Excel, WPS and LibreOffice show the
same numbers without recalculating; every number comes from the core (Summary and, for the
agreed-only totals, core.scoring).

The fonts are set on every cell and on the workbook's Normal style and theme: 宋体 (with its
GB2312 charset, so Excel and WPS treat it as the East Asian face) for text and Times New Roman
for figures, never Excel's default Calibri.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.named_styles import NamedStyleList
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.theme import theme_xml

from excellence_app.core import scoring
from excellence_app.core.report import Cancelled, ExportCancelled, Progress, ReportInput
from excellence_app.core.summary import ItemSummary
from excellence_app.export.xlsx.book import workbook_bytes, write_file
from excellence_app.export.xlsx.cells import (
    FORMULA_LEADS,
    Warning,
    cell_text,
    display_width,
    header_footer_text,
)

SHEET = "自评表"
HEADERS = ("类目", "编号", "评分项", "分值", "自评百分比（%）", "自评得分")
CAT, ID, TITLE, POINTS, PERCENT, SCORE = range(1, 7)
HEADER_ROW = 4
SONG, DIGITS = "宋体", "Times New Roman"
# About the printable width of A4 portrait with these margins, in column units of 宋体 11;
# the title column takes what the others leave, so the table spans the page.
PAGE_UNITS = 80
ROW_PT = 17.0  # a body row: a one-page table for the standard's 23 items
MAX_TITLE_UNITS = 48

_LINE = Side(style="thin", color="000000")
_FRAME = Border(left=_LINE, right=_LINE, top=_LINE, bottom=_LINE)
_SIGN_LINE = Border(bottom=_LINE)
_SHADE = PatternFill("solid", fgColor="F2F2F2")  # a light grey that prints on any printer
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)
# The signature block sits on its line, as written by hand on a printed form.
_SIGN_LABEL = Alignment(horizontal="right", vertical="bottom")
_SIGN_VALUE = Alignment(horizontal="left", vertical="bottom", wrap_text=True, indent=1)


def _song(size: float, bold: bool = False) -> Font:
    # charset 134 (GB2312) marks 宋体 as the East Asian face, as Chinese Excel and WPS write it.
    return Font(name=SONG, size=size, bold=bold, charset=134, family=3)


def _digits(size: float, bold: bool = False) -> Font:
    return Font(name=DIGITS, size=size, bold=bold, family=1)


def chinese_date(day: date) -> str:
    """2026年12月3日, as a signed form writes it (no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"


def sheet_title(data: ReportInput) -> str:
    return f"{data.award.printed_name}自评表"


def write_submission(
    data: ReportInput, out: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> list[Warning]:
    """Write the 自评表 to ``out``; returns warnings as (Chinese, English) pairs."""
    if cancelled is not None and cancelled():
        raise ExportCancelled
    wb = _workbook()
    ws = wb.create_sheet(SHEET)
    warnings = _Sheet(ws, data).write()
    wb.properties.title = sheet_title(data)
    wb.properties.creator = data.summary.organisation
    if progress is not None:
        progress(1, 2)
    if cancelled is not None and cancelled():
        raise ExportCancelled
    write_file(Path(out), workbook_bytes(wb))
    if progress is not None:
        progress(2, 2)
    return warnings


def _workbook() -> Workbook:
    """A workbook whose Normal style and theme fonts are 宋体, so no Calibri is left anywhere.

    openpyxl starts every workbook with Calibri as font 0 and as the Normal style's font; an
    empty cell, and Excel's column-width unit, follow the Normal style. Both are replaced here
    (openpyxl 3.1 keeps them in these attributes).
    """
    wb = Workbook()
    wb.remove(wb.active)
    normal = _song(11)
    wb._fonts = IndexedList([normal])
    wb._named_styles = NamedStyleList()
    wb.add_named_style(NamedStyle(name="Normal", font=normal, builtinId=0))
    wb.loaded_theme = _theme().encode("utf-8")
    return wb


def _theme() -> str:
    """openpyxl's theme with Times New Roman for Latin and 宋体 as the East Asian font."""
    xml = theme_xml
    for latin in ("Cambria", "Calibri"):
        xml = xml.replace(f'<a:latin typeface="{latin}"/>', f'<a:latin typeface="{DIGITS}"/>')
    xml = xml.replace('<a:ea typeface=""/>', f'<a:ea typeface="{SONG}"/>')
    if "Calibri" in xml or "Cambria" in xml:  # a newer openpyxl wrote its theme differently
        raise RuntimeError("the theme still names Calibri or Cambria")
    return xml


class _Sheet:
    """The 自评表 sheet being written: rows from the top, the widths its texts need."""

    def __init__(self, ws: Worksheet, data: ReportInput) -> None:
        self.ws = ws
        self.data = data
        self.warnings: list[Warning] = []
        self.widths: dict[int, float] = {c: display_width(h) + 1 for c, h in enumerate(HEADERS, 1)}
        # Rows whose wrapped text sets their height once the widths are known.
        self._note_row = 0
        self._signature_rows: list[tuple[int, str]] = []
        self._title_rows: list[tuple[int, str]] = []

    def put(
        self,
        row: int,
        col: int,
        value: object,
        font: Font,
        alignment: Alignment = _CENTRE,
        *,
        border: Border | None = _FRAME,
        number_format: str = "General",
        fill: PatternFill | None = None,
    ) -> None:
        cell = self.ws.cell(row, col)
        if isinstance(value, str):
            # The services clean every text; this is the last guard before the XML.
            value, _, _ = cell_text(value)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # text stays text, whatever it starts with
            cell.quotePrefix = value.startswith(FORMULA_LEADS)  # and stays text when edited
        cell.font = font
        cell.alignment = alignment
        cell.number_format = number_format
        if border is not None:
            cell.border = border
        if fill is not None:
            cell.fill = fill

    def span(
        self, row: int, first: int, last: int, value: object, font: Font, alignment: Alignment, **kw
    ) -> None:
        """One value across columns; every covered cell keeps the border, so the frame prints whole."""
        for col in range(first, last + 1):
            self.put(row, col, value if col == first else None, font, alignment, **kw)
        if last > first:
            self.ws.merged_cells.add(f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}")

    def write(self) -> list[Warning]:
        data, summary = self.data, self.data.summary
        agreed = {i.id: i.consensus_percent for i in summary.items}
        # The totals of what was agreed: the core adds them as it adds the Summary's own.
        totals = scoring.totals(data.framework, agreed)
        title = sheet_title(data)
        self.span(1, CAT, SCORE, title, _song(16, bold=True), _CENTRE, border=None)
        self.ws.row_dimensions[1].height = 30
        self.span(2, CAT, SCORE, f"申报单位：{summary.organisation}", _song(10.5), _LEFT, border=None)
        self.span(3, CAT, SCORE, f"评价依据：{data.framework.title}", _song(10.5), _LEFT, border=None)
        for col, text in enumerate(HEADERS, 1):
            self.put(HEADER_ROW, col, text, _song(10.5, bold=True), fill=_SHADE)
        self.ws.row_dimensions[HEADER_ROW].height = 22

        row = HEADER_ROW + 1
        for category in summary.categories:
            items = [i for i in summary.items if i.category == category.id]
            row = self._category(row, category.id, category.title, category.points, items, totals)
        missing = [i for i in summary.items if i.consensus_percent is None]
        row = self._totals(row, totals, missing)
        row = self._notes(row + 1, missing)
        # One 申报日期 on every signed page: the cycle's, or the day of export while none is set.
        day = data.snapshot.cycle.submitted_on or data.generated_on
        last = self._signature(row + 1, summary.organisation, day)
        self._fit()
        self._print_setup(last, title, summary.organisation)
        if missing:
            ids = "、".join(i.id for i in missing)
            self.warnings.append(
                (
                    f"自评表中有 {len(missing)} 个评分项尚未形成共识，得分留空，合计未计入：{ids}",
                    f"{len(missing)} items have no consensus yet; the 自评表 leaves them blank and "
                    f"its totals leave them out: {', '.join(i.id for i in missing)}",
                )
            )
        return self.warnings

    def _category(
        self,
        row: int,
        cat_id: str,
        title: str,
        points: int,
        items: Sequence[ItemSummary],
        totals: scoring.Totals,
    ) -> int:
        """The category's items and its 小计; the category's name spans them all, as on a form."""
        first = row
        for item in items:
            self.put(row, ID, item.id, _digits(10.5))
            self.put(row, TITLE, item.title, _song(10.5), _LEFT)
            self.put(row, POINTS, item.points, _digits(10.5), number_format="0")
            # Blank, not zero, while the team has not agreed: the office must not read 0 %.
            self.put(row, PERCENT, item.consensus_percent, _digits(10.5), number_format="0")
            self.put(row, SCORE, item.consensus_score, _digits(10.5), number_format="0.00")
            self._measure(TITLE, item.title)
            self._title_rows.append((row, item.title))
            self._measure(ID, item.id)
            self.ws.row_dimensions[row].height = ROW_PT
            row += 1
        score = totals.categories[cat_id]
        label = _with_missing("小计", sum(1 for i in items if i.consensus_percent is None))
        self._sum_row(row, ID, label, points, score)
        # The category's name down the left of its rows (merged vertically, framed whole).
        name = f"{cat_id}\n{title}"
        for r in range(first, row + 1):
            self.put(r, CAT, name if r == first else None, _song(10.5, bold=True))
        if row > first:  # a category without items (a user's pack) has its 小计 row only
            self.ws.merged_cells.add(f"A{first}:A{row}")
        self._measure(CAT, title)
        return row + 1

    def _totals(self, row: int, totals: scoring.Totals, missing: list[ItemSummary]) -> int:
        parts = (
            ("过程类评分项合计", "process", totals.process, totals.process_max),
            ("结果类评分项合计", "results", totals.results, totals.results_max),
            ("总分", "", totals.total, totals.total_max),
        )
        for label, kind, score, most in parts:
            if not most:
                continue  # a pack without results items has no results subtotal
            count = sum(1 for i in missing if not kind or i.kind == kind)
            self._sum_row(row, CAT, _with_missing(label, count), most, score)
            row += 1
        return row

    def _sum_row(self, row: int, first_column: int, label: str, points: int, score: float) -> None:
        """A shaded row of sums: its label across to the title column, points, percent, score."""
        self.span(row, first_column, TITLE, label, _song(10.5, bold=True), _CENTRE, fill=_SHADE)
        self.put(row, POINTS, points, _digits(10.5, bold=True), number_format="0", fill=_SHADE)
        percent = scoring.percent_of(score, points)
        self.put(row, PERCENT, percent, _digits(10.5, bold=True), number_format="0.0", fill=_SHADE)
        self.put(row, SCORE, score, _digits(10.5, bold=True), number_format="0.00", fill=_SHADE)
        self.ws.row_dimensions[row].height = ROW_PT

    def _notes(self, row: int, missing: list[ItemSummary]) -> int:
        notes = [
            "注：自评得分 = 分值 × 自评百分比；小计、合计为所含评分项自评得分之和，百分比为得分占分值之比。"
        ]
        if missing:
            ids = "、".join(i.id for i in missing)
            notes.append(f"尚未评分的评分项（{ids}）留空，未计入小计与合计。")
        self.span(row, CAT, SCORE, "".join(notes), _song(9), _LEFT, border=None)
        self._note_row = row
        return row + 1

    def _signature(self, row: int, organisation: str, day: date) -> int:
        """申报单位（盖章）, 法定代表人（签字）, 日期: labels on the left of a line to sign on."""
        lines = (
            ("申报单位（盖章）：", organisation),
            ("法定代表人（签字）：", ""),
            ("日期：", chinese_date(day)),
        )
        for label, value in lines:
            self.span(row, CAT, TITLE, label, _song(12), _SIGN_LABEL, border=None)
            self.span(row, POINTS, SCORE, value, _song(12), _SIGN_VALUE, border=_SIGN_LINE)
            self._signature_rows.append((row, value))
            self.ws.row_dimensions[row].height = 32  # room to sign; the seal goes over the name
            row += 1
        return row - 1

    def _measure(self, col: int, text: str) -> None:
        self.widths[col] = max(self.widths[col], display_width(text) + 2)

    def _fit(self) -> None:
        """Each column as wide as its longest text; the title column fills the rest of the page."""
        w = self.widths
        w[POINTS] = max(w[POINTS], 7)
        w[SCORE] = max(w[SCORE], 10)
        others = sum(v for c, v in w.items() if c != TITLE)
        # A very long title (a user's pack) wraps rather than shrinking the whole page.
        w[TITLE] = max(min(w[TITLE], MAX_TITLE_UNITS), PAGE_UNITS - others)
        for col, width in w.items():
            self.ws.column_dimensions[get_column_letter(col)].width = round(width, 1)
        total = sum(w.values())
        # Wrapped rows get the height their lines need (Excel does not grow a row it opens).
        for row, per_line in ((2, 15.0), (3, 15.0), (self._note_row, 13.0)):
            self._grow(row, str(self.ws.cell(row, CAT).value or ""), total, per_line)
        for row, text in self._title_rows:
            self._grow(row, text, w[TITLE], 14, minimum=ROW_PT)
        sign_width = sum(w[c] for c in range(POINTS, SCORE + 1))
        for row, value in self._signature_rows:
            self._grow(row, value, sign_width, 18, minimum=32)

    def _grow(self, row: int, text: str, width: float, per_line: float, minimum: float = 0) -> None:
        """Give a wrapped row the lines its text takes in ``width`` units (at least ``minimum``)."""
        # display_width errs wide, for columns; a wrapped line holds about 5 % more.
        lines = max(1, math.ceil(0.95 * display_width(text) / max(width - 2, 1)))
        if lines == 1 and minimum:
            return  # one line fits the height the row already has
        self.ws.row_dimensions[row].height = max(minimum, lines * per_line + 4)

    def _print_setup(self, last: int, title: str, organisation: str) -> None:
        ws = self.ws
        ws.sheet_view.showGridLines = False  # the frame is the form's; Excel's grid is not
        ws.print_area = f"A1:{get_column_letter(SCORE)}{last}"
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as a long pack needs
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.7
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.page_margins.header = ws.page_margins.footer = 0.3
        for part, text in ((ws.oddHeader.left, organisation), (ws.oddHeader.right, title)):
            part.text = header_footer_text(text)
            part.font, part.size = f"{SONG},Regular", 9
        ws.oddFooter.center.text = "第 &P 页 共 &N 页"
        ws.oddFooter.center.font, ws.oddFooter.center.size = f"{SONG},Regular", 9


def _with_missing(label: str, count: int) -> str:
    return f"{label}（{count} 项未评分，未计入）" if count else label
