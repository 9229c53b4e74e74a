"""The year-on-year comparison and the calibration every reader shows, from the report input.

Only the picking of inputs lives here (which cycle came before, whose scores are trainees');
every number is computed by core.compare and core.calibration.
"""

from __future__ import annotations

from excellence_app.core.calibration import Calibration, calibrate
from excellence_app.core.compare import CycleComparison, compare
from excellence_app.core.report import CycleHistory, ReportInput
from excellence_app.core.snapshots import Assessor

FATES = {"closed": "已关闭（改进计划已完成）", "open": "仍未解决", "re-raised": "再次提出"}


def previous_cycle(data: ReportInput) -> CycleHistory | None:
    """The cycle just before this one in the project's order, if there is one."""
    ids = [h.snapshot.cycle.id for h in data.history]
    here = data.snapshot.cycle.id
    if here not in ids or ids.index(here) == 0:
        return None
    return data.history[ids.index(here) - 1]


def comparison(data: ReportInput) -> CycleComparison | None:
    before = previous_cycle(data)
    if before is None:
        return None
    return compare(before.snapshot, before.summary, data.snapshot, data.summary)


def has_previous(data: ReportInput) -> bool:
    return previous_cycle(data) is not None


def trainees(data: ReportInput) -> tuple[Assessor, ...]:
    return data.snapshot.trainees


def calibration(data: ReportInput) -> Calibration | None:
    """Trainees' percents against the team's consensus; None without trainees or consensus."""
    people = trainees(data)
    reference = {i.id: i.consensus_percent for i in data.summary.items if i.consensus_percent is not None}
    if not people or not reference:
        return None
    scores = {
        a.name: {s.item_id: s.percent for s in data.snapshot.scores if s.assessor_id == a.id} for a in people
    }
    return calibrate(reference, scores, [i.id for i in data.framework.items()])


def has_calibration(data: ReportInput) -> bool:
    return calibration(data) is not None
