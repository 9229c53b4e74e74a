"""The Markdown subset responses are stored in: paragraphs, lists, bold, tables.

One parser for every reader (PDF, 字数, Excel, search) so that they all see the
same structure. Anything it does not know stays as plain text: nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from excellence_app.core.textcount import count_chars


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False


Inline = tuple[Span, ...]


@dataclass(frozen=True)
class Paragraph:
    spans: Inline


@dataclass(frozen=True)
class Heading:
    level: int
    spans: Inline


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    start: int
    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline, ...], ...]


Block = Paragraph | Heading | ListBlock | Table

_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
# "3. 第三步" and "3.第三步" are list items; "3.5亿元……" and "4.1.2 a) ……" are sentences
# that begin with a number: a dot directly followed by a digit is not a list marker.
_ORDERED = re.compile(r"^\s*(\d{1,4})(?:[.)](?!\d)|、)\s*(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def parse_inline(text: str) -> Inline:
    spans: list[Span] = []
    pos = 0
    for match in _BOLD.finditer(text):
        if match.start() > pos:
            spans.append(Span(text[pos : match.start()]))
        spans.append(Span(match.group(1) or match.group(2), bold=True))
        pos = match.end()
    if pos < len(text):
        spans.append(Span(text[pos:]))
    return tuple(s for s in spans if s.text)


def _cells(line: str) -> list[str]:
    body = line.strip()
    body = body.removeprefix("|")
    body = body.removesuffix("|")
    return [c.strip() for c in body.split("|")]


def _is_table_start(lines: list[str], i: int) -> bool:
    return "|" in lines[i] and i + 1 < len(lines) and bool(_TABLE_SEP.match(lines[i + 1]))


def parse(text: str) -> tuple[Block, ...]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Paragraph(parse_inline("".join(s.strip() for s in para))))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        if _is_table_start(lines, i):
            flush()
            header = tuple(parse_inline(c) for c in _cells(line))
            rows = []
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                cells = [parse_inline(c) for c in _cells(lines[i])]
                cells += [()] * (len(header) - len(cells))
                rows.append(tuple(cells[: len(header)]))
                i += 1
            blocks.append(Table(header, tuple(rows)))
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            blocks.append(Heading(len(heading.group(1)), parse_inline(heading.group(2).strip())))
            i += 1
            continue
        bullet, ordered = _BULLET.match(line), _ORDERED.match(line)
        if bullet or ordered:
            flush()
            is_ordered = bullet is None
            start = int(ordered.group(1)) if ordered and is_ordered else 1
            items: list[str] = []
            while i < len(lines):
                b, o = _BULLET.match(lines[i]), _ORDERED.match(lines[i])
                m = o if is_ordered else b
                if m is None:
                    # A wrapped continuation line belongs to the previous item.
                    if lines[i].strip() and lines[i].startswith((" ", "\t")) and items:
                        items[-1] += lines[i].strip()
                        i += 1
                        continue
                    break
                items.append((m.group(2) if is_ordered else m.group(1)).strip())
                i += 1
            blocks.append(ListBlock(is_ordered, start, tuple(parse_inline(t) for t in items)))
            continue
        para.append(line)
        i += 1
    flush()
    return tuple(blocks)


def inline_text(spans: Inline) -> str:
    return "".join(s.text for s in spans)


def plain_text(text: str) -> str:
    """The words a reader sees, without Markdown marks: one block per line."""
    out: list[str] = []
    for block in parse(text):
        if isinstance(block, Paragraph | Heading):
            out.append(inline_text(block.spans))
        elif isinstance(block, ListBlock):
            out.extend(inline_text(item) for item in block.items)
        else:
            out.append(" ".join(inline_text(c) for c in block.header))
            out.extend(" ".join(inline_text(c) for c in row) for row in block.rows)
    return "\n".join(out)


@lru_cache(maxsize=4096)
def count_markdown_chars(text: str) -> int:
    """字数 of a Markdown text as it reads, not as it is typed (remembered: summaries ask often)."""
    return count_chars(plain_text(text)) if text else 0
