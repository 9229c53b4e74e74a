"""Search everything of one cycle: the criteria, the responses, the profile, the assessors'
comments and rationales, the indicators, the action plans and the evidence (issue 17).

A query matches without regard to case, and full-width Latin letters and digits (Ａ, １) match
their half-width forms, as Chinese input methods type either. Folding keeps every character
in its place, so a match's position in the folded text is its position in the text shown.

The hits come grouped by *place*: the thing the window opens to show them, named the way the
提交前检查 page names places ("clause:4.1.2a", "profile:P.1") plus the places only a search
needs ("criteria:4.1.2a", "comment:12", "score:3:4.1.2", "consensus:4.1.2", "indicator:5",
"action:7", "evidence:2"). Searching runs on every pause in typing, so the texts are read and
folded once per snapshot and an unchanged text is never folded twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from excellence_app.core.markdown import plain_text

if TYPE_CHECKING:
    from excellence_app.core.framework import Framework
    from excellence_app.core.snapshots import CycleSnapshot

CONTEXT = 24  # characters of a snippet before the first match
SNIPPET = 90  # characters of a snippet at most
MAX_HITS = 2000  # past this the list says so; nobody reads further, and the tree stays quick

# Full-width digits and Latin letters to their ASCII forms; punctuation keeps its width, since
# "，" and "," are different marks to a Chinese writer.
_HALF_WIDTH = {
    c: c - 0xFEE0
    for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for c in range(r[0], r[1] + 1)
}

_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

# What kind of thing a group holds, in the order the results list them: the organisation's
# and the assessors' own words first, the criteria's (the same for every user) last.
PARTS = (
    "response",
    "profile",
    "comment",
    "score",
    "consensus",
    "indicator",
    "action",
    "evidence",
    "criteria",
)
PART_NAMES = {
    "criteria": ("准则", "Criteria"),
    "response": ("回答", "Response"),
    "profile": ("组织概述", "Profile"),
    "comment": ("评审意见", "Comment"),
    "score": ("评分理由", "Score rationale"),
    "consensus": ("共识理由", "Consensus rationale"),
    "indicator": ("结果指标", "Indicator"),
    "action": ("改进计划", "Action plan"),
    "evidence": ("证据", "Evidence"),
}


def fold(text: str) -> str:
    """``text`` as the search compares it, every character where it was."""
    if _WIDE.search(text) is not None:  # translate() walks in Python; most texts have none
        text = text.translate(_HALF_WIDTH)
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    # A few letters lower to two characters (İ); they keep their case so positions hold.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text``: (start, end) of each match, not overlapping."""
    needle = fold(query.strip())
    return _spans(fold(text), needle) if needle else []


