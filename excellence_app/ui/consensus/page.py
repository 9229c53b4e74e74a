"""The 共识 page, for the lead: every item × every assessor with the spread (warm where it
reaches the threshold); for the chosen item, the assessors' judgements side by side, the
consensus, and the team's list of strengths and opportunities built from theirs.
Assessors' workbooks and project files are merged in here (merge.py); the edits are a part
the page owns (edit.py)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from excellence_app.core.changes import Kind
from excellence_app.core.framework import Item
from excellence_app.ui.consensus.edit import ConsensusEditing
from excellence_app.ui.consensus.merge import MergeFlow
from excellence_app.ui.consensus.merge_work import PROJECT, WORKBOOK
from excellence_app.ui.consensus.model import (
    ID_ROLE,
    AssessorCommentsModel,
    AssessorScoresModel,
    ConsensusGridModel,
    TeamCommentsModel,
)
from excellence_app.ui.generated.ui_consensus_page import Ui_ConsensusPage
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec, Shot
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.session import ProjectSession
from excellence_app.ui.widgets.combo import fill_percent_combo

SAVE_DELAY_MS = 600
GRID_WIDTH = 450


def fit_rows(view: QTableView, max_rows: int | None = None) -> None:
    """Size a short table to its rows, so the page scrolls and the table does not."""
    view.resizeRowsToContents()
    rows = view.model().rowCount() if view.model() is not None else 0
    shown = rows if max_rows is None else min(rows, max_rows)
    height = sum(view.rowHeight(r) for r in range(shown))
    header = view.horizontalHeader().height() if view.horizontalHeader().isVisible() else 0
    view.setFixedHeight(header + height + 2 * view.frameWidth() + 2)


class ConsensusPage(Page):
    watches: tuple[Kind, ...] = (
        "scores",
        "consensus",
        "comments",
        "assessors",
        "actions",
        "cycles",
        "settings",
    )

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_ConsensusPage()
        self.ui.setupUi(self)
        self.item: Item | None = None
        self.grid: ConsensusGridModel | None = None
        self.scores: AssessorScoresModel | None = None
        self.assessor_comments = AssessorCommentsModel(self)
        self.team: TeamCommentsModel | None = None
        self.workbooks = MergeFlow(self, lambda: self.session)
        self.project_files = MergeFlow(self, lambda: self.session)
        self._build()

    def _build(self) -> None:
        ui = self.ui
        fill_percent_combo(ui.consensusCombo, self.tr("未确定"))
        ui.importButton.clicked.connect(lambda: self.workbooks.choose(WORKBOOK))
        ui.mergeButton.clicked.connect(lambda: self.project_files.choose(PROJECT))
        ui.exportButton.clicked.connect(self._export_workbook)
        ui.flaggedOnlyCheck.toggled.connect(lambda _on: self.refresh())
        ui.assessorCommentsView.setModel(self.assessor_comments)
        for view in (ui.gridView, ui.scoresView, ui.assessorCommentsView, ui.teamView):
            view.verticalHeader().setVisible(view is ui.scoresView)
        header = ui.assessorCommentsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.editing = ConsensusEditing(
            self,
            ui,
            session=lambda: self.session,
            item=lambda: self.item,
            team=lambda: self.team,
            assessor_comments=self.assessor_comments,
            delay_ms=SAVE_DELAY_MS,
        )
        add_menu = QMenu(ui.addCommentButton)
        add_menu.addAction(self.tr("优势…"), lambda: self.editing.write_comment(None, "strength"))
        add_menu.addAction(self.tr("改进机会…"), lambda: self.editing.write_comment(None, "ofi"))
        ui.addCommentButton.setMenu(add_menu)
        for button, name in (
            (ui.addCommentButton, "add"),
            (ui.editCommentButton, "edit"),
            (ui.deleteCommentButton, "remove"),
            (ui.raiseActionButton, "actions"),
            (ui.adoptButton, "add"),
        ):
            button.setIcon(icon(name))
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([GRID_WIDTH, 1000])
        self.workbooks.merged.connect(self.refresh)
        self.project_files.merged.connect(self.refresh)

    # --- page protocol -----------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        self.item = None
        if session is None:
            return
        ui = self.ui
        self.grid = ConsensusGridModel(self)
        ui.gridView.setModel(self.grid)
        ui.gridView.selectionModel().currentRowChanged.connect(self._row_changed)
        self.scores = AssessorScoresModel(session.framework, self)
        ui.scoresView.setModel(self.scores)
        self.team = TeamCommentsModel(session.framework, self)
        ui.teamView.setModel(self.team)
        header = ui.teamView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.teamView.selectionModel().selectionChanged.connect(self.editing.update_buttons)

    def activate(self, item_id: str | None = None) -> None:
        self.refresh()
        if item_id:
            self.select_item(item_id)

    def current_item(self) -> str | None:
        return None  # the guideline dock belongs to the item page

    def flush(self) -> None:
        self.editing.box.flush()

    def prepare_shot(self, shot: Shot) -> None:
        if shot.item_id:
            self.select_item(shot.item_id)

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        session, grid = self.session, self.grid
        if session is None or grid is None:
            return
        s, snap = session.summary, session.snapshot
        keep = self.item.id if self.item else None
        grid.set_summary(s, snap, self.ui.flaggedOnlyCheck.isChecked())
        self._size_grid()
        threshold = snap.project.spread_threshold
        self.ui.subtitleLabel.setText(
            self.tr(
                "{0} · {1} 位评审员 · 已确定共识 {2}/{3} 项 · 分歧达到阈值（{4} 个百分点）的 {5} 项"
            ).format(
                snap.cycle.name,
                len(snap.team),
                s.items_agreed,
                len(s.items),
                threshold,
                len(s.flagged_items),
            )
        )
        legend = self.tr(
            "暖色行：评审员评分的极差达到分歧阈值，最高分和最低分以深色标出。选中一行，在右侧对照各人的判断并确定共识。"
        )
        if session.on_server and not session.is_lead():
            # What the server hides looks like what nobody gave: say which it is.
            legend = (
                self.tr(
                    "团队服务器上，组长开启共识评议之前，只能看到自己的评分和评语；看不到的评分不等于没有评分。"
                )
                + "\n"
                + legend
            )
        self.ui.legendLabel.setText(legend)
        target = (
            keep if keep and grid.row_of(keep) >= 0 else (s.flagged_items[0] if s.flagged_items else None)
        )
        self.select_item(target or (grid.items[0].id if grid.items else None))

    def _size_grid(self) -> None:
        view, grid = self.ui.gridView, self.grid
        assert grid is not None
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def select_item(self, item_id: str | None) -> None:
        grid = self.grid
        if grid is None:
            return
        row = grid.row_of(item_id) if item_id else -1
        view = self.ui.gridView
        if row >= 0:
            index = grid.index(row, 0)
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(index)
        self._show_item(item_id if row >= 0 else None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.siblingAtColumn(0).data(ID_ROLE) if current.isValid() else None
        if (self.item.id if self.item else None) != item_id:
            self._show_item(item_id)

    def _show_item(self, item_id: str | None) -> None:
        session = self.session
        if session is None:
            return
        if (self.item.id if self.item else None) != item_id:
            self.flush()
            self.editing.box.start_item()
            force = True
        else:
            force = False
        self.item = session.item(item_id) if item_id else None
        ui = self.ui
        ui.detailContents.setVisible(self.item is not None)
        if self.item is None:
            return
        item, snap = self.item, session.snapshot
        summary = session.item_summary(item.id)
        ui.itemTitle.setText(f"{item.id}  {i18n.title(item.title, item.title_en)}")
        stats = (
            self.tr("均值 {0}% · 极差 {1} 个百分点").format(i18n.number(summary.mean, 2), summary.spread)
            if summary.mean is not None
            else self.tr("尚无评审员评分")
        )
        ui.itemMeta.setText(
            self.tr("{0}类评分项 · 满分 {1} 分 · {2}").format(
                i18n.label(i18n.ITEM_KIND, item.kind), item.points, stats
            )
        )
        ui.spreadWarning.setVisible(summary.flagged)
        ui.spreadWarning.setText(
            self.tr(
                "极差 {0} 个百分点，达到分歧阈值 {1}：请对照下面各人的要素判断和理由，讨论后确定共识。"
            ).format(summary.spread, snap.project.spread_threshold)
        )
        assert self.scores is not None and self.team is not None
        self.scores.set_item(item, snap)
        has_scores = self.scores.columnCount() > 0
        ui.scoresView.setVisible(has_scores)
        ui.noScoresLabel.setVisible(not has_scores)
        ui.noScoresLabel.setText(
            self.tr("组长开启共识评议之前，其他评审员的评分暂不可见。")
            if session.on_server and not session.is_lead()
            else self.tr("还没有评审员给这个评分项评分。导入评审员的工作簿，或在评分项的“评分”页评分。")
        )
        if has_scores:
            header = ui.scoresView.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            fit_rows(ui.scoresView)
        self.team.set_comments(snap.comments_for(item.id))
        fit_rows(ui.teamView)
        self.assessor_comments.set_item(item.id, snap)
        fit_rows(ui.assessorCommentsView)
        ui.assessorCommentsBox.setVisible(self.assessor_comments.rowCount() > 0)
        self.editing.box.show(force)
        self.editing.update_buttons()
        if force:
            ui.detailScroll.verticalScrollBar().setValue(0)

    def _export_workbook(self) -> None:
        exporter = getattr(self.host, "exporter", None)
        if exporter is not None:
            exporter.export_assessor_workbook()
