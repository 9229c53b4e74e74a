"""The scoring guidelines dock: the framework's bands × factors for the current
item's kind, with the band of the current score and the factor judgements marked."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.core.framework import Framework

CURRENT_BG = "#e3f1f5"
CHOSEN_BG = "#fff3c4"
PLAIN_BG = "#ffffff"


def anchor(band: int) -> str:
    return f"band{band}"


def guidelines_html(
    framework: Framework, kind: str, current_band: int | None, factor_bands: dict[str, int]
) -> str:
    factors = framework.factors_for(kind)
    label_width = 96 if i18n.english() else 48  # "Integration" needs room; 方法 does not
    names = "、".join(i18n.title(f.title, f.title_en) for f in factors)
    kind_name = i18n.label(i18n.ITEM_KIND, kind)
    heading = QCoreApplication.translate("Guidelines", "{0}类评分项").format(kind_name)
    factor_line = QCoreApplication.translate("Guidelines", "要素：{0}").format(names)
    how = QCoreApplication.translate(
        "Guidelines", "先判断每个要素落在哪个分数段，再在它们覆盖的范围内给出总体百分比（5 的倍数）。"
    )
    parts = [
        f"<p style='font-weight:bold; font-size:11pt; margin:0'>{html.escape(heading)}</p>",
        f"<p style='color:#52606d; margin-top:2px'>{html.escape(factor_line)}<br/>{html.escape(how)}</p>",
    ]
    marker = html.escape(QCoreApplication.translate("Guidelines", "◀ 当前判断"))
    current_text = html.escape(QCoreApplication.translate("Guidelines", "当前分数所在段"))
    for band in framework.bands:
        is_current = band.number == current_band
        bg = CURRENT_BG if is_current else PLAIN_BG
        border = "#1f6f8b" if is_current else "#e4e7eb"
        title = f"{band.label}"
        if is_current:
            title += f"  · {current_text}"
        rows = [
            f"<tr><td colspan='2' style='padding:4px'><a name='{anchor(band.number)}'></a>"
            f"<b>{html.escape(title)}</b><br/><span style='color:#3e4c59'>{html.escape(band.summary_for(kind))}</span>"
            "</td></tr>"
        ]
        descriptors = getattr(band, kind)
        for factor in factors:
            chosen = factor_bands.get(factor.key) == band.number
            cell_bg = CHOSEN_BG if chosen else bg
            note = f" <b style='color:#8d5a0f'>{marker}</b>" if chosen else ""
            rows.append(
                f"<tr><td width='{label_width}' valign='top' bgcolor='{cell_bg}' style='padding:3px; color:#334e68'>"
                f"<b>{html.escape(i18n.title(factor.title, factor.title_en))}</b></td>"
                f"<td bgcolor='{cell_bg}' style='padding:3px'>{html.escape(descriptors[factor.key])}{note}</td></tr>"
            )
        parts.append(
            f"<table width='100%' cellspacing='0' cellpadding='2' bgcolor='{bg}' "
            f"style='border:1px solid {border}; margin-bottom:8px'>{''.join(rows)}</table>"
        )
    return "".join(parts)
