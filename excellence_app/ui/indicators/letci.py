"""LeTCI badges for a results indicator: 水平, 趋势, 对比, 整合, each shown green (shown
and favourable), amber (shown but short of what examiners look for) or red (not shown).

The judgements come from core (summary.analyse_indicator); this module only decides the
colour of each badge and the words on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from excellence_app.core.results import IndicatorAnalysis
from excellence_app.ui.shell import i18n

FACTORS = ("level", "trend", "comparison", "integration")
NAMES = {
    "level": QT_TRANSLATE_NOOP("Letci", "水平"),
    "trend": QT_TRANSLATE_NOOP("Letci", "趋势"),
    "comparison": QT_TRANSLATE_NOOP("Letci", "对比"),
    "integration": QT_TRANSLATE_NOOP("Letci", "整合"),
}
# One or two letters for the chips in the table's LeTCI column.
SHORT = {
    "level": QT_TRANSLATE_NOOP("Letci", "水"),
    "trend": QT_TRANSLATE_NOOP("Letci", "趋"),
    "comparison": QT_TRANSLATE_NOOP("Letci", "比"),
    "integration": QT_TRANSLATE_NOOP("Letci", "整"),
}
STATE_WORDS = {
    "ok": QT_TRANSLATE_NOOP("Letci", "已体现"),
    "warn": QT_TRANSLATE_NOOP("Letci", "需加强"),
    "missing": QT_TRANSLATE_NOOP("Letci", "缺失"),
}
COLORS = {  # background, text, border
    "ok": ("#e3f4ea", "#1e6b3a", "#9fd3b0"),
    "warn": ("#fff4dc", "#8d5a0f", "#f0c674"),
    "missing": ("#fde8e8", "#a61b1b", "#f1a9a9"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Letci", text)


@dataclass(frozen=True)
class Badge:
    factor: str
    state: str  # ok | warn | missing
    gaps: tuple[str, ...]  # what examiners would miss, in the interface language

    @property
    def name(self) -> str:
        return tr(NAMES[self.factor])

    @property
    def short(self) -> str:
        return tr(SHORT[self.factor])

    def tooltip(self) -> str:
        words = tr(STATE_WORDS[self.state])
        return "\n".join(
            [f"{self.name}：{words}" if not i18n.english() else f"{self.name}: {words}", *self.gaps]
        )


def _state(a: IndicatorAnalysis, factor: str) -> str:
    if factor == "level":
        if not a.level:
            return "missing"
        return "warn" if a.target_met is False else "ok"
    if factor == "trend":
        if a.periods == 0:
            return "missing"
        return "ok" if a.trend and a.direction != "worsening" else "warn"
    if factor == "comparison":
        if not a.comparison:
            return "missing"
        return "ok" if all(c.beaten for c in a.comparisons) else "warn"
    return "ok" if a.integration else "missing"


def badges(a: IndicatorAnalysis) -> tuple[Badge, ...]:
    english = i18n.english()
    out = []
    for factor in FACTORS:
        gaps = tuple(g.en if english else g.zh for g in a.gaps if g.factor == factor)
        out.append(Badge(factor, _state(a, factor), gaps))
    return tuple(out)


def color(state: str, part: int) -> QColor:
    return QColor(COLORS[state][part])


def badge_style(state: str) -> str:
    background, text, border = COLORS[state]
    return (
        f"QLabel {{ background: {background}; color: {text}; border: 1px solid {border};"
        " border-radius: 10px; padding: 2px 10px; font-weight: bold; }"
    )


class BadgeRow(QWidget):
    """The four badges of one indicator, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.labels: dict[str, QLabel] = {}
        for factor in FACTORS:
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
            self.labels[factor] = label
        layout.addStretch(1)
        self.states: dict[str, str] = {}

    def show_badges(self, items: tuple[Badge, ...] | None) -> None:
        self.states = {}
        for label in self.labels.values():
            label.setVisible(items is not None)
        for badge in items or ():
            label = self.labels[badge.factor]
            label.setText(badge.name)
            label.setStyleSheet(badge_style(badge.state))
            label.setToolTip(badge.tooltip())
            label.setAccessibleName(f"{badge.name} {tr(STATE_WORDS[badge.state])}")
            self.states[badge.factor] = badge.state
