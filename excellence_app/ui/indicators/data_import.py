"""Getting indicator data in: a block pasted from Excel or WPS, or a CSV file, read by
core.tabular and added as one undo step; a block that cannot be read is refused whole,
with every cell named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableView, QWidget

from excellence_app.core.errors import AppError
from excellence_app.core.tabular import BlockError, normalise, parse_block
from excellence_app.ui.indicators.commands import ImportBlock
from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.ui.indicators.model import IndicatorTableModel
    from excellence_app.ui.shell.commands_base import SessionCommand
    from excellence_app.ui.shell.session import ProjectSession

MAX_FILE_BYTES = 5 * 1024 * 1024
SHOWN_PROBLEMS = 12
# Excel in a Chinese locale saves "CSV" in the system code page (GBK); newer ones write UTF-8
# with a byte-order mark; "Unicode text" is UTF-16. Tried in this order.
ENCODINGS = ("utf-8-sig", "gb18030")


def problems_text(error: BlockError) -> str:
    """Every problem of a refused block, one line each, in the interface language."""
    english = i18n.english()
    lines = []
    for p in error.problems[:SHOWN_PROBLEMS]:
        if english:
            lines.append(f"Row {p.row}, column {p.column}: {p.en}")
        else:
            lines.append(f"第 {p.row} 行第 {p.column} 列：{p.zh}")
    more = len(error.problems) - SHOWN_PROBLEMS
    if more > 0:
        lines.append(QCoreApplication.translate("IndicatorImport", "……另有 {0} 处问题").format(more))
    head = QCoreApplication.translate(
        "IndicatorImport", "数据没有导入。请在表格中改正下列单元格后重新复制粘贴："
    )
    return head + "\n\n" + "\n".join(lines)


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AppError(
        "无法识别文件的文字编码，请在 Excel 中另存为“CSV UTF-8”后再导入",
        "the file's text encoding is not recognised; save it as CSV UTF-8 and import again",
    )


def read_table_file(path: Path) -> tuple[str, str | None]:
    """The text of a CSV (or tab-separated text) file and the delimiter to read it with."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AppError(
                f"文件太大（{size:,} 字节），指标数据文件一般不超过 5 MB",
                f"the file is too large ({size:,} bytes); indicator data stays under 5 MB",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise AppError(
            f"无法读取文件 {path.name}：{exc.strerror or exc}",
            f"cannot read {path.name}: {exc.strerror or exc}",
        ) from None
    text = decode(data)
    delimiter = "," if path.suffix.lower() == ".csv" and "\t" not in text else None
    return text, delimiter


def single_value(text: str) -> str | None:
    """The clipboard's text when it is one cell (no tab, one line): it goes into the current cell."""
    stripped = text.strip("\r\n")
    if "\t" in stripped or "\n" in stripped or "\r" in stripped:
        return None
    return stripped


def period_label(text: str) -> str:
    """A period as typed for a new column: full-width digits folded, “2027年” read as 2027."""
    label = normalise(text)
    return label[:-1] if len(label) == 5 and label.endswith("年") and label[:4].isdigit() else label


class PasteAndImport(QObject):
    """Pastes and imports into the indicator table of the page's item: Ctrl+V in ``table``,
    and ``paste_block`` and ``import_csv`` for the page's buttons. An import is pushed
    through ``push``, reported through ``status`` and its first new row selected."""

    def __init__(
        self,
        owner: QWidget,
        table: QTableView,
        model: IndicatorTableModel,
        *,
        session: Callable[[], ProjectSession | None],
        item: Callable[[], str | None],
        push: Callable[[SessionCommand], bool],
        status: Callable[[str], None],
        select: Callable[[int], object],
    ) -> None:
        super().__init__(owner)
        self.owner, self.table, self.model = owner, table, model
        self.session, self.item = session, item
        self.push, self.status, self.select = push, status, select
        shortcut = QShortcut(QKeySequence.StandardKey.Paste, table, self.paste)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def paste(self) -> None:
        """Ctrl+V in the table: one value goes into the current cell, a block is imported."""
        text = QApplication.clipboard().text()
        value = single_value(text)
        index = self.table.currentIndex()
        if value is not None and index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.model.setData(index, value)
            return
        self.import_text(text)

    def paste_block(self) -> None:
        self.import_text(QApplication.clipboard().text())

    def import_csv(self) -> None:
        session = self.session()
        if session is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.owner,
            self.tr("导入指标数据"),
            str(session.folder),
            self.tr("表格数据 (*.csv *.txt);;所有文件 (*)"),
        )
        if not chosen:
            return
        try:
            text, delimiter = read_table_file(Path(chosen))
        except AppError as exc:
            QMessageBox.warning(self.owner, self.tr("导入指标数据"), i18n.error_text(exc))
            return
        self.import_text(text, delimiter)

    def import_text(self, text: str, delimiter: str | None = None) -> bool:
        """Read a block (header row of periods, one indicator a row) and add it as one step."""
        session, item_id = self.session(), self.item()
        if session is None or item_id is None:
            return False
        if not text.strip():
            QMessageBox.information(
                self.owner,
                self.tr("粘贴表格"),
                self.tr("剪贴板中没有表格。请先在 Excel 或 WPS 中复制含表头的区域。"),
            )
            return False
        try:
            block = parse_block(text, delimiter)
        except BlockError as exc:
            QMessageBox.warning(self.owner, self.tr("表格有误，未导入"), problems_text(exc))
            return False
        command = ImportBlock(session, item_id, block)
        if not self.push(command):
            return False
        added, updated = command.result
        self.status(
            self.tr("已导入 {0} 个指标：新增 {1} 个，更新 {2} 个。").format(added + updated, added, updated)
        )
        if command.added_ids:
            self.select(command.added_ids[0])
        return True
