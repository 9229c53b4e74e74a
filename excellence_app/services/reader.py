"""Reads a cycle out of the database into a frozen snapshot, from plain rows.

Design (issue 16, "Reads without the ORM"): this one reader serves both paths. It takes a
sqlite3 connection: a read-only file's own (``storage.rows.PlainFile``), or, for a file open
for editing, the ORM session's connection, so a batch's unsaved writes are seen. Its rows come
from ``storage.rows.fetch``, whose tables and columns are the models' (``storage.schema`` is
generated from them and checked by a test): one definition of the schema, one way from rows to
snapshots, and no ORM import for reading. The converters (``cycle_info``, ``comment`` …) read
attributes only, so an edit may hand them the ORM row it has just written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from typing import Any, TypeVar

from excellence_app.core import snapshots as snap
from excellence_app.core.awards import AwardProfile
from excellence_app.core.changes import KINDS, Changes
from excellence_app.core.errors import AppError, NotFound
from excellence_app.core.organisation import OrgDetails
from excellence_app.core.shapes import ShapeError, build
from excellence_app.storage.rows import count, fetch, one

Row = Any  # a plain row of storage.rows, or the ORM row an edit has in hand: read by attribute


def project_info(conn: sqlite3.Connection) -> snap.ProjectInfo:
    rows = fetch(conn, "project")
    if len(rows) != 1:
        raise AppError(
            f"项目文件应有且只有一条项目记录，现有 {len(rows)} 条（文件可能被其他工具改动过）",
            f"the project file must hold exactly one project row, not {len(rows)} "
            "(another tool may have changed it)",
        )
    row = rows[0]
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


def award_profile(row: Row) -> AwardProfile:
    """A profile the user made: its limits, and its office's rules (defaults where none)."""
    limits = {k: getattr(row, k) for k in ("id", "name", "name_en", "profile_chars", "report_chars", "pages")}
    rules = row.rules if isinstance(row.rules, dict) else {}
    return _stored(AwardProfile, {**limits, **rules}, (f"评奖配置“{row.name}”", f"award profile {row.name}"))


def cycle_info(row: Row) -> snap.CycleInfo:
    return snap.CycleInfo(
        row.id, row.name, row.position, row.award_profile, row.created_at, row.as_of, row.submitted_on
    )


def _points(rows: Iterable[Row]) -> tuple[snap.DataPoint, ...]:
    return tuple(snap.DataPoint(p.period, p.value) for p in sorted(rows, key=lambda p: p.period))


def indicator(
    row: Row, points: Iterable[Row], comparisons: Iterable[tuple[Row, Iterable[Row]]]
) -> snap.Indicator:
    """An indicator from its row, its values' rows, and each comparison's row with its values'."""
    return snap.Indicator(
        id=row.id,
        item_id=row.item_id,
        position=row.position,
        name=row.name,
        unit=row.unit,
        better=row.better,
        target=row.target,
        strategic_link=row.strategic_link,
        values=_points(points),
        comparisons=tuple(
            snap.ComparisonSeries(c.id, c.kind, c.name, c.source, _points(values))
            for c, values in comparisons
        ),
    )


def evidence(row: Row, links: Iterable[Row]) -> snap.Evidence:
    return snap.Evidence(
        row.id,
        row.name,
        row.size,
        row.sha256,
        row.media_type,
        row.description,
        row.added_at,
        tuple(snap.EvidenceLink(k.item_id, k.clause_id) for k in links),
        row.kind,
    )


def comment(row: Row) -> snap.Comment:
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


def action(row: Row) -> snap.ActionPlan:
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


def cycle_row(conn: sqlite3.Connection, cycle_id: int) -> Row:
    row = one(conn, "cycle", id=cycle_id)
    if row is None:
        raise NotFound(f"没有编号为 {cycle_id} 的评价周期", f"no cycle with id {cycle_id}")
    return row


def cycles(conn: sqlite3.Connection) -> tuple[snap.CycleInfo, ...]:
    """Every cycle, in the project's order."""
    return tuple(cycle_info(c) for c in fetch(conn, "cycle", order=("position", "id")))


