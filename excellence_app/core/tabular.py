"""Reading indicator data pasted from Excel or WPS, or read from a CSV file.

The block has a header row: the indicator name column, optional 单位 / 方向 / 目标
columns, then one column per period. Numbers are read the way people type them
(1,234.5 · １２３ · 98.5% · −3); anything else is refused with its row and column.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field

from excellence_app.core.errors import AppError

MAX_ROWS = 500
MAX_PERIODS = 60
_META = {
    "unit": ("单位", "unit", "计量单位"),
    "better": ("方向", "改进方向", "better", "direction"),
    "target": ("目标", "目标值", "target"),
}
_UP = ("up", "↑", "越大越好", "越高越好", "升", "高", "正向")
_DOWN = ("down", "↓", "越小越好", "越低越好", "降", "低", "反向")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


@dataclass(frozen=True)
class CellProblem:
    row: int  # 1-based, as the user sees the block
    column: int
    zh: str
    en: str

    def line(self) -> str:
        return f"第 {self.row} 行第 {self.column} 列：{self.zh}（row {self.row}, column {self.column}: {self.en}）"


class BlockError(AppError):
    def __init__(self, problems: list[CellProblem]) -> None:
        first = problems[0]
        more = f"，另有 {len(problems) - 1} 处问题" if len(problems) > 1 else ""
        more_en = f"; {len(problems) - 1} more problems" if len(problems) > 1 else ""
        super().__init__(
            f"第 {first.row} 行第 {first.column} 列：{first.zh}{more}",
            f"row {first.row}, column {first.column}: {first.en}{more_en}",
        )
        self.problems = problems


@dataclass(frozen=True)
class ParsedIndicator:
    name: str
    unit: str = ""
    better: str | None = None
    target: float | None = None
    values: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedBlock:
    periods: tuple[str, ...]
    indicators: tuple[ParsedIndicator, ...]


def normalise(text: str) -> str:
    """Full-width digits and signs to ASCII, odd minus signs to '-', spaces trimmed."""
    text = unicodedata.normalize("NFKC", text).strip()
    return text.replace("\u2212", "-").replace("\u2013", "-").replace("\u00a0", "").replace(" ", "")


def parse_number(raw: str) -> float | None:
    """A number as typed in a spreadsheet; None for an empty cell; ValueError otherwise."""
    text = normalise(raw)
    if text in ("", "-", "—", "/", "N/A", "n/a"):
        return None
    # "98.5%" means 98.5 in a % indicator: the unit is taken from the sign, the number kept.
    text = text.rstrip("%‰")
    if _GROUPED.match(text):
        text = text.replace(",", "")
    if not _NUMBER.match(text):
        raise ValueError(raw)
    return float(text)


def _period_label(raw: str) -> str:
    text = normalise(raw)
    return text[:-1] if re.fullmatch(r"\d{4}年", text) else text


def _meta_kind(header: str) -> str | None:
    key = normalise(header).lower()
    for kind, names in _META.items():
        if key in names:
            return kind
    return None


def _better(raw: str) -> str | None:
    text = normalise(raw).lower()
    if not text:
        return None
    if text in _UP:
        return "up"
    if text in _DOWN:
        return "down"
    raise ValueError(raw)


def split_rows(text: str, delimiter: str | None = None) -> list[list[str]]:
    """Rows of cells: tab-separated as Excel and WPS copy, or CSV when asked."""
    text = text.lstrip("\ufeff")
    if delimiter is None:
        delimiter = "\t" if "\t" in text else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    return [row for row in reader if any(cell.strip() for cell in row)]


def parse_block(text: str, delimiter: str | None = None) -> ParsedBlock:
    rows = split_rows(text, delimiter)
    if len(rows) < 2:
        raise BlockError(
            [
                CellProblem(
                    1,
                    1,
                    "需要一行表头（指标名称、各期间）和至少一行数据",
                    "a header row (name, periods) and at least one data row are needed",
                )
            ]
        )
    if len(rows) - 1 > MAX_ROWS:
        raise BlockError(
            [
                CellProblem(
                    MAX_ROWS + 2,
                    1,
                    f"行数过多（{len(rows) - 1} 行），一次最多 {MAX_ROWS} 个指标",
                    f"too many rows ({len(rows) - 1}); at most {MAX_ROWS} indicators",
                )
            ]
        )
    header = rows[0]
    problems: list[CellProblem] = []
    meta: dict[int, str] = {}
    periods: dict[int, str] = {}
    for col, cell in enumerate(header[1:], start=1):
        kind = _meta_kind(cell)
        if kind:
            meta[col] = kind
            continue
        label = _period_label(cell)
        if not label:
            problems.append(CellProblem(1, col + 1, "期间名称为空", "empty period label"))
        elif label in periods.values():
            problems.append(CellProblem(1, col + 1, f"期间“{label}”重复", f"period {label} repeated"))
        elif len(label) > 20:
            problems.append(CellProblem(1, col + 1, "期间名称过长", "period label too long"))
        periods[col] = label
    if not periods:
        problems.append(
            CellProblem(1, 2, "表头中没有期间列（如 2022、2023…）", "no period columns in the header")
        )
    if len(periods) > MAX_PERIODS:
        problems.append(
            CellProblem(
                1,
                MAX_PERIODS + 2,
                f"期间过多，最多 {MAX_PERIODS} 期",
                f"too many periods, at most {MAX_PERIODS}",
            )
        )

    indicators: list[ParsedIndicator] = []
    for r, row in enumerate(rows[1:], start=2):
        if len(row) > len(header) and any(c.strip() for c in row[len(header) :]):
            problems.append(
                CellProblem(r, len(header) + 1, "这一行的单元格比表头多", "more cells than the header")
            )
            continue
        name = row[0].strip() if row else ""
        if not name:
            problems.append(CellProblem(r, 1, "指标名称为空", "empty indicator name"))
            continue
        fields: dict[str, object] = {"unit": "", "better": None, "target": None}
        values: dict[str, float] = {}
        for col, cell in enumerate(row[1:], start=1):
            try:
                if col in meta:
                    kind = meta[col]
                    if kind == "unit":
                        fields["unit"] = cell.strip()[:40]
                    elif kind == "better":
                        fields["better"] = _better(cell)
                    else:
                        fields["target"] = parse_number(cell)
                elif col in periods:
                    value = parse_number(cell)
                    if value is not None:
                        values[periods[col]] = value
            except ValueError:
                what = header[col].strip() or f"第 {col + 1} 列"
                problems.append(
                    CellProblem(
                        r,
                        col + 1,
                        f"“{cell.strip()[:20]}”不是数字（{what}）",
                        f"{cell.strip()[:20]!r} is not a number ({what})",
                    )
                )
        if "%" in "".join(row[1:]) and not fields["unit"]:
            fields["unit"] = "%"
        indicators.append(ParsedIndicator(name=name[:200], values=values, **fields))  # type: ignore[arg-type]
    if problems:
        raise BlockError(problems)
    return ParsedBlock(tuple(periods.values()), tuple(indicators))
