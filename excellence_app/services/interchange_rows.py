"""Writing an imported interchange document into a new project file, row by row.

The rows go straight into the tables in one session, not through the edit
services: that is fast, and it keeps the archived audit trail exactly as it was
instead of adding a record for every imported value.
"""

from __future__ import annotations

import heapq
from datetime import date, datetime

from sqlalchemy.orm import Session

from excellence_app.core import interchange as ix
from excellence_app.core.framework import Framework
from excellence_app.core.shapes import dump
from excellence_app.services.interchange_archive import ArchiveSource
from excellence_app.storage import models as m


def fill_project(s: Session, doc: ix.ProjectDocument, fw: Framework, source: ArchiveSource) -> None:
    first = doc.cycles[0].created_at
    s.add(
        m.Project(
            org_name=doc.organisation.name,
            framework_id=fw.id,
            framework_version=fw.version,
            spread_threshold=doc.organisation.spread_threshold,
            created_at=datetime.fromisoformat(doc.organisation.created_at or first),
            details=dump(doc.organisation.details) if doc.organisation.details else None,
        )
    )
    s.add_all(
        m.AwardProfileRow(**a.model_dump(exclude={"rules"}), rules=a.rules.rules() if a.rules else None)
        for a in doc.award_profiles
    )
    files = {}
    for file in doc.evidence_files:
        s.add(m.EvidenceBlob(sha256=file.sha256, data=source.evidence_data(file)))
        s.flush()
        s.expunge_all()  # the bytes are written; do not keep every file in memory
        files[file.sha256] = file
    audit: list[list[m.AuditRow]] = []
    for position, cycle in enumerate(doc.cycles):
        row = m.Cycle(
            name=cycle.name,
            position=position,
            award_profile=cycle.award_profile,
            created_at=datetime.fromisoformat(cycle.created_at),
            as_of=date.fromisoformat(cycle.as_of) if cycle.as_of else None,
            submitted_on=date.fromisoformat(cycle.submitted_on) if cycle.submitted_on else None,
        )
        s.add(row)
        s.flush()
        _fill_cycle(s, row.id, cycle, files)
        audit.append(_audit_rows(cycle.audit, row.id))
    audit.append(_audit_rows(doc.audit, None))
    # Ids follow time across cycles, as they did when the changes were made.
    s.add_all(heapq.merge(*audit, key=lambda r: r.at))


def _audit_rows(entries: list[ix.AuditDoc], cycle_id: int | None) -> list[m.AuditRow]:
    return [
        m.AuditRow(
            cycle_id=cycle_id,
            at=datetime.fromisoformat(a.at),
            actor=a.actor,
            action=a.action,
            target=a.target,
            detail=a.detail,
        )
        for a in entries
    ]


def _when(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _fill_cycle(s: Session, cid: int, cycle: ix.CycleDoc, files: dict[str, ix.EvidenceFile]) -> None:
    s.add_all(m.ProfileSection(cycle_id=cid, section_id=k, text=v) for k, v in cycle.profile.items())
    s.add_all(
        m.ClauseResponse(
            cycle_id=cid, clause_id=k, text=r.text, status=r.status, updated_at=_when(r.updated_at)
        )
        for k, r in cycle.responses.items()
    )
    assessors = [
        m.AssessorRow(cycle_id=cid, name=a.name, role=a.role, position=i)
        for i, a in enumerate(cycle.assessors)
    ]
    s.add_all(assessors)
    s.add_all(
        m.ConsensusRow(
            cycle_id=cid,
            item_id=k,
            percent=c.percent,
            rationale=c.rationale,
            agreed_by=c.agreed_by,
            agreed_at=datetime.fromisoformat(c.agreed_at),
        )
        for k, c in cycle.consensus.items()
    )
    s.flush()
    ids = {a.name: row.id for a, row in zip(cycle.assessors, assessors, strict=True)}
    s.add_all(
        m.AssessorScoreRow(
            assessor_id=ids[a.name],
            item_id=k,
            percent=sc.percent,
            factors=dict(sc.factors),
            rationale=sc.rationale,
        )
        for a in cycle.assessors
        for k, sc in a.scores.items()
    )
    positions: dict[str, int] = {}
    comments = []
    for c in cycle.comments:
        positions[c.item] = positions.get(c.item, -1) + 1
        comments.append(
            m.CommentRow(
                cycle_id=cid,
                key=c.key,
                item_id=c.item,
                kind=c.kind,
                text=c.text,
                significance=c.significance,
                clause_id=c.clause,
                factor=c.factor,
                author=c.author,
                assessor_id=ids[c.assessor] if c.assessor else None,
                position=positions[c.item],
            )
        )
    s.add_all(comments)
    for e in cycle.evidence:
        row = m.EvidenceRow(
            cycle_id=cid,
            sha256=e.sha256,
            name=e.name,
            media_type=e.media_type or files[e.sha256].media_type,
            size=files[e.sha256].size,
            description=e.description,
            added_at=datetime.fromisoformat(e.added_at),
            kind=e.kind,
        )
        row.links = [m.EvidenceLinkRow(item_id=k.item, clause_id=k.clause) for k in e.links]
        s.add(row)
    positions = {}
    for i in cycle.indicators:
        positions[i.item] = positions.get(i.item, -1) + 1
        row = m.IndicatorRow(
            cycle_id=cid,
            item_id=i.item,
            position=positions[i.item],
            name=i.name,
            unit=i.unit,
            better=i.better,
            target=i.target,
            strategic_link=i.strategic_link,
        )
        row.points = [m.DataPointRow(period=p, value=v) for p, v in i.values.items()]
        row.comparisons = [
            m.ComparisonRow(
                position=n,
                kind=c.kind,
                name=c.name,
                source=c.source,
                points=[m.ComparisonPointRow(period=p, value=v) for p, v in c.values.items()],
            )
            for n, c in enumerate(i.comparisons)
        ]
        s.add(row)
    s.flush()
    keys = {c.key: row.id for c, row in zip(cycle.comments, comments, strict=True)}
    s.add_all(
        m.ActionPlanRow(
            cycle_id=cid,
            item_id=a.item,
            comment_id=keys[a.comment] if a.comment else None,
            title=a.title,
            owner=a.owner,
            due=date.fromisoformat(a.due) if a.due else None,
            status=a.status,
            expected_effect=a.expected_effect,
            created_at=datetime.fromisoformat(a.created_at),
        )
        for a in cycle.actions
    )
