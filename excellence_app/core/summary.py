"""The one place every reported number is computed.

The screen, the PDF, the workbook and ``summary --json`` all read a
:class:`Summary`; none of them adds up a score by itself.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from excellence_app.core import scoring
from excellence_app.core.awards import AwardProfile
from excellence_app.core.consensus import spread_stats
from excellence_app.core.framework import Framework
from excellence_app.core.markdown import count_markdown_chars
from excellence_app.core.results import IndicatorAnalysis, Series, analyse
from excellence_app.core.snapshots import CycleSnapshot, Indicator


@dataclass(frozen=True)
class ItemSummary:
    id: str
    title: str
    title_en: str
    category: str
    points: int
    kind: str
    consensus_percent: int | None
    consensus_score: float | None  # the points the agreed percentage gives; None while not agreed
    percent: int | None  # the consensus, or while not agreed the assessors' provisional median
    median_percent: int | None  # the assessors' provisional median, agreed or not
    provisional: bool
    score: float
    band: int | None
    points_open: float
    assessor_percents: dict[str, int | None]
    mean: float | None
    spread: int | None
    flagged: bool
    clauses_total: int
    clauses_answered: int
    chars: int
    strengths: int
    ofis: int
    evidence: int
    indicators: int


@dataclass(frozen=True)
class CategorySummary:
    id: str
    title: str
    title_en: str
    points: int
    score: float
    percent: float


@dataclass(frozen=True)
class Limits:
    award: str
    name: str
    profile: int | None
    report: int | None
    pages: int | None


@dataclass(frozen=True)
class Summary:
    framework: dict[str, str]
    organisation: str
    cycle: str
    total: float
    band: int
    band_label: str
    band_rule: tuple[str, str]  # how the total's share was placed among the bands (zh, en)
    process_total: float
    results_total: float
    # The framework's own maxima (a user's pack need not total 1000) and the total's share of it.
    total_max: int
    process_max: int
    results_max: int
    total_percent: float
    categories: tuple[CategorySummary, ...]
    items: tuple[ItemSummary, ...]
    profile_chars: int
    report_chars: int
    limits: Limits
    items_scored: int
    items_agreed: int
    clauses_total: int
    clauses_answered: int
    flagged_items: tuple[str, ...]

    def item(self, item_id: str) -> ItemSummary:
        return next(i for i in self.items if i.id == item_id)

    def over_limits(self) -> list[tuple[str, int, int]]:
        """(what, count, limit) for each length limit exceeded."""
        out = []
        if self.limits.profile is not None and self.profile_chars > self.limits.profile:
            out.append(("profile", self.profile_chars, self.limits.profile))
        if self.limits.report is not None and self.report_chars > self.limits.report:
            out.append(("report", self.report_chars, self.limits.report))
        return out

    def top_open(self, n: int = 10) -> tuple[ItemSummary, ...]:
        """The items with the most points still open: where improvement pays most."""
        return tuple(sorted(self.items, key=lambda i: (-i.points_open, i.id))[:n])

    def to_json(self) -> dict[str, Any]:
        return {
            "framework": self.framework,
            "organisation": self.organisation,
            "cycle": self.cycle,
            "total": self.total,
            "band": self.band,
            "band_label": self.band_label,
            "band_rule": self.band_rule[0],
            "process_total": self.process_total,
            "results_total": self.results_total,
            "total_max": self.total_max,
            "process_max": self.process_max,
            "results_max": self.results_max,
            "total_percent": self.total_percent,
            "categories": [asdict(c) for c in self.categories],
            "items": [asdict(i) for i in self.items],
            "chars": {"profile": self.profile_chars, "report": self.report_chars},
            "limits": asdict(self.limits),
            "progress": {
                "items_total": len(self.items),
                "items_scored": self.items_scored,
                "items_agreed": self.items_agreed,
                "clauses_total": self.clauses_total,
                "clauses_answered": self.clauses_answered,
            },
            "flagged_items": list(self.flagged_items),
        }


def answered(text: str) -> bool:
    return bool(text.strip())


def summarise(fw: Framework, snap: CycleSnapshot, award: AwardProfile) -> Summary:
    threshold = snap.project.spread_threshold
    percents: dict[str, int | None] = {}
    items: list[ItemSummary] = []
    for category in fw.categories:
        for item in category.items:
            by_name = snap.scores_for_item(item.id)
            given = {name: s.percent for name, s in by_name.items()}
            stats = spread_stats([p for p in given.values() if p is not None], threshold)
            agreed = snap.consensus.get(item.id)
            median = scoring.provisional_percent(p for p in given.values() if p is not None)
            percent = agreed.percent if agreed else median
            percents[item.id] = percent
            texts = [snap.responses[c.id].text for c in item.clauses if c.id in snap.responses]
            agreed_comments = snap.comments_for(item.id)
            items.append(
                ItemSummary(
                    id=item.id,
                    title=item.title,
                    title_en=item.title_en,
                    category=category.id,
                    points=item.points,
                    kind=item.kind,
                    consensus_percent=agreed.percent if agreed else None,
                    consensus_score=scoring.item_score(agreed.percent, item.points) if agreed else None,
                    percent=percent,
                    median_percent=median,
                    provisional=agreed is None and percent is not None,
                    score=scoring.item_score(percent, item.points),
                    band=scoring.band_of(percent, fw.bands).number if percent is not None else None,
                    points_open=scoring.points_open(percent, item.points),
                    assessor_percents=given,
                    mean=stats.mean,
                    spread=stats.spread,
                    flagged=stats.flagged,
                    clauses_total=len(item.clauses),
                    clauses_answered=sum(1 for t in texts if answered(t)),
                    chars=sum(count_markdown_chars(t) for t in texts),
                    strengths=sum(1 for c in agreed_comments if c.kind == "strength"),
                    ofis=sum(1 for c in agreed_comments if c.kind == "ofi"),
                    evidence=len(snap.evidence_for(item.id)),
                    indicators=len(snap.indicators_for(item.id)),
                )
            )
    totals = scoring.totals(fw, percents)
    categories = tuple(
        CategorySummary(
            c.id,
            c.title,
            c.title_en,
            c.points,
            totals.categories[c.id],
            scoring.percent_of(totals.categories[c.id], c.points),
        )
        for c in fw.categories
    )
    placed = scoring.place(totals.total / totals.total_max * 100, fw.bands)
    return Summary(
        framework={"id": fw.id, "version": fw.version, "title": fw.title},
        organisation=snap.project.org_name,
        cycle=snap.cycle.name,
        total=totals.total,
        band=placed.band.number,
        band_label=placed.band.label,
        band_rule=placed.rule(),
        process_total=totals.process,
        results_total=totals.results,
        total_max=totals.total_max,
        process_max=totals.process_max,
        results_max=totals.results_max,
        total_percent=totals.percent,
        categories=categories,
        items=tuple(items),
        profile_chars=sum(count_markdown_chars(t) for t in snap.profile.values()),
        report_chars=sum(count_markdown_chars(r.text) for r in snap.responses.values()),
        limits=Limits(award.id, award.name, award.profile_chars, award.report_chars, award.pages),
        items_scored=sum(1 for i in items if i.percent is not None),
        items_agreed=sum(1 for i in items if i.consensus_percent is not None),
        clauses_total=sum(i.clauses_total for i in items),
        clauses_answered=sum(i.clauses_answered for i in items),
        flagged_items=tuple(i.id for i in items if i.flagged),
    )


def analyse_indicator(ind: Indicator) -> IndicatorAnalysis:
    own = Series(ind.name, tuple((p.period, p.value) for p in ind.values))
    comps = [
        Series(c.name, tuple((p.period, p.value) for p in c.values), c.kind, c.source)
        for c in ind.comparisons
    ]
    return analyse(own, ind.better, ind.target, comps, ind.strategic_link)


def figure_label(item_id: str, index: int, language: str = "zh") -> str:
    """Figures are numbered per results item: 图4.7.2-1, 图4.7.2-2 … (Fig. 4.7.2-1 in English
    screens; the report and the texts that cite a figure are Chinese)."""
    return f"Fig. {item_id}-{index}" if language == "en" else f"图{item_id}-{index}"


def figure_labels(snap: CycleSnapshot, language: str = "zh") -> dict[int, str]:
    """Indicator id → its figure label, following the indicators' order in each item."""
    labels: dict[int, str] = {}
    items = sorted({i.item_id for i in snap.indicators})
    for item_id in items:
        for n, ind in enumerate(snap.indicators_for(item_id), start=1):
            labels[ind.id] = figure_label(item_id, n, language)
    return labels
