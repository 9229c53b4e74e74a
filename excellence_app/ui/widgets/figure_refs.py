"""Figure references in the text: “（见图4.7.2-1）” for an indicator's chart.

The text holds the label itself, as the application package prints it. Labels follow the
indicators' order in their item (core.summary.figure_labels); when indicators move or are
deleted, the indicator services rewrite the labels in the cycle's texts in the same
transaction, so a reference keeps pointing at its chart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from excellence_app.core.snapshots import CycleSnapshot
from excellence_app.core.summary import figure_labels
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.session import ProjectSession


def reference(label: str) -> str:
    return f"（见{label}）"


def insert_reference(editor: QTextEdit, label: str, at_end: bool = False) -> None:
    """Insert the reference at the editor's cursor (or at the end of its text)."""
    cursor = editor.textCursor()
    if at_end:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(reference(label))
    editor.setTextCursor(cursor)


def _fill(menu: QMenu, snap: CycleSnapshot, item_id: str, editor: QTextEdit) -> int:
    labels = figure_labels(snap)
    indicators = snap.indicators_for(item_id)
    for ind in indicators:
        label = labels[ind.id]
        action = menu.addAction(f"{label}  {ind.name}")
        action.setData(label)
        action.triggered.connect(lambda _=False, text=label: insert_reference(editor, text))
    return len(indicators)


def add_menu(menu: QMenu, session: ProjectSession, item_id: str | None, editor: QTextEdit) -> QMenu:
    """Add “插入图号引用” to an editor's context menu: the item's figures, or for any other
    text the figures of every results item."""
    menu.addSeparator()
    sub = menu.addMenu(QCoreApplication.translate("FigureRefs", "插入图号引用"))
    snap = session.snapshot
    framework = session.framework
    if item_id and framework.item(item_id).kind == "results":
        count = _fill(sub, snap, item_id, editor)
    else:
        count = 0
        for item in framework.items():
            if item.kind != "results" or not snap.indicators_for(item.id):
                continue
            group = sub.addMenu(f"{item.id} {i18n.title(item.title, item.title_en)}")
            count += _fill(group, snap, item.id, editor)
    if not count:
        empty = sub.addAction(
            QCoreApplication.translate("FigureRefs", "（尚无指标，请先在“结果指标”页添加）")
        )
        empty.setEnabled(False)
    return sub