def award_profiles(conn: sqlite3.Connection) -> tuple[AwardProfile, ...]:
    """The profiles the user made, by id."""
    return tuple(award_profile(r) for r in fetch(conn, "award_profile", order=("id",)))


def read_cycle(conn: sqlite3.Connection, cycle_id: int) -> snap.CycleSnapshot:
    info = cycle_info(cycle_row(conn, cycle_id))
    assessors, scores = _team(conn, cycle_id)
    return snap.CycleSnapshot(
        project=project_info(conn),
        cycle=info,
        profile=_profile(conn, cycle_id),
        responses=_responses(conn, cycle_id),
        assessors=assessors,
        scores=scores,
        consensus=_consensus(conn, cycle_id),
        comments=_comments(conn, cycle_id),
        evidence=_evidence(conn, cycle_id),
        indicators=_indicators(conn, cycle_id),
        actions=_actions(conn, cycle_id),
    )


def update_cycle(conn: sqlite3.Connection, old: snap.CycleSnapshot, changes: Changes) -> snap.CycleSnapshot:
    """``old`` brought up to date by reading only what ``changes`` touched.

    A keystroke pause re-reads one response, not the cycle. Changes to cycles or project
    settings (names, award, threshold) read everything again.
    """
    cycle_id = old.cycle.id
    if not changes.touches(*KINDS, cycle=cycle_id):
        return old
    if changes.touches("cycles", "settings"):
        return read_cycle(conn, cycle_id)
    parts: dict[str, object] = {}
    if changes.touches("responses"):
        parts["responses"] = _patched(old.responses, changes.which("responses"), conn, cycle_id, _responses)
    if changes.touches("profile"):
        parts["profile"] = _patched(old.profile, changes.which("profile"), conn, cycle_id, _profile)
    if changes.touches("assessors") or changes.which("scores") is None:
        parts["assessors"], parts["scores"] = _team(conn, cycle_id)
    elif changes.touches("scores"):
        parts["scores"] = _patched_scores(old, changes.which("scores") or (), conn)
    if changes.touches("consensus"):
        parts["consensus"] = _consensus(conn, cycle_id)
    if changes.touches("comments"):
        parts["comments"] = _comments(conn, cycle_id)
    if changes.touches("evidence"):
        parts["evidence"] = _evidence(conn, cycle_id)
    if changes.touches("indicators"):
        parts["indicators"] = _indicators(conn, cycle_id)
    if changes.touches("actions"):
        parts["actions"] = _actions(conn, cycle_id)
    return replace(old, **parts)


def _patched(
    old: dict, ids: Collection[str] | None, conn: sqlite3.Connection, cycle_id: int, read: Callable[..., dict]
) -> dict:
    if ids is None:
        return read(conn, cycle_id)
    fresh = read(conn, cycle_id, ids)
    merged = {k: v for k, v in old.items() if k not in ids} | fresh
    return dict(sorted(merged.items()))


def _only(key: str, ids: Collection[str] | None) -> dict[str, object]:
    return {} if ids is None else {key: list(ids)}


def _profile(conn: sqlite3.Connection, cycle_id: int, ids: Collection[str] | None = None) -> dict[str, str]:
    rows = fetch(
        conn, "profile_section", order=("section_id",), cycle_id=cycle_id, **_only("section_id", ids)
    )
    return {r.section_id: r.text for r in rows}


def _responses(
    conn: sqlite3.Connection, cycle_id: int, ids: Collection[str] | None = None
) -> dict[str, snap.Response]:
    rows = fetch(conn, "clause_response", order=("clause_id",), cycle_id=cycle_id, **_only("clause_id", ids))
    return {r.clause_id: snap.Response(r.clause_id, r.text, r.status, r.updated_at) for r in rows}


def _team(
    conn: sqlite3.Connection, cycle_id: int
) -> tuple[tuple[snap.Assessor, ...], tuple[snap.AssessorScore, ...]]:
    assessors = fetch(conn, "assessor", order=("position", "id"), cycle_id=cycle_id)
    scores = fetch(conn, "assessor_score", assessor_id=[a.id for a in assessors])
    return (
        tuple(snap.Assessor(a.id, a.name, a.role) for a in assessors),
        tuple(_score(s) for s in scores),
    )


