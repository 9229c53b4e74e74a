"""Frozen pictures of a project, handed from the services to every reader.

Nothing here talks to the database: a snapshot is what the screen, the PDF, the
workbook and the command line all read, so they all show the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from excellence_app.core import comparisons
from excellence_app.core.organisation import OrgDetails

STATUSES = ("empty", "draft", "done")
TRAINEE = "trainee"  # practises on the assessment (calibration); never one of its assessors
ROLES = ("lead", "member", TRAINEE)
COMMENT_KINDS = ("strength", "ofi")
SIGNIFICANCE = ("high", "medium", "low")
BETTER = ("up", "down")
COMPARISON_KINDS = comparisons.KINDS
ACTION_STATUSES = ("open", "in_progress", "done", "cancelled")


@dataclass(frozen=True)
class ProjectInfo:
    org_name: str
    framework_id: str
    framework_version: str
    spread_threshold: int
    created_at: datetime
    # The project file's secret that signs assessor workbooks; never shown, compared or exported.
    workbook_key: bytes = field(default=b"", repr=False, compare=False)
    details: OrgDetails = field(default_factory=OrgDetails)  # for the 申报表


@dataclass(frozen=True)
class CycleInfo:
    id: int
    name: str
    position: int
    award_profile: str
    created_at: datetime
    as_of: date | None = None  # the day the cycle's data stand at
    submitted_on: date | None = None  # the 申报日期 the package's signed pages carry


@dataclass(frozen=True)
class Response:
    clause_id: str
    text: str
    status: str
    updated_at: datetime | None


@dataclass(frozen=True)
class Assessor:
    id: int
    name: str
    role: str


@dataclass(frozen=True)
class AssessorScore:
    assessor_id: int
    item_id: str
    percent: int | None
    factors: dict[str, int] = field(default_factory=dict)  # factor key → band number 1..6
    rationale: str = ""


@dataclass(frozen=True)
class Consensus:
    item_id: str
    percent: int
    rationale: str
    agreed_by: str
    agreed_at: datetime


@dataclass(frozen=True)
class Comment:
    id: int
    item_id: str
    kind: str
    text: str
    significance: str
    clause_id: str | None
    factor: str | None
    author: str
    assessor_id: int | None  # None: the team's agreed list
    position: int
    key: str


@dataclass(frozen=True)
class EvidenceLink:
    item_id: str
    clause_id: str | None


@dataclass(frozen=True)
class Evidence:
    id: int
    name: str
    size: int
    sha256: str
    media_type: str
    description: str
    added_at: datetime
    links: tuple[EvidenceLink, ...]
    kind: str | None = None  # the award's required kind it is (营业执照, 审计报告 …), if any


@dataclass(frozen=True)
class DataPoint:
    period: str
    value: float


@dataclass(frozen=True)
class ComparisonSeries:
    id: int
    kind: str
    name: str
    source: str
    values: tuple[DataPoint, ...]


@dataclass(frozen=True)
class Indicator:
    id: int
    item_id: str
    position: int
    name: str
    unit: str
    better: str
    target: float | None
    strategic_link: str
    values: tuple[DataPoint, ...]
    comparisons: tuple[ComparisonSeries, ...]


@dataclass(frozen=True)
class ActionPlan:
    id: int
    item_id: str
    comment_id: int | None
    title: str
    owner: str
    due: date | None
    status: str
    expected_effect: str
    created_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    id: int
    cycle_id: int | None
    at: datetime
    actor: str
    action: str
    target: str
    detail: str


@dataclass(frozen=True)
class CycleSnapshot:
    """Everything of one assessment cycle, as it stood at one moment."""

    project: ProjectInfo
    cycle: CycleInfo
    profile: dict[str, str]
    responses: dict[str, Response]
    # Everyone registered in the cycle, trainees too: for finding a person by id or name.
    # The assessment's assessors are `team`; the calibration's trainees are `trainees`.
    assessors: tuple[Assessor, ...]
    scores: tuple[AssessorScore, ...]
    consensus: dict[str, Consensus]
    comments: tuple[Comment, ...]
    evidence: tuple[Evidence, ...]
    indicators: tuple[Indicator, ...]
    actions: tuple[ActionPlan, ...]

    @property
    def team(self) -> tuple[Assessor, ...]:
        """The assessors of the assessment, whose scores count: everyone but the trainees.

        The one definition: the count, grid, spreads, provisional scores, flags, summary and
        every document of the assessment read this, never `assessors`.
        """
        return tuple(a for a in self.assessors if a.role != TRAINEE)

    @property
    def trainees(self) -> tuple[Assessor, ...]:
        """The trainees of the calibration exercise; only the calibration reads them."""
        return tuple(a for a in self.assessors if a.role == TRAINEE)

    @property
    def assessment_comments(self) -> tuple[Comment, ...]:
        """The team's agreed lists and the team's own comments, without the trainees'."""
        practice = {a.id for a in self.trainees}
        return tuple(c for c in self.comments if c.assessor_id not in practice)

    def assessor(self, assessor_id: int) -> Assessor | None:
        return next((a for a in self.assessors if a.id == assessor_id), None)

    def scores_for_item(self, item_id: str, *, trainees: bool = False) -> dict[str, AssessorScore]:
        """Assessor name → score for one item, in the assessors' order.

        Trainees score for practice: they are left out unless asked for, so that their
        percents never move the team's spread or provisional score.
        """
        by_id = self._by_item[0].get(item_id, {})
        people = self.assessors if trainees else self.team
        return {a.name: by_id[a.id] for a in people if a.id in by_id}

    def score(self, assessor_id: int, item_id: str) -> AssessorScore | None:
        return next((s for s in self.scores if s.assessor_id == assessor_id and s.item_id == item_id), None)

    def comments_for(self, item_id: str, assessor_id: int | None = None) -> tuple[Comment, ...]:
        return tuple(c for c in self._by_item[1].get(item_id, ()) if c.assessor_id == assessor_id)

    def indicators_for(self, item_id: str) -> tuple[Indicator, ...]:
        return tuple(sorted(self._by_item[2].get(item_id, ()), key=lambda i: i.position))

    def evidence_for(self, item_id: str) -> tuple[Evidence, ...]:
        return tuple(self._by_item[3].get(item_id, ()))

    @cached_property
    def _by_item(
        self,
    ) -> tuple[
        dict[str, dict[int, AssessorScore]],
        dict[str, list[Comment]],
        dict[str, list[Indicator]],
        dict[str, list[Evidence]],
    ]:
        """Scores, comments, indicators and evidence by item, in their snapshot order: built once
        per snapshot (a snapshot never changes), so that the summary's walk over the items does
        not scan every row for every item (issue 16)."""
        scores: dict[str, dict[int, AssessorScore]] = defaultdict(dict)
        for score in self.scores:
            scores[score.item_id][score.assessor_id] = score
        comments: dict[str, list[Comment]] = defaultdict(list)
        for comment in self.comments:
            comments[comment.item_id].append(comment)
        indicators: dict[str, list[Indicator]] = defaultdict(list)
        for indicator in self.indicators:
            indicators[indicator.item_id].append(indicator)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        for entry in self.evidence:
            for item_id in dict.fromkeys(link.item_id for link in entry.links):
                evidence[item_id].append(entry)
        return scores, comments, indicators, evidence
