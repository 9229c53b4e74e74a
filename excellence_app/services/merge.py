"""Merging assessors' work done elsewhere into this cycle, with a preview first.

An assessor may send a project file of their own or an assessor workbook. Both
become :class:`Submission` objects; :func:`preview` lists what would change and
which changes overwrite a different value already here (conflicts); :func:`apply`
writes them, conflicts only when asked to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from excellence_app.core.errors import InvalidValue
from excellence_app.core.snapshots import CycleSnapshot
from excellence_app.export.xlsx_reader import Problem, check_identity, read_assessor_workbook
from excellence_app.services.base import MAX_COMMENT
from excellence_app.services.project import ProjectService


@dataclass(frozen=True)
class IncomingScore:
    percent: int | None = None
    factors: dict[str, int] = field(default_factory=dict)
    rationale: str = ""


@dataclass(frozen=True)
class IncomingComment:
    item_id: str
    kind: str
    text: str
    significance: str = "medium"
    clause_id: str | None = None
    factor: str | None = None


@dataclass(frozen=True)
class Submission:
    assessor: str
    role: str
    scores: dict[str, IncomingScore]
    comments: tuple[IncomingComment, ...] = ()


@dataclass(frozen=True)
class Change:
    assessor: str
    item_id: str
    field: str  # percent | factors | rationale | comment | assessor
    current: Any
    incoming: Any
    conflict: bool


@dataclass(frozen=True)
class MergePreview:
    source: str
    submissions: tuple[Submission, ...]
    changes: tuple[Change, ...]

    @property
    def conflicts(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.conflict)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == {}


def preview(snap: CycleSnapshot, source: str, submissions: tuple[Submission, ...]) -> MergePreview:
    changes: list[Change] = []
    by_name = {a.name: a for a in snap.assessors}
    for sub in submissions:
        assessor = by_name.get(sub.assessor)
        if assessor is None:
            changes.append(Change(sub.assessor, "", "assessor", None, sub.role, False))
        for item_id, inc in sorted(sub.scores.items()):
            have = snap.score(assessor.id, item_id) if assessor else None
            for name in ("percent", "factors", "rationale"):
                new = getattr(inc, name)
                old = getattr(have, name) if have else None
                if _empty(new) or new == old:
                    continue
                changes.append(Change(sub.assessor, item_id, name, old, new, not _empty(old)))
        existing = {
            (c.item_id, c.kind, c.text)
            for c in snap.comments
            if assessor is not None and c.assessor_id == assessor.id
        }
        for com in sub.comments:
            if (com.item_id, com.kind, com.text) not in existing:
                changes.append(Change(sub.assessor, com.item_id, "comment", None, com, False))
    return MergePreview(source, submissions, tuple(changes))


def apply(svc: ProjectService, cycle_id: int, plan: MergePreview, *, overwrite: bool = False) -> int:
    """Write the previewed changes; conflicting ones only with ``overwrite``. Returns how many.

    All of them in one transaction: a failure or a kill half way leaves the cycle as it was."""
    with svc.batch():
        return _apply(svc, cycle_id, plan, overwrite)


def _apply(svc: ProjectService, cycle_id: int, plan: MergePreview, overwrite: bool) -> int:
    snap = svc.snapshot(cycle_id)
    ids = {a.name: a.id for a in snap.assessors}
    applied = 0
    roles = {s.assessor: s.role for s in plan.submissions}
    for change in plan.changes:
        if change.conflict and not overwrite:
            continue
        if change.assessor not in ids:
            ids[change.assessor] = svc.scoring.add_assessor(
                cycle_id, change.assessor, roles[change.assessor]
            ).id
            if change.field == "assessor":
                applied += 1
                continue
        aid = ids[change.assessor]
        if change.field in ("percent", "factors", "rationale"):
            svc.scoring.set_score(aid, change.item_id, **{change.field: change.incoming})
        elif change.field == "comment":
            c: IncomingComment = change.incoming
            svc.comments.add_comment(
                cycle_id,
                c.item_id,
                c.kind,
                c.text,
                significance=c.significance,
                clause_id=c.clause_id,
                factor=c.factor,
                author=change.assessor,
                assessor_id=aid,
            )
        applied += 1
    return applied


def submissions_from_project(path: Path, cycle_name: str, framework_id: str) -> tuple[Submission, ...]:
    """Every assessor's scores and comments in the same-named cycle of another project file."""
    with ProjectService.open(path) as other:
        if other.framework.id != framework_id:
            raise InvalidValue(
                f"{path.name} 使用的评价框架（{other.framework.id}）与本项目不同",
                f"{path.name} uses another framework ({other.framework.id})",
            )
        snap = other.snapshot(other.cycles.by_name(cycle_name).id)
    out = []
    for assessor in snap.assessors:
        scores = {
            s.item_id: IncomingScore(s.percent, dict(s.factors), s.rationale)
            for s in snap.scores
            if s.assessor_id == assessor.id
        }
        # In their own file an assessor often writes comments into the team list; they are theirs.
        comments = tuple(
            IncomingComment(c.item_id, c.kind, c.text, c.significance, c.clause_id, c.factor)
            for c in snap.comments
            if c.assessor_id == assessor.id or (c.assessor_id is None and c.author == assessor.name)
        )
        if scores or comments:
            out.append(Submission(assessor.name, assessor.role, scores, comments))
    if not out:
        raise InvalidValue(
            f"{path.name} 的“{cycle_name}”中没有任何评分", f"{path.name} has no scores in {cycle_name}"
        )
    return tuple(out)


def preview_project_file(svc: ProjectService, cycle_id: int, path: Path) -> MergePreview:
    snap = svc.snapshot(cycle_id)
    subs = submissions_from_project(Path(path), snap.cycle.name, svc.framework.id)
    return preview(snap, str(path), subs)


def preview_workbook(
    svc: ProjectService, cycle_id: int, path: Path
) -> tuple[MergePreview, tuple[Problem, ...]]:
    """What importing an assessor workbook would change here, and the problems it has.

    The workbook itself is then applied by :func:`score_import.import_scores`, which
    treats it as that assessor's whole record (it may also delete their comments).
    """
    parsed = read_assessor_workbook(Path(path), svc.framework, text_limit=MAX_COMMENT)
    problems = list(parsed.problems)
    snap = svc.snapshot(cycle_id)
    if parsed.identity is None or parsed.fatal:
        return MergePreview(str(path), (), ()), tuple(problems)
    cycle, wrong = check_identity(parsed.identity, svc.project_info(), svc.cycles.all())
    problems += wrong
    if cycle is None or cycle.id != cycle_id:
        return MergePreview(str(path), (), ()), tuple(problems)
    name = parsed.identity["assessor"].strip()
    existing = next((a for a in snap.assessors if a.name == name), None)
    sub = Submission(
        name,
        existing.role if existing else "member",
        {e.item_id: IncomingScore(e.percent, dict(e.factors), e.rationale) for e in parsed.scores},
        tuple(
            IncomingComment(e.item_id, e.kind, e.text, e.significance, e.clause_id, e.factor)
            for e in parsed.comments
            if e.text
        ),
    )
    return preview(snap, str(path), (sub,)), tuple(problems)
