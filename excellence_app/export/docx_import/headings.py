"""What in a paragraph may be a heading: its number, its lead and its title.

People mark headings in many ways: Word's heading styles (or their own styles based on
them, or an outline level), a short bold paragraph in 黑体, a number typed by hand
("4.1.2 战略制定", "4.1.2战略制定", "P.1 组织描述"), a Chinese ordinal ("一、", "（一）"),
an Arabic one ("1."), or a run-in lead at the start of a body paragraph ("a) 确定方向：…",
"a）", "（a）", "**确定方向**：…"). A caption or a line our export generated (the
block's role) is never a heading, nor is a numbered sentence ("2. 是否影响……；"): a list
item. This module only reads the marks; matching.py, naming.py and plan.py decide whether
the words name a part of the criteria.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from excellence_app.export.docx_import.document import SourceBlock

Strength = Literal["style", "numbered", "shaped", "ordinal", "lead", "bold-lead"]
MAX_TITLE = 40  # characters of a heading's words; a longer paragraph is body text
RUN_IN_TITLE = 30  # a run-in lead's words before its colon or full stop

_NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十]+(?:部分|[章节篇])\s*)?"
    r"(?P<num>4(?:\s*[.．]\s*[1-9]){1,3})(?![0-9])"
    r"(?:\s*(?P<letter>[a-h])\s*[)）]|(?P<bare>[a-h])(?![A-Za-z]))?"
    r"(?:\s*[-－]\s*1(?![0-9]))?"
    r"[\s、:：.．]*(?P<title>.*)$"
)
_PROFILE = re.compile(
    r"^(?P<p>[PpBb])\s*[.．]?\s*(?P<pn>[12])(?![0-9])"
    r"(?:\s*[.．]\s*(?P<pm>[1-5])(?![0-9])|\s*(?P<pl>[a-e])\s*[)）]?(?![A-Za-z]))?"
    r"[\s、:：.．]*(?P<title>.*)$"
)
_ORDINAL = re.compile(
    r"^(?P<mark>第[一二三四五六七八九十]+(?:部分|[章节篇条])|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}\s*[.．、](?![0-9])|[（(][0-9]{1,2}[)）]|[0-9]{1,2}[)）])"
    r"\s*(?P<title>.+)$"
)
_CN = "一二三四五六七八九"
_LEAD = re.compile(r"^[（(]?(?P<letter>[a-hA-H])\s*[)）]\s*(?P<rest>.+)$", re.DOTALL)
_BOLD_LEAD = re.compile(r"^\*\*(?P<title>[^*]{2,30})\*\*\s*[:：。]?\s*(?P<rest>.*)$", re.DOTALL)
_TOC_LINE = re.compile(r"(\.{4,}|…{2,}|·{4,}|-{4,}|_{4,})\s*[0-9]+\s*$|\t\s*[0-9]+\s*$")
_SENTENCE_END = ("。", "；", "，", ";", ",")


@dataclass(frozen=True)
class Cue:
    strength: Strength
    title: str  # the words that may name a part of the criteria
    number: str = ""  # "4.1.2", "4.2.2.1" (dots only)
    letter: str = ""  # "a" of "4.1.2 a)" or of a run-in lead "a) …"
    profile: str = ""  # "P.1a", "B.1.1", "P.2"
    rest: str = ""  # Markdown of the body text after a run-in lead
    looks: bool = False  # styled, bold or 黑体 and short: looks like a heading whatever its words
    series: str = ""  # an ordinal's kind ("（一）", "1.", "一、"), to follow a run of them
    nth: int = 0  # its number in that run


def _ordinal(mark: str) -> tuple[str, int]:
    """("（一）", 3) for "（三）": the kind of ordinal and its number (0 if it cannot be read)."""
    digits = "".join(ch for ch in mark if ch.isdigit())
    words = "".join(ch for ch in mark if ch in _CN + "十")
    if digits:
        return re.sub(r"[0-9]+", "1", mark.replace(" ", "")), int(digits)
    n = 0
    if words:
        tens, _, ones = words.rpartition("十") if "十" in words else ("", "", words)
        n = (1 if "十" in words and not tens else (_CN.index(tens) + 1 if tens else 0)) * 10
        n += _CN.index(ones) + 1 if ones else 0
    kind = re.sub(f"[{_CN}十]+", "一", mark.replace(" ", ""))
    return kind, n


def _fold(text: str) -> str:
    """Full-width digits, letters and brackets folded, so "４．１．２" reads as "4.1.2"."""
    return unicodedata.normalize("NFKC", text).strip()


def is_toc_line(text: str) -> bool:
    return bool(_TOC_LINE.search(text))


def _split_run_in(text: str) -> tuple[str, str]:
    """A heading and the body written on after it on the same line ("确定方向：我公司……")."""
    for mark in ("：", ":", "。"):
        at = text.find(mark)
        if 0 < at <= RUN_IN_TITLE:
            return text[:at].strip(), text[at + 1 :].strip()
    return text.strip(), ""


def read_cue(block: SourceBlock) -> Cue | None:
    """The heading marks of a paragraph or list item, if it has any."""
    if block.kind not in ("paragraph", "list") or block.role not in ("", "part"):
        return None  # a caption, or a line our export generated: never a heading
    label = block.label if block.label and block.label != "•" else ""
    text = _fold(f"{label} {block.plain}" if label else block.plain)
    if is_toc_line(text):
        return None
    short = len(block.plain) <= MAX_TITLE + 12 and not block.plain.rstrip().endswith(_SENTENCE_END)
    styled = block.heading_level is not None and block.heading_level <= 6
    looks = styled or (short and (block.bold or block.heiti))

    m = _NUMBER.match(text)
    if m:
        number = re.sub(r"\s", "", m.group("num")).replace("．", ".")
        title, rest = (m.group("title").strip(), "") if (short or styled) else _split_run_in(m.group("title"))
        if not (short or styled or rest):
            return None  # a sentence that starts with a number ("4.5亿元的销售额……")
        return Cue(
            "numbered",
            title,
            number=number,
            letter=m.group("letter") or m.group("bare") or "",
            rest=_rest_markdown(block, rest),
            looks=looks,
        )
    m = _PROFILE.match(text)
    if m and (short or styled):
        p = m.group("p").upper()
        part = m.group("pm") or ""
        key = f"{p}.{m.group('pn')}" + (f".{part}" if part else (m.group("pl") or "").lower())
        return Cue("numbered", m.group("title").strip(), profile=key, looks=looks)
    lead = _LEAD.match(text)
    if lead and not styled:
        title, _ = _split_run_in(lead.group("rest"))
        # The clause's heading prints the letter; the lead's words are the writer's and stay,
        # with their bold ("**a) 确定方向：**…" keeps "**确定方向：**…").
        rest = _without_lead(block.markdown, _mark_length(block.plain))
        return Cue("lead", title, letter=lead.group("letter").lower(), rest=rest, looks=looks)
    m = _ORDINAL.match(text)
    if m:
        title, rest = (m.group("title").strip(), "") if (styled or short) else _split_run_in(m.group("title"))
        # a numbered sentence ("2. 是否影响战略目标的实现；") is a list item, not a heading
        if len(title) <= MAX_TITLE and (styled or short or rest):
            series, nth = _ordinal(m.group("mark"))
            return Cue(
                "ordinal",
                title,
                rest=_rest_markdown(block, rest),
                looks=looks,
                series=series,
                nth=nth,
            )
    if looks and len(block.plain) <= MAX_TITLE:
        return Cue("style" if styled else "shaped", text, looks=True)
    bold = _BOLD_LEAD.match(block.markdown)
    if bold:
        return Cue("bold-lead", bold.group("title").strip(), rest=bold.group("rest").strip())
    return None


_RAW_MARK = re.compile(r"^\s*[（(]?\s*[a-hA-Hａ-ｈＡ-Ｈ]\s*[)）]\s*")


def _mark_length(plain: str) -> int:
    """How many characters of ``plain`` the lead's letter takes (none when a Word list holds
    it as its label)."""
    mark = _RAW_MARK.match(plain)
    return mark.end() if mark else 0


def _without_lead(markdown: str, chars: int) -> str:
    """``markdown`` less its first ``chars`` visible characters, "**" marks aside; a bold run
    that began in the lead and goes on past it is opened again."""
    at = seen = 0
    bold = False
    while at < len(markdown) and seen < chars:
        if markdown.startswith("**", at):
            bold, at = not bold, at + 2
            continue
        at, seen = at + 1, seen + 1
    rest = markdown[at:].lstrip()
    if rest.startswith("**"):
        return (rest[2:] if bold else rest).strip()
    return (f"**{rest}" if bold else rest).strip()


def _rest_markdown(block: SourceBlock, rest: str) -> str:
    """The Markdown of the body after a run-in heading: bold kept where the text agrees."""
    if not rest:
        return ""
    at = block.markdown.find(rest[:8]) if len(rest) >= 8 else -1
    return block.markdown[at:].strip() if at >= 0 else rest
