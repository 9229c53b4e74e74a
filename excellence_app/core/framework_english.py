"""The pack in English: every text replaced by its English where the pack has one.

Screens and the CLI read the pack through this view when they speak English, so no
consumer has to choose between ``title`` and ``title_en`` itself. A text without English
stays Chinese (a user's own pack may have none).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from excellence_app.core.framework import Band, Category, Framework, Item


def _pick(zh, en):
    return en if en else zh


M = TypeVar("M")


def _local(model: M, *fields: str, **also: object) -> M:
    """A copy whose ``fields`` hold their English (``field_en``) where there is one."""
    update = {f: _pick(getattr(model, f), getattr(model, f"{f}_en")) for f in fields}
    return replace(model, **{**update, **also})


def _band(b: Band) -> Band:
    return _local(
        b,
        "summary",
        "summary_results",
        process={k: b.process_en.get(k) or v for k, v in b.process.items()},
        results={k: b.results_en.get(k) or v for k, v in b.results.items()},
    )


def _item(i: Item) -> Item:
    return _local(
        i,
        "title",
        "summary",
        "links",
        basis=None if i.basis is None else _local(i.basis, "note"),
        clauses=tuple(_local(c, "title", "guidance", "questions") for c in i.clauses),
    )


def _category(c: Category) -> Category:
    return _local(c, "title", items=tuple(_item(i) for i in c.items))


def _english(fw: Framework) -> Framework:
    factors = fw.factors
    return _local(
        fw,
        "title",
        factors=replace(
            factors,
            process=tuple(_local(f, "title", "description") for f in factors.process),
            results=tuple(_local(f, "title", "description") for f in factors.results),
        ),
        bands=tuple(_band(b) for b in fw.bands),
        profile_sections=tuple(_local(s, "title", "guidance", "questions") for s in fw.profile_sections),
        categories=tuple(_category(c) for c in fw.categories),
        sources=tuple(_local(x, "title") for x in fw.sources),
    )


def in_language(fw: Framework, language: str) -> Framework:
    """The pack as a reader of ``language`` ("zh" or "en") sees it; a new copy for English,
    so hold on to it rather than asking again."""
    return _english(fw) if language == "en" else fw


def missing_english(fw: Framework) -> list[str]:
    """Places in the pack whose text has no English (the built-in pack must have none)."""
    out: list[str] = []

    def need(place: str, zh, en) -> None:
        if zh and (not en or (isinstance(zh, tuple | dict) and len(en) != len(zh))):
            out.append(place)

    need("title", fw.title, fw.title_en)
    for x in fw.sources:
        need(f"source {x.key}", x.title, x.title_en)
    for f in (*fw.factors.process, *fw.factors.results):
        need(f"factor {f.key}", f.description, f.description_en)
        need(f"factor {f.key} title", f.title, f.title_en)
    for b in fw.bands:
        need(f"band {b.number}", b.summary, b.summary_en)
        need(f"band {b.number} results summary", b.summary_results, b.summary_results_en)
        need(f"band {b.number} process", b.process, b.process_en)
        need(f"band {b.number} results", b.results, b.results_en)
    for s in fw.profile_sections:
        for field in ("title", "guidance", "questions"):
            need(f"{s.id} {field}", getattr(s, field), getattr(s, f"{field}_en"))
    for c in fw.categories:
        need(f"{c.id} title", c.title, c.title_en)
        for i in c.items:
            for field in ("title", "summary", "links"):
                need(f"{i.id} {field}", getattr(i, field), getattr(i, f"{field}_en"))
            if i.basis is not None:
                need(f"{i.id} basis", i.basis.note, i.basis.note_en)
            for k in i.clauses:
                for field in ("title", "guidance", "questions"):
                    need(f"{k.id} {field}", getattr(k, field), getattr(k, f"{field}_en"))
    return out
