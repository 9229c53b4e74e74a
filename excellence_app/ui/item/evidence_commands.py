"""Undoable edits of the evidence kept in the project file: attach, detach, relink, describe,
and say which kind of 证实性材料 the award requires it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from excellence_app.core.snapshots import Evidence, EvidenceLink
from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession


class AttachEvidence(SessionCommand):
    def __init__(
        self,
        session: ProjectSession,
        item_id: str,
        name: str,
        data: bytes,
        links: tuple[EvidenceLink, ...],
        description: str = "",
    ) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "添加证据 {0}"), name), item_id)
        self.name, self.data, self.links, self.description = name, data, links, description
        self.made: Evidence | None = None

    @property
    def evidence_id(self) -> int | None:
        return self.made.id if self.made else None

    def do(self) -> None:
        if self.made is not None:  # a redo after an undo: the same file under the same id
            self.service.evidence.restore_evidence(self.cycle_id, self.made, self.data)
            return
        self.made = self.service.evidence.attach_evidence(
            self.cycle_id, self.name, self.data, self.description, self.links
        )

    def undo_it(self) -> None:
        assert self.made is not None
        self.service.evidence.detach_evidence(self.made.id)


class DetachEvidence(SessionCommand):
    def __init__(self, session: ProjectSession, item_id: str, evidence: Evidence, data: bytes) -> None:
        super().__init__(
            session, Words(QT_TRANSLATE_NOOP("Commands", "移除证据 {0}"), evidence.name), item_id
        )
        self.evidence, self.data = evidence, data

    def do(self) -> None:
        self.service.evidence.detach_evidence(self.evidence.id)

    def undo_it(self) -> None:
        self.service.evidence.restore_evidence(self.cycle_id, self.evidence, self.data)


class SetEvidenceLinks(SessionCommand):
    def __init__(
        self, session: ProjectSession, item_id: str, evidence: Evidence, new: tuple[EvidenceLink, ...]
    ) -> None:
        super().__init__(
            session, Words(QT_TRANSLATE_NOOP("Commands", "更改证据关联 {0}"), evidence.name), item_id
        )
        self.evidence_id, self.old, self.new = evidence.id, evidence.links, new

    def do(self) -> None:
        self.service.evidence.set_evidence_links(self.evidence_id, self.new)

    def undo_it(self) -> None:
        self.service.evidence.set_evidence_links(self.evidence_id, self.old)


class SetEvidenceDescription(SessionCommand):
    def __init__(self, session: ProjectSession, item_id: str, evidence: Evidence, new: str) -> None:
        super().__init__(
            session, Words(QT_TRANSLATE_NOOP("Commands", "更改证据说明 {0}"), evidence.name), item_id
        )
        self.evidence_id, self.old, self.new = evidence.id, evidence.description, new

    def do(self) -> None:
        self.service.evidence.set_evidence_description(self.evidence_id, self.new)

    def undo_it(self) -> None:
        self.service.evidence.set_evidence_description(self.evidence_id, self.old)


class SetEvidenceKind(SessionCommand):
    def __init__(self, session: ProjectSession, item_id: str, evidence: Evidence, new: str | None) -> None:
        super().__init__(
            session, Words(QT_TRANSLATE_NOOP("Commands", "更改材料类别 {0}"), evidence.name), item_id
        )
        self.evidence_id, self.old, self.new = evidence.id, evidence.kind, new

    def do(self) -> None:
        self.service.evidence.set_evidence_kind(self.evidence_id, self.new)

    def undo_it(self) -> None:
        self.service.evidence.set_evidence_kind(self.evidence_id, self.old)
