"""Undoable edits of results indicators: add, change a field, set values, replace the
comparison series, move, delete, and paste a block (one step however many rows).

The commands leave ``item_id`` empty so that an undo does not carry the user from the
indicators page to the item page; ``results_item`` names the item they concern.
Indicators an undo deletes come back with new ids, recorded with the session's aliases.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from excellence_app.core.snapshots import ComparisonSeries, Indicator
from excellence_app.core.tabular import ParsedBlock
from excellence_app.ui.shell.commands_base import SessionCommand
from excellence_app.ui.shell.session import ProjectSession

KIND = "indicator"


def comparison_dicts(series: tuple[ComparisonSeries, ...]) -> list[dict[str, Any]]:
    """Comparison series in the form the services take."""
    return [
        {"kind": c.kind, "name": c.name, "source": c.source, "values": {p.period: p.value for p in c.values}}
        for c in series
    ]


class IndicatorCommand(SessionCommand):
    def __init__(self, session: ProjectSession, text: str, results_item: str, indicator_id: int = 0) -> None:
        super().__init__(session, text)
        self.results_item = results_item
        self.indicator_id = indicator_id

    @property
    def current_id(self) -> int:
        return self.session.resolve(KIND, self.indicator_id)


class AddIndicator(IndicatorCommand):
    def __init__(
        self,
        session: ProjectSession,
        item_id: str,
        name: str,
        fields: Mapping[str, Any] | None = None,
        position: int | None = None,
    ) -> None:
        super().__init__(
            session, QCoreApplication.translate("Commands", "添加指标 {0}").format(name), item_id
        )
        self.name, self.fields, self.position = name, dict(fields or {}), position

    def do(self) -> None:
        made = self.service.add_indicator(
            self.cycle_id, self.results_item, self.name, position=self.position, **self.fields
        )
        if not self.indicator_id:
            self.indicator_id = made.id
        else:
            self.session.alias(KIND, self.current_id, made.id)

    def undo_it(self) -> None:
        self.service.delete_indicator(self.current_id)


class UpdateIndicator(IndicatorCommand):
    """One field: name, unit, better, target or strategic_link."""

    def __init__(self, session: ProjectSession, indicator: Indicator, field: str, new: object) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "修改指标 {0}").format(indicator.name),
            indicator.item_id,
            indicator.id,
        )
        self.field, self.old, self.new = field, getattr(indicator, field), new

    def do(self) -> None:
        self.service.update_indicator(self.current_id, **{self.field: self.new})

    def undo_it(self) -> None:
        self.service.update_indicator(self.current_id, **{self.field: self.old})


class SetIndicatorValues(IndicatorCommand):
    """Values per period; None removes a period's value."""

    def __init__(
        self, session: ProjectSession, indicator: Indicator, new: Mapping[str, float | None]
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "修改指标数据 {0}").format(indicator.name),
            indicator.item_id,
            indicator.id,
        )
        had = {p.period: p.value for p in indicator.values}
        self.new = dict(new)
        self.old = {period: had.get(period) for period in self.new}

    def do(self) -> None:
        self.service.set_values(self.current_id, self.new)

    def undo_it(self) -> None:
        self.service.set_values(self.current_id, self.old)


class SetComparisons(IndicatorCommand):
    def __init__(self, session: ProjectSession, indicator: Indicator, new: list[dict[str, Any]]) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "修改对比数据 {0}").format(indicator.name),
            indicator.item_id,
            indicator.id,
        )
        self.old, self.new = comparison_dicts(indicator.comparisons), new

    def do(self) -> None:
        self.service.set_comparisons(self.current_id, self.new)

    def undo_it(self) -> None:
        self.service.set_comparisons(self.current_id, self.old)


class MoveIndicator(IndicatorCommand):
    """A new place in the item's list; the service renumbers the figure references."""

    def __init__(self, session: ProjectSession, indicator: Indicator, position: int) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "移动指标 {0}").format(indicator.name),
            indicator.item_id,
            indicator.id,
        )
        self.old, self.new = indicator.position, position

    def do(self) -> None:
        self.service.move_indicator(self.current_id, self.new)

    def undo_it(self) -> None:
        self.service.move_indicator(self.current_id, self.old)


class DeleteIndicator(IndicatorCommand):
    def __init__(self, session: ProjectSession, indicator: Indicator) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "删除指标 {0}").format(indicator.name),
            indicator.item_id,
            indicator.id,
        )
        self.gone = indicator

    def do(self) -> None:
        self.gone = self.service.delete_indicator(self.current_id)

    def undo_it(self) -> None:
        g = self.gone
        made = self.service.add_indicator(
            self.cycle_id,
            g.item_id,
            g.name,
            unit=g.unit,
            better=g.better,
            target=g.target,
            strategic_link=g.strategic_link,
            values={p.period: p.value for p in g.values},
            comparisons=comparison_dicts(g.comparisons),
            position=g.position,
        )
        self.session.alias(KIND, self.current_id, made.id)


class ImportBlock(IndicatorCommand):
    """A block pasted from a spreadsheet or read from a CSV file: new names are added at the
    end, known names get the block's values. Undo deletes the added ones and gives the
    known ones back what they had."""

    def __init__(self, session: ProjectSession, item_id: str, block: ParsedBlock) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "粘贴指标数据（{0} 个指标）").format(
                len(block.indicators)
            ),
            item_id,
        )
        self.block = block
        self.before = {i.name: i for i in session.fresh().indicators_for(item_id)}
        self.added_ids: list[int] = []
        self.result = (0, 0)

    def do(self) -> None:
        self.result = self.service.import_block(self.cycle_id, self.results_item, self.block)
        fresh = self.service.snapshot(self.cycle_id).indicators_for(self.results_item)
        made = [i.id for i in fresh if i.name not in self.before]
        if not self.added_ids:
            self.added_ids = made
        else:
            for old, new in zip(self.added_ids, made, strict=False):
                self.session.alias(KIND, self.session.resolve(KIND, old), new)

    def undo_it(self) -> None:
        # Last first: each is then the item's last indicator and no figure number shifts.
        for old in reversed(self.added_ids):
            self.service.delete_indicator(self.session.resolve(KIND, old))
        touched = {ind.name for ind in self.block.indicators}
        for name, was in self.before.items():
            if name not in touched:
                continue
            current = self.session.resolve(KIND, was.id)
            had = {p.period: p.value for p in was.values}
            self.service.set_values(current, {period: had.get(period) for period in self.block.periods})
            self.service.update_indicator(current, unit=was.unit, better=was.better, target=was.target)
