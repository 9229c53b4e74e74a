"""Reads a cycle out of the database into a frozen snapshot."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from excellence_app.core import snapshots as snap
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
    )


def cycle_info(row: m.Cycle) -> snap.CycleInfo:
    return snap.CycleInfo(row.id, row.name, row.position, row.award_profile, row.created_at)


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
    cycle = session.get_one(m.Cycle, cycle_id)
    where = {"cycle_id": cycle_id}
    assessors = session.scalars(
        select(m.AssessorRow).filter_by(**where).order_by(m.AssessorRow.position, m.AssessorRow.id)
    ).all()
    assessor_ids = [a.id for a in assessors]
    scores = session.scalars(
        select(m.AssessorScoreRow)
        .where(m.AssessorScoreRow.assessor_id.in_(assessor_ids))
        .order_by(m.AssessorScoreRow.id)
    ).all()
    return snap.CycleSnapshot(
        project=project_info(session),
        cycle=cycle_info(cycle),
        profile={
            r.section_id: r.text
            for r in session.scalars(
                select(m.ProfileSection).filter_by(**where).order_by(m.ProfileSection.section_id)
            )
        },
        responses={
            r.clause_id: snap.Response(r.clause_id, r.text, r.status, r.updated_at)
            for r in session.scalars(
                select(m.ClauseResponse).filter_by(**where).order_by(m.ClauseResponse.clause_id)
            )
        },
        assessors=tuple(snap.Assessor(a.id, a.name, a.role) for a in assessors),
        scores=tuple(
            snap.AssessorScore(s.assessor_id, s.item_id, s.percent, dict(s.factors or {}), s.rationale)
            for s in scores
        ),
        consensus={
            c.item_id: snap.Consensus(c.item_id, c.percent, c.rationale, c.agreed_by, c.agreed_at)
            for c in session.scalars(select(m.ConsensusRow).filter_by(**where))
        },
        comments=tuple(
            comment(c)
            for c in session.scalars(
                select(m.CommentRow)
                .filter_by(**where)
                .order_by(m.CommentRow.item_id, m.CommentRow.position, m.CommentRow.id)
            )
        ),
        evidence=tuple(
            evidence(e)
            for e in session.scalars(
                select(m.EvidenceRow)
                .filter_by(**where)
                .options(selectinload(m.EvidenceRow.links))
                .order_by(m.EvidenceRow.id)
            )
        ),
        indicators=tuple(
            indicator(i)
            for i in session.scalars(
                select(m.IndicatorRow)
                .filter_by(**where)
                .options(
                    selectinload(m.IndicatorRow.points),
                    selectinload(m.IndicatorRow.comparisons).selectinload(m.ComparisonRow.points),
                )
                .order_by(m.IndicatorRow.item_id, m.IndicatorRow.position)
            )
        ),
        actions=tuple(
            action(a)
            for a in session.scalars(select(m.ActionPlanRow).filter_by(**where).order_by(m.ActionPlanRow.id))
        ),
    )
