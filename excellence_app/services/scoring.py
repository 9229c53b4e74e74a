"""Edits of the assessment: assessors, their scores, the consensus, strengths and OFIs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from excellence_app.core import scoring
from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import InvalidValue, NotFound
from excellence_app.core.framework import FACTORS_BY_KIND
from excellence_app.core.snapshots import ROLES, Assessor, Consensus
from excellence_app.services.base import (
    MAX_COMMENT,
    MAX_NAME,
    ServiceBase,
    check_choice,
    check_name,
    check_text,
    now,
)
from excellence_app.storage import models as m

UNSET: Any = object()


class ScoringEdits(ServiceBase):
    # --- assessors -------------------------------------------------------------------------
    def add_assessor(
        self, cycle_id: int, name: str, role: str = "member", *, restore_id: int | None = None
    ) -> Assessor:
        """A new assessor; ``restore_id`` puts back one that was removed, under its old id."""
        name = check_name(name, "评审员姓名")
        check_choice(role, ROLES, "角色")
        with self._tx() as s:
            self._cycle(s, cycle_id)
            if s.scalars(select(m.AssessorRow).filter_by(cycle_id=cycle_id, name=name)).first():
                raise InvalidValue(f"评审员 {name} 已存在", f"assessor {name} already exists")
            self._free_id(s, m.AssessorRow, restore_id)
            pos = self._next_position(s, m.AssessorRow.position, m.AssessorRow.cycle_id == cycle_id)
            row = m.AssessorRow(id=restore_id, cycle_id=cycle_id, name=name, role=role, position=pos)
            s.add(row)
            s.flush()
            self._audit(s, cycle_id, "assessor.add", name, {"role": role})
            made = Assessor(row.id, row.name, row.role)
        self._report(Changes.of("assessors", [made.id], cycle=cycle_id))
        return made

    def update_assessor(self, assessor_id: int, name: str | None = None, role: str | None = None) -> Changes:
        with self._tx() as s:
            row = self._get(s, m.AssessorRow, assessor_id, "评审员", "assessor")
            if name is not None:
                row.name = check_name(name, "评审员姓名")
            if role is not None:
                row.role = check_choice(role, ROLES, "角色")
            self._audit(s, row.cycle_id, "assessor.update", row.name, {"role": row.role})
            cycle_id = row.cycle_id
        return self._report(Changes.of("assessors", [assessor_id], cycle=cycle_id))

    def remove_assessor(self, assessor_id: int) -> Changes:
        with self._tx() as s:
            row = self._get(s, m.AssessorRow, assessor_id, "评审员", "assessor")
            s.delete(row)
            self._audit(s, row.cycle_id, "assessor.remove", row.name)
            cycle_id = row.cycle_id
        # Their scores and comments go with them.
        gone = Changes.of("assessors", [assessor_id], cycle=cycle_id)
        return self._report(gone.with_kinds("scores", "comments"))

    # --- scores ----------------------------------------------------------------------------
    def set_score(
        self,
        assessor_id: int,
        item_id: str,
        *,
        percent: int | None = UNSET,
        factors: Mapping[str, int | None] = UNSET,
        rationale: str = UNSET,
    ) -> Changes:
        """Change any of an assessor's percent, factor bands and rationale for one item."""
        item = self.framework.item(self._check_item(item_id))
        if percent is not UNSET and percent is not None:
            percent = scoring.check_percent(percent)
        if factors is not UNSET:
            allowed = FACTORS_BY_KIND[item.kind]
            clean: dict[str, int] = {}
            for key, band in factors.items():
                if key not in allowed:
                    raise InvalidValue(
                        f"评分项 {item_id} 没有要素 {key}", f"item {item_id} has no factor {key}"
                    )
                if band is not None:
                    clean[key] = scoring.check_band_number(band, self.framework.bands)
            factors = clean
        if rationale is not UNSET:
            rationale = check_text(rationale, "评分理由", MAX_COMMENT)
        # Scoring is typed item after item, so it is written as Core statements like a
        # response (issue 16): two reads, one write and its audit row, in one transaction.
        a, t = m.assessor_table, m.assessor_score_table
        with self._core() as conn:
            assessor = conn.execute(select(a.c.cycle_id, a.c.name).where(a.c.id == assessor_id)).first()
            if assessor is None:
                raise NotFound(f"没有编号为 {assessor_id} 的评审员", f"no assessor with id {assessor_id}")
            row = conn.execute(
                select(t.c.id, t.c.percent, t.c.factors, t.c.rationale).where(
                    t.c.assessor_id == assessor_id, t.c.item_id == item_id
                )
            ).first()
            # Not scored yet: as an empty score, which gets its row only when something changes.
            old_percent, old_factors, old_rationale = (None, {}, "") if row is None else row[1:]
            detail: dict[str, Any] = {}
            values: dict[str, Any] = {}
            if percent is not UNSET and old_percent != percent:
                values["percent"] = detail["percent"] = percent
            if factors is not UNSET and dict(old_factors or {}) != factors:
                values["factors"] = detail["factors"] = factors
            if rationale is not UNSET and old_rationale != rationale:
                values["rationale"] = rationale
                detail["rationale"] = len(rationale)
            if not detail:
                return NOTHING
            if row is None:
                blank = {"percent": None, "factors": {}, "rationale": ""}
                conn.execute(t.insert(), {"assessor_id": assessor_id, "item_id": item_id, **blank, **values})
            elif conn.execute(t.update().where(t.c.id == row[0]), values).rowcount != 1:
                raise self._refused()  # another's score, seen in the consensus round
            cycle_id, name = assessor
            self._audit(conn, cycle_id, "score.set", f"{name} {item_id}", detail)
        return self._report(Changes.of("scores", [item_id], cycle=cycle_id))

    def clear_score(self, assessor_id: int, item_id: str) -> Changes:
        """Remove an assessor's score for one item, as if never given (an undo of a first score)."""
        a, t = m.assessor_table, m.assessor_score_table
        with self._core() as conn:
            assessor = conn.execute(select(a.c.cycle_id, a.c.name).where(a.c.id == assessor_id)).first()
            if assessor is None:
                raise NotFound(f"没有编号为 {assessor_id} 的评审员", f"no assessor with id {assessor_id}")
            where = (t.c.assessor_id == assessor_id, t.c.item_id == item_id)
            gone = conn.execute(t.delete().where(*where))
            if not gone.rowcount:
                if conn.execute(select(t.c.id).where(*where)).first() is not None:
                    raise self._refused()  # there, and seen, but not the user's to remove
                return NOTHING
            cycle_id, name = assessor
            self._audit(conn, cycle_id, "score.clear", f"{name} {item_id}")
        return self._report(Changes.of("scores", [item_id], cycle=cycle_id))

    def set_consensus(
        self,
        cycle_id: int,
        item_id: str,
        percent: int | None,
        rationale: str = "",
        agreed_by: str | None = None,
    ) -> Consensus | None:
        """Record the agreed percentage; None removes the consensus. Returns the row as it now
        stands, so that an undo's redo can put back exactly this.

        ``agreed_by`` is the person acting in the program (the GUI's lead); it is recorded as
        who agreed and in the audit trail. Only a caller that knows no person (a script, the
        CLI) leaves it out, and then the service's actor, named when the project was opened, is
        used.
        """
        self._check_item(item_id)
        who = check_name(agreed_by, "共识确定人") if agreed_by is not None else self.actor
        if percent is not None:
            percent = scoring.check_percent(percent)
        rationale = check_text(rationale, "共识理由", MAX_COMMENT)
        with self._tx() as s:
            self._cycle(s, cycle_id)
            row = s.scalars(select(m.ConsensusRow).filter_by(cycle_id=cycle_id, item_id=item_id)).first()
            if percent is None:
                if row is None:
                    return None
                s.delete(row)
                self._audit(s, cycle_id, "consensus.clear", item_id, actor=who)
                agreed = None
            elif row is not None and row.percent == percent and row.rationale == rationale:
                return _consensus(row)
            else:
                if row is None:
                    row = m.ConsensusRow(cycle_id=cycle_id, item_id=item_id, percent=percent, agreed_at=now())
                    s.add(row)
                row.percent, row.rationale = percent, rationale
                row.agreed_by, row.agreed_at = who, now()
                self._audit(s, cycle_id, "consensus.set", item_id, {"percent": percent}, actor=who)
                agreed = _consensus(row)
        self._report(Changes.of("consensus", [item_id], cycle=cycle_id))
        return agreed

    def restore_consensus(
        self, cycle_id: int, item_id: str, consensus: Consensus | None, actor: str | None = None
    ) -> Changes:
        """Put an item's consensus back exactly as ``consensus`` recorded it (percent, rationale,
        who agreed it and when), or remove it (None): what undo and redo need. ``actor`` is the
        person doing it, for the audit trail."""
        self._check_item(item_id)
        who = check_name(actor, "操作人") if actor is not None else self.actor
        if consensus is not None:
            if consensus.item_id != item_id:
                raise InvalidValue(
                    f"共识属于评分项 {consensus.item_id}，不是 {item_id}",
                    f"the consensus belongs to item {consensus.item_id}, not {item_id}",
                )
            scoring.check_percent(consensus.percent)
            check_text(consensus.rationale, "共识理由", MAX_COMMENT)
            check_text(consensus.agreed_by, "共识确定人", MAX_NAME)  # may be empty in old files
        with self._tx() as s:
            self._cycle(s, cycle_id)
            row = s.scalars(select(m.ConsensusRow).filter_by(cycle_id=cycle_id, item_id=item_id)).first()
            if consensus is None:
                if row is None:
                    return NOTHING
                s.delete(row)
                self._audit(s, cycle_id, "consensus.restore", item_id, {"percent": None}, actor=who)
            else:
                if row is None:
                    row = m.ConsensusRow(cycle_id=cycle_id, item_id=item_id)
                    s.add(row)
                elif _consensus(row) == consensus:
                    return NOTHING
                row.percent, row.rationale = consensus.percent, consensus.rationale
                row.agreed_by, row.agreed_at = consensus.agreed_by, consensus.agreed_at
                detail = {"percent": consensus.percent, "agreed_by": consensus.agreed_by}
                self._audit(s, cycle_id, "consensus.restore", item_id, detail, actor=who)
        return self._report(Changes.of("consensus", [item_id], cycle=cycle_id))

    def set_spread_threshold(self, threshold: int) -> Changes:
        if isinstance(threshold, bool) or not isinstance(threshold, int) or not 5 <= threshold <= 100:
            raise InvalidValue("分歧阈值应为 5–100 的整数", "the spread threshold must be an integer 5–100")
        with self._tx() as s:
            project = s.scalars(select(m.Project)).one()
            project.spread_threshold = threshold
            self._audit(s, None, "project.spread_threshold", "", {"threshold": threshold})
        return self._report(Changes.of("settings", ["spread_threshold"]))


def _consensus(row: m.ConsensusRow) -> Consensus:
    return Consensus(row.item_id, row.percent, row.rationale, row.agreed_by, row.agreed_at)
