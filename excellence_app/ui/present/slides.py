"""The slides of the trainer's presentation, built from the framework pack: per item an
overview (summary and clauses), one slide per clause (guidance and key questions),
and the scoring guidelines for its kind (bands × factors, in two halves so the type
stays large). Slides are HTML for a QTextBrowser, sized from one base font size."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from excellence_app.core.framework import Band, Clause, Framework, Item
from excellence_app.ui.consensus.merge_work import joined
from excellence_app.ui.shell import i18n

ACCENT = "#1f6f8b"
INK = "#102a43"
MUTED = "#52606d"
RULE = "#cbd2d9"
HEAD_BACK = "#e3f1f5"
BANDS_PER_SLIDE = 3


def esc(text: str) -> str:
    return html.escape(text)


@dataclass(frozen=True)
class Slide:
    item_id: str
    kind: str  # overview | clause | guide
    clause: Clause | None = None
    bands: tuple[Band, ...] = ()

    def html(self, fw: Framework, px: int) -> str:
        item = fw.item(self.item_id)
        if self.kind == "overview":
            body = _overview(fw, item, px)
        elif self.kind == "clause":
            assert self.clause is not None
            body = _clause(item, self.clause, px)
        else:
            body = _guide(fw, item, self.bands, px)
        return f"<html><body style='font-size:{px}px; color:{INK}; line-height:140%'>{body}</body></html>"


def build_slides(fw: Framework) -> tuple[Slide, ...]:
    slides: list[Slide] = []
    for item in fw.items():
        slides.append(Slide(item.id, "overview"))
        slides += [Slide(item.id, "clause", clause) for clause in item.clauses]
        bands = fw.bands
        for start in range(0, len(bands), BANDS_PER_SLIDE):
            slides.append(Slide(item.id, "guide", bands=tuple(bands[start : start + BANDS_PER_SLIDE])))
    return tuple(slides)


# --- pieces ----------------------------------------------------------------------------------
def _kicker(text: str, px: int) -> str:
    size = round(px * 0.7)
    return f"<p style='color:{ACCENT}; font-size:{size}px; font-weight:bold; margin:0'>{esc(text)}</p>"


def _title(text: str, px: int) -> str:
    size = round(px * 1.5)
    return (
        f"<p style='font-size:{size}px; font-weight:bold; margin:{px // 3}px 0 {px // 2}px 0'>{esc(text)}</p>"
    )


def _heading(text: str, px: int) -> str:
    return f"<p style='color:{ACCENT}; font-weight:bold; margin-top:{px // 2}px'>{esc(text)}</p>"


def _list(tag: str, entries: list[str], px: int) -> str:
    items = "".join(f"<li style='margin-bottom:{px // 4}px'>{entry}</li>" for entry in entries)
    return f"<{tag} style='margin-top:0'>{items}</{tag}>"


def _item_title(item: Item) -> str:
    return f"{item.id} {i18n.title(item.title, item.title_en)}"


def _kind(item: Item) -> str:
    if item.kind == "process":
        return QCoreApplication.translate("Present", "过程类评分项")
    return QCoreApplication.translate("Present", "结果类评分项")


# --- slides ----------------------------------------------------------------------------------
def _overview(fw: Framework, item: Item, px: int) -> str:
    category = fw.category_of(item.id)
    kicker = QCoreApplication.translate("Present", "{0} {1} · {2} · 满分 {3} 分").format(
        category.id, i18n.title(category.title, category.title_en), _kind(item), item.points
    )
    clauses = [f"<b>{esc(c.id)}</b>　{esc(i18n.title(c.title, c.title_en))}" for c in item.clauses]
    out = (
        _kicker(kicker, px)
        + _title(_item_title(item), px)
        + f"<p>{esc(item.summary)}</p>"
        + _heading(QCoreApplication.translate("Present", "本评分项的条款"), px)
        + _list("ul", clauses, px)
    )
    if item.links:
        links = QCoreApplication.translate("Present", "相关评分项：{0}").format(
            ("; " if i18n.english() else "；").join(item.links)
        )
        out += f"<p style='color:{MUTED}; font-size:{round(px * 0.75)}px'>{esc(links)}</p>"
    return out


def _clause(item: Item, clause: Clause, px: int) -> str:
    n = next(i for i, c in enumerate(item.clauses, start=1) if c.id == clause.id)
    kicker = QCoreApplication.translate("Present", "{0} · 条款 {1}/{2}").format(
        _item_title(item), n, len(item.clauses)
    )
    out = _kicker(kicker, px) + _title(clause.heading, px)
    if clause.guidance:
        out += f"<p>{esc(clause.guidance)}</p>"
    if clause.questions:
        out += _heading(QCoreApplication.translate("Present", "关键问题"), px)
        out += _list("ol", [esc(q) for q in clause.questions], px)
    return out


def _guide(fw: Framework, item: Item, bands: tuple[Band, ...], px: int) -> str:
    factors = fw.factors_for(item.kind)
    names = joined([i18n.title(f.title, f.title_en) for f in factors])
    kicker = QCoreApplication.translate("Present", "{0} · 评分指南（{1}：{2}）").format(
        _item_title(item), _kind(item), names
    )
    title = QCoreApplication.translate("Present", "分数段 {0} 至 {1}").format(bands[0].label, bands[-1].label)
    pad, small = px // 3, round(px * 0.72)
    width = round(88 / len(factors))
    band_head = QCoreApplication.translate("Present", "分数段")
    head = f"<th style='background:{HEAD_BACK}; padding:{pad}px'>{esc(band_head)}</th>" + "".join(
        f"<th style='background:{HEAD_BACK}; padding:{pad}px' width='{width}%'>"
        f"{esc(i18n.title(f.title, f.title_en))}</th>"
        for f in factors
    )
    rows = ""
    for n, band in enumerate(bands):
        descriptors = getattr(band, item.kind)
        cells = "".join(
            f"<td style='padding:{pad}px; font-size:{small}px' valign='top'>{esc(descriptors[f.key])}</td>"
            for f in factors
        )
        back = "#ffffff" if n % 2 else "#f8fafb"
        label = f"<td style='padding:{pad}px; font-weight:bold; color:{ACCENT}' valign='top' width='12%'>"
        rows += f"<tr bgcolor='{back}'>{label}{esc(band.label)}</td>{cells}</tr>"
    table = (
        f"<table width='100%' cellspacing='0' cellpadding='0' border='1' style='border-color:{RULE}'>"
        f"<tr>{head}</tr>{rows}</table>"
    )
    return _kicker(kicker, px) + _title(title, px) + table
