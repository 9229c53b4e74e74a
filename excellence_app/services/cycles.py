"""Assessment cycles: create (optionally as a copy of an earlier one), rename, delete, award."""

from __future__ import annotations

from datetime import date

from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import InvalidValue, NotFound
from excellence_app.core.snapshots import CycleInfo
from excellence_app.services import reader
from excellence_app.services.base import ServiceBase, check_name, now

# The ORM is imported inside the methods that write: listing cycles (every reading command
# does) goes through plain rows and must not pay for importing it.


class CycleEdits(ServiceBase):
    # --- reading ---------------------------------------------------------------------------
    def all(self) -> tuple[CycleInfo, ...]:
        """Every cycle, in the project's order."""
        with self._rows() as conn:
            return reader.cycles(conn)

    def by_name(self, name: str | None) -> CycleInfo:
        """The named cycle, or the latest one when no name is given."""
        cycles = self.all()
        if name is None:
            return cycles[-1]
        for cycle in cycles:
            if cycle.name == name:
                return cycle
        names = "、".join(c.name for c in cycles)
        raise NotFound(
            f"没有评价周期“{name}”（现有：{names}）", f"no cycle named {name} (there are: {names})"
        )

    # --- editing ---------------------------------------------------------------------------
    def _check_award(self, session, award_profile: str) -> None:
        from excellence_app.storage import models as m

        if any(p.id == award_profile for p in self.builtin_awards):
            return
        if session.get(m.AwardProfileRow, award_profile) is None:
            raise InvalidValue(f"没有评奖配置 {award_profile}", f"no award profile {award_profile}")

    def create_cycle(
        self, name: str, award_profile: str | None = None, clone_from: int | None = None
    ) -> CycleInfo:
        """A new cycle; cloned, it takes the profile, responses, indicators, evidence and
        assessors of the earlier cycle, while scores, consensus and comments start empty."""
        from sqlalchemy import select

        from excellence_app.storage import models as m

        name = check_name(name, "评价周期名称")
        with self._tx() as s:
            if s.scalars(select(m.Cycle).filter_by(name=name)).first():
                raise InvalidValue(f"评价周期“{name}”已存在", f"cycle {name} already exists")
            source = self._cycle(s, clone_from) if clone_from is not None else None
            award = award_profile or (source.award_profile if source else "provincial")
            self._check_award(s, award)
            position = self._next_position(s, m.Cycle.position)
            stamp = now()
            cycle = m.Cycle(
                name=name, position=position, award_profile=award, created_at=stamp, as_of=stamp.date()
            )
            s.add(cycle)
            s.flush()
            if source is not None:
                _copy_content(s, source.id, cycle.id)
            self._audit(s, cycle.id, "cycle.create", name, {"clone_from": clone_from})
            made = reader.cycle_info(cycle)
        self._report(Changes.of("cycles", [made.id]))
        return made

    def rename_cycle(self, cycle_id: int, name: str) -> Changes:
        from sqlalchemy import select

        from excellence_app.storage import models as m

        name = check_name(name, "评价周期名称")
        with self._tx() as s:
            cycle = self._cycle(s, cycle_id)
            other = s.scalars(select(m.Cycle).filter_by(name=name)).first()
            if other is not None and other.id != cycle_id:
                raise InvalidValue(f"评价周期“{name}”已存在", f"cycle {name} already exists")
            if cycle.name == name:
                return NOTHING
            old, cycle.name = cycle.name, name
            self._audit(s, cycle_id, "cycle.rename", name, {"from": old})
        return self._report(Changes.of("cycles", [cycle_id]))

    def delete_cycle(self, cycle_id: int) -> Changes:
        from excellence_app.storage import models as m

        with self._tx() as s:
            cycle = self._cycle(s, cycle_id)
            if s.query(m.Cycle).count() == 1:
                raise InvalidValue("不能删除唯一的评价周期", "the only cycle cannot be deleted")
            name = cycle.name
            s.delete(cycle)
            s.flush()
            _drop_orphan_blobs(s)
            self._audit(s, None, "cycle.delete", name)
        return self._report(Changes.of("cycles", [cycle_id]))

    def set_cycle_as_of(self, cycle_id: int, as_of: date | None) -> Changes:
        """The day the cycle's data stand at (None: not set); ``check`` compares with it."""
        with self._tx() as s:
            cycle = self._cycle(s, cycle_id)
            if cycle.as_of != as_of:
                cycle.as_of = as_of
                self._audit(s, cycle_id, "cycle.as_of", as_of.isoformat() if as_of else "")
                return self._report(Changes.of("cycles", [cycle_id], cycle=cycle_id))
        return NOTHING

    def set_cycle_submitted_on(self, cycle_id: int, day: date | None) -> Changes:
        """The 申报日期 (None: not decided; the cover then prints the day of export)."""
        with self._tx() as s:
            cycle = self._cycle(s, cycle_id)
            if cycle.submitted_on != day:
                cycle.submitted_on = day
                self._audit(s, cycle_id, "cycle.submitted_on", day.isoformat() if day else "")
                return self._report(Changes.of("cycles", [cycle_id], cycle=cycle_id))
        return NOTHING

    def set_cycle_award(self, cycle_id: int, award_profile: str) -> Changes:
        with self._tx() as s:
            cycle = self._cycle(s, cycle_id)
            self._check_award(s, award_profile)
            if cycle.award_profile != award_profile:
                cycle.award_profile = award_profile
                self._audit(s, cycle_id, "cycle.award", award_profile)
                return self._report(Changes.of("cycles", [cycle_id], cycle=cycle_id))
        return NOTHING


