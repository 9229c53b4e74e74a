"""The 证实性材料 an award office asks for, against what the cycle holds: for each required
kind (营业执照, 审计报告 × 3 years …) the files given that kind and how many are still missing;
then every other file. One list for the package, ``check`` and the screens."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from excellence_app.core.awards import AwardRules, EvidenceKind
from excellence_app.core.framework import clause_label
from excellence_app.core.snapshots import Evidence


@dataclass(frozen=True)
class KindStatus:
    kind: EvidenceKind
    files: tuple[Evidence, ...]

    @property
    def missing(self) -> int:
        return max(0, self.kind.count - len(self.files))

    def missing_text(self) -> str:
        """尚缺 2 份（需 3 份）, as the list flags a kind with too few files; "" when complete."""
        if not self.missing:
            return ""
        need = f"（需 {self.kind.count} 份）" if self.kind.count > 1 else ""
        return f"尚缺 {self.missing} 份{need}"


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


def citing(files: tuple[Evidence, ...]) -> tuple[str, tuple[str, ...]]:
    """What cites these files: the clauses as printed ("4.1.2 a)、4.2.2.1", or an item's id
    where a file is linked to the whole item), and the items those are in, in the pack's order."""
    links = sorted({k for e in files for k in e.links}, key=lambda k: (k.item_id, k.clause_id or ""))
    clauses = "、".join(dict.fromkeys(clause_label(k.clause_id) if k.clause_id else k.item_id for k in links))
    return clauses, tuple(dict.fromkeys(k.item_id for k in links))


def file_problem(e: Evidence, data_of: Callable[[str], bytes]) -> tuple[str, str] | None:
    """What is wrong with a stored evidence file, (zh, en), or None: every document that lists
    the files says so, even one that prints no checksum."""
    try:
        data = data_of(e.sha256)
    except Exception:  # whatever the store raises (missing row, I/O): the document still gets written
        return f"证实性材料“{e.name}”的文件内容无法读取", f"cannot read the evidence file {e.name}"
    if hashlib.sha256(data).hexdigest() != e.sha256:
        return (
            f"证实性材料“{e.name}”的文件内容与登记的校验值不一致",
            f"the evidence file {e.name} does not match its recorded SHA-256",
        )
    return None


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
