"""The 证据 tab: files kept inside the project file and linked to the item or its clauses.

Files come in by the file dialog or by drag and drop (reading runs in a worker);
opening writes a temporary copy and hands it to the system's viewer.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QTableWidgetItem, QWidget

from excellence_app.core.awards import EvidenceKind
from excellence_app.core.errors import InvalidValue
from excellence_app.core.evidence_list import file_size
from excellence_app.core.file_names import safe_file_name
from excellence_app.core.framework import Item, clause_label
from excellence_app.core.snapshots import Evidence, EvidenceLink
from excellence_app.ui.generated.ui_evidence_panel import Ui_EvidencePanel
from excellence_app.ui.item.evidence_commands import (
    AttachEvidence,
    DetachEvidence,
    SetEvidenceDescription,
    SetEvidenceKind,
    SetEvidenceLinks,
)
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.session import ProjectSession
from excellence_app.ui.shell.worker import Task, run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole
DESCRIPTION_COLUMN = 3


def read_files(paths: list[Path], limit: int) -> list[tuple[str, bytes]]:
    """Read the files to attach (in a worker); refuse a file over the limit before reading it."""
    out = []
    for path in paths:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InvalidValue(
                f"无法读取证据文件 {path}", f"cannot read evidence file {path}: {exc}"
            ) from None
        if size > limit:
            mb = limit // (1024 * 1024)
            raise InvalidValue(
                f"证据文件 {path.name} 太大（{size / 1048576:.1f} MB），单个文件上限 {mb} MB",
                f"evidence file {path.name} is too large ({size / 1048576:.1f} MB); limit {mb} MB",
            )
        out.append((path.name, path.read_bytes()))
    return out


class EvidencePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidencePanel()
        self.ui.setupUi(self)
        self.session: ProjectSession | None = None
        self.item: Item | None = None
        self.evidence: tuple[Evidence, ...] = ()
        self.tasks: list[Task] = []
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None
        self._filling = False
        ui = self.ui
        self.setAcceptDrops(True)
        ui.evidenceTable.setAcceptDrops(False)
        ui.evidenceTable.setColumnCount(6)
        ui.evidenceTable.verticalHeader().setVisible(False)
        header = ui.evidenceTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ui.addButton.setIcon(icon("attach"))
        ui.openButton.setIcon(icon("open-file"))
        ui.linkButton.setIcon(icon("link"))
        ui.removeButton.setIcon(icon("remove"))
        ui.addButton.clicked.connect(self.choose_files)
        ui.openButton.clicked.connect(self.open_selected)
        ui.removeButton.clicked.connect(self.remove_selected)
        self.link_menu = QMenu(ui.linkButton)
        self.link_menu.aboutToShow.connect(self._fill_link_menu)
        ui.linkButton.setMenu(self.link_menu)
        self.kind_menu = QMenu(ui.kindButton)
        self.kind_menu.aboutToShow.connect(self._fill_kind_menu)
        ui.kindButton.setMenu(self.kind_menu)
        ui.evidenceTable.itemSelectionChanged.connect(self._update_buttons)
        ui.evidenceTable.itemChanged.connect(self._cell_edited)
        ui.evidenceTable.cellDoubleClicked.connect(self._double_clicked)

    # --- showing -----------------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.item = None

    def load(self, item_id: str) -> None:
        assert self.session is not None
        self.item = self.session.item(item_id)
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or self.item is None:
            return
        ui = self.ui
        selected = self.selected()
        self.evidence = self.session.snapshot.evidence_for(self.item.id)
        self._filling = True
        table = ui.evidenceTable
        table.setHorizontalHeaderLabels(
            [
                self.tr("文件"),
                self.tr("大小"),
                self.tr("关联"),
                self.tr("说明"),
                self.tr("添加时间"),
                self.tr("材料类别"),
            ]
        )
        kinds = {k.key: k.name for k in self._award_kinds()}
        table.setRowCount(len(self.evidence))
        for row, e in enumerate(self.evidence):
            links = [
                clause_label(k.clause_id) if k.clause_id else self.tr("整个评分项")
                for k in e.links
                if k.item_id == self.item.id
            ]
            others = sorted({k.item_id for k in e.links if k.item_id != self.item.id})
            if others:
                links.append(self.tr("另见 {0}").format("、".join(others)))
            cells = [
                e.name,
                file_size(e.size),
                "；".join(links),
                e.description,
                e.added_at.strftime("%Y-%m-%d %H:%M"),
                kinds.get(e.kind or "", ""),
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, e.id)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if col == DESCRIPTION_COLUMN:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    cell.setToolTip(self.tr("双击填写说明"))
                cell.setFlags(flags)
                table.setItem(row, col, cell)
            if selected is not None and e.id == selected.id:
                table.selectRow(row)
        self._filling = False
        ui.statusLabel.setText(self.tr("共 {0} 个文件").format(len(self.evidence)))
        self._update_buttons()

    def selected(self) -> Evidence | None:
        rows = {i.row() for i in self.ui.evidenceTable.selectedItems()}
        if not rows:
            return None
        row = min(rows)
        return self.evidence[row] if row < len(self.evidence) else None

    def select(self, evidence_name: str) -> None:
        for row, e in enumerate(self.evidence):
            if e.name == evidence_name:
                self.ui.evidenceTable.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.ui.openButton, self.ui.linkButton, self.ui.removeButton):
            button.setEnabled(has)
        self.ui.kindButton.setEnabled(has and bool(self._award_kinds()))

    # --- attaching ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("选择证据文件"), str(Path.home()))
        if files:
            self.attach_paths([Path(f) for f in files])

    def attach_paths(self, paths: list[Path], clause_id: str | None = None) -> Task | None:
        session, item = self.session, self.item
        if session is None or item is None or not paths:
            return None
        link = EvidenceLink(item.id, clause_id)
        limit = session.service.evidence.max_evidence_bytes
        self.ui.statusLabel.setText(self.tr("正在读取 {0} 个文件…").format(len(paths)))

        def attach(files: list[tuple[str, bytes]]) -> None:
            if session.closed or self.session is not session:
                return
            for name, data in files:
                session.push(AttachEvidence(session, item.id, name, data, (link,)))
            session.refresh_now()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.refresh()
            session.failed.emit(exc)

        task = run_in_background(lambda: read_files(paths, limit), attach, failed, self)
        self.tasks = [t for t in self.tasks if not t.done] + [task]
        return task

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if (
            self.item is not None
            and event.mimeData().hasUrls()
            and any(u.isLocalFile() for u in event.mimeData().urls())
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in files if f.is_file()]
        if files:
            event.acceptProposedAction()
            self.attach_paths(files)

    # --- opening, removing, describing -------------------------------------------------------
    def open_selected(self) -> Path | None:
        evidence = self.selected()
        if evidence is None or self.session is None:
            return None
        if self._tempdir is None:
            self._tempdir = tempfile.TemporaryDirectory(prefix="excellence-evidence-")
        # The stored name may come from another system's archive: "CON.pdf", "a:b.pdf", 200 characters.
        safe = safe_file_name(evidence.name, "evidence")
        folder = Path(self._tempdir.name) / str(evidence.id)
        folder.mkdir(exist_ok=True)
        target = folder / safe
        target.write_bytes(self.session.service.evidence.evidence_data(evidence.id))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def _double_clicked(self, row: int, column: int) -> None:
        if column != DESCRIPTION_COLUMN:
            self.open_selected()

    def remove_selected(self) -> None:
        evidence = self.selected()
        if evidence is None or self.session is None or self.item is None:
            return
        data = self.session.service.evidence.evidence_data(evidence.id)
        self.session.push(DetachEvidence(self.session, self.item.id, evidence, data))
        self.session.refresh_now()
        self.refresh()

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        if self._filling or self.session is None or self.item is None or cell.column() != DESCRIPTION_COLUMN:
            return
        evidence = next((e for e in self.evidence if e.id == cell.data(ID_ROLE)), None)
        text = cell.text().strip()
        if evidence is not None and text != evidence.description:
            self.session.push(SetEvidenceDescription(self.session, self.item.id, evidence, text))
            self.session.refresh_now()

    # --- links -------------------------------------------------------------------------------
    def _fill_link_menu(self) -> None:
        menu = self.link_menu
        menu.clear()
        evidence, item = self.selected(), self.item
        if evidence is None or item is None:
            return
        current = {k.clause_id for k in evidence.links if k.item_id == item.id}
        choices: list[tuple[str | None, str]] = [(None, self.tr("整个评分项"))]
        choices += [(c.id, c.heading) for c in item.clauses]
        for clause_id, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(clause_id in current)
            action.toggled.connect(lambda on, c=clause_id: self.set_link(c, on))

    def set_link(self, clause_id: str | None, on: bool) -> None:
        evidence, item, session = self.selected(), self.item, self.session
        if evidence is None or item is None or session is None:
            return
        links = [k for k in evidence.links if not (k.item_id == item.id and k.clause_id == clause_id)]
        if on:
            links.append(EvidenceLink(item.id, clause_id))
        if not any(k.item_id == item.id for k in links):
            # The file stays with this item; "移除" is the way to take it away.
            links.append(EvidenceLink(item.id, None))
        new = tuple(links)
        if set(new) != set(evidence.links):
            session.push(SetEvidenceLinks(session, item.id, evidence, new))
            session.refresh_now()
            self.refresh()

    # --- kinds of 证实性材料 ------------------------------------------------------------------
    def _award_kinds(self) -> tuple[EvidenceKind, ...]:
        if self.session is None:
            return ()
        return self.session.service.award_profile(self.session.snapshot.cycle.award_profile).evidence_kinds

    def _fill_kind_menu(self) -> None:
        menu = self.kind_menu
        menu.clear()
        evidence = self.selected()
        if evidence is None:
            return
        for key, name in [
            (None, self.tr("不属于要求的类别")),
            *((k.key, k.name) for k in self._award_kinds()),
        ]:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(evidence.kind == key)
            action.triggered.connect(lambda _=False, k=key: self.set_kind(k))

    def set_kind(self, kind: str | None) -> None:
        evidence, item, session = self.selected(), self.item, self.session
        if evidence is None or item is None or session is None or evidence.kind == kind:
            return
        session.push(SetEvidenceKind(session, item.id, evidence, kind))
        session.refresh_now()
        self.refresh()
