"""Models of the consensus view: the grid of items × assessors (from the Summary), one
item's scores side by side, and the comments the assessors wrote themselves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from excellence_app.core.framework import Framework, Item
from excellence_app.core.snapshots import AssessorScore, Comment, CycleSnapshot
from excellence_app.core.summary import ItemSummary, Summary
from excellence_app.ui.item.comments import CommentsModel
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.widgets.table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 1
HEAT_ROW = QColor("#fff4e5")  # a row whose spread reaches the threshold
HEAT_CELL = QColor("#f9c784")  # its spread cell
HIGH_LOW = QColor("#b54708")  # the highest and lowest percents of such a row
MUTED = QColor("#7b8794")


def percent_text(p: int | None) -> str:
    return "—" if p is None else f"{p}%"


class ConsensusGridModel(QAbstractTableModel):
    """Rows: the framework's items. Columns: the item, one per assessor, the spread, the consensus."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[ItemSummary, ...] = ()
        self.assessors: tuple[str, ...] = ()
        self.threshold = 0

    def set_summary(self, summary: Summary, snap: CycleSnapshot, only_flagged: bool = False) -> None:
        self.beginResetModel()
        self.items = tuple(i for i in summary.items if i.flagged or not only_flagged)
        self.assessors = tuple(a.name for a in snap.team)
        self.threshold = snap.project.spread_threshold
        self.endResetModel()

    @property
    def spread_col(self) -> int:
        return 1 + len(self.assessors)

    @property
    def consensus_col(self) -> int:
        return 2 + len(self.assessors)

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self.items) if i.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 3 + len(self.assessors)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("评分项")
            if section == self.spread_col:
                return self.tr("极差")
            if section == self.consensus_col:
                return self.tr("共识")
            return self.assessors[section - 1]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.spread_col:
            return self.tr("最高分与最低分之差（百分点）；达到分歧阈值 {0} 的以暖色标出").format(
                self.threshold
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and item.flagged:
            return QBrush(HEAT_CELL if col == self.spread_col else HEAT_ROW)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, col)
        if role == Qt.ItemDataRole.FontRole and item.flagged and col == self.spread_col:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and item.flagged:
            return icon("flag")
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f"{item.id} {i18n.title(item.title, item.title_en)}"
        if role == ID_ROLE:
            return item.id
        if role == FLAGGED_ROLE:
            return item.flagged
        return None

    def _text(self, item: ItemSummary, col: int) -> str:
        if col == 0:
            return f"{item.id} {i18n.title(item.title, item.title_en)}"
        if col == self.spread_col:
            return "" if item.spread is None else str(item.spread)
        if col == self.consensus_col:
            return percent_text(item.consensus_percent) if item.consensus_percent is not None else ""
        return percent_text(item.assessor_percents.get(self.assessors[col - 1]))

    def _foreground(self, item: ItemSummary, col: int) -> QBrush | None:
        if not 1 <= col <= len(self.assessors):
            return None
        p = item.assessor_percents.get(self.assessors[col - 1])
        if p is None:
            return QBrush(MUTED)
        given = [v for v in item.assessor_percents.values() if v is not None]
        if item.flagged and p in (min(given), max(given)):
            return QBrush(HIGH_LOW)
        return None


class AssessorScoresModel(QAbstractTableModel):
    """One item, side by side: rows are the percent, each factor and the rationale; columns
    are the assessors who scored it."""

    def __init__(self, framework: Framework, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.item: Item | None = None
        self.scores: tuple[tuple[str, AssessorScore], ...] = ()

    def set_item(self, item: Item | None, snap: CycleSnapshot) -> None:
        self.beginResetModel()
        self.item = item
        self.scores = tuple(snap.scores_for_item(item.id).items()) if item else ()
        self.endResetModel()

    def _factors(self) -> tuple[Any, ...]:
        return self.framework.factors_for(self.item.kind) if self.item else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.item is None else 2 + len(self._factors())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.scores)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.scores[section][0] if 0 <= section < len(self.scores) else None
        factors = self._factors()
        if section == 0:
            return self.tr("百分比")
        if 1 <= section <= len(factors):
            f = factors[section - 1]
            return i18n.title(f.title, f.title_en)
        if section == len(factors) + 1:
            return self.tr("评分理由")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.item is None or not 0 <= index.column() < len(self.scores):
            return None
        factors = self._factors()
        if not 0 <= index.row() < len(factors) + 2:
            return None
        _name, score = self.scores[index.column()]
        row = index.row()
        band = None
        if 1 <= row <= len(factors):
            band_no = score.factors.get(factors[row - 1].key)
            band = self.framework.bands[band_no - 1] if band_no else None
        if role == Qt.ItemDataRole.DisplayRole:
            if row == 0:
                return percent_text(score.percent)
            if band is not None:
                return f"{band.number} · {band.label}"
            if row <= len(factors):
                return "—"
            return score.rationale
        if role == Qt.ItemDataRole.ToolTipRole:
            if band is not None:
                return getattr(band, self.item.kind)[factors[row - 1].key]
            if row == len(factors) + 1:
                return score.rationale or None
        if role == Qt.ItemDataRole.TextAlignmentRole and row <= len(factors):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AssessorCommentsModel(RowsTableModel):
    """What each assessor wrote for one item (their own lists), and whether the team's list
    already holds it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[tuple[str, Comment, bool], ...] = ()

    def set_item(self, item_id: str | None, snap: CycleSnapshot) -> None:
        self.beginResetModel()
        rows = []
        if item_id is not None:
            team = {(c.kind, c.text) for c in snap.comments_for(item_id)}
            for a in snap.team:  # trainees' comments are practice, not the team's to adopt
                for c in snap.comments_for(item_id, a.id):
                    rows.append((a.name, c, (c.kind, c.text) in team))
        self.rows = tuple(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("评审员"), self.tr("类型"), self.tr("内容")]

    def table_rows(self) -> tuple[tuple[str, Comment, bool], ...]:
        return self.rows

    def comment_at(self, row: int) -> Comment | None:
        return self.rows[row][1] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        name, c, adopted = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [name, i18n.label(i18n.COMMENT_KIND, c.kind), c.text][col] if 0 <= col < 3 else None
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return icon("status-done" if c.kind == "strength" else "flag")
        if role == Qt.ItemDataRole.ForegroundRole and adopted:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("已采纳到团队清单") if adopted else c.text
        if role == ID_ROLE:
            return c.id
        return None


class TeamCommentsModel(CommentsModel):
    """The team's agreed list, with who wrote each entry."""

    AUTHOR_COL = 5

    def headers(self) -> list[str]:
        return [*super().headers(), self.tr("撰写人")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.AUTHOR_COL:
            c = self.comment_at(index.row())
            if c is None:
                return None
            return c.author if role == Qt.ItemDataRole.DisplayRole else None
        return super().data(index, role)
