"""The words beside an indicator's chart: its level against the target, its trend, how it
stands against each comparison and what it is linked to, all read from core's analysis;
and the gaps an examiner would note, in plain language."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from excellence_app.ui.indicators.model import Row, format_value
from excellence_app.ui.shell import i18n

DIRECTION = {
    "improving": QT_TRANSLATE_NOOP("IndicatorAnalysis", "向好"),
    "worsening": QT_TRANSLATE_NOOP("IndicatorAnalysis", "变差"),
    "flat": QT_TRANSLATE_NOOP("IndicatorAnalysis", "基本持平"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorAnalysis", text)


def _line(title: str, text: str) -> str:
    return f"<p style='margin:0 0 6px 0'><b>{html.escape(title)}</b>　{text}</p>"


def analysis_html(row: Row) -> str:
    a, ind = row.analysis, row.indicator
    unit = html.escape(ind.unit)
    parts = []
    if a.current is None:
        level = QCoreApplication.translate("IndicatorAnalysis", "尚无数据")
    else:
        level = QCoreApplication.translate("IndicatorAnalysis", "{0}{1}（{2}）").format(
            format_value(a.current), unit, html.escape(a.current_period or "")
        )
    if a.target is not None and a.target_met is not None:
        met = (
            QCoreApplication.translate("IndicatorAnalysis", "已达到")
            if a.target_met
            else QCoreApplication.translate("IndicatorAnalysis", "未达到")
        )
        level += QCoreApplication.translate("IndicatorAnalysis", "；目标 {0}{1}，{2}").format(
            format_value(a.target), unit, met
        )
    elif a.target is not None:
        level += QCoreApplication.translate("IndicatorAnalysis", "；目标 {0}{1}").format(
            format_value(a.target), unit
        )
    parts.append(_line(QCoreApplication.translate("IndicatorAnalysis", "当前水平"), level))
    better = (
        QCoreApplication.translate("IndicatorAnalysis", "越大越好")
        if ind.better == "up"
        else QCoreApplication.translate("IndicatorAnalysis", "越小越好")
    )
    if a.direction is None:
        trend = QCoreApplication.translate("IndicatorAnalysis", "{0} 期数据，不足以判断趋势（{1}）").format(
            a.periods, better
        )
    else:
        trend = QCoreApplication.translate("IndicatorAnalysis", "{0} 期数据，{1}（{2}）").format(
            a.periods, tr(DIRECTION[a.direction]), better
        )
    parts.append(_line(QCoreApplication.translate("IndicatorAnalysis", "趋势"), trend))
    if a.comparisons:
        rows = []
        for c in a.comparisons:
            verdict = (
                QCoreApplication.translate("IndicatorAnalysis", "领先")
                if c.beaten
                else QCoreApplication.translate("IndicatorAnalysis", "落后")
            )
            rows.append(
                QCoreApplication.translate(
                    "IndicatorAnalysis", "{0}（{1}）：本组织 {2}，对方 {3}，{4}"
                ).format(
                    html.escape(c.name),
                    html.escape(c.period),
                    format_value(c.ours),
                    format_value(c.theirs),
                    verdict,
                )
            )
        parts.append(_line(QCoreApplication.translate("IndicatorAnalysis", "对比"), "<br>".join(rows)))
    else:
        parts.append(
            _line(
                QCoreApplication.translate("IndicatorAnalysis", "对比"),
                QCoreApplication.translate("IndicatorAnalysis", "无可比数据"),
            )
        )
    link = html.escape(ind.strategic_link.strip()) or QCoreApplication.translate(
        "IndicatorAnalysis", "未关联"
    )
    parts.append(_line(QCoreApplication.translate("IndicatorAnalysis", "整合"), link))
    return "".join(parts)


def gaps_html(row: Row) -> str:
    """What is missing or adverse, one line per gap; empty when nothing is."""
    english = i18n.english()
    gaps = [html.escape(g.en if english else g.zh) for g in row.analysis.gaps]
    if not gaps:
        return ""
    items = "".join(f"<li>{g}</li>" for g in gaps)
    title = html.escape(QCoreApplication.translate("IndicatorAnalysis", "评审员会关注"))
    return f"<b>{title}</b><ul style='margin:2px 0 0 -24px'>{items}</ul>"
