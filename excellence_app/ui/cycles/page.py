"""The 周期与评奖 page: the project's assessment cycles (new as a copy of an earlier one,
switch, rename, delete), the award the current cycle applies for with its 字数 against the
limits, and the award profiles (built in, and the project's own)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from excellence_app.core.awards import AwardProfile
from excellence_app.core.changes import Kind
from excellence_app.core.snapshots import CycleInfo
from excellence_app.ui.cycles.commands import RenameCycle, SaveAwardProfile, SetCycleDay, choose_award
from excellence_app.ui.cycles.dialogs import AwardProfileDialog, CycleDialog
from excellence_app.ui.generated.ui_cycles_page import Ui_CyclesPage
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec
from excellence_app.ui.shell.resources import icon

ID_ROLE = Qt.ItemDataRole.UserRole
NOT_SET = QDate(2000, 1, 1)  # a date edit's minimum stands for "not set"
OVER_COLOR = "#c53030"


def _fill_table(table: QTableWidget, headers: list[str], rows: list[tuple[object, list[str]]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(ID_ROLE, key)
            table.setItem(r, c, cell)


def _table_style(table: QTableWidget) -> None:
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class CyclesPage(Page):
    watches: tuple[Kind, ...] = ("responses", "profile", "cycles", "settings")  # the 字数 against the limits

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_CyclesPage()
        self.ui.setupUi(self)
        self.dialog: CycleDialog | AwardProfileDialog | None = None
        self.cycles: tuple[CycleInfo, ...] = ()
        self.awards: tuple[AwardProfile, ...] = ()
        ui = self.ui
        for table in (ui.cycleTable, ui.profileTable):
            _table_style(table)
        ui.cycleTable.itemSelectionChanged.connect(self._update_buttons)
        ui.cycleTable.itemDoubleClicked.connect(lambda _item: self.switch_cycle())
        ui.profileTable.itemSelectionChanged.connect(self._update_buttons)
        ui.profileTable.itemDoubleClicked.connect(lambda _item: self.edit_profile())
        for button, name, slot in (
            (ui.newCycleButton, "new", self.new_cycle),
            (ui.switchButton, "open", self.switch_cycle),
            (ui.renameButton, "edit", self.rename_cycle),
            (ui.deleteButton, "remove", self.delete_cycle),
            (ui.newProfileButton, "add", self.new_profile),
            (ui.editProfileButton, "edit", self.edit_profile),
        ):
            button.setIcon(icon(name))
            button.clicked.connect(slot)
        ui.awardCombo.activated.connect(self._award_chosen)
        for field, edit in self._day_edits().items():
            edit.setMinimumDate(NOT_SET)  # shown as 未设定
            edit.editingFinished.connect(lambda f=field: self._day_chosen(f))

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        service = session.service
        self.cycles = service.cycles.all()
        self.awards = service.award_profiles()
        names = {a.id: i18n.title(a.name, a.name_en) for a in self.awards}
        ui = self.ui
        selected = self.selected_cycle()
        keep = selected.id if selected else session.cycle_id
        _fill_table(
            ui.cycleTable,
            [self.tr("名称"), self.tr("申报奖项"), self.tr("数据截至"), self.tr("创建于"), ""],
            [
                (
                    c.id,
                    [
                        c.name,
                        names.get(c.award_profile, c.award_profile),
                        c.as_of.isoformat() if c.as_of else self.tr("未设定"),
                        c.created_at.strftime("%Y-%m-%d"),
                        self.tr("当前周期") if c.id == session.cycle_id else "",
                    ],
                )
                for c in self.cycles
            ],
        )
        ui.cycleTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, cycle in enumerate(self.cycles):
            if cycle.id == session.cycle_id:
                for col in range(ui.cycleTable.columnCount()):
                    font = ui.cycleTable.item(row, col).font()
                    font.setBold(True)
                    ui.cycleTable.item(row, col).setFont(font)
            if cycle.id == keep:
                ui.cycleTable.selectRow(row)
        self._show_award()
        self._show_profiles()
        self._update_buttons()

    def _show_award(self) -> None:
        assert self.session is not None
        ui = self.ui
        s = self.session.summary
        ui.awardBox.setTitle(self.tr("“{0}”申报的奖项").format(s.cycle))
        combo = ui.awardCombo
        combo.blockSignals(True)
        combo.clear()
        for award in self.awards:
            combo.addItem(i18n.title(award.name, award.name_en), award.id)
        combo.setCurrentIndex(max(0, combo.findData(s.limits.award)))
        combo.blockSignals(False)
        self._limit(ui.profileBar, ui.profileValue, s.profile_chars, s.limits.profile)
        self._limit(ui.reportBar, ui.reportValue, s.report_chars, s.limits.report)
        ui.pagesValue.setText(f"{s.limits.pages:,}" if s.limits.pages else self.tr("不限"))
        for field, edit in self._day_edits().items():
            day = getattr(self.session.snapshot.cycle, field)
            edit.blockSignals(True)
            edit.setDate(QDate(day) if day else NOT_SET)
            edit.blockSignals(False)

    def _day_edits(self) -> dict[str, QDateEdit]:
        return {"as_of": self.ui.asOfEdit, "submitted_on": self.ui.submittedEdit}

    def _day_chosen(self, field: str) -> None:
        assert self.session is not None
        chosen = self._day_edits()[field].date()
        new = None if chosen == NOT_SET else chosen.toPython()
        old = getattr(self.session.fresh().cycle, field)
        if new != old:
            self.session.push(SetCycleDay(self.session, field, old, new))
            self.session.refresh_now()

    def _limit(self, bar: QProgressBar, label: QLabel, count: int, limit: int | None) -> None:
        over = bool(limit and count > limit)
        if limit:
            bar.setRange(0, limit)
            bar.setValue(min(count, limit))
            label.setText(self.tr("{0} / {1} 字").format(f"{count:,}", f"{limit:,}"))
        else:
            bar.setRange(0, 1)
            bar.setValue(0)
            label.setText(self.tr("{0} 字（不限）").format(f"{count:,}"))
        label.setStyleSheet(f"color: {OVER_COLOR}; font-weight: bold;" if over else "")
        bar.setStyleSheet(f"QProgressBar::chunk {{ background: {OVER_COLOR}; }}" if over else "")
        label.setProperty("over", over)

    def _show_profiles(self) -> None:
        ui = self.ui
        selected = self.selected_profile()
        builtin = {a.id for a in self.session.service.builtin_awards} if self.session else set()

        def limit(value: int | None) -> str:
            return f"{value:,}" if value else self.tr("不限")

        _fill_table(
            ui.profileTable,
            [
                self.tr("名称"),
                self.tr("组织概述字数"),
                self.tr("自评报告字数"),
                self.tr("页数"),
                self.tr("来源"),
            ],
            [
                (
                    a.id,
                    [
                        i18n.title(a.name, a.name_en),
                        limit(a.profile_chars),
                        limit(a.report_chars),
                        limit(a.pages),
                        self.tr("内置") if a.id in builtin else self.tr("本项目"),
                    ],
                )
                for a in self.awards
            ],
        )
        ui.profileTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row in range(ui.profileTable.rowCount()):
            for col in (1, 2, 3):
                ui.profileTable.item(row, col).setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if selected is not None and ui.profileTable.item(row, 0).data(ID_ROLE) == selected.id:
                ui.profileTable.selectRow(row)

    def _update_buttons(self) -> None:
        ui = self.ui
        cycle = self.selected_cycle()
        current = self.session.cycle_id if self.session else None
        ui.switchButton.setEnabled(cycle is not None and cycle.id != current)
        ui.renameButton.setEnabled(cycle is not None)
        ui.deleteButton.setEnabled(cycle is not None and len(self.cycles) > 1)
        profile = self.selected_profile()
        ui.newProfileButton.setEnabled(self.session is not None)
        ui.editProfileButton.setEnabled(profile is not None and not self._builtin(profile))

    def selected_cycle(self) -> CycleInfo | None:
        row = self.ui.cycleTable.currentRow()
        item = self.ui.cycleTable.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        return next((c for c in self.cycles if c.id == item.data(ID_ROLE)), None)

    def selected_profile(self) -> AwardProfile | None:
        row = self.ui.profileTable.currentRow()
        item = self.ui.profileTable.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        return next((a for a in self.awards if a.id == item.data(ID_ROLE)), None)

    def _builtin(self, profile: AwardProfile) -> bool:
        return self.session is not None and any(
            a.id == profile.id for a in self.session.service.builtin_awards
        )

    # --- the award of the current cycle ------------------------------------------------------
    def _award_chosen(self, index: int) -> None:
        session = self.session
        if session is None:
            return
        choose_award(session, self.ui.awardCombo.itemData(index))

    # --- cycles ------------------------------------------------------------------------------
    def new_cycle(self) -> CycleDialog | None:
        session = self.session
        if session is None:
            return None
        current = next(c for c in self.cycles if c.id == session.cycle_id)
        dialog = CycleDialog(self.cycles, current, self.awards, self)
        dialog.accepted.connect(lambda: self._create(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _create(self, dialog: CycleDialog) -> None:
        session = self.session
        if session is None:
            return
        name, award, source = dialog.values()
        made = []
        if session.apply(lambda: made.append(session.service.cycles.create_cycle(name, award, source))):
            session.set_cycle(made[0].id)  # the window's cycle selector follows
            self.refresh()

    def switch_cycle(self) -> None:
        cycle = self.selected_cycle()
        if self.session is not None and cycle is not None and cycle.id != self.session.cycle_id:
            self.session.set_cycle(cycle.id)

    def rename_cycle(self) -> None:
        session, cycle = self.session, self.selected_cycle()
        if session is None or cycle is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("重命名评价周期"), self.tr("新名称："), text=cycle.name)
        name = text.strip()
        if ok and name and name != cycle.name:
            session.push(RenameCycle(session, cycle.id, cycle.name, name))

    def delete_cycle(self) -> None:
        session, cycle = self.session, self.selected_cycle()
        if session is None or cycle is None or len(self.cycles) < 2:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除评价周期"),
            self.tr(
                "删除“{0}”？\n\n它的组织概述、条款回答、评分、共识、评语、证据和结果指标都会一并删除，"
                "且不能撤销（撤销记录也会清空）。其他周期不受影响。"
            ).format(cycle.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if cycle.id == session.cycle_id:
            others = [c for c in self.cycles if c.id != cycle.id]
            session.set_cycle(others[-1].id)
        if session.apply(lambda: session.service.cycles.delete_cycle(cycle.id)):
            # Steps recorded in the deleted cycle can no longer be undone.
            session.undo_stack.clear()
            session.refresh_now()
            session.cycleChanged.emit()
            self.refresh()

    # --- award profiles ----------------------------------------------------------------------
    def new_profile(self) -> AwardProfileDialog | None:
        if self.session is None:
            return None
        template = self.selected_profile() or next(
            a for a in self.awards if a.id == self.session.summary.limits.award
        )
        ids = {a.id for a in self.awards}
        new_id = next(f"custom-{n}" for n in range(1, 10_000) if f"custom-{n}" not in ids)
        dialog = AwardProfileDialog(template, new_id, {a.name for a in self.awards}, self)
        dialog.accepted.connect(lambda: self._save_new(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_new(self, dialog: AwardProfileDialog) -> None:
        session = self.session
        profile = dialog.profile()
        # A new profile is not an undo step (nothing is lost by having it); a change is.
        if session is not None and session.apply(lambda: session.service.save_award_profile(profile)):
            session.refresh_now()
            self.refresh()

    def edit_profile(self) -> AwardProfileDialog | None:
        old = self.selected_profile()
        if self.session is None or old is None or self._builtin(old):
            return None
        taken = {a.name for a in self.awards if a.id != old.id}
        dialog = AwardProfileDialog(old, None, taken, self)
        dialog.accepted.connect(lambda: self._save_edit(old, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_edit(self, old: AwardProfile, dialog: AwardProfileDialog) -> None:
        new = dialog.profile()
        if self.session is not None and new != old:
            self.session.push(SaveAwardProfile(self.session, old, new))