def _spans(folded: str, needle: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = folded.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = folded.find(needle, at + len(needle))
    return spans


@dataclass(frozen=True)
class Hit:
    """One text of a place that holds the query."""

    place: str
    field: str  # "title", "summary", "guidance", "question", "text", "rationale", "name" …
    snippet: str  # the text around the first match, on one line
    marks: tuple[tuple[int, int], ...]  # the matches inside ``snippet``, to show in bold
    count: int  # matches in the whole text


@dataclass(frozen=True)
class Group:
    """Every hit of one place, with what the results list shows above them."""

    place: str
    part: str  # one of PARTS
    item_id: str | None  # the item the place belongs to, if any
    title: str  # "4.1.2 a) 高层领导的作用"
    title_en: str
    hits: tuple[Hit, ...]

    @property
    def count(self) -> int:
        return sum(h.count for h in self.hits)

    @property
    def label(self) -> str:
        """ "4.1.2 a) 高层领导…… · 回答": the place and what of it was found."""
        return f"{self.title} · {PART_NAMES[self.part][0]}"

    @property
    def label_en(self) -> str:
        return f"{self.title_en or self.title} · {PART_NAMES[self.part][1]}"


@dataclass(frozen=True)
class Results:
    query: str
    groups: tuple[Group, ...]
    truncated: bool = False  # more than MAX_HITS texts held the query; the rest are left out

    @property
    def count(self) -> int:
        return sum(g.count for g in self.groups)

    @property
    def hits(self) -> tuple[tuple[Group, Hit], ...]:
        return tuple((g, h) for g in self.groups for h in g.hits)


class _Read:
    """A text as the search reads it, shared by every snapshot holding the same text. A
    Markdown text is read into the words a reader sees only once its source holds a query:
    reading costs more than any number of searches."""

    __slots__ = ("_plain", "markdown", "rough", "source")

    def __init__(self, source: str, markdown: bool) -> None:
        self.source, self.markdown = source, markdown
        # Without the bold marks a match may span, a match in the plain text is a match in
        # the source too, bar one across a line break or between table cells.
        self.rough = fold(source.replace("**", "").replace("__", "") if markdown else source)
        self._plain = None if markdown else (source, self.rough)

    def plain(self) -> tuple[str, str]:
        """The words a reader sees, and folded."""
        if self._plain is None:
            shown = plain_text(self.source)
            self._plain = (shown, fold(shown))
        return self._plain


@dataclass(frozen=True)
class _Text:
    place: str
    part: str
    item_id: str | None
    title: str
    title_en: str
    field: str
    read: _Read


def search(framework: Framework, snapshot: CycleSnapshot | None, query: str) -> Results:
    """Every place of ``snapshot`` (and the criteria of ``framework``) where ``query`` occurs,
    in the order of ``PARTS``, and within a part in the order of the criteria (or of the
    snapshot)."""
    needle = fold(query.strip())
    if not needle:
        return Results(query, ())
    groups: dict[tuple[str, str], list[Hit]] = {}
    heads: dict[tuple[str, str], _Text] = {}
    found = 0
    truncated = False
    for entry in _index(framework, snapshot):
        if needle not in entry.read.rough:
            continue
        text, folded = entry.read.plain()
        count = folded.count(needle)
        if not count:
            continue
        if found >= MAX_HITS:
            truncated = True
            break
        found += 1
        key = (entry.part, entry.place)
        heads.setdefault(key, entry)
        groups.setdefault(key, []).append(_hit(entry, text, folded, needle, count))
    ordered = sorted(groups, key=lambda k: PARTS.index(k[0]))  # stable: within a part, as indexed
    return Results(
        query,
        tuple(
            Group(k[1], k[0], heads[k].item_id, heads[k].title, heads[k].title_en, tuple(groups[k]))
            for k in ordered
        ),
        truncated,
    )


def _hit(entry: _Text, text: str, folded: str, needle: str, count: int) -> Hit:
    first = folded.find(needle)
    left = max(0, first - CONTEXT)
    right = min(len(text), max(left + SNIPPET, first + len(needle)))
    lead = "…" if left else ""
    marks = tuple((s + len(lead), e + len(lead)) for s, e in _spans(folded[left:right], needle))
    body = text[left:right].replace("\n", " ")
    return Hit(entry.place, entry.field, lead + body + ("…" if right < len(text) else ""), marks, count)


# --- the texts of a snapshot, read once --------------------------------------------------------
_last: tuple[object, object, tuple[_Text, ...]] | None = None
_reads: dict[tuple[str, bool], _Read] = {}


def _index(framework: Framework, snapshot: CycleSnapshot | None) -> tuple[_Text, ...]:
    """The texts to search. Every keystroke asks again of the same snapshot, so its texts are
    kept; an edit makes a new snapshot, whose unchanged texts are the same strings, read once."""
    global _last, _reads
    if _last is not None and _last[0] is framework and _last[1] is snapshot:
        return _last[2]
    previous, _reads = _reads, {}

    def read(source: str, markdown: bool) -> _Read:
        known = _reads.get((source, markdown)) or previous.get((source, markdown)) or _Read(source, markdown)
        _reads[(source, markdown)] = known
        return known

    texts = tuple(_texts(framework, snapshot, read))
    _last = (framework, snapshot, texts)
    return texts


def _texts(
    framework: Framework, snapshot: CycleSnapshot | None, read: Callable[[str, bool], _Read]
) -> Iterator[_Text]:
    def place(
        name: str, part: str, item_id: str | None, title: str, title_en: str
    ) -> Callable[..., _Text | None]:
        def text(field: str, value: str, markdown: bool = False) -> _Text | None:
            return (
                _Text(name, part, item_id, title, title_en, field, read(value, markdown)) if value else None
            )

        return text

    items = list(framework.items())
    for item in items:
        put = place(
            f"criteria:{item.id}",
            "criteria",
            item.id,
            f"{item.id} {item.title}",
            f"{item.id} {item.title_en}",
        )
        yield from _some(
            put("title", item.title), put("title_en", item.title_en), put("summary", item.summary)
        )
        for clause in item.clauses:
            name, name_en = f"{clause.label} {clause.title}", f"{clause.label} {clause.title_en}"
            put = place(f"criteria:{clause.id}", "criteria", item.id, name, name_en)
            yield from _some(
                put("title", clause.title),
                put("title_en", clause.title_en),
                put("guidance", clause.guidance),
                *(put("question", q) for q in clause.questions),
            )
    if snapshot is None:
        return
    for item, clause in framework.clauses():
        response = snapshot.responses.get(clause.id)
        if response is not None:
            name, name_en = f"{clause.label} {clause.title}", f"{clause.label} {clause.title_en}"
            put = place(f"clause:{clause.id}", "response", item.id, name, name_en)
            yield from _some(put("text", response.text, markdown=True))
    for section in framework.profile_sections:
        name, name_en = f"{section.id} {section.title}", f"{section.id} {section.title_en}"
        put = place(f"profile:{section.id}", "profile", None, name, name_en)
        yield from _some(put("text", snapshot.profile.get(section.id, ""), markdown=True))
    titles = {i.id: (f"{i.id} {i.title}", f"{i.id} {i.title_en}") for i in items}
    for comment in snapshot.comments:
        title, title_en = titles.get(comment.item_id, (comment.item_id, comment.item_id))
        put = place(f"comment:{comment.id}", "comment", comment.item_id, title, title_en)
        yield from _some(put(comment.kind, comment.text))
    for score in snapshot.scores:
        who = snapshot.assessor(score.assessor_id)
        title, title_en = titles.get(score.item_id, (score.item_id, score.item_id))
        name = f" · {who.name}" if who else ""
        put = place(
            f"score:{score.assessor_id}:{score.item_id}",
            "score",
            score.item_id,
            title + name,
            title_en + name,
        )
        yield from _some(put("rationale", score.rationale))
    for item_id, agreed in snapshot.consensus.items():
        title, title_en = titles.get(item_id, (item_id, item_id))
        put = place(f"consensus:{item_id}", "consensus", item_id, title, title_en)
        yield from _some(put("rationale", agreed.rationale))
    for ind in snapshot.indicators:
        name = f"{ind.item_id} {ind.name}"
        put = place(f"indicator:{ind.id}", "indicator", ind.item_id, name, name)
        series = (t for s in ind.comparisons for t in (put("comparison", s.name), put("source", s.source)))
        yield from _some(
            put("name", ind.name), put("unit", ind.unit), put("link", ind.strategic_link), *series
        )
    for plan in snapshot.actions:
        put = place(f"action:{plan.id}", "action", plan.item_id, plan.title, plan.title)
        yield from _some(
            put("title", plan.title), put("owner", plan.owner), put("effect", plan.expected_effect)
        )
    for ev in snapshot.evidence:
        put = place(
            f"evidence:{ev.id}", "evidence", ev.links[0].item_id if ev.links else None, ev.name, ev.name
        )
        yield from _some(put("name", ev.name), put("description", ev.description))


def _some(*texts: _Text | None) -> Iterator[_Text]:
    return (t for t in texts if t is not None)
