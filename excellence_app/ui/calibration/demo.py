"""Demo trainees for the calibration screenshot. The screenshot command calls this on a
temporary copy of the project, never on the user's file."""

from __future__ import annotations

from pathlib import Path

from excellence_app.core.scoring import STEP

# Each demo trainee's habit: points above (+) or below (−) the reference, item by item.
TRAINEES = {
    "王磊": (10, 15, 5, 20, 10, 5),
    "陈静": (-5, 0, -10, 5, 0, -5),
    "赵敏": (0, -15, 5, -10, 15, 0),
}
PREFERRED = ("4.1.2", "4.2.3", "4.3.3", "4.4.4", "4.6.2", "4.7.2")


def add_demo_trainees(path: Path) -> None:
    from excellence_app.services.project import ProjectService

    with ProjectService.open(path, actor="screenshot") as svc:
        cycle = svc.cycles.all()[-1].id
        snap = svc.snapshot(cycle)
        agreed = snap.consensus
        items = [i for i in PREFERRED if i in agreed] or sorted(agreed)[: len(PREFERRED)]
        taken = {a.name for a in snap.assessors}
        for name, offsets in TRAINEES.items():
            if name in taken:
                continue
            trainee = svc.scoring.add_assessor(cycle, name, "trainee")
            for item_id, offset in zip(items, offsets, strict=False):
                percent = max(0, min(100, agreed[item_id].percent + offset))
                svc.scoring.set_score(trainee.id, item_id, percent=percent - percent % STEP)