def _score(s: Row) -> snap.AssessorScore:
    return snap.AssessorScore(s.assessor_id, s.item_id, s.percent, dict(s.factors or {}), s.rationale)


def _patched_scores(
    old: snap.CycleSnapshot, items: Collection[int | str], conn: sqlite3.Connection
) -> tuple[snap.AssessorScore, ...]:
    """``old``'s scores with the rows of ``items`` read again, for the same assessors.

    The full read orders scores by row id; a row keeps its id when updated, and a new row takes
    one above every other (SQLite's rowid), so an updated score stays where it was and a new
    one goes last: the same order a full read gives.
    """
    items = set(items)
    fresh = {
        (s.assessor_id, s.item_id): _score(s)
        for s in fetch(conn, "assessor_score", assessor_id=[a.id for a in old.assessors], item_id=items)
    }
    kept = []
    for score in old.scores:
        key = (score.assessor_id, score.item_id)
        if score.item_id not in items:
            kept.append(score)
        elif key in fresh:
            kept.append(fresh.pop(key))
    return (*kept, *fresh.values())


def _consensus(conn: sqlite3.Connection, cycle_id: int) -> dict[str, snap.Consensus]:
    return {
        c.item_id: snap.Consensus(c.item_id, c.percent, c.rationale, c.agreed_by, c.agreed_at)
        for c in fetch(conn, "consensus", cycle_id=cycle_id)
    }


def _comments(conn: sqlite3.Connection, cycle_id: int) -> tuple[snap.Comment, ...]:
    rows = fetch(conn, "comment", order=("item_id", "position", "id"), cycle_id=cycle_id)
    return tuple(comment(c) for c in rows)


def _grouped(rows: Iterable[Row], key: str) -> dict[int, list[Row]]:
    out: dict[int, list[Row]] = {}
    for row in rows:
        out.setdefault(getattr(row, key), []).append(row)
    return out


def _evidence(conn: sqlite3.Connection, cycle_id: int) -> tuple[snap.Evidence, ...]:
    rows = fetch(conn, "evidence", cycle_id=cycle_id)
    links = _grouped(fetch(conn, "evidence_link", evidence_id=[e.id for e in rows]), "evidence_id")
    return tuple(evidence(e, links.get(e.id, ())) for e in rows)


def _indicators(conn: sqlite3.Connection, cycle_id: int) -> tuple[snap.Indicator, ...]:
    rows = fetch(conn, "indicator", order=("item_id", "position"), cycle_id=cycle_id)
    ids = [i.id for i in rows]
    points = _grouped(fetch(conn, "data_point", order=("period", "id"), indicator_id=ids), "indicator_id")
    series = fetch(conn, "comparison", order=("position", "id"), indicator_id=ids)
    series_points = _grouped(
        fetch(conn, "comparison_point", order=("period", "id"), comparison_id=[c.id for c in series]),
        "comparison_id",
    )
    comparisons = _grouped(series, "indicator_id")
    return tuple(
        indicator(
            i,
            points.get(i.id, ()),
            [(c, series_points.get(c.id, ())) for c in comparisons.get(i.id, ())],
        )
        for i in rows
    )


def _actions(conn: sqlite3.Connection, cycle_id: int) -> tuple[snap.ActionPlan, ...]:
    return tuple(action(a) for a in fetch(conn, "action_plan", cycle_id=cycle_id))


def audit(conn: sqlite3.Connection, cycle_id: int | None, limit: int) -> tuple[snap.AuditEntry, ...]:
    """The latest ``limit`` audit records, newest first (of one cycle, when given)."""
    where = {} if cycle_id is None else {"cycle_id": cycle_id}
    return tuple(
        snap.AuditEntry(r.id, r.cycle_id, r.at, r.actor, r.action, r.target, r.detail)
        for r in fetch(conn, "audit", order=("-id",), limit=limit, **where)
    )


def audit_count(conn: sqlite3.Connection) -> int:
    return count(conn, "audit")
