"""In the Chinese interface, Qt's own dialogs and menus speak Chinese too: the file dialog,
message boxes, input and progress dialogs, the editors' context menus, the wizard's buttons and
the print dialog (issue 17). What Qt's catalogue lacks is in resources/i18n/qt_supplement_zh_CN.ts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)

from excellence_app.ui.shell import i18n

ENGLISH = re.compile(r"[A-Za-z]{2,}")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    i18n.install(qapp, "zh")
    yield
    i18n.install(qapp, "zh")


def _words(widget: QWidget) -> Iterator[str]:
    """The words a user reads: titles, labels, buttons, menu entries, tool tips, headers."""
    for w in [widget, *widget.findChildren(QWidget)]:
        yield w.windowTitle()
        yield w.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        for action in w.actions():
            yield action.text()
            yield action.toolTip()
        if isinstance(w, QTreeView) and w.model() is not None:
            model = w.model()
            for column in range(model.columnCount()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _english(widget: QWidget) -> list[str]:
    return sorted({t for t in _words(widget) if ENGLISH.search(t) and not CHINESE.search(t)})


def _file_dialog(mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "选择项目文件")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux desktops
    dialog.setAcceptMode(mode)
    dialog.setNameFilter("项目文件 (*.exa)")
    return dialog


def _message_box() -> QMessageBox:
    box = QMessageBox()
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(
        buttons.Ok
        | buttons.Cancel
        | buttons.Yes
        | buttons.No
        | buttons.Save
        | buttons.Discard
        | buttons.Close
    )
    box.setDetailedText("…")
    return box


def _context_menu(editor_type: type) -> QWidget:
    editor = editor_type()
    editor.setParent(None)
    if isinstance(editor, QLineEdit):
        editor.setText("文字")
    else:
        editor.setPlainText("文字")
    menu = editor.createStandardContextMenu()
    menu._editor = editor  # type: ignore[attr-defined]  # kept alive while the menu is read
    return menu


DIALOGS = {
    "open file": lambda: _file_dialog(QFileDialog.AcceptMode.AcceptOpen),
    "save file": lambda: _file_dialog(QFileDialog.AcceptMode.AcceptSave),
    "message box": _message_box,
    "input dialog": QInputDialog,
    "progress dialog": QProgressDialog,
    "line edit menu": lambda: _context_menu(QLineEdit),
    "text edit menu": lambda: _context_menu(QTextEdit),
    "plain text menu": lambda: _context_menu(QPlainTextEdit),
    "wizard": QWizard,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_qt_dialogs_have_no_english_words_in_the_chinese_interface(chinese, qtbot, name: str) -> None:
    widget = DIALOGS[name]()
    widget.ensurePolished()
    assert _english(widget) == []


def test_print_dialog_is_chinese(chinese, qtbot) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    assert _english(dialog) == []


def test_the_supplement_overrides_qt_where_it_words_badly(chinese) -> None:
    # qtbase_zh_CN calls a file's size 体积 (volume); the supplement says 大小.
    assert QCoreApplication.translate("QFileSystemModel", "Size") == "大小"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    # the type column of the file list: "Folder", "exa File"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "%1 File") == "%1 文件"


def test_english_interface_does_not_load_the_chinese_supplement(qapp) -> None:
    try:
        i18n.install(qapp, "en")
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    finally:
        i18n.install(qapp, "zh")
