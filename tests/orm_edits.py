"""The reference for the Core edits: the hottest edits as the ORM wrote them.

``set_response`` and ``set_score`` as they were before they left the unit of work (issue 16),
kept here, and only here, so a test can show the Core statements write the same rows, the
same audit records and report the same changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from excellence_app.core import scoring
from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import InvalidValue
from excellence_app.core.framework import FACTORS_BY_KIND, clause_label
from excellence_app.core.markdown import count_markdown_chars
from excellence_app.core.snapshots import STATUSES, Response
from excellence_app.services.base import MAX_COMMENT, check_choice, check_text, now
from excellence_app.services.content import ContentEdits
from excellence_app.services.scoring import UNSET, ScoringEdits
from excellence_app.storage import models as m


class OrmContent(ContentEdits):
    def set_response(self, cycle_id: int, clause_id: str, text: str, status: str | None = None) -> Response:
        """Save a clause response. Without a status, a blank text is "empty" and a first text "draft"."""
        self._check_clause(clause_id)
        text = check_text(text, f"条款 {clause_label(clause_id)} 的回答")
        if status is not None:
            check_choice(status, STATUSES, "状态")
        with self._tx() as s:
            self._cycle(s, cycle_id)
            row = s.scalars(
                select(m.ClauseResponse).filter_by(cycle_id=cycle_id, clause_id=clause_id)
            ).first()
            if row is None:
                row = m.ClauseResponse(cycle_id=cycle_id, clause_id=clause_id, text="", status="empty")
                s.add(row)
            new_status = status or (
                "empty" if not text.strip() else ("draft" if row.status == "empty" else row.status)
            )
            changed = row.text != text or row.status != new_status
            if changed:
                row.text, row.status, row.updated_at = text, new_status, now()
                self._audit(
                    s,
                    cycle_id,
                    "response.text",
                    clause_id,
                    {"chars": count_markdown_chars(text), "status": new_status},
                )
            saved = Response(clause_id, row.text, row.status, row.updated_at)
        if changed:
            self._report(Changes.of("responses", [clause_id], cycle=cycle_id))
        return saved


class OrmScoring(ScoringEdits):
    def set_score(
        self,
        assessor_id: int,
        item_id: str,
        *,
        percent: int | None = UNSET,
        factors: Mapping[str, int | None] = UNSET,
        rationale: str = UNSET,
    ) -> Changes:
        """Change any of an assessor's percent, factor bands and rationale for one item."""
        item = self.framework.item(self._check_item(item_id))
        if percent is not UNSET and percent is not None:
            percent = scoring.check_percent(percent)
        if factors is not UNSET:
            allowed = FACTORS_BY_KIND[item.kind]
            clean: dict[str, int] = {}
            for key, band in factors.items():
                if key not in allowed:
                    raise InvalidValue(
                        f"评分项 {item_id} 没有要素 {key}", f"item {item_id} has no factor {key}"
                    )
                if band is not None:
                    clean[key] = scoring.check_band_number(band, self.framework.bands)
            factors = clean
        if rationale is not UNSET:
            rationale = check_text(rationale, "评分理由", MAX_COMMENT)
        with self._tx() as s:
            assessor = self._get(s, m.AssessorRow, assessor_id, "评审员", "assessor")
            row = s.scalars(
                select(m.AssessorScoreRow).filter_by(assessor_id=assessor_id, item_id=item_id)
            ).first()
            if row is None:
                row = m.AssessorScoreRow(
                    assessor_id=assessor_id, item_id=item_id, percent=None, factors={}, rationale=""
                )
                s.add(row)
            detail: dict[str, Any] = {}
            if percent is not UNSET and row.percent != percent:
                row.percent = detail["percent"] = percent
            if factors is not UNSET and dict(row.factors or {}) != factors:
                row.factors = detail["factors"] = factors
            if rationale is not UNSET and row.rationale != rationale:
                row.rationale = rationale
                detail["rationale"] = len(rationale)
            if not detail:
                return NOTHING
            self._audit(s, assessor.cycle_id, "score.set", f"{assessor.name} {item_id}", detail)
            cycle_id = assessor.cycle_id
        return self._report(Changes.of("scores", [item_id], cycle=cycle_id))
