"""The keyboard shortcut list, made from the window's own actions each time it is shown, so
it never drifts from what the keys do; plus the keys pages handle themselves, which are no
actions of the window (the response editor's, the presentation's, the tables')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

_CONTEXT = "HelpShortcuts"

# (keys, what, where): source strings, translated in the HelpShortcuts context. The keys
# are those of ui/widgets/rich_text.py (the item page's editor), ui/present/page.py and
# the Delete and Paste shortcuts of ui/actions/page.py and ui/indicators/.
FIXED: tuple[tuple[str, str, str], ...] = (
    (
        "Ctrl+B",
        QT_TRANSLATE_NOOP(_CONTEXT, "加粗所选文字"),
        QT_TRANSLATE_NOOP(_CONTEXT, "评分项页面 · 撰写回答"),
    ),
    (
        "Ctrl+V",
        QT_TRANSLATE_NOOP(_CONTEXT, "粘贴，保留段落、列表、加粗和表格"),
        QT_TRANSLATE_NOOP(_CONTEXT, "评分项页面 · 撰写回答"),
    ),
    (
        "Ctrl+V",
        QT_TRANSLATE_NOOP(_CONTEXT, "粘贴从 Excel 或 WPS 复制的表格"),
        QT_TRANSLATE_NOOP(_CONTEXT, "结果指标"),
    ),
    ("Delete", QT_TRANSLATE_NOOP(_CONTEXT, "删除所选单元格的数据"), QT_TRANSLATE_NOOP(_CONTEXT, "结果指标")),
    ("Delete", QT_TRANSLATE_NOOP(_CONTEXT, "删除所选改进计划"), QT_TRANSLATE_NOOP(_CONTEXT, "改进计划")),
    ("F5", QT_TRANSLATE_NOOP(_CONTEXT, "全屏演示"), QT_TRANSLATE_NOOP(_CONTEXT, "培训演示")),
    (
        "← / →, PageUp / PageDown",
        QT_TRANSLATE_NOOP(_CONTEXT, "上一页、下一页"),
        QT_TRANSLATE_NOOP(_CONTEXT, "培训演示"),
    ),
    ("Home / End", QT_TRANSLATE_NOOP(_CONTEXT, "第一页、最后一页"), QT_TRANSLATE_NOOP(_CONTEXT, "培训演示")),
    ("Esc", QT_TRANSLATE_NOOP(_CONTEXT, "退出全屏"), QT_TRANSLATE_NOOP(_CONTEXT, "培训演示")),
)


@dataclass(frozen=True)
class Shortcut:
    keys: str
    what: str
    where: str


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def plain(text: str) -> str:
    """A menu text as read: without its mnemonic ("文件(&F)", "&Open") and trailing dots."""
    text = re.sub(r"\(&.\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…. ").strip()


def _menu_of(action: QAction) -> str:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return plain(owner.title())
    return QCoreApplication.translate(_CONTEXT, "窗口")


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """Every action of the window that has a shortcut, by menu, then the fixed keys."""
    rows: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = ", ".join(key_text(k) for k in action.shortcuts() if not k.isEmpty())
        if not keys:
            continue
        row = Shortcut(keys, plain(action.text()), _menu_of(action))
        if (row.keys, row.what) not in seen:
            seen.add((row.keys, row.what))
            rows.append(row)
    rows.sort(key=lambda r: r.where)  # stable: within a menu, the menu's own order
    for keys, what, where in FIXED:
        rows.append(
            Shortcut(
                keys, QCoreApplication.translate(_CONTEXT, what), QCoreApplication.translate(_CONTEXT, where)
            )
        )
    return rows


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def shortcuts_markdown(window: QWidget) -> str:
    tr = QCoreApplication.translate
    lines = [
        f"| {tr(_CONTEXT, '快捷键')} | {tr(_CONTEXT, '作用')} | {tr(_CONTEXT, '位置')} |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {_cell(r.keys)} | {_cell(r.what)} | {_cell(r.where)} |" for r in window_shortcuts(window)]
    return "\n".join(lines) + "\n"
