"""Evidence files kept inside the project file and linked to items and clauses."""

from __future__ import annotations

import hashlib
import mimetypes
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import InvalidValue, NotFound
from excellence_app.core.snapshots import Evidence, EvidenceLink
from excellence_app.services import reader
from excellence_app.services.base import ServiceBase, check_name, check_text, now
from excellence_app.storage import failures, rows

# The ORM is imported inside the methods that write: exports read evidence files through
# plain rows and must not pay for importing it.

DEFAULT_MAX_EVIDENCE = 50 * 1024 * 1024


class EvidenceEdits(ServiceBase):
    max_evidence_bytes = DEFAULT_MAX_EVIDENCE

    def attach_evidence_file(
        self, cycle_id: int, path: Path, description: str = "", links: Iterable[EvidenceLink] = ()
    ) -> Evidence:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InvalidValue(
                f"无法读取证据文件 {path}", f"cannot read evidence file {path}: {exc}"
            ) from None
        self._check_size(size, path.name)
        return self.attach_evidence(cycle_id, path.name, path.read_bytes(), description, links)

    def _check_size(self, size: int, name: str) -> None:
        if size > self.max_evidence_bytes:
            limit = self.max_evidence_bytes // (1024 * 1024)
            raise InvalidValue(
                f"证据文件 {name} 太大（{size / 1048576:.1f} MB），单个文件上限 {limit} MB",
                f"evidence file {name} is too large ({size / 1048576:.1f} MB); limit {limit} MB",
            )

    def attach_evidence(
        self,
        cycle_id: int,
        name: str,
        data: bytes,
        description: str = "",
        links: Iterable[EvidenceLink] = (),
        media_type: str | None = None,
        *,
        kind: str | None = None,
        restore: Evidence | None = None,
    ) -> Evidence:
        """Store a file in the project; ``restore`` puts back a detached one with its id and date."""
        from excellence_app.storage import models as m

        name = check_name(name, "文件名")
        description = check_text(description, "证据说明", 5000)
        self._check_size(len(data), name)
        links = tuple(links)
        for link in links:
            self._check_link(link)
        kind = _check_kind(kind)
        digest = hashlib.sha256(data).hexdigest()
        media = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self._tx() as s:
            self._cycle(s, cycle_id)
            if s.get(m.EvidenceBlob, digest) is None:
                s.add(m.EvidenceBlob(sha256=digest, data=data))
            self._free_id(s, m.EvidenceRow, restore.id if restore else None)
            row = m.EvidenceRow(
                id=restore.id if restore else None,
                cycle_id=cycle_id,
                sha256=digest,
                name=name,
                media_type=media,
                size=len(data),
                description=description,
                added_at=restore.added_at if restore else now(),
                kind=kind,
            )
            row.links = [m.EvidenceLinkRow(item_id=k.item_id, clause_id=k.clause_id) for k in links]
            s.add(row)
            s.flush()
            self._audit(s, cycle_id, "evidence.attach", name, {"sha256": digest, "size": len(data)})
            made = reader.evidence(row, row.links)
        self._report(Changes.of("evidence", [made.id], cycle=cycle_id))
        return made

    def restore_evidence(self, cycle_id: int, evidence: Evidence, data: bytes) -> Evidence:
        """Put back a detached file as it was: same id, name, description, links and date."""
        return self.attach_evidence(
            cycle_id,
            evidence.name,
            data,
            evidence.description,
            evidence.links,
            media_type=evidence.media_type,
            kind=evidence.kind,
            restore=evidence,
        )

    def _check_link(self, link: EvidenceLink) -> None:
        self._check_item(link.item_id)
        if link.clause_id:
            self._check_clause(link.clause_id, link.item_id)

    def detach_evidence(self, evidence_id: int) -> Changes:
        from sqlalchemy import select

        from excellence_app.storage import models as m

        with self._tx() as s:
            row = self._get(s, m.EvidenceRow, evidence_id, "证据", "evidence")
            sha, cycle_id, name = row.sha256, row.cycle_id, row.name
            s.delete(row)
            s.flush()
            if s.scalars(select(m.EvidenceRow.id).filter_by(sha256=sha)).first() is None:
                s.delete(s.get_one(m.EvidenceBlob, sha))
            self._audit(s, cycle_id, "evidence.detach", name)
        return self._report(Changes.of("evidence", [evidence_id], cycle=cycle_id))

    def set_evidence_links(self, evidence_id: int, links: Iterable[EvidenceLink]) -> Evidence:
        from excellence_app.storage import models as m

        links = tuple(dict.fromkeys(links))
        for link in links:
            self._check_link(link)
        with self._tx() as s:
            row = self._get(s, m.EvidenceRow, evidence_id, "证据", "evidence")
            # Keep the rows of links that stay: replacing them all would insert a link that is
            # still there before deleting it, and break the unique constraint.
            kept = {(k.item_id, k.clause_id): k for k in row.links}
            row.links = [
                kept.get((k.item_id, k.clause_id))
                or m.EvidenceLinkRow(item_id=k.item_id, clause_id=k.clause_id)
                for k in links
            ]
            s.flush()
            self._audit(
                s,
                row.cycle_id,
                "evidence.links",
                row.name,
                {"links": [f"{k.item_id}/{k.clause_id or ''}" for k in links]},
            )
            linked, cycle_id = reader.evidence(row, row.links), row.cycle_id
        self._report(Changes.of("evidence", [evidence_id], cycle=cycle_id))
        return linked

    def set_evidence_description(self, evidence_id: int, description: str) -> Changes:
        from excellence_app.storage import models as m

        description = check_text(description, "证据说明", 5000)
        with self._tx() as s:
            row = self._get(s, m.EvidenceRow, evidence_id, "证据", "evidence")
            if row.description == description:
                return NOTHING
            row.description = description
            self._audit(s, row.cycle_id, "evidence.describe", row.name)
            cycle_id = row.cycle_id
        return self._report(Changes.of("evidence", [evidence_id], cycle=cycle_id))

    def set_evidence_kind(self, evidence_id: int, kind: str | None) -> Changes:
        """Which of the award's required kinds of 证实性材料 the file is (None: none of them)."""
        from excellence_app.storage import models as m

        kind = _check_kind(kind)
        with self._tx() as s:
            row = self._get(s, m.EvidenceRow, evidence_id, "证据", "evidence")
            if row.kind == kind:
                return NOTHING
            row.kind = kind
            self._audit(s, row.cycle_id, "evidence.kind", row.name, {"kind": kind})
            cycle_id = row.cycle_id
        return self._report(Changes.of("evidence", [evidence_id], cycle=cycle_id))

    def evidence_data(self, evidence_id: int) -> bytes:
        with self._rows() as conn:
            row = rows.one(conn, "evidence", id=evidence_id)
            if row is None:
                raise NotFound(f"没有编号为 {evidence_id} 的证据", f"no evidence with id {evidence_id}")
            return self._blob(conn, row.sha256)

    def blob(self, sha256: str) -> bytes:
        with self._rows() as conn:
            return self._blob(conn, sha256)

    def _blob(self, conn: sqlite3.Connection, sha256: str) -> bytes:
        found = rows.one(conn, "evidence_blob", sha256=sha256)
        if found is None:
            # An evidence row whose file is gone: the damage scan names the broken reference.
            raise failures.damaged(
                self.path, f"证据文件 {sha256[:12]}… 缺失", f"the evidence file {sha256[:12]}… is missing"
            )
        return found.data


def _check_kind(kind: str | None) -> str | None:
    # A key of core.awards.EvidenceKind; kept when the cycle's award changes, so any well-formed
    # key is allowed, and a kind the award does not require is simply not listed by it.
    if kind is None or kind == "":
        return None
    if not isinstance(kind, str) or not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", kind):
        raise InvalidValue(f"证实性材料类别“{kind}”无效", f"invalid evidence kind {kind!r}")
    return kind
