"""Help → 关于: the program's version, the versions of what it runs on, and the bundled
fonts with their licences (read from resources/fonts/README.md and the licence files
beside it), each licence readable in full."""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from excellence_app import __version__, paths

# The libraries the documents and the project file rest on, by their distribution names.
LIBRARIES: tuple[tuple[str, str], ...] = (
    ("SQLAlchemy", "SQLAlchemy"),
    ("ReportLab", "reportlab"),
    ("openpyxl", "openpyxl"),
    ("python-docx", "python-docx"),
    ("pydantic", "pydantic"),
)


@dataclass(frozen=True)
class BundledFont:
    file: str
    licence: str  # the licence's name as the fonts' README gives it
    licence_files: tuple[Path, ...]


def versions() -> list[tuple[str, str]]:
    rows = [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
    ]
    for label, dist in LIBRARIES:
        try:
            rows.append((label, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            rows.append((label, "—"))
    return rows


def bundled_fonts(folder: Path | None = None) -> list[BundledFont]:
    """The README's font table: one row per .ttf, its licence and the files that hold it.
    A row that says "same as X" takes X's licence."""
    folder = folder or paths.fonts_dir()
    readme = folder / "README.md"
    fonts: list[BundledFont] = []
    if not readme.is_file():
        return fonts
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        head = re.match(r"`([^`]+\.ttf)`", cells[0]) if line.startswith("|") else None
        if head is None:
            continue
        cell = cells[-1]
        named = tuple(folder / n for n in re.findall(r"`([^`]+)`", cell) if (folder / n).is_file())
        name = cell.split(":")[0].strip()
        if not named:
            earlier = next((f for f in fonts if Path(f.file).stem in cell), fonts[-1] if fonts else None)
            if earlier is not None:
                name, named = earlier.licence, earlier.licence_files
        fonts.append(BundledFont(head.group(1), name, named))
    return fonts


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # older licence texts are Latin-1


def fit_height(table: QTableWidget) -> None:
    """Tall enough for every row: the lists are short, and a scroll bar would hide a licence."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class LicenceDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(path.name)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(read_text(path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 620)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于卓越绩效自评"))
        self.licence: LicenceDialog | None = None
        self.fonts = bundled_fonts()
        heading = QLabel(
            self.tr(
                "<h2>卓越绩效自评 {0}</h2>"
                "<p>依据 GB/T 19580-2012《卓越绩效评价准则》的自我评价工具。<br>"
                "所有内容保存在一个项目文件（.exa）中，每次修改即时保存。</p>"
                "<p>本程序以 GPL-3.0 或更新版本的许可证发布。</p>"
            ).format(__version__),
            self,
        )
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versions = self._table([self.tr("组件"), self.tr("版本")], versions())
        font_rows = [(f.file, f.licence) for f in self.fonts]
        self.font_table = self._table([self.tr("字体"), self.tr("许可证"), self.tr("许可证全文")], font_rows)
        for row, font in enumerate(self.fonts):
            self.font_table.setCellWidget(row, 2, self._licence_buttons(font.licence_files))
        self.font_table.resizeColumnsToContents()
        self.font_table.resizeRowsToContents()
        fit_height(self.font_table)
        readme = QPushButton(self.tr("字体说明…"), self)
        readme.clicked.connect(lambda: self.show_licence(paths.fonts_dir() / "README.md"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(readme, QDialogButtonBox.ButtonRole.HelpRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("运行环境"), self))
        layout.addWidget(self.versions)
        layout.addWidget(QLabel(self.tr("随程序提供的字体（用于界面和导出的文档）"), self))
        layout.addWidget(self.font_table)
        layout.addWidget(buttons)
        self.resize(780, self.sizeHint().height())

    def _table(self, headers: list[str], rows: list[tuple[str, str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        fit_height(table)
        return table

    def _licence_buttons(self, files: tuple[Path, ...]) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(2, 0, 2, 0)
        for path in files:
            button = QPushButton(path.name, holder)
            button.setObjectName(f"licence:{path.name}")
            button.clicked.connect(lambda _=False, p=path: self.show_licence(p))
            row.addWidget(button)
        row.addStretch(1)
        return holder

    def licence_buttons(self) -> list[QPushButton]:
        return [b for b in self.findChildren(QPushButton) if b.objectName().startswith("licence:")]

    def show_licence(self, path: Path) -> LicenceDialog:
        self.licence = LicenceDialog(path, self)
        self.licence.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.licence.open()
        return self.licence
