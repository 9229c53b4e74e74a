"""Undoable edits of results indicators: add, change a field, set values, replace the
comparison series, move, delete, and paste a block (one step however many rows).

The commands leave ``item_id`` empty so that an undo does not carry the user from the
indicators page to the item page; ``results_item`` names the item they concern.
Indicators an undo deletes come back under their own ids (the service's restore).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from excellence_app.core.snapshots import ComparisonSeries, Indicator
from excellence_app.core.tabular import ParsedBlock
from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession


def comparison_dicts(series: tuple[ComparisonSeries, ...]) -> list[dict[str, Any]]:
    """Comparison series in the form the services take."""
    return [
        {"kind": c.kind, "name": c.name, "source": c.source, "values": {p.period: p.value for p in c.values}}
        for c in series
    ]


class IndicatorCommand(SessionCommand):
    def __init__(
        self, session: ProjectSession, text: Words, results_item: str, indicator_id: int = 0
    ) -> None:
        super().__init__(session, text)
        self.results_item = results_item
        self.indicator_id = indicator_id


class AddIndicator(IndicatorCommand):
    def __init__(
        self,
        session: ProjectSession,
        item_id: str,
        name: str,
        fields: Mapping[str, Any] | None = None,
        position: int | None = None,
    ) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "添加指标 {0}"), name), item_id)
        self.name, self.fields, self.position = name, dict(fields or {}), position
        self.gone: Indicator | None = None

    def do(self) -> None:
        if self.gone is not None:  # a redo after an undo: the same indicator under the same id
            self.service.indicators.restore_indicator(self.cycle_id, self.gone)
            return
        made = self.service.indicators.add_indicator(
            self.cycle_id, self.results_item, self.name, position=self.position, **self.fields
        )
        self.indicator_id = made.id

    def undo_it(self) -> None:
        self.gone = self.service.indicators.delete_indicator(self.indicator_id)


class UpdateIndicator(IndicatorCommand):
    """One field: name, unit, better, target or strategic_link."""

    def __init__(self, session: ProjectSession, indicator: Indicator, field: str, new: object) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "修改指标 {0}"), indicator.name),
            indicator.item_id,
            indicator.id,
        )
        self.field, self.old, self.new = field, getattr(indicator, field), new

    def do(self) -> None:
        self.service.indicators.update_indicator(self.indicator_id, **{self.field: self.new})

    def undo_it(self) -> None:
        self.service.indicators.update_indicator(self.indicator_id, **{self.field: self.old})


class SetIndicatorValues(IndicatorCommand):
    """Values per period; None removes a period's value."""

    def __init__(
        self, session: ProjectSession, indicator: Indicator, new: Mapping[str, float | None]
    ) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "修改指标数据 {0}"), indicator.name),
            indicator.item_id,
            indicator.id,
        )
        had = {p.period: p.value for p in indicator.values}
        self.new = dict(new)
        self.old = {period: had.get(period) for period in self.new}

    def do(self) -> None:
        self.service.indicators.set_values(self.indicator_id, self.new)

    def undo_it(self) -> None:
        self.service.indicators.set_values(self.indicator_id, self.old)


class SetComparisons(IndicatorCommand):
    def __init__(self, session: ProjectSession, indicator: Indicator, new: list[dict[str, Any]]) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "修改对比数据 {0}"), indicator.name),
            indicator.item_id,
            indicator.id,
        )
        self.old, self.new = comparison_dicts(indicator.comparisons), new

    def do(self) -> None:
        self.service.indicators.set_comparisons(self.indicator_id, self.new)

    def undo_it(self) -> None:
        self.service.indicators.set_comparisons(self.indicator_id, self.old)


class MoveIndicator(IndicatorCommand):
    """A new place in the item's list; the service renumbers the figure references."""

    def __init__(self, session: ProjectSession, indicator: Indicator, position: int) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "移动指标 {0}"), indicator.name),
            indicator.item_id,
            indicator.id,
        )
        self.old, self.new = indicator.position, position

    def do(self) -> None:
        self.service.indicators.move_indicator(self.indicator_id, self.new)

    def undo_it(self) -> None:
        self.service.indicators.move_indicator(self.indicator_id, self.old)


class DeleteIndicator(IndicatorCommand):
    def __init__(self, session: ProjectSession, indicator: Indicator) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "删除指标 {0}"), indicator.name),
            indicator.item_id,
            indicator.id,
        )
        self.gone = indicator

    def do(self) -> None:
        self.gone = self.service.indicators.delete_indicator(self.indicator_id)

    def undo_it(self) -> None:
        self.service.indicators.restore_indicator(self.cycle_id, self.gone)


class ImportBlock(IndicatorCommand):
    """A block pasted from a spreadsheet or read from a CSV file: new names are added at the
    end, known names get the block's values. Undo deletes the added ones and gives the
    known ones back what they had."""

    def __init__(self, session: ProjectSession, item_id: str, block: ParsedBlock) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "粘贴指标数据（{0} 个指标）"), len(block.indicators)),
            item_id,
        )
        self.block = block
        self.before = {i.name: i for i in session.fresh().indicators_for(item_id)}
        self.added_ids: list[int] = []
        self.removed: list[Indicator] = []
        self.result = (0, 0)

    def do(self) -> None:
        # A redo after an undo first puts the added indicators back under their ids; the
        # block then finds them by name and sets the same values as the first time.
        for gone in reversed(self.removed):
            self.service.indicators.restore_indicator(self.cycle_id, gone)
        self.removed = []
        self.result = self.service.indicators.import_block(self.cycle_id, self.results_item, self.block)
        if not self.added_ids:
            fresh = self.service.snapshot(self.cycle_id).indicators_for(self.results_item)
            self.added_ids = [i.id for i in fresh if i.name not in self.before]

    def undo_it(self) -> None:
        # Last first: each is then the item's last indicator and no figure number shifts.
        self.removed = [self.service.indicators.delete_indicator(old) for old in reversed(self.added_ids)]
        touched = {ind.name for ind in self.block.indicators}
        for name, was in self.before.items():
            if name not in touched:
                continue
            had = {p.period: p.value for p in was.values}
            self.service.indicators.set_values(
                was.id, {period: had.get(period) for period in self.block.periods}
            )
            self.service.indicators.update_indicator(
                was.id, unit=was.unit, better=was.better, target=was.target
            )
