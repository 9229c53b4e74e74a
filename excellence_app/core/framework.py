"""The criteria framework as data: its model, its checks and its loader.

A pack is a YAML file. It is checked in two steps: :mod:`core.shapes` checks each value's
shape, then :func:`_check_consistency` checks what only the whole can tell (ids
unique, points adding up, bands covering 0–100). Either step names the file,
the place inside it and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml

from excellence_app.core.errors import FrameworkError, NotFound
from excellence_app.core.shapes import ShapeError, build, rule, shape

Kind = Literal["process", "results"]
PROCESS_FACTORS = ("approach", "deployment", "learning", "integration")
RESULTS_FACTORS = ("level", "trend", "comparison", "integration")
FACTORS_BY_KIND: dict[str, tuple[str, ...]] = {"process": PROCESS_FACTORS, "results": RESULTS_FACTORS}
# Ids and keys are codes ("4.1.2a", "S1", "approach"): short, on one line, printable in any message.
ID_PATTERN = r"[0-9A-Za-z][0-9A-Za-z._-]{0,29}"


@shape
class Factor:
    key: str = rule(pattern=ID_PATTERN)
    title: str
    title_en: str
    description: str
    description_en: str = ""


@shape
class Factors:
    process: tuple[Factor, ...]
    results: tuple[Factor, ...]


@shape
class Band:
    number: int = rule(ge=1)
    low: int = rule(ge=0, le=100)
    high: int = rule(ge=0, le=100)
    summary: str
    summary_en: str = ""
    # The band said of results (levels, trends, comparisons) where ``summary`` speaks of
    # approaches and their deployment; empty: ``summary`` serves both kinds.
    summary_results: str = ""
    summary_results_en: str = ""
    process: dict[str, str]
    results: dict[str, str]
    process_en: dict[str, str] = field(default_factory=dict)
    results_en: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.low}–{self.high}%"

    def summary_for(self, kind: str) -> str:
        """The band's summary for a process or a results item."""
        return self.summary_results if kind == "results" and self.summary_results else self.summary


@shape
class Clause:
    """A part of an item as the standard divides it, or a part the pack adds for writing help.

    The id says which: ``4.2.2.1`` is a sub-item the standard numbers, ``4.1.2a`` its point
    a), and ``4.7.4-1`` a part that is ours (printed without a number, so it never passes
    for the standard's).
    """

    id: str = rule(pattern=ID_PATTERN)
    title: str
    title_en: str = ""
    guidance: str
    guidance_en: str = ""
    questions: tuple[str, ...] = rule(min_length=1)
    questions_en: tuple[str, ...] = ()

    @property
    def form(self) -> ClauseForm:
        return clause_form(self.id)

    @property
    def item_id(self) -> str:
        return _CLAUSE_ID.match(self.id).group("item")  # type: ignore[union-attr]

    @property
    def mark(self) -> str:
        """How the standard marks it inside its item: "4.2.2.1", "a)" or nothing (ours)."""
        form = self.form
        if form == "numbered":
            return self.id
        return f"{self.id[-1]})" if form == "lettered" else ""

    @property
    def label(self) -> str:
        """How to name it outside its item: "4.2.2.1", "4.1.2 a)", or the item's id (ours)."""
        return clause_label(self.id)

    @property
    def heading(self) -> str:
        """Its heading under the item's heading."""
        return f"{self.mark} {self.title}".strip()

    @property
    def full_heading(self) -> str:
        """Its heading where the item is not in view."""
        return f"{self.label} {self.title}"


ClauseForm = Literal["numbered", "lettered", "ours"]
_CLAUSE_ID = re.compile(r"^(?P<item>\d+(?:\.\d+)*?)(?:\.(?P<n>\d+)|(?P<letter>[a-z])|-(?P<ours>\d+))$")


def clause_label(clause_id: str) -> str:
    m = _CLAUSE_ID.match(clause_id)
    if m is None:
        return clause_id
    if m.group("letter"):
        return f"{m.group('item')} {m.group('letter')})"
    return m.group("item") if m.group("ours") else clause_id


def clause_form(clause_id: str) -> ClauseForm:
    m = _CLAUSE_ID.match(clause_id)
    if m is None:
        raise ValueError(clause_id)
    return "numbered" if m.group("n") else "lettered" if m.group("letter") else "ours"


Sureness = Literal["confirmed", "agreeing", "unconfirmed"]


@shape
class Basis:
    """What an item's division into clauses rests on: sources and how sure we are."""

    sure: Sureness
    sources: tuple[str, ...] = ()
    note: str
    note_en: str = ""


@shape
class Source:
    key: str = rule(pattern=ID_PATTERN)
    title: str
    title_en: str = ""
    address: str
    edition: str


