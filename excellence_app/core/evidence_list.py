"""The 证实性材料 an award office asks for, against what the cycle holds: for each required
kind (营业执照, 审计报告 × 3 years …) the files given that kind and how many are still missing;
then every other file. One list for the package, ``check`` and the screens."""

from __future__ import annotations

from dataclasses import dataclass

from excellence_app.core.awards import AwardRules, EvidenceKind
from excellence_app.core.snapshots import Evidence


@dataclass(frozen=True)
class KindStatus:
    kind: EvidenceKind
    files: tuple[Evidence, ...]

    @property
    def missing(self) -> int:
        return max(0, self.kind.count - len(self.files))


@dataclass(frozen=True)
class EvidenceList:
    required: tuple[KindStatus, ...]
    others: tuple[Evidence, ...]  # files of no required kind, in the order they were attached

    @property
    def missing(self) -> tuple[KindStatus, ...]:
        return tuple(k for k in self.required if k.missing)

    def numbers(self) -> dict[int, int]:
        """Evidence id → its number 〔n〕 in the list: required kinds first, then the others."""
        order = [e for k in self.required for e in k.files] + list(self.others)
        return {e.id: n for n, e in enumerate(order, start=1)}


def evidence_list(rules: AwardRules, evidence: tuple[Evidence, ...]) -> EvidenceList:
    keys = {k.key for k in rules.evidence_kinds}
    required = tuple(
        KindStatus(k, tuple(e for e in evidence if e.kind == k.key)) for k in rules.evidence_kinds
    )
    return EvidenceList(required, tuple(e for e in evidence if e.kind not in keys))


def shown_name(name: str) -> str:
    """A file's name as an office reads it: without the extension (".pdf" says nothing to them)."""
    stem, dot, ext = name.rpartition(".")
    return stem if dot and stem and 1 <= len(ext) <= 5 and ext.isalnum() else name


def file_size(size: int) -> str:
    """A file's size as people read it: 512 B, 2.1 KB, 3.4 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
