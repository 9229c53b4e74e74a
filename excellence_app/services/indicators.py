"""Results indicators (关键绩效指标) with their data points and comparison series."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import InvalidValue
from excellence_app.core.snapshots import BETTER, COMPARISON_KINDS, Indicator
from excellence_app.core.summary import figure_label
from excellence_app.core.tabular import ParsedBlock
from excellence_app.services import reader
from excellence_app.services.base import ServiceBase, check_choice, check_name, check_text, now
from excellence_app.storage import models as m

MAX_PERIODS = 60


def check_number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidValue(f"{what}应为数字，收到 {value!r}", f"{what} must be a number, got {value!r}")
    return float(value)


def check_period(period: object) -> str:
    text = check_name(period, "期间")
    if len(text) > 20:
        raise InvalidValue(f"期间名称过长：{text[:20]}…", f"period label too long: {text[:20]}…")
    return text


def check_values(values: Mapping[str, float]) -> dict[str, float]:
    if len(values) > MAX_PERIODS:
        raise InvalidValue(
            f"数据期数过多（{len(values)}），上限 {MAX_PERIODS}",
            f"too many periods ({len(values)}), limit {MAX_PERIODS}",
        )
    return {check_period(p): check_number(v, f"{p} 的数值") for p, v in values.items()}


class IndicatorEdits(ServiceBase):
    def _check_results_item(self, item_id: str) -> None:
        item = self.framework.item(self._check_item(item_id))
        if item.kind != "results":
            raise InvalidValue(
                f"评分项 {item_id} 不是结果类评分项，不能添加指标", f"item {item_id} is not a results item"
            )

    def _fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        allowed = {"name", "unit", "better", "target", "strategic_link"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidValue(
                f"指标没有字段 {', '.join(sorted(unknown))}",
                f"an indicator has no field {', '.join(sorted(unknown))}",
            )
        out = dict(fields)
        if "name" in out:
            out["name"] = check_name(out["name"], "指标名称")
        if "unit" in out:
            out["unit"] = check_text(out["unit"], "单位", 40).strip()
        if "better" in out:
            check_choice(out["better"], BETTER, "改进方向")
        if out.get("target") is not None:
            out["target"] = check_number(out["target"], "目标值")
        if "strategic_link" in out:
            out["strategic_link"] = check_text(out["strategic_link"], "战略关联", 2000).strip()
        return out

    def add_indicator(
        self,
        cycle_id: int,
        item_id: str,
        name: str,
        *,
        unit: str = "",
        better: str = "up",
        target: float | None = None,
        strategic_link: str = "",
        values: Mapping[str, float] | None = None,
        comparisons: Iterable[Mapping[str, Any]] = (),
        position: int | None = None,
        restore_id: int | None = None,
    ) -> Indicator:
        """A new indicator at ``position``; ``restore_id`` puts back a deleted one under its old id."""
        self._check_results_item(item_id)
        fields = self._fields(
            {"name": name, "unit": unit, "better": better, "target": target, "strategic_link": strategic_link}
        )
        points = check_values(values or {})
        comps = [self._comparison_fields(c) for c in comparisons]
        with self._tx() as s:
            self._cycle(s, cycle_id)
            rows = s.scalars(
                select(m.IndicatorRow)
                .filter_by(cycle_id=cycle_id, item_id=item_id)
                .order_by(m.IndicatorRow.position)
            ).all()
            if position is None or position >= len(rows):
                position = len(rows)
            for r in rows[position:]:
                r.position += 1
            self._free_id(s, m.IndicatorRow, restore_id)
            row = m.IndicatorRow(
                id=restore_id, cycle_id=cycle_id, item_id=item_id, position=position, **fields
            )
            row.points = [m.DataPointRow(period=p, value=v) for p, v in points.items()]
            row.comparisons = [
                m.ComparisonRow(
                    position=i,
                    kind=c["kind"],
                    name=c["name"],
                    source=c["source"],
                    points=[m.ComparisonPointRow(period=p, value=v) for p, v in c["values"].items()],
                )
                for i, c in enumerate(comps)
            ]
            s.add(row)
            s.flush()
            ids = [r.id for r in rows]
            texts = _relabel_refs(
                s, cycle_id, item_id, [*ids, row.id], [*ids[:position], row.id, *ids[position:]]
            )
            self._audit(s, cycle_id, "indicator.add", f"{item_id} {row.name}")
            made = _made(row)
        self._report(Changes.of("indicators", [made.id], cycle=cycle_id) | texts)
        return made

    def restore_indicator(self, cycle_id: int, indicator: Indicator) -> Indicator:
        """Put back a deleted indicator at its place, with its id, values and comparison series;
        the figure numbers in the texts move back with it."""
        return self.add_indicator(
            cycle_id,
            indicator.item_id,
            indicator.name,
            unit=indicator.unit,
            better=indicator.better,
            target=indicator.target,
            strategic_link=indicator.strategic_link,
            values={p.period: p.value for p in indicator.values},
            comparisons=[
                {
                    "kind": c.kind,
                    "name": c.name,
                    "source": c.source,
                    "values": {p.period: p.value for p in c.values},
                }
                for c in indicator.comparisons
            ],
            position=indicator.position,
            restore_id=indicator.id,
        )

    def _comparison_fields(self, c: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "kind": check_choice(c.get("kind", "competitor"), COMPARISON_KINDS, "对比类型"),
            "name": check_name(c.get("name", ""), "对比对象名称"),
            "source": check_text(c.get("source", ""), "数据来源", 2000).strip(),
            "values": check_values(c.get("values", {})),
        }

    def update_indicator(self, indicator_id: int, **fields: Any) -> Indicator:
        clean = self._fields(fields)
        with self._tx() as s:
            row = self._get(s, m.IndicatorRow, indicator_id, "指标", "indicator")
            for key, value in clean.items():
                setattr(row, key, value)
            self._audit(s, row.cycle_id, "indicator.update", f"{row.item_id} {row.name}", sorted(clean))
            updated, cycle_id = _made(row), row.cycle_id
        self._report(Changes.of("indicators", [indicator_id], cycle=cycle_id))
        return updated

    def delete_indicator(self, indicator_id: int) -> Indicator:
        """Delete and return the indicator, so an undo can add it back at its place."""
        with self._tx() as s:
            row = self._get(s, m.IndicatorRow, indicator_id, "指标", "indicator")
            gone = _made(row)
            # References to the deleted figure take the last number, as if it had moved to the
            # end first: an undo that adds it back there and moves it home restores every text.
            ids = list(
                s.scalars(
                    select(m.IndicatorRow.id)
                    .filter_by(cycle_id=row.cycle_id, item_id=row.item_id)
                    .order_by(m.IndicatorRow.position)
                )
            )
            texts = _relabel_refs(
                s, row.cycle_id, row.item_id, ids, [i for i in ids if i != row.id] + [row.id]
            )
            for r in s.scalars(
                select(m.IndicatorRow)
                .filter_by(cycle_id=row.cycle_id, item_id=row.item_id)
                .where(m.IndicatorRow.position > row.position)
            ):
                r.position -= 1
            s.delete(row)
            self._audit(s, row.cycle_id, "indicator.delete", f"{row.item_id} {row.name}")
            cycle_id = row.cycle_id
        self._report(Changes.of("indicators", [indicator_id], cycle=cycle_id) | texts)
        return gone

    def move_indicator(self, indicator_id: int, position: int) -> Changes:
        with self._tx() as s:
            row = self._get(s, m.IndicatorRow, indicator_id, "指标", "indicator")
            rows = list(
                s.scalars(
                    select(m.IndicatorRow)
                    .filter_by(cycle_id=row.cycle_id, item_id=row.item_id)
                    .order_by(m.IndicatorRow.position)
                )
            )
            position = max(0, min(position, len(rows) - 1))
            before = [r.id for r in rows]
            rows.remove(row)
            rows.insert(position, row)
            for i, r in enumerate(rows):
                r.position = i
            texts = _relabel_refs(s, row.cycle_id, row.item_id, before, [r.id for r in rows])
            self._audit(s, row.cycle_id, "indicator.move", f"{row.item_id} {row.name}", {"to": position})
            moved = Changes.of("indicators", before, cycle=row.cycle_id)
        return self._report(moved | texts)

    def set_values(self, indicator_id: int, values: Mapping[str, float | None]) -> Changes:
        """Set or (with None) remove values per period."""
        clean = {
            check_period(p): (None if v is None else check_number(v, f"{p} 的数值"))
            for p, v in values.items()
        }
        with self._tx() as s:
            row = self._get(s, m.IndicatorRow, indicator_id, "指标", "indicator")
            existing = {p.period: p for p in row.points}
            for period, value in clean.items():
                if value is None:
                    if period in existing:
                        row.points.remove(existing[period])
                elif period in existing:
                    existing[period].value = value
                else:
                    row.points.append(m.DataPointRow(period=period, value=value))
            if len(row.points) > MAX_PERIODS:
                raise InvalidValue(
                    f"数据期数过多，上限 {MAX_PERIODS}", f"too many periods, limit {MAX_PERIODS}"
                )
            self._audit(s, row.cycle_id, "indicator.values", f"{row.item_id} {row.name}", clean)
            cycle_id = row.cycle_id
        return self._report(Changes.of("indicators", [indicator_id], cycle=cycle_id))

    def set_comparisons(self, indicator_id: int, comparisons: Iterable[Mapping[str, Any]]) -> Changes:
        """Replace the indicator's comparison series as a whole."""
        comps = [self._comparison_fields(c) for c in comparisons]
        with self._tx() as s:
            row = self._get(s, m.IndicatorRow, indicator_id, "指标", "indicator")
            row.comparisons = [
                m.ComparisonRow(
                    position=i,
                    kind=c["kind"],
                    name=c["name"],
                    source=c["source"],
                    points=[m.ComparisonPointRow(period=p, value=v) for p, v in c["values"].items()],
                )
                for i, c in enumerate(comps)
            ]
            self._audit(
                s, row.cycle_id, "indicator.comparisons", f"{row.item_id} {row.name}", {"series": len(comps)}
            )
            cycle_id = row.cycle_id
        return self._report(Changes.of("indicators", [indicator_id], cycle=cycle_id))

    def import_block(self, cycle_id: int, item_id: str, block: ParsedBlock) -> tuple[int, int]:
        """Add the block's indicators to a results item in one step; an indicator of the same
        name gets the block's values. Returns (added, updated)."""
        self._check_results_item(item_id)
        added = updated = 0
        with self._tx() as s:
            self._cycle(s, cycle_id)
            rows = {
                r.name: r
                for r in s.scalars(select(m.IndicatorRow).filter_by(cycle_id=cycle_id, item_id=item_id))
            }
            position = len(rows)
            for ind in block.indicators:
                values = check_values(ind.values)
                row = rows.get(ind.name)
                if row is None:
                    fields = self._fields(
                        {
                            "name": ind.name,
                            "unit": ind.unit,
                            "better": ind.better or "up",
                            "target": ind.target,
                        }
                    )
                    row = m.IndicatorRow(cycle_id=cycle_id, item_id=item_id, position=position, **fields)
                    row.points = [m.DataPointRow(period=p, value=v) for p, v in values.items()]
                    s.add(row)
                    rows[ind.name] = row
                    position += 1
                    added += 1
                    continue
                existing = {p.period: p for p in row.points}
                for period, value in values.items():
                    if period in existing:
                        existing[period].value = value
                    else:
                        row.points.append(m.DataPointRow(period=period, value=value))
                if ind.unit:
                    row.unit = ind.unit
                if ind.better:
                    row.better = ind.better
                if ind.target is not None:
                    row.target = ind.target
                updated += 1
            self._audit(s, cycle_id, "indicator.import", item_id, {"added": added, "updated": updated})
        self._report(Changes.of("indicators", cycle=cycle_id))
        return added, updated


