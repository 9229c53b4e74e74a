"""``import-docx``: the body of the command (cli.py only registers it, to stay small).

``--dry-run`` opens the project read-only and prints the mapping, one line per source
block (place → target, 字数; a run of table-of-contents lines as one), then the totals;
nothing is written. Without it the plan is
applied in one transaction, refused in one line if it would overwrite text and
``--replace`` is not given.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from excellence_app.core.errors import AppError


def import_docx(a: argparse.Namespace, open_project: Callable[..., Any]) -> int:
    from excellence_app.services.word_import import apply_word_import, listing, plan_word_import, target_names

    if not a.docx.is_file():
        raise AppError(f"找不到 Word 文件：{a.docx}", f"no such Word file: {a.docx}")
    with open_project(a.file, read_only=a.dry_run) as svc:
        cycle = svc.cycles.by_name(a.cycle)
        plan = plan_word_import(svc, cycle.id, a.docx)
        if a.dry_run:
            print(f"{plan.source} → {cycle.name}（仅预览，未写入 / dry run, nothing written）")
            for line in listing(plan.entries):
                print(line)
            print(plan.summary()[0])
            if plan.conflicts:
                names = "、".join(target_names(plan.conflicts))
                print(
                    f"将覆盖已有内容：{names}"
                    if a.replace
                    else f"注意：{names} 已有内容，导入时须加 --replace 才会覆盖（without --replace the import is refused）"
                )
            return 0
        apply_word_import(svc, cycle.id, plan, replace=a.replace)
    for entry in plan.unplaced:
        print(entry.line())
    print(f"已导入 {plan.source} → {cycle.name}：{plan.summary()[0]}")
    return 0
