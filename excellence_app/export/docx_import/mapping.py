"""What a Word import will do, as plain values: one entry per source block (its place, an
excerpt, where it goes, its 字数 and why), and the text each clause or profile section gets.
plan.py makes them; the services, the command line and the preview read them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from excellence_app.core.markdown import count_markdown_chars
from excellence_app.core.wording import count

HOLDING_HEADING = "【Word 导入：未能归位的内容，请移到合适的条款】"
EXCERPT = 36
Goes = Literal["heading", "clause", "profile", "holding", "unplaced"]
Dest = tuple[str, str]  # ("clause" | "profile", id) of a text; ("item" | "group", id) of a holding place
TOC_REASONS = ("table of contents", "a contents line")


@dataclass(frozen=True)
class PlanEntry:
    """One source block (or the heading and the body of one run-in paragraph)."""

    block: int
    place_zh: str
    place_en: str
    excerpt: str
    goes: Goes
    target_id: str  # the entity a heading names, the clause or section a text goes to
    target_zh: str
    target_en: str
    chars: int
    why_zh: str = ""
    why_en: str = ""

    def line(self) -> str:
        """The --dry-run line: place “excerpt” → target, 字数 (and why)."""
        why = f"（{self.why_zh}）" if self.why_zh else ""
        count = f"，{self.chars} 字" if self.goes != "heading" else ""
        return f"{self.place_zh}「{self.excerpt}」→ {self.target_zh}{count}{why}"

    @property
    def in_contents(self) -> bool:
        return self.goes == "unplaced" and self.why_en in TOC_REASONS


def listing(entries: Sequence[PlanEntry]) -> list[str]:
    """The --dry-run lines: one per entry, but a run of table-of-contents lines (a hundred in
    a long report, each an entry of the mapping) as one line."""
    out: list[str] = []
    i = 0
    while i < len(entries):
        j = i
        while entries[i].in_contents and j + 1 < len(entries) and entries[j + 1].in_contents:
            j += 1
        if j > i:
            out.append(f"第 {entries[i].block}–{entries[j].block} 段 目录，{j - i + 1} 行 → 未导入")
        else:
            out.append(entries[i].line())
        i = j + 1
    return out


@dataclass(frozen=True)
class Write:
    """The text one clause or profile section gets: what was placed there, what is held there."""

    kind: Literal["clause", "profile"]
    id: str
    label: str
    body: str
    held: str = ""

    def final_text(self, existing: str) -> str:
        """The text after the import: the body (or, without one, the text already there) and
        then the holding place. Whether an existing text may be replaced is decided before."""
        held = f"{HOLDING_HEADING}\n\n{self.held}" if self.held else ""
        base = self.body if self.body else existing.strip()
        if held and held in base:  # the same report imported again: its holding place is there
            held = ""
        return "\n\n".join(part for part in (base, held) if part)

    @property
    def chars(self) -> int:
        return count_markdown_chars(self.body) + count_markdown_chars(self.held)


@dataclass(frozen=True)
class WordImportPlan:
    source: str
    edition: str  # "2012", "2004": which numbering the report's bare numbers follow
    entries: tuple[PlanEntry, ...]
    writes: tuple[Write, ...]
    cycle_id: int | None = None
    existing: Mapping[str, str] = field(default_factory=dict)  # "clause:4.1.2a" → text now there

    def key(self, write: Write) -> str:
        return f"{write.kind}:{write.id}"

    @property
    def conflicts(self) -> tuple[Write, ...]:
        """Writes whose body would replace a text the project already has."""
        return tuple(x for x in self.writes if x.body and self.existing.get(self.key(x), "").strip())

    @property
    def unplaced(self) -> tuple[PlanEntry, ...]:
        return tuple(e for e in self.entries if e.goes in ("holding", "unplaced"))

    def summary(self) -> tuple[str, str]:
        clauses = sum(1 for x in self.writes if x.kind == "clause")
        sections = sum(1 for x in self.writes if x.kind == "profile")
        chars = sum(x.chars for x in self.writes)
        held = sum(1 for e in self.entries if e.goes == "holding")
        left = sum(1 for e in self.entries if e.goes == "unplaced")
        edition = "，按 GB/T 19580-2004 编号识别" if self.edition == "2004" else ""
        return (
            f"写入 {clauses} 个条款、{sections} 个组织概述章节，共 {chars} 字；"
            f"{held} 段放入待归位区，{left} 段未导入{edition}",
            f"{count(clauses, 'clause')} and {count(sections, 'profile section')}, "
            f"{count(chars, 'character')}; {count(held, 'block')} held for sorting, {left:,} not imported"
            + (" (numbered as GB/T 19580-2004)" if self.edition == "2004" else ""),
        )