def _relabel_refs(s, cycle_id: int, item_id: str, before: list[int], after: list[int]) -> Changes:
    """Keep figure references in the texts pointing at the same indicator when the item's
    indicators change places. Figures are numbered by position (core.summary.figure_label,
    图4.7.2-1 …) and a response cites them by that label, so the labels are rewritten, all
    at once, in the cycle's responses and profile."""
    old = {ind_id: n for n, ind_id in enumerate(before, start=1)}
    mapping = {old[i]: n for n, i in enumerate(after, start=1) if i in old and old[i] != n}
    if not mapping:
        return NOTHING
    prefix = figure_label(item_id, 1)[:-1]  # "图4.7.2-"
    pattern = re.compile(re.escape(prefix) + r"(\d+)(?!\d)")

    def relabel(text: str) -> str:
        return pattern.sub(
            lambda hit: figure_label(item_id, mapping.get(int(hit.group(1)), int(hit.group(1)))), text
        )

    changed = NOTHING
    for model in (m.ClauseResponse, m.ProfileSection):
        for row in s.scalars(select(model).filter_by(cycle_id=cycle_id).where(model.text.contains(prefix))):
            text = relabel(row.text)
            if text != row.text:
                row.text = text
                if model is m.ClauseResponse:
                    row.updated_at = now()
                    changed |= Changes.of("responses", [row.clause_id], cycle=cycle_id)
                else:
                    changed |= Changes.of("profile", [row.section_id], cycle=cycle_id)
    return changed


def _made(row: m.IndicatorRow) -> Indicator:
    """The snapshot of an indicator row this edit holds, its values and series loaded by the ORM."""
    return reader.indicator(row, row.points, [(c, c.points) for c in row.comparisons])
