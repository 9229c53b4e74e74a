"""``import-docx``: last year's Word report brought into a cycle's clauses and profile.

:func:`plan_word_import` reads the file and lays the mapping beside what the cycle holds
now; it writes nothing. :func:`apply_word_import` writes the plan in one transaction,
through the same edits the item and profile pages make (``content.set_response``,
``content.set_profile_text``), so the audit trail, the 字数 and the GUI's undo treat each
text as if typed. A text the project already has is never replaced unless ``replace``
says so: without it the import is refused in one line naming the clauses, and nothing is
written. Holding places only ever add to a text.
"""

from __future__ import annotations

from dataclasses import replace as with_fields
from pathlib import Path

from excellence_app.core.changes import Changes
from excellence_app.core.errors import AppError, InvalidValue
from excellence_app.core.framework import clause_label
from excellence_app.core.snapshots import CycleSnapshot, Response
from excellence_app.export.docx_import import WordImportPlan, Write, read_word_report
from excellence_app.export.docx_import.mapping import listing as listing  # the --dry-run lines
from excellence_app.services.project import ProjectService

MAX_NAMED = 8  # clauses named in the refusal line; the rest are counted


def current_text(snap: CycleSnapshot, write: Write) -> str:
    if write.kind == "clause":
        response = snap.responses.get(write.id)
        return response.text if response else ""
    return snap.profile.get(write.id, "")


def plan_word_import(svc: ProjectService, cycle_id: int, path: Path | str) -> WordImportPlan:
    """The mapping of the Word file onto the cycle, with the texts the cycle has now."""
    snap = svc.snapshot(cycle_id)  # first: an unknown cycle is named before the file is read
    plan = read_word_report(Path(path), svc.framework)
    existing = {plan.key(w): current_text(snap, w) for w in plan.writes}
    return with_fields(plan, cycle_id=cycle_id, existing=existing)


def target_names(writes: tuple[Write, ...]) -> list[str]:
    return [clause_label(w.id) if w.kind == "clause" else f"组织概述 {w.id}" for w in writes]


def refusal(conflicts: tuple[Write, ...]) -> InvalidValue:
    names = target_names(conflicts)
    shown = "、".join(names[:MAX_NAMED]) + (f" 等 {len(names)} 处" if len(names) > MAX_NAMED else "")
    shown_en = ", ".join(names[:MAX_NAMED]) + (
        f" and {len(names) - MAX_NAMED} more" if len(names) > MAX_NAMED else ""
    )
    return InvalidValue(
        f"未导入：{shown} 已有内容，导入会覆盖；确需覆盖请加 --replace（图形界面中勾选“覆盖已有内容”）",
        f"not imported: {shown_en} already have text the import would overwrite; "
        "add --replace to overwrite (in the window, tick the box)",
    )


def apply_word_import(svc: ProjectService, cycle_id: int, plan: WordImportPlan, replace: bool) -> Changes:
    """Write the plan in one transaction: all of it, or (on any refusal or failure) nothing."""
    if plan.cycle_id is not None and plan.cycle_id != cycle_id:
        raise InvalidValue("导入计划属于另一个评价周期", "the import plan was made for another cycle")
    if not plan.writes:
        raise AppError(
            f"未导入：在 {plan.source} 中没有找到可识别的条款或组织概述标题",
            f"not imported: no clause or profile heading was recognised in {plan.source}",
        )
    with svc.track() as tracked, svc.batch():
        # Compared again inside the transaction: the project may have changed since the plan.
        snap = svc.snapshot(cycle_id)
        now = with_fields(plan, existing={plan.key(w): current_text(snap, w) for w in plan.writes})
        if now.conflicts and not replace:
            raise refusal(now.conflicts)
        for write in plan.writes:
            before = current_text(snap, write)
            text = write.final_text(before)
            if text == before:
                continue
            if write.kind == "clause":
                svc.content.set_response(cycle_id, write.id, text)
            else:
                svc.content.set_profile_text(cycle_id, write.id, text)
    return tracked.changes


def texts_before(snap: CycleSnapshot, plan: WordImportPlan) -> dict[str, tuple[str, str]]:
    """What the import's targets hold now (text, status): what an undo puts back."""
    out: dict[str, tuple[str, str]] = {}
    for write in plan.writes:
        if write.kind == "clause":
            response = snap.responses.get(write.id) or Response(write.id, "", "empty", None)
            out[plan.key(write)] = (response.text, response.status)
        else:
            out[plan.key(write)] = (snap.profile.get(write.id, ""), "")
    return out


def restore_texts(svc: ProjectService, cycle_id: int, before: dict[str, tuple[str, str]]) -> Changes:
    """Put back the texts :func:`texts_before` read, in one transaction (the GUI's undo)."""
    with svc.track() as tracked, svc.batch():
        for key, (text, status) in before.items():
            kind, target = key.split(":", 1)
            if kind == "clause":
                svc.content.set_response(cycle_id, target, text, status)
            else:
                svc.content.set_profile_text(cycle_id, target, text)
    return tracked.changes
