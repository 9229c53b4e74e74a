"""The 评分校准 page, the trainer's exercise: trainees (assessors with the role 学员) score
chosen items of the sample organisation in their own workbooks; here their percents
are set against the team's consensus (the reference), which stays hidden until the
trainer reveals it. Every deviation is core.calibration's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QListWidgetItem, QWidget

from excellence_app.core.calibration import Calibration, calibrate
from excellence_app.core.changes import Kind
from excellence_app.core.snapshots import TRAINEE
from excellence_app.ui.actions.commands import InPlace
from excellence_app.ui.calibration.model import CalibrationItemsModel, DisputedModel, TraineesModel
from excellence_app.ui.consensus.merge import MergeFlow
from excellence_app.ui.consensus.merge_work import WORKBOOK, joined
from excellence_app.ui.consensus.page import fit_rows
from excellence_app.ui.exports.menu import safe_name
from excellence_app.ui.generated.ui_calibration_page import Ui_CalibrationPage
from excellence_app.ui.generated.ui_item_choice_dialog import Ui_ItemChoiceDialog
from excellence_app.ui.item.commands import AddAssessor
from excellence_app.ui.item.comments import AssessorDialog
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec, Shot
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.session import ProjectSession

MAX_ROWS = 9  # the exercise's table shows this many items before it scrolls


class ItemChoiceDialog(QDialog):
    """Tick the items of the exercise; items without a consensus cannot serve."""

    def __init__(
        self, items: list[tuple[str, str, bool]], chosen: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemChoiceDialog()
        self.ui.setupUi(self)
        for item_id, text, usable in items:
            entry = QListWidgetItem(text if usable else self.tr("{0}（尚无共识）").format(text))
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            flags = Qt.ItemFlag.ItemIsUserCheckable | (
                Qt.ItemFlag.ItemIsEnabled if usable else Qt.ItemFlag.NoItemFlags
            )
            entry.setFlags(flags)
            entry.setCheckState(
                Qt.CheckState.Checked if usable and item_id in chosen else Qt.CheckState.Unchecked
            )
            self.ui.itemList.addItem(entry)
        self.ui.allButton.clicked.connect(lambda: self._tick(True))
        self.ui.noneButton.clicked.connect(lambda: self._tick(False))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _tick(self, on: bool) -> None:
        for n in range(self.ui.itemList.count()):
            entry = self.ui.itemList.item(n)
            if entry.flags() & Qt.ItemFlag.ItemIsEnabled:
                entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        out = []
        for n in range(self.ui.itemList.count()):
            entry = self.ui.itemList.item(n)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(entry.data(Qt.ItemDataRole.UserRole))
        return out


class CalibrationPage(Page):
    watches: tuple[Kind, ...] = ("scores", "consensus", "assessors", "cycles", "settings")

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_CalibrationPage()
        self.ui.setupUi(self)
        self.chosen: list[str] | None = None  # None: the items the trainees scored
        self.result: Calibration | None = None
        self.dialog: QDialog | None = None
        self.workbooks = MergeFlow(self, lambda: self.session, new_role=TRAINEE)
        self.items_model: CalibrationItemsModel | None = None
        self.trainees_model: TraineesModel | None = None
        self.disputed_model: DisputedModel | None = None
        ui = self.ui
        ui.addTraineeButton.setIcon(icon("add"))
        ui.addTraineeButton.clicked.connect(self.add_trainee)
        ui.exportButton.clicked.connect(self.export_workbooks)
        ui.importButton.clicked.connect(lambda: self.workbooks.choose(WORKBOOK))
        ui.chooseButton.clicked.connect(self.choose_items)
        ui.revealButton.toggled.connect(lambda _on: self.refresh())
        self.workbooks.merged.connect(self.refresh)

    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        self.chosen = None
        self.ui.revealButton.setChecked(False)  # a new class never sees the reference at first
        if session is None:
            return
        fw = session.framework
        self.items_model = CalibrationItemsModel(fw, self)
        self.trainees_model = TraineesModel(fw, self)
        self.disputed_model = DisputedModel(fw, self)
        for view, model in (
            (self.ui.itemsView, self.items_model),
            (self.ui.traineeView, self.trainees_model),
            (self.ui.disputedView, self.disputed_model),
        ):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def prepare_shot(self, shot: Shot) -> None:
        self.reveal(True)

    def reveal(self, on: bool) -> None:
        self.ui.revealButton.setChecked(on)

    # --- reading ----------------------------------------------------------------------------
    def trainee_names(self) -> list[str]:
        return [a.name for a in self.session.snapshot.trainees] if self.session else []

    def reference(self) -> dict[str, int]:
        assert self.session is not None
        return {
            i.id: i.consensus_percent for i in self.session.summary.items if i.consensus_percent is not None
        }

    def exercise_items(self) -> list[str]:
        """The chosen items; until chosen, those any trainee scored (with a reference)."""
        assert self.session is not None
        reference = self.reference()
        if self.chosen is not None:
            return [i for i in self.chosen if i in reference]
        snap = self.session.snapshot
        ids = {a.id for a in snap.trainees}
        scored = {s.item_id for s in snap.scores if s.assessor_id in ids and s.percent is not None}
        return [i.id for i in self.session.framework.items() if i.id in scored and i.id in reference]

    # --- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.session
        if session is None or self.items_model is None:
            return
        snap = session.snapshot
        people = snap.trainees
        reference = self.reference()
        items = self.exercise_items()
        scores = {
            a.name: {s.item_id: s.percent for s in snap.scores if s.assessor_id == a.id} for a in people
        }
        # Every trainee is listed, one just added with nothing scored too (items may be empty).
        self.result = calibrate(reference, scores, items) if people else None
        revealed = self.ui.revealButton.isChecked()
        threshold = snap.project.spread_threshold
        for model in (self.items_model, self.trainees_model, self.disputed_model):
            assert model is not None
            model.set_result(self.result, revealed, threshold)
        ui = self.ui
        fit_rows(ui.itemsView, MAX_ROWS)
        ui.revealButton.setText(self.tr("隐藏参考分") if revealed else self.tr("公布参考分"))
        ui.subtitleLabel.setText(
            self.tr("{0} · 学员 {1} 人 · 参考分为评价组已确定的共识（{2} 个评分项）").format(
                snap.cycle.name, len(people), len(reference)
            )
        )
        ui.itemsLabel.setText(joined(items) if items else self.tr("尚未选择"))
        ui.exportButton.setEnabled(bool(people))
        ui.revealButton.setEnabled(self.result is not None and bool(self.result.items))
        if self.result is not None and revealed:
            hint = self.tr(
                "括号内为偏差（学员评分减参考分）；偏差达到 {0} 个百分点的标红。全班平均绝对偏差 {1} 个百分点。"
            ).format(threshold, i18n.number(self.result.mean_abs_deviation or 0, 2))
        else:
            hint = self.tr("参考分尚未公布：学员讨论各自的评分之后，点“公布参考分”对照偏差。")
        ui.hintLabel.setText(hint)
        ready = bool(people) and bool(reference)
        ui.content.setVisible(ready)
        ui.emptyLabel.setVisible(not ready)
        if not reference:
            ui.emptyLabel.setText(
                self.tr(
                    "本评价周期还没有确定共识的评分项。校准以评价组的共识为参考分：请先在“共识”页确定共识。"
                )
            )
        elif not people:
            ui.emptyLabel.setText(
                self.tr(
                    "还没有学员。点“添加学员”登记学员，再为每人导出评分工作簿；收回后点“导入学员工作簿”。"
                )
            )

    # --- actions ----------------------------------------------------------------------------
    def add_trainee(self) -> AssessorDialog | None:
        if self.session is None:
            return None
        dialog = AssessorDialog({a.name for a in self.session.fresh().assessors}, self)
        dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(TRAINEE))
        dialog.setWindowTitle(self.tr("添加学员"))
        dialog.accepted.connect(lambda: self._trainee_added(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _trainee_added(self, dialog: AssessorDialog) -> None:
        assert self.session is not None
        name, role = dialog.values()
        self.session.push(InPlace(AddAssessor(self.session, name, role)))
        self.session.refresh_now()

    def choose_items(self) -> ItemChoiceDialog | None:
        if self.session is None:
            return None
        reference = self.reference()
        entries = [
            (i.id, f"{i.id} {i18n.title(i.title, i.title_en)}", i.id in reference)
            for i in self.session.framework.items()
        ]
        dialog = ItemChoiceDialog(entries, set(self.exercise_items()), self)
        dialog.accepted.connect(lambda: self._items_chosen(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _items_chosen(self, dialog: ItemChoiceDialog) -> None:
        self.chosen = dialog.chosen()
        self.refresh()

    def export_workbooks(self) -> object:
        """One workbook per trainee, into a folder the trainer chooses."""
        session = self.session
        exporter = getattr(self.host, "exporter", None)
        names = self.trainee_names()
        if session is None or exporter is None or not names:
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("把学员工作簿保存到"), str(session.folder))
        if not folder:
            return None
        snap = session.snapshot
        # One name, shortened as a whole: its middle goes, so each trainee's name at the end stays.
        outs = [
            Path(folder) / safe_name(f"{snap.project.org_name}-{snap.cycle.name}-{n}.xlsx") for n in names
        ]
        return exporter.export_workbooks(names, outs)
