"""The main window's navigation, a part the window owns: the page list and the 前往 menu
built from the page registry, and the criteria tree (categories, items, clauses with their
state and score) that follows the open project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QHeaderView, QListWidgetItem

from excellence_app.core.changes import Kind
from excellence_app.ui.shell.pages import PAGES
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.tree_model import ID_ROLE, KIND_ROLE, CriteriaModel

if TYPE_CHECKING:
    from excellence_app.ui.shell.main_window import MainWindow
    from excellence_app.ui.shell.session import ProjectSession, Update

PAGE_ROLE = Qt.ItemDataRole.UserRole
# What the criteria tree shows: clause states, item scores and whether they are agreed.
TREE_SHOWS: tuple[Kind, ...] = ("responses", "scores", "consensus", "assessors", "cycles", "settings")


class Navigation(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.model: CriteriaModel | None = None
        self.page_actions: dict[str, QAction] = {}
        self._build()

    def _build(self) -> None:
        window, ui = self.window, self.window.ui
        for spec in PAGES:
            if not spec.in_nav:
                continue
            action = QAction(icon(spec.icon) if spec.icon else icon("item"), spec.display_title(), window)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, n=spec.name: window.show_page(n))
            ui.menuGo.addAction(action)
            self.page_actions[spec.name] = action
            if spec.needs_project:
                entry = QListWidgetItem(icon(spec.icon) if spec.icon else icon("item"), spec.display_title())
                entry.setData(PAGE_ROLE, spec.name)
                ui.pageList.addItem(entry)
                if spec.toolbar:
                    ui.toolBar.addAction(action)
        # Every entry in view: the list's rows are as tall as the style makes them.
        row = ui.pageList.sizeHintForRow(0) if ui.pageList.count() else 32
        ui.pageList.setFixedHeight(max(1, ui.pageList.count()) * row + 2 * ui.pageList.frameWidth() + 4)
        ui.pageList.itemClicked.connect(lambda entry: window.show_page(entry.data(PAGE_ROLE)))
        ui.criteriaTree.clicked.connect(self._tree_clicked)
        ui.criteriaTree.activated.connect(self._tree_clicked)

    # --- the criteria tree -------------------------------------------------------------------
    def show_project(self, session: ProjectSession) -> None:
        self.model = CriteriaModel(session.framework, self)
        tree = self.window.ui.criteriaTree
        tree.setModel(self.model)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents re-reads every row on each refresh.
        bold = QFont(tree.font())
        bold.setBold(True)  # category rows are bold
        metrics = QFontMetrics(bold)
        for column, sample in ((1, self.tr("已完成")), (2, "203.75/400")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 18
            )
        self.model.set_data(session.summary, session.snapshot)
        for row in range(self.model.rowCount()):
            tree.setExpanded(self.model.index(row, 0), True)

    def follow(self, session: ProjectSession, update: Update) -> None:
        if self.model is not None and update.changes.touches(*TREE_SHOWS, cycle=session.cycle_id):
            self.model.set_data(session.summary, session.snapshot)

    def forget_project(self) -> None:
        self.window.ui.criteriaTree.setModel(None)
        self.model = None

    # --- what is selected --------------------------------------------------------------------
    def select_page(self, name: str) -> None:
        ui = self.window.ui
        lst = ui.pageList
        lst.blockSignals(True)
        lst.clearSelection()
        for row in range(lst.count()):
            if lst.item(row).data(PAGE_ROLE) == name:
                lst.setCurrentRow(row)
        if name != "item" and ui.criteriaTree.selectionModel() is not None:
            ui.criteriaTree.clearSelection()
        lst.blockSignals(False)

    def select_item(self, item_id: str) -> None:
        if self.model is None:
            return
        index = self.model.index_of(item_id)
        tree = self.window.ui.criteriaTree
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        tree.scrollTo(index)
        self.window.ui.pageList.clearSelection()

    def _tree_clicked(self, index: QModelIndex) -> None:
        window = self.window
        kind, node_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        tree = window.ui.criteriaTree
        if kind == "category":
            first = index.siblingAtColumn(0)
            tree.setExpanded(first, not tree.isExpanded(first))
        elif kind == "item":
            if window.current_item() != node_id or window.current_page() is not window.pages.get("item"):
                window.show_item(node_id)
        elif kind == "clause":
            window.show_item(index.parent().data(ID_ROLE), node_id)
