"""The criteria tree (category → item → clause) as a Qt model over the framework
and the session's Summary and snapshot; it never holds a database object."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon

if TYPE_CHECKING:
    from excellence_app.core.framework import Framework
    from excellence_app.core.snapshots import CycleSnapshot
    from excellence_app.core.summary import Summary

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 3


@dataclass(eq=False)
class Node:
    kind: str  # "root", "category", "item" or "clause"
    id: str
    row: int
    parent: Node | None
    children: list[Node] = field(default_factory=list)


class CriteriaModel(QAbstractItemModel):
    def __init__(self, framework: Framework, parent: object = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.summary: Summary | None = None
        self.snapshot: CycleSnapshot | None = None
        self.root = Node("root", "", 0, None)
        self._by_id: dict[str, Node] = {}
        for ci, category in enumerate(framework.categories):
            cnode = Node("category", category.id, ci, self.root)
            self.root.children.append(cnode)
            for ii, item in enumerate(category.items):
                inode = Node("item", item.id, ii, cnode)
                cnode.children.append(inode)
                self._by_id[item.id] = inode
                for ki, clause in enumerate(item.clauses):
                    knode = Node("clause", clause.id, ki, inode)
                    inode.children.append(knode)
                    self._by_id[clause.id] = knode
        self._titles = {c.id: (c.title, c.title_en) for c in framework.categories}
        self._titles.update({i.id: (i.title, i.title_en) for i in framework.items()})
        self._titles.update({k.id: (k.title, k.title_en) for _i, k in framework.clauses()})

    # --- the data it shows -------------------------------------------------------------------
    def set_data(self, summary: Summary, snapshot: CycleSnapshot) -> None:
        """Show a new summary; only the rows whose figures or state changed are redrawn
        (a keystroke changes one clause's row, if any)."""
        if self.summary is None or self.snapshot is None:
            self.summary, self.snapshot = summary, snapshot
            self._all_changed()
            return
        nodes = [node for cnode in self.root.children for node in _walk(cnode)]
        before = [self._shown(node) for node in nodes]
        self.summary, self.snapshot = summary, snapshot
        for node, was in zip(nodes, before, strict=True):
            if self._shown(node) != was:
                self._changed(node)

    def _shown(self, node: Node) -> tuple[object, ...]:
        """What a row shows that the data can change."""
        assert self.summary is not None
        if node.kind == "category":
            cat = next(c for c in self.summary.categories if c.id == node.id)
            return (cat.percent, cat.score)
        if node.kind == "item":
            i = self.summary.item(node.id)
            return (i.percent, i.score, i.clauses_answered, i.clauses_total, i.provisional)
        return (self._status(node.id),)

    def _all_changed(self) -> None:
        for cnode in self.root.children:
            self._changed(cnode)
            if cnode.children:
                self.dataChanged.emit(
                    self.createIndex(0, 0, cnode.children[0]),
                    self.createIndex(len(cnode.children) - 1, COLUMNS - 1, cnode.children[-1]),
                )
                for inode in cnode.children:
                    if inode.children:
                        self.dataChanged.emit(
                            self.createIndex(0, 0, inode.children[0]),
                            self.createIndex(len(inode.children) - 1, COLUMNS - 1, inode.children[-1]),
                        )

    def _changed(self, node: Node) -> None:
        self.dataChanged.emit(
            self.createIndex(node.row, 0, node), self.createIndex(node.row, COLUMNS - 1, node)
        )

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        node = self._by_id.get(node_id)
        return self.createIndex(node.row, column, node) if node else QModelIndex()

    # --- the model protocol ------------------------------------------------------------------
    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt overload
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            QCoreApplication.translate("CriteriaModel", "类目 / 评分项 / 条款"),
            QCoreApplication.translate("CriteriaModel", "评分"),
            QCoreApplication.translate("CriteriaModel", "得分"),
        )
        return names[section] if 0 <= section < COLUMNS else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        col = index.column()
        if role == ID_ROLE:
            return node.id
        if role == KIND_ROLE:
            return node.kind
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self._icon(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(node, col)
        return None

    # --- presentation ------------------------------------------------------------------------
    def _title(self, node: Node) -> str:
        zh, en = self._titles.get(node.id, ("", ""))
        return f"{node.id} {i18n.title(zh, en)}"

    def _display(self, node: Node, col: int) -> str:
        if col == 0:
            return self._title(node)
        s = self.summary
        if s is None:
            return ""
        if node.kind == "category":
            cat = next(c for c in s.categories if c.id == node.id)
            return f"{i18n.number(cat.percent)}%" if col == 1 else f"{i18n.number(cat.score, 2)}/{cat.points}"
        if node.kind == "item":
            item = s.item(node.id)
            if col == 1:
                return "—" if item.percent is None else f"{item.percent}%"
            return f"{i18n.number(item.score, 2)}/{item.points}"
        if node.kind == "clause" and col == 1:
            return i18n.label(i18n.STATUS, self._status(node.id))
        return ""

    def _status(self, clause_id: str) -> str:
        response = self.snapshot.responses.get(clause_id) if self.snapshot else None
        return response.status if response else "empty"

    def _icon(self, node: Node) -> Any:
        if self.summary is None:
            return None
        if node.kind == "clause":
            return icon(f"status-{self._status(node.id)}")
        if node.kind == "item":
            item = self.summary.item(node.id)
            if item.clauses_answered == item.clauses_total:
                return icon("status-done")
            return icon("status-draft" if item.clauses_answered else "status-empty")
        return icon("category")

    def _font(self, node: Node, col: int) -> Any:
        if node.kind == "category":
            font = QFont()
            font.setBold(True)
            return font
        if (
            node.kind == "item"
            and col == 1
            and self.summary is not None
            and self.summary.item(node.id).provisional
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, node: Node) -> str:
        s = self.summary
        if s is None or node.kind == "root":
            return self._title(node)
        if node.kind == "item":
            item = s.item(node.id)
            if item.percent is None:
                scored = QCoreApplication.translate("CriteriaModel", "未评分")
            elif item.provisional:
                scored = QCoreApplication.translate(
                    "CriteriaModel", "{0}%（评审员评分的中位数，暂定）"
                ).format(item.percent)
            else:
                scored = QCoreApplication.translate("CriteriaModel", "{0}%（共识）").format(item.percent)
            return QCoreApplication.translate(
                "CriteriaModel", "{0}\n已回答 {1}/{2} 个条款 · 字数 {3}\n评分：{4} · 得分 {5}/{6}"
            ).format(
                self._title(node),
                item.clauses_answered,
                item.clauses_total,
                f"{item.chars:,}",
                scored,
                i18n.number(item.score, 2),
                item.points,
            )
        if node.kind == "clause":
            return f"{self._title(node)}\n{i18n.label(i18n.STATUS, self._status(node.id))}"
        return self._title(node)


def _walk(node: Node) -> list[Node]:
    return [node, *(n for child in node.children for n in _walk(child))]
