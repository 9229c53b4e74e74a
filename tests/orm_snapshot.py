"""The reference for the plain-row reader: a cycle's snapshot as the ORM built it.

This is ``services/reader.py`` as it was before reads left the ORM (issue 16), kept here, and
only here, so a test can show the plain rows give the very same snapshots.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from excellence_app.core import snapshots as snap
from excellence_app.core.errors import AppError
from excellence_app.core.organisation import OrgDetails
from excellence_app.core.shapes import ShapeError, build
from excellence_app.storage import models as m


def project_info(session: Session) -> snap.ProjectInfo:
    row = session.scalars(select(m.Project)).one()
    return snap.ProjectInfo(
        row.org_name,
        row.framework_id,
        row.framework_version,
        row.spread_threshold,
        row.created_at,
        bytes.fromhex(row.workbook_key),
        _details(row.details),
    )


M = TypeVar("M")


def _stored(model: type[M], value: dict, what: tuple[str, str]) -> M:
    """A model read from a JSON column; a value another tool wrote is named, not a traceback."""
    try:
        return build(model, value)
    except ShapeError as exc:
        where, zh, en = exc.path, exc.zh, exc.en
        raise AppError(
            f"{what[0]}的 {where} 无法读取：{zh}（文件可能被其他工具改动过）",
            f"{what[1]}: {where} cannot be read: {en} (another tool may have changed the file)",
        ) from None


def _details(value: object) -> OrgDetails:
    return _stored(
        OrgDetails,
        value if isinstance(value, dict) else {},
        ("申报单位信息", "the organisation's particulars"),
    )


def cycle_info(row: m.Cycle) -> snap.CycleInfo:
    return snap.CycleInfo(
        row.id, row.name, row.position, row.award_profile, row.created_at, row.as_of, row.submitted_on
    )


def _points(rows: list[m.DataPointRow] | list[m.ComparisonPointRow]) -> tuple[snap.DataPoint, ...]:
    return tuple(snap.DataPoint(p.period, p.value) for p in sorted(rows, key=lambda p: p.period))


def indicator(row: m.IndicatorRow) -> snap.Indicator:
    return snap.Indicator(
        id=row.id,
        item_id=row.item_id,
        position=row.position,
        name=row.name,
        unit=row.unit,
        better=row.better,
        target=row.target,
        strategic_link=row.strategic_link,
        values=_points(row.points),
        comparisons=tuple(
            snap.ComparisonSeries(c.id, c.kind, c.name, c.source, _points(c.points)) for c in row.comparisons
        ),
    )


def evidence(row: m.EvidenceRow) -> snap.Evidence:
    return snap.Evidence(
        row.id,
        row.name,
        row.size,
        row.sha256,
        row.media_type,
        row.description,
        row.added_at,
        tuple(snap.EvidenceLink(k.item_id, k.clause_id) for k in row.links),
        row.kind,
    )


def comment(row: m.CommentRow) -> snap.Comment:
    return snap.Comment(
        row.id,
        row.item_id,
        row.kind,
        row.text,
        row.significance,
        row.clause_id,
        row.factor,
        row.author,
        row.assessor_id,
        row.position,
        row.key,
    )


def action(row: m.ActionPlanRow) -> snap.ActionPlan:
    return snap.ActionPlan(
        row.id,
        row.item_id,
        row.comment_id,
        row.title,
        row.owner,
        row.due,
        row.status,
        row.expected_effect,
        row.created_at,
    )


def read_cycle(session: Session, cycle_id: int) -> snap.CycleSnapshot:
    assessors, scores = _team(session, cycle_id)
    return snap.CycleSnapshot(
        project=project_info(session),
        cycle=cycle_info(session.get_one(m.Cycle, cycle_id)),
        profile=_profile(session, cycle_id),
        responses=_responses(session, cycle_id),
        assessors=assessors,
        scores=scores,
        consensus=_consensus(session, cycle_id),
        comments=_comments(session, cycle_id),
        evidence=_evidence(session, cycle_id),
        indicators=_indicators(session, cycle_id),
        actions=_actions(session, cycle_id),
    )


def _profile(session: Session, cycle_id: int) -> dict[str, str]:
    query = select(m.ProfileSection).filter_by(cycle_id=cycle_id).order_by(m.ProfileSection.section_id)
    return {r.section_id: r.text for r in session.scalars(query)}


def _responses(session: Session, cycle_id: int) -> dict[str, snap.Response]:
    query = select(m.ClauseResponse).filter_by(cycle_id=cycle_id).order_by(m.ClauseResponse.clause_id)
    return {
        r.clause_id: snap.Response(r.clause_id, r.text, r.status, r.updated_at)
        for r in session.scalars(query)
    }


def _team(
    session: Session, cycle_id: int
) -> tuple[tuple[snap.Assessor, ...], tuple[snap.AssessorScore, ...]]:
    assessors = session.scalars(
        select(m.AssessorRow).filter_by(cycle_id=cycle_id).order_by(m.AssessorRow.position, m.AssessorRow.id)
    ).all()
    scores = session.scalars(
        select(m.AssessorScoreRow)
        .where(m.AssessorScoreRow.assessor_id.in_([a.id for a in assessors]))
        .order_by(m.AssessorScoreRow.id)
    ).all()
    return (
        tuple(snap.Assessor(a.id, a.name, a.role) for a in assessors),
        tuple(
            snap.AssessorScore(s.assessor_id, s.item_id, s.percent, dict(s.factors or {}), s.rationale)
            for s in scores
        ),
    )


def _consensus(session: Session, cycle_id: int) -> dict[str, snap.Consensus]:
    return {
        c.item_id: snap.Consensus(c.item_id, c.percent, c.rationale, c.agreed_by, c.agreed_at)
        for c in session.scalars(select(m.ConsensusRow).filter_by(cycle_id=cycle_id))
    }


def _comments(session: Session, cycle_id: int) -> tuple[snap.Comment, ...]:
    return tuple(
        comment(c)
        for c in session.scalars(
            select(m.CommentRow)
            .filter_by(cycle_id=cycle_id)
            .order_by(m.CommentRow.item_id, m.CommentRow.position, m.CommentRow.id)
        )
    )


def _evidence(session: Session, cycle_id: int) -> tuple[snap.Evidence, ...]:
    return tuple(
        evidence(e)
        for e in session.scalars(
            select(m.EvidenceRow)
            .filter_by(cycle_id=cycle_id)
            .options(selectinload(m.EvidenceRow.links))
            .order_by(m.EvidenceRow.id)
        )
    )


def _indicators(session: Session, cycle_id: int) -> tuple[snap.Indicator, ...]:
    return tuple(
        indicator(i)
        for i in session.scalars(
            select(m.IndicatorRow)
            .filter_by(cycle_id=cycle_id)
            .options(
                selectinload(m.IndicatorRow.points),
                selectinload(m.IndicatorRow.comparisons).selectinload(m.ComparisonRow.points),
            )
            .order_by(m.IndicatorRow.item_id, m.IndicatorRow.position)
        )
    )


def _actions(session: Session, cycle_id: int) -> tuple[snap.ActionPlan, ...]:
    return tuple(
        action(a)
        for a in session.scalars(
            select(m.ActionPlanRow).filter_by(cycle_id=cycle_id).order_by(m.ActionPlanRow.id)
        )
    )
