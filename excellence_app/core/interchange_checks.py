"""What only the whole interchange document can tell: ids against the framework, references.

Run after :func:`core.interchange.load_document`; each refusal names the place in
the document, in the same notation pydantic's errors use.
"""

from __future__ import annotations

from collections.abc import Collection

from excellence_app.core.framework import FACTORS_BY_KIND, Framework, clause_label
from excellence_app.core.interchange import CycleDoc, ProjectDocument, document_error


class _Checker:
    def __init__(self, fw: Framework) -> None:
        self.fw = fw
        self.items = {item.id: item for item in fw.items()}
        self.clause_item = {clause.id: item.id for item, clause in fw.clauses()}
        self.sections = {s.id for s in fw.profile_sections}

    def item(self, item_id: str, path: str, kind: str | None = None) -> None:
        if item_id not in self.items:
            raise document_error(
                path,
                f"评分项 {item_id} 不在评价框架 {self.fw.id} 中",
                f"item {item_id} is not in framework {self.fw.id}",
            )
        if kind is not None and self.items[item_id].kind != kind:
            raise document_error(
                path, f"评分项 {item_id} 不是结果类评分项", f"item {item_id} is not a results item"
            )

    def clause(self, clause_id: str, path: str, item_id: str | None = None) -> None:
        if clause_id not in self.clause_item:
            raise document_error(
                path,
                f"条款 {clause_id} 不在评价框架 {self.fw.id} 中",
                f"clause {clause_id} is not in framework {self.fw.id}",
            )
        if item_id is not None and self.clause_item[clause_id] != item_id:
            raise document_error(
                path,
                f"条款 {clause_label(clause_id)} 不属于评分项 {item_id}",
                f"clause {clause_label(clause_id)} does not belong to item {item_id}",
            )

    def factor(self, item_id: str, factor: str, path: str) -> None:
        allowed = FACTORS_BY_KIND[self.items[item_id].kind]
        if factor not in allowed:
            raise document_error(
                path,
                f"评分项 {item_id} 没有要素 {factor}（可选：{'、'.join(allowed)}）",
                f"item {item_id} has no factor {factor} (one of {', '.join(allowed)})",
            )


def _unique(values: list[str], path: str, what_zh: str, what_en: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise document_error(path.format(i), f"{what_zh} {value} 重复", f"duplicate {what_en} {value}")
        seen.add(value)


def check_document(
    doc: ProjectDocument, fw: Framework, builtin_awards: Collection[str], max_evidence_bytes: int
) -> None:
    """Refuse the first reference that does not hold; the document's shape is already checked."""
    check = _Checker(fw)
    if doc.organisation.framework != fw.id:
        raise document_error("organisation.framework", f"应为 {fw.id}", f"must be {fw.id}")
    _unique([a.id for a in doc.award_profiles], "award_profiles[{}].id", "评奖配置编号", "award profile id")
    for i, award in enumerate(doc.award_profiles):
        if award.id in builtin_awards:
            raise document_error(
                f"award_profiles[{i}].id",
                f"{award.id} 是内置评奖配置，不可重新定义",
                f"{award.id} is a built-in award profile and cannot be redefined",
            )
    awards = {*builtin_awards, *(a.id for a in doc.award_profiles)}
    _unique([f.sha256 for f in doc.evidence_files], "evidence_files[{}].sha256", "证据文件", "evidence file")
    for i, file in enumerate(doc.evidence_files):
        if file.size > max_evidence_bytes:
            raise document_error(
                f"evidence_files[{i}].size",
                f"证据文件过大，上限 {max_evidence_bytes // 1048576} MB",
                f"evidence file larger than {max_evidence_bytes // 1048576} MB",
            )
    _unique([c.name for c in doc.cycles], "cycles[{}].name", "评价周期", "cycle")
    files = {f.sha256 for f in doc.evidence_files}
    for ci, cycle in enumerate(doc.cycles):
        path = f"cycles[{ci}]"
        if cycle.award_profile not in awards:
            raise document_error(
                f"{path}.award_profile",
                f"没有评奖配置 {cycle.award_profile}",
                f"no award profile {cycle.award_profile}",
            )
        _check_cycle(check, cycle, path, files)
    used = {e.sha256 for cycle in doc.cycles for e in cycle.evidence}
    for i, file in enumerate(doc.evidence_files):
        if file.sha256 not in used:
            raise document_error(
                f"evidence_files[{i}]",
                "该证据文件未被任何评价周期使用",
                "this evidence file is used by no cycle",
            )


def _check_cycle(check: _Checker, cycle: CycleDoc, path: str, files: set[str]) -> None:
    for section in cycle.profile:
        if section not in check.sections:
            raise document_error(
                f"{path}.profile.{section}",
                f"评价框架中没有概述章节 {section}",
                f"no profile section {section} in the framework",
            )
    for clause in cycle.responses:
        check.clause(clause, f"{path}.responses.{clause}")
    _unique([a.name for a in cycle.assessors], path + ".assessors[{}].name", "评审员", "assessor")
    bands = len(check.fw.bands)
    for ai, assessor in enumerate(cycle.assessors):
        for item_id, score in assessor.scores.items():
            spath = f"{path}.assessors[{ai}].scores.{item_id}"
            check.item(item_id, spath)
            for factor, band in score.factors.items():
                check.factor(item_id, factor, f"{spath}.factors.{factor}")
                if band > bands:
                    raise document_error(
                        f"{spath}.factors.{factor}", f"分数段应为 1–{bands}", f"a band must be 1–{bands}"
                    )
    for item_id in cycle.consensus:
        check.item(item_id, f"{path}.consensus.{item_id}")
    _unique([c.key for c in cycle.comments], path + ".comments[{}].key", "评语编号", "comment key")
    assessors = {a.name for a in cycle.assessors}
    for i, comment in enumerate(cycle.comments):
        cpath = f"{path}.comments[{i}]"
        check.item(comment.item, f"{cpath}.item")
        if comment.clause is not None:
            check.clause(comment.clause, f"{cpath}.clause", comment.item)
        if comment.factor is not None:
            check.factor(comment.item, comment.factor, f"{cpath}.factor")
        if comment.assessor is not None and comment.assessor not in assessors:
            raise document_error(
                f"{cpath}.assessor",
                f"本周期没有评审员 {comment.assessor}",
                f"no assessor {comment.assessor} in this cycle",
            )
    for i, evidence in enumerate(cycle.evidence):
        epath = f"{path}.evidence[{i}]"
        if evidence.sha256 not in files:
            raise document_error(
                f"{epath}.sha256", "该文件不在 evidence_files 中", "this file is not listed in evidence_files"
            )
        seen: set[tuple[str, str | None]] = set()
        for li, link in enumerate(evidence.links):
            check.item(link.item, f"{epath}.links[{li}].item")
            if link.clause is not None:
                check.clause(link.clause, f"{epath}.links[{li}].clause", link.item)
            if (link.item, link.clause) in seen:
                raise document_error(f"{epath}.links[{li}]", "关联重复", "duplicate link")
            seen.add((link.item, link.clause))
    for i, indicator in enumerate(cycle.indicators):
        check.item(indicator.item, f"{path}.indicators[{i}].item", kind="results")
    keys = {c.key for c in cycle.comments}
    for i, action in enumerate(cycle.actions):
        check.item(action.item, f"{path}.actions[{i}].item")
        if action.comment is not None and action.comment not in keys:
            raise document_error(
                f"{path}.actions[{i}].comment",
                f"本周期没有编号为 {action.comment} 的评语",
                f"no comment with key {action.comment} in this cycle",
            )
