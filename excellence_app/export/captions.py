"""What every document writer shares about numbered things and warnings, whatever its format.

Tables are numbered per item or profile section (表4.1.2-1, 表B.1.1-1), or through the
document outside them (表1); a paragraph "表：标题" just above a table gives its caption a
title; the figures and tables a text cites by number are checked against the captions placed.
The PDF and the Word writer both count with :class:`Captions`, so that a 表n cited in a
response means the same table in both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from excellence_app.core.framework import Framework

# 图4.7.2-1, 表4.1.2-1, 表B.1.1-2 as the text cites them: a letter-and-number scope, a number
CITATION = re.compile(r"([图表])\s?((?:[A-Z]\.)?\d+(?:\.\d+)*[a-z]?-\d+)")
# "表：双向沟通机制" or "表4.1.2-1 双向沟通机制" just above a table: its title (the number is ours)
TABLE_TITLE = re.compile(r"^表\s*(?:[A-Z]?\.?\d[\d.]*[a-z]?(?:-\d+)?)?\s*[：:\u3000 ]\s*(\S.{0,59})$")
# "表4.1.2-1", "表1": a caption that is only a table's number
TABLE_LABEL = re.compile(r"^表\s*(?:[A-Z]\.)?\d+(?:\.\d+)*[a-z]?(?:-\d+)?$")
CAPTION_GAP = "\u3000"  # between a caption's number and its title: 表4.1.2-1　双向沟通机制


@dataclass(frozen=True)
class Where:
    """Where a piece of text comes from, for warnings: Chinese and English."""

    zh: str
    en: str


NOWHERE = Where("", "")  # texts of our own, which the fonts are known to cover


class Notes:
    """The warnings of one export, in order, each said once."""

    def __init__(self) -> None:
        # a dict keeps the order and finds a repeat at once, however many characters a long
        # text lacks glyphs for
        self._items: dict[tuple[str, str], None] = {}

    def add(self, zh: str, en: str) -> None:
        self._items.setdefault((zh, en))

    def missing_char(self, ch: str, where: Where) -> None:
        cp = f"U+{ord(ch):04X}"
        self.add(
            f"{where.zh}中的字符“{ch}”（{cp}）在内置字体中都没有字形，已显示为 □",
            f"character {ch!r} ({cp}) in {where.en} is in none of the bundled fonts; drawn as □",
        )

    def items(self) -> list[tuple[str, str]]:
        return list(self._items)


class Captions:
    """Table numbers as a document places them, and the numbers its texts cite."""

    def __init__(self, framework: Framework) -> None:
        self.placed: set[str] = set()
        self.citations: dict[str, list[Where]] = {}
        self._scopes = {i.id for c in framework.categories for i in c.items}
        self._scopes |= {s.id for s in framework.profile_sections}
        self._scope: str | None = None
        self._tables: dict[str | None, int] = {}

    def heading(self, text: str, *, top: bool) -> None:
        """A heading was placed: an item or profile section numbers its own tables; a part or
        category heading (``top``) ends the scope of the one before."""
        scope = text.split(" ", 1)[0]
        if scope in self._scopes:
            self._scope = scope
        elif top:
            self._scope = None

    def next_table(self) -> str:
        scope = self._scope
        n = self._tables[scope] = self._tables.get(scope, 0) + 1
        label = f"表{scope}-{n}" if scope else f"表{n}"
        self.placed.add(label)
        return label

    def figure(self, label: str) -> None:
        """A numbered figure was placed (its label, with or without the title after it)."""
        self.placed.add(label.split(CAPTION_GAP, 1)[0])

    def note_citations(self, text: str, where: Where) -> None:
        """Remember the figures and tables a text cites by number (图4.7.2-1, 表4.1.2-1)."""
        if "图" not in text and "表" not in text:
            return
        for kind, number in CITATION.findall(text):
            self.citations.setdefault(kind + number, []).append(where)

    def check(self, notes: Notes) -> None:
        """A warning for each number the text cites that no caption carries."""
        for label, places in self.citations.items():
            if label in self.placed:
                continue
            what = "图" if label.startswith("图") else "表"
            where = places[0]
            notes.add(
                f"{where.zh}引用了{label}，但申报材料中没有这{'幅' if what == '图' else '张'}{what}",
                f"{where.en} cites {label}, which no {'figure' if what == '图' else 'table'} carries",
            )


def table_title(text: str) -> str | None:
    """The title a paragraph gives the table right after it ("表：标题"), or None."""
    found = TABLE_TITLE.match(text)
    return found.group(1).strip() if found else None


def table_label_only(text: str) -> bool:
    """Whether a caption is the table's number and nothing else. The export numbers the
    tables itself, so reading a document back, such a caption is no text of the response."""
    return bool(TABLE_LABEL.match(text.strip()))


def is_number(text: str) -> bool:
    """Numbers line up on the right; words read from the left."""
    try:
        float(text.strip().replace(",", "").replace("%", "").replace("‰", ""))
    except ValueError:
        return False
    return True
