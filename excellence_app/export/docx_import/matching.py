"""Which part of the criteria a heading names: by its number, by its title, or both.

Titles are compared after :func:`normalise` (full-width forms folded, punctuation, spaces
and the particles 的/之 dropped, 和/与/及 made one) with difflib's ratio, or, when one
title of ours lies whole inside the heading ("2024年度人力资源结果分析"), a score that grows
with how much of the heading it covers. A title counts as a match at
:data:`MATCH` (0.75): high enough that 顾客满意的测评 (2004) still finds 顾客满意的测量
(0.83) and 组织治理 finds 组织的治理, low enough to keep 人力资源 (item 4.4.2) from taking
人力资源结果 (0.8 is below the exact 1.0 of the item, and the best score wins). Each entity
is known by every name it has had: the pack's title and its parts before and after a
colon ("确定方向" or "使命、愿景和价值观" for 4.1.2 a)), the English title, the titles of
pack 1.0 (core/pack_moves.py) and of GB/T 19580-2004 (editions.py).

Two looser rules apply only where the context vouches for them (plan.py): a line that looks
like a heading (styled, bold or 黑体) and comes within :data:`NEAR` (0.55) of a title in the
category being read ("顾客满意度" under 4.7 → 4.7.3.1 顾客满意与忠诚结果, 0.57), and an
ordinal that continues a run whose previous member named a clause ("3. 公益活动" after
"2. 道德行为" → 4.1.4.3).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from excellence_app.core import pack_moves
from excellence_app.core.framework import Framework, clause_label
from excellence_app.export.docx_import.editions import GBT_2004, PROFILE_GROUPS, REPORT_TITLES

MATCH = 0.75  # a title this close names the entity
WEAK = 0.4  # below this a title says nothing for the number beside it
NEAR = 0.55  # a heading-looking line close to a title of the category being read
EntityKind = Literal["category", "item", "clause", "profile", "group", "report"]

_DROP = re.compile(r"[\s\W_的之]+", re.UNICODE)
_AND = re.compile(r"[与及和、]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return _DROP.sub("", _AND.sub("和", text))


def similarity(title: str, alias: str) -> float:
    """How well a heading's title names an entity known as ``alias`` (both normalised)."""
    if not title or not alias:
        return 0.0
    if title == alias:
        return 1.0
    score = SequenceMatcher(None, title, alias, autojunk=False).ratio()
    if len(alias) >= 3 and alias in title:
        score = max(score, 0.75 + 0.25 * len(alias) / len(title))
    return score


@dataclass(frozen=True)
class Entity:
    kind: EntityKind
    id: str  # category, item, clause or profile section id; "B", "B.1", "B.2"; "report"
    title: str
    item_id: str = ""  # the item of a clause or item; the first item of a category

    def describe(self) -> tuple[str, str]:
        """How the mapping names it (zh, en)."""
        if self.kind == "clause":
            return (
                f"条款 {clause_label(self.id)} {self.title}",
                f"clause {clause_label(self.id)} {self.title}",
            )
        if self.kind == "item":
            return f"评分项 {self.id} {self.title}", f"item {self.id} {self.title}"
        if self.kind == "category":
            return f"类目 {self.id} {self.title}", f"category {self.id} {self.title}"
        if self.kind == "profile":
            return f"组织概述 {self.id} {self.title}", f"profile {self.id} {self.title}"
        if self.kind == "group" and self.id == "B":
            return "组织概述", "the organisational profile"
        if self.kind == "group":
            return f"组织概述 {self.id} {self.title}", f"profile part {self.id} {self.title}"
        return "自我评价报告", "the self-assessment report"


@dataclass(frozen=True)
class Found:
    entity: Entity
    score: float
    how_zh: str
    how_en: str


class Index:
    """Every entity of the pack under every name it has had, and its numbers."""

    def __init__(self, fw: Framework) -> None:
        self.fw = fw
        self.by_id: dict[str, Entity] = {}
        self.aliases: dict[str, list[str]] = {}
        self.scope_of: dict[str, str] = {}  # clause → item, item → category
        for category in fw.categories:
            self._add(Entity("category", category.id, category.title, category.items[0].id), category.title)
            self.aliases[category.id].append(normalise(category.title_en))
            for item in category.items:
                self._add(Entity("item", item.id, item.title, item.id), item.title, item.title_en)
                self.scope_of[item.id] = category.id
                for clause in item.clauses:
                    names = [clause.title, clause.title_en, *clause.title.split("：")]
                    self._add(Entity("clause", clause.id, clause.title, item.id), *names)
                    self.scope_of[clause.id] = item.id
        for section in fw.profile_sections:
            self._add(Entity("profile", section.id, section.title), section.title, section.title_en)
        for group, titles in PROFILE_GROUPS.items():
            self._add(Entity("group", group, titles[0]), *titles)
        self._add(Entity("report", "report", REPORT_TITLES[0]), *REPORT_TITLES)
        move = pack_moves.move_for(fw.id, "1.0")
        self.pack_1_0: dict[str, str] = {}
        if move is not None:
            for old, target in move.targets.items():
                if target in self.by_id:
                    self.pack_1_0[old] = target
                    self.aliases[target].append(normalise(move.old_titles[old]))
        self.gbt_2004: dict[str, str] = {}
        for number, (title, target) in GBT_2004.items():
            if target in self.by_id:
                self.gbt_2004[number] = target
                self.aliases[target].append(normalise(title))

    def _add(self, entity: Entity, *names: str) -> None:
        self.by_id[entity.id] = entity
        self.aliases[entity.id] = [n for n in (normalise(x) for x in names if x) if n]

    def score(self, entity_id: str, title: str) -> float:
        norm = normalise(title)
        return max((similarity(norm, a) for a in self.aliases.get(entity_id, ())), default=0.0)

    def best_by_title(self, title: str, within: set[str] | None = None) -> tuple[Entity, float] | None:
        """The entity whose names come closest to ``title`` (only those in ``within``, if
        given); on a tie the more specific one (a clause before its item)."""
        norm = normalise(title)
        if not norm:
            return None
        best: tuple[float, int, Entity] | None = None
        rank = {"clause": 5, "profile": 5, "item": 4, "group": 3, "category": 2, "report": 1}
        for entity_id, names in self.aliases.items():
            if within is not None and entity_id not in within:
                continue
            s = max((similarity(norm, a) for a in names), default=0.0)
            entity = self.by_id[entity_id]
            key = (s, rank[entity.kind], entity)
            if best is None or key[:2] > best[:2]:
                best = key
        return None if best is None else (best[2], best[0])

    def children(self, entity_id: str) -> set[str]:
        """The clauses of an item, or the items and clauses of a category."""
        out = {k for k, v in self.scope_of.items() if v == entity_id}
        return out | {k for k, v in self.scope_of.items() if v in out}

    def number_candidates(self, number: str, letter: str) -> list[tuple[str, str, str]]:
        """(edition, entity id, how) for a heading's number: the pack's own, pack 1.0's, 2004's."""
        found: list[tuple[str, str, str]] = []
        own = number + letter if letter else number
        if own in self.by_id and self.by_id[own].kind in ("category", "item", "clause"):
            found.append(("2012", own, "GB/T 19580-2012"))
        if not letter and number in self.pack_1_0:
            found.append(("1.0", self.pack_1_0[number], "本工具 1.0 版编号"))
        if not letter and number in self.gbt_2004:
            found.append(("2004", self.gbt_2004[number], "GB/T 19580-2004"))
        return found