def _drop_orphan_blobs(s) -> None:
    from sqlalchemy import select

    from excellence_app.storage import models as m

    used = set(s.scalars(select(m.EvidenceRow.sha256)))
    for blob_sha in s.scalars(select(m.EvidenceBlob.sha256)).all():
        if blob_sha not in used:
            s.delete(s.get(m.EvidenceBlob, blob_sha))


def _copy_content(s, src: int, dst: int) -> None:
    from sqlalchemy import select

    from excellence_app.storage import models as m

    for p in s.scalars(select(m.ProfileSection).filter_by(cycle_id=src)):
        s.add(m.ProfileSection(cycle_id=dst, section_id=p.section_id, text=p.text))
    for r in s.scalars(select(m.ClauseResponse).filter_by(cycle_id=src)):
        s.add(
            m.ClauseResponse(
                cycle_id=dst, clause_id=r.clause_id, text=r.text, status=r.status, updated_at=r.updated_at
            )
        )
    for a in s.scalars(select(m.AssessorRow).filter_by(cycle_id=src)):
        s.add(m.AssessorRow(cycle_id=dst, name=a.name, role=a.role, position=a.position))
    for e in s.scalars(select(m.EvidenceRow).filter_by(cycle_id=src)):
        copy = m.EvidenceRow(
            cycle_id=dst,
            sha256=e.sha256,
            name=e.name,
            media_type=e.media_type,
            size=e.size,
            description=e.description,
            added_at=e.added_at,
            kind=e.kind,
        )
        copy.links = [m.EvidenceLinkRow(item_id=k.item_id, clause_id=k.clause_id) for k in e.links]
        s.add(copy)
    for i in s.scalars(select(m.IndicatorRow).filter_by(cycle_id=src)):
        copy = m.IndicatorRow(
            cycle_id=dst,
            item_id=i.item_id,
            position=i.position,
            name=i.name,
            unit=i.unit,
            better=i.better,
            target=i.target,
            strategic_link=i.strategic_link,
        )
        copy.points = [m.DataPointRow(period=p.period, value=p.value) for p in i.points]
        copy.comparisons = [
            m.ComparisonRow(
                position=c.position,
                kind=c.kind,
                name=c.name,
                source=c.source,
                points=[m.ComparisonPointRow(period=p.period, value=p.value) for p in c.points],
            )
            for c in i.comparisons
        ]
        s.add(copy)