@shape
class Item:
    id: str = rule(pattern=ID_PATTERN)
    title: str
    title_en: str
    points: int = rule(gt=0)
    kind: Kind
    summary: str
    summary_en: str = ""
    links: tuple[str, ...] = ()
    links_en: tuple[str, ...] = ()
    basis: Basis | None = None
    clauses: tuple[Clause, ...] = rule(min_length=1)

    def clause_named(self, text: str) -> Clause | None:
        """The clause a person or a workbook wrote: its id, its label ("4.1.2 a)") or its
        label followed by its title."""
        text = " ".join(text.split())
        for clause in self.clauses:
            if text in (clause.id, clause.label) or text.startswith(clause.label + " "):
                return clause
        return None


@shape
class Category:
    id: str = rule(pattern=ID_PATTERN)
    title: str
    title_en: str
    points: int = rule(gt=0)
    items: tuple[Item, ...] = rule(min_length=1)


@shape
class ProfileSection:
    id: str = rule(pattern=ID_PATTERN)
    title: str
    title_en: str
    guidance: str
    guidance_en: str = ""
    questions: tuple[str, ...] = ()
    questions_en: tuple[str, ...] = ()


@shape
class Framework:
    id: str = rule(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    version: str
    title: str
    title_en: str
    total_points: int = rule(gt=0)
    factors: Factors
    bands: tuple[Band, ...] = rule(min_length=1)
    profile_sections: tuple[ProfileSection, ...] = ()
    categories: tuple[Category, ...] = rule(min_length=1)
    sources: tuple[Source, ...] = ()

    def items(self) -> Iterator[Item]:
        for category in self.categories:
            yield from category.items

    def item(self, item_id: str) -> Item:
        for item in self.items():
            if item.id == item_id:
                return item
        raise NotFound(f"框架中没有评分项 {item_id}", f"no item {item_id} in the framework")

    def has_item(self, item_id: str) -> bool:
        return any(item.id == item_id for item in self.items())

    def category_of(self, item_id: str) -> Category:
        for category in self.categories:
            if any(item.id == item_id for item in category.items):
                return category
        raise NotFound(f"框架中没有评分项 {item_id}", f"no item {item_id} in the framework")

    def clauses(self) -> Iterator[tuple[Item, Clause]]:
        for item in self.items():
            for clause in item.clauses:
                yield item, clause

    def clause_item(self, clause_id: str) -> Item:
        for item, clause in self.clauses():
            if clause.id == clause_id:
                return item
        raise NotFound(f"框架中没有条款 {clause_id}", f"no clause {clause_id} in the framework")

    def factors_for(self, kind: str) -> tuple[Factor, ...]:
        return self.factors.process if kind == "process" else self.factors.results

    def profile_section(self, section_id: str) -> ProfileSection:
        for section in self.profile_sections:
            if section.id == section_id:
                return section
        raise NotFound(f"框架中没有概述章节 {section_id}", f"no profile section {section_id}")


@dataclass(frozen=True)
class PackInfo:
    """A pack found on disk: usable (framework set) or refused (error set)."""

    path: Path
    builtin: bool
    framework: Framework | None
    error: FrameworkError | None


def _check_consistency(fw: Framework, file: str) -> None:
    def fail(path: str, zh: str, en: str) -> None:
        raise FrameworkError(file, path, zh, en)

    for key, expected in FACTORS_BY_KIND.items():
        got = tuple(f.key for f in getattr(fw.factors, key))
        if got != expected:
            fail(f"factors.{key}", f"应依次为 {', '.join(expected)}", f"must be {', '.join(expected)}")

    seen: dict[str, str] = {}

    def unique(identifier: str, path: str) -> None:
        if identifier in seen:
            fail(
                path,
                f"编号 {identifier} 重复（已用于 {seen[identifier]}）",
                f"id {identifier} is already used at {seen[identifier]}",
            )
        seen[identifier] = path

    source_keys = {source.key for source in fw.sources}
    total = 0
    for ci, category in enumerate(fw.categories):
        cpath = f"categories[{ci}]"
        unique(category.id, f"{cpath}.id")
        item_sum = 0
        for ii, item in enumerate(category.items):
            ipath = f"{cpath}.items[{ii}]"
            unique(item.id, f"{ipath}.id")
            if not item.id.startswith(category.id + "."):
                fail(
                    f"{ipath}.id",
                    f"评分项编号 {item.id} 不属于类目 {category.id}",
                    f"item {item.id} does not belong to category {category.id}",
                )
            item_sum += item.points
            for ki, clause in enumerate(item.clauses):
                kpath = f"{ipath}.clauses[{ki}]"
                unique(clause.id, f"{kpath}.id")
                if _CLAUSE_ID.match(clause.id) is None or clause.item_id != item.id:
                    fail(
                        f"{kpath}.id",
                        f"条款编号 {clause.id} 应为 {item.id}.1（准则的编号）、{item.id}a（准则的字母）"
                        f"或 {item.id}-1（本工具的细分）",
                        f"clause {clause.id} must read {item.id}.1 (the standard's number), "
                        f"{item.id}a (its letter) or {item.id}-1 (our own part)",
                    )
            if item.basis is not None:
                for key in item.basis.sources:
                    if key not in source_keys:
                        fail(f"{ipath}.basis.sources", f"没有来源 {key}", f"no source {key}")
        if item_sum != category.points:
            fail(
                f"{cpath}.points",
                f"类目 {category.id} 分值为 {category.points}，但其评分项合计 {item_sum}",
                f"category {category.id} has {category.points} points but its items add up to {item_sum}",
            )
        total += category.points
    if total != fw.total_points:
        fail(
            "total_points",
            f"总分为 {fw.total_points}，但各类目合计 {total}",
            f"total_points is {fw.total_points} but the categories add up to {total}",
        )

    expected_low = 0
    for bi, band in enumerate(fw.bands):
        bpath = f"bands[{bi}]"
        if band.low != expected_low:
            fail(
                f"{bpath}.low",
                f"分数段应从 {expected_low}% 开始，实为 {band.low}%（有缺口或重叠）",
                f"band should start at {expected_low}% but starts at {band.low}% (gap or overlap)",
            )
        if band.high < band.low or band.low % 5 or band.high % 5:
            fail(
                f"{bpath}.high",
                "分数段上下限应为 5 的倍数且上限不小于下限",
                "band limits must be multiples of 5 with high ≥ low",
            )
        for kind, factors in FACTORS_BY_KIND.items():
            missing = [f for f in factors if not getattr(band, kind).get(f, "").strip()]
            if missing:
                fail(
                    f"{bpath}.{kind}.{missing[0]}",
                    "缺少该要素的分数段描述",
                    "the factor's descriptor for this band is missing",
                )
        expected_low = band.high + 5
    if expected_low != 105:
        fail(f"bands[{len(fw.bands) - 1}].high", "分数段未覆盖到 100%", "the bands do not reach 100%")

    for si, section in enumerate(fw.profile_sections):
        unique(section.id, f"profile_sections[{si}].id")


def parse_framework(text: str, file: str) -> Framework:
    """Parse and check a pack's YAML text; ``file`` names it in errors."""
    try:
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else ""
        where_en = f"line {mark.line + 1} column {mark.column + 1}" if mark else ""
        raise FrameworkError(
            file, where or where_en, "YAML 语法错误", f"YAML syntax error {where_en}"
        ) from None
    except (ValueError, RecursionError) as exc:
        # Not YAMLErrors: a value PyYAML cannot make (a date 2020-02-30, an integer of 5,000
        # digits), nesting deeper than the pure-Python parser's stack.
        raise FrameworkError(file, "", "YAML 中有无法读取的值", f"a value cannot be read ({exc})") from None
    if not isinstance(raw, dict):
        raise FrameworkError(file, "", "文件内容不是框架定义", "the file does not hold a framework")
    try:
        fw = build(Framework, raw)
    except ShapeError as exc:
        raise FrameworkError(file, exc.path, exc.zh, exc.en) from None
    _check_consistency(fw, file)
    return fw


def load_framework_file(path: Path) -> Framework:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(str(path), "", "无法读取文件", f"cannot read the file ({exc})") from None
    return parse_framework(text, str(path))


def discover_packs(builtin_dir: Path, user_dir: Path | None) -> list[PackInfo]:
    """Every pack on disk; a user pack may not take a built-in pack's id."""
    found: list[PackInfo] = []
    ids: set[str] = set()
    for directory, builtin in ((builtin_dir, True), (user_dir, False)):
        if directory is None or not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.yaml")):
            try:
                fw = load_framework_file(path)
            except FrameworkError as exc:
                found.append(PackInfo(path, builtin, None, exc))
                continue
            if fw.id in ids:
                err = FrameworkError(
                    str(path),
                    "id",
                    f"编号 {fw.id} 与已有框架重复（内置框架不可覆盖）",
                    f"id {fw.id} is taken by another pack (built-in packs cannot be replaced)",
                )
                found.append(PackInfo(path, builtin, None, err))
                continue
            ids.add(fw.id)
            found.append(PackInfo(path, builtin, fw, None))
    return found


def find_framework(framework_id: str, builtin_dir: Path, user_dir: Path | None) -> Framework:
    """Load the pack with this id, reading only as many files as needed."""
    for directory in (builtin_dir, user_dir):
        if directory is None or not directory.is_dir():
            continue
        direct = directory / f"{framework_id}.yaml"
        if direct.is_file():
            fw = load_framework_file(direct)
            if fw.id == framework_id:
                return fw
    for pack in discover_packs(builtin_dir, user_dir):
        if pack.framework is not None and pack.framework.id == framework_id:
            return pack.framework
    raise NotFound(
        f"找不到评价框架 {framework_id}（请把框架文件放入 {user_dir}）",
        f"framework {framework_id} not found (put its pack into {user_dir})",
    )
