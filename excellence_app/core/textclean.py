"""Text every document can hold: control and invalid characters replaced by visible marks.

XML 1.0 (inside every .xlsx and .docx) has no place for most control characters, lone
surrogates or U+FFFE/U+FFFF: one such character makes the whole workbook unreadable. The PDF
would silently drop them. So the writers never see them: the services clean the report input
once (:func:`clean_snapshot`), and each change is reported with its place.

The replacement is visible, never a silent deletion, so the reader sees that something was
there: a C0 control or DEL becomes its Unicode control picture (U+2401 ␁ for U+0001, …,
U+2421 ␡ for DEL), which names the very character and which the bundled PDF face draws; a
character without a picture (C1 controls, lone surrogates, U+FFFE, U+FFFF) becomes the
replacement character U+FFFD �. Tab, line feed and carriage return are ordinary text and stay.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from excellence_app.core.framework import clause_label
from excellence_app.core.snapshots import CycleSnapshot

REPLACEMENT = "\ufffd"
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

Warning = tuple[str, str]


def _mark(match: re.Match[str]) -> str:
    cp = ord(match.group())
    if cp < 0x20:
        return chr(0x2400 + cp)
    if cp == 0x7F:
        return "\u2421"
    return REPLACEMENT


def clean_text(text: str) -> tuple[str, bool]:
    """The text with every control or invalid character replaced, and whether any was."""
    if _BAD.search(text) is None:  # the common case: one scan at C speed, no copy
        return text, False
    return _BAD.sub(_mark, text), True


# What each text field is called in a warning; a field not listed is named by its key.
_FIELDS: dict[str, Warning] = {
    "org_name": ("组织名称", "the organisation name"),
    "name": ("名称", "name"),
    "text": ("", ""),
    "rationale": ("理由", "rationale"),
    "agreed_by": ("确认人", "agreed by"),
    "author": ("作者", "author"),
    "description": ("说明", "description"),
    "media_type": ("类型", "media type"),
    "unit": ("单位", "unit"),
    "strategic_link": ("战略关联", "strategic link"),
    "source": ("来源", "source"),
    "period": ("期间", "period"),
    "title": ("标题", "title"),
    "owner": ("负责人", "owner"),
    "expected_effect": ("预期效果", "expected effect"),
}
_KIND = {"strength": ("优势", "strength"), "ofi": ("改进机会", "opportunity")}


def _excerpt(text: str) -> str:
    text = " ".join(clean_text(text)[0].split())
    return text if len(text) <= 12 else text[:12] + "…"


def _place(obj: Any, names: dict[int, str]) -> Warning:
    """Where an object of the snapshot is, in words a user finds it by."""
    kind = type(obj).__name__
    if kind == "CycleInfo":
        return "评价周期", "the cycle"
    if kind == "Response":
        label = clause_label(obj.clause_id)
        return f"条款 {label} 的回答", f"the response to clause {label}"
    if kind == "Assessor":
        return f"评审员“{_excerpt(obj.name)}”", f"assessor {_excerpt(obj.name)}"
    if kind == "AssessorScore":
        who = names.get(obj.assessor_id, "")
        return f"评审员“{who}”对评分项 {obj.item_id} 的评分", f"{who}'s score of item {obj.item_id}"
    if kind == "Consensus":
        return f"评分项 {obj.item_id} 的共识", f"the consensus on item {obj.item_id}"
    if kind == "Comment":
        zh, en = _KIND.get(obj.kind, ("意见", "comment"))
        text = _excerpt(obj.text)
        return f"评分项 {obj.item_id} 的{zh}“{text}”", f"the {en} on item {obj.item_id} ({text})"
    if kind == "Evidence":
        return f"证据文件“{_excerpt(obj.name)}”", f"evidence file {_excerpt(obj.name)}"
    if kind == "Indicator":
        name = _excerpt(obj.name)
        return f"评分项 {obj.item_id} 的指标“{name}”", f"indicator {name} of item {obj.item_id}"
    if kind == "ComparisonSeries":
        return f"对比数据“{_excerpt(obj.name)}”", f"comparison {_excerpt(obj.name)}"
    if kind == "DataPoint":
        return "数据", "data"
    if kind == "ActionPlan":
        title = _excerpt(obj.title)
        return f"评分项 {obj.item_id} 的改进计划“{title}”", f"action plan {title} of item {obj.item_id}"
    return "", ""


def _join(outer: Warning, inner: Warning) -> Warning:
    zh = "的".join(p for p in (outer[0], inner[0]) if p)
    en = " of ".join(p for p in (inner[1], outer[1]) if p)
    return zh, en


class _Cleaner:
    def __init__(self, names: dict[int, str], prefix: Warning) -> None:
        self.names = names
        self.prefix = prefix
        self.found: list[Warning] = []

    def obj(self, obj: Any, where: Warning) -> Any:
        here = _join(where, _place(obj, self.names))
        changes = {}
        for f in fields(obj):
            value = getattr(obj, f.name)
            new = self.value(value, here, f.name)
            if new is not value:
                changes[f.name] = new
        return replace(obj, **changes) if changes else obj

    def value(self, value: Any, where: Warning, name: str, key: str = "") -> Any:
        if isinstance(value, str):
            text, changed = clean_text(value)
            if changed:
                self.report(where, name, key)
            return text if changed else value
        if is_dataclass(value) and not isinstance(value, type):
            return self.obj(value, where)
        if isinstance(value, tuple):
            items = tuple(self.value(v, where, name) for v in value)
            return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
        if isinstance(value, dict):
            items = {k: self.value(v, where, name, str(k)) for k, v in value.items()}
            return items if any(items[k] is not v for k, v in value.items()) else value
        return value

    def report(self, where: Warning, name: str, key: str) -> None:
        if name == "profile":
            field = (f"组织概述 {key}", f"organisation profile section {key}")
        else:
            field = _FIELDS.get(name, (name, name))
        zh, en = _join(where, field)
        self.found.append(
            (
                f"{self.prefix[0]}{zh}含有控制字符或无效字符，导出时已替换为可见符号（如 ␁、�），项目中的原文未改动",
                f"{self.prefix[1]}{en} holds control or invalid characters, shown as marks such as ␁ or � "
                "in the export; the project itself is unchanged",
            )
        )


def clean_snapshot(snap: CycleSnapshot, *, name_cycle: bool = False) -> tuple[CycleSnapshot, list[Warning]]:
    """The snapshot with every text cleaned, and one warning per text that changed.

    ``name_cycle`` starts each warning with the cycle's name, for a cycle other than the
    one being exported (the year-on-year pages read earlier cycles too).
    """
    names = {a.id: clean_text(a.name)[0] for a in snap.assessors}
    cycle = clean_text(snap.cycle.name)[0]
    prefix = (f"评价周期“{cycle}”：", f"cycle {cycle}: ") if name_cycle else ("", "")
    cleaner = _Cleaner(names, prefix)
    return cleaner.obj(snap, ("", "")), cleaner.found
