"""Undoing an assessor's workbook import: what the import may touch (that assessor's scores and
comments in one cycle, or the assessor itself) is read before it, and put back after.

The GUI imports a workbook as one undo step; the import itself is ``services.score_import``.
"""

from __future__ import annotations

from dataclasses import dataclass

from excellence_app.core.snapshots import AssessorScore, Comment, CycleSnapshot
from excellence_app.core.textclean import clean_text
from excellence_app.services.project import ProjectService

_COMMENT_FIELDS = ("kind", "text", "significance", "clause_id", "factor", "author")


@dataclass(frozen=True)
class AssessorState:
    """One assessor's scores and own comments in one cycle; ``assessor_id`` None: not there yet."""

    cycle_id: int
    name: str
    assessor_id: int | None
    scores: tuple[AssessorScore, ...]
    comments: tuple[Comment, ...]


def _find(snap: CycleSnapshot, name: str) -> int | None:
    # Matched as the import matches names: as the workbook shows them (core/textclean.py).
    return next((a.id for a in snap.assessors if clean_text(a.name)[0] == name), None)


def state_of(svc: ProjectService, cycle_id: int, name: str) -> AssessorState:
    snap = svc.snapshot(cycle_id)
    found = _find(snap, name)
    if found is None:
        return AssessorState(cycle_id, name, None, (), ())
    return AssessorState(
        cycle_id,
        name,
        found,
        tuple(s for s in snap.scores if s.assessor_id == found),
        tuple(c for c in snap.comments if c.assessor_id == found),
    )


def restore_state(svc: ProjectService, before: AssessorState) -> None:
    """Put the assessor back as ``before`` found them; call inside one ``svc.batch()``."""
    now = state_of(svc, before.cycle_id, before.name)
    if now.assessor_id is None:
        return
    if before.assessor_id is None:  # the import made them: their scores and comments go with them
        svc.scoring.remove_assessor(now.assessor_id)
        return
    old_scores = {s.item_id: s for s in before.scores}
    for score in now.scores:
        old = old_scores.get(score.item_id)
        if old is None:  # not scored before: no row, not a blank one (the summary tells them apart)
            svc.scoring.clear_score(now.assessor_id, score.item_id)
        elif score != old:
            svc.scoring.set_score(
                now.assessor_id,
                score.item_id,
                percent=old.percent,
                factors=dict(old.factors),
                rationale=old.rationale,
            )
    old_comments = {c.id: c for c in before.comments}
    current = {c.id: c for c in now.comments}
    for comment in now.comments:
        if comment.id not in old_comments:
            svc.comments.delete_comment(comment.id)
    for comment in before.comments:
        there = current.get(comment.id)
        if there is None:
            svc.comments.restore_comment(before.cycle_id, comment)
        elif there != comment:
            changed = {
                f: getattr(comment, f) for f in _COMMENT_FIELDS if getattr(there, f) != getattr(comment, f)
            }
            if changed:
                svc.comments.update_comment(comment.id, **changed)
