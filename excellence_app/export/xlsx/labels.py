"""The words the workbooks use for the snapshots' codes, in one place for writer and reader."""

from __future__ import annotations

from excellence_app.core import comparisons
from excellence_app.core.framework import Band, Framework

KIND = {"process": "过程", "results": "结果"}
COMMENT_KIND = {"strength": "优势", "ofi": "改进机会"}
SIGNIFICANCE = {"high": "高", "medium": "中", "low": "低"}
ROLES = {"lead": "组长", "member": "评审员", "trainee": "学员"}
ACTION_STATUS = {"open": "未开始", "in_progress": "进行中", "done": "已完成", "cancelled": "已取消"}
BETTER = {"up": "越高越好", "down": "越低越好"}
COMPARISON = {kind: zh for kind, (zh, _en) in comparisons.LABELS.items()}
DIRECTION = {"improving": "改善", "worsening": "变差", "flat": "持平"}


def factor_title(fw: Framework, kind: str, key: str | None) -> str:
    if not key:
        return ""
    return next((f.title for f in fw.factors_for(kind) if f.key == key), key)


def band_lookup(ref: str, bands: tuple[Band, ...]) -> str:
    """An Excel expression giving the band label of the percentage in ``ref``.

    The lows and labels come from the framework, so Excel finds the same band as the core.
    """
    lows = ",".join(str(b.low) for b in bands)
    labels = ",".join(f'"{b.label}"' for b in bands)
    return f"LOOKUP({ref},{{{lows}}},{{{labels}}})"
