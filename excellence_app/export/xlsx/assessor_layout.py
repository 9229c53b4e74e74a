"""Where everything sits in an assessor's workbook; the writer and the reader both follow it.

The row of each item is a function of the framework alone, so the reader knows which row
must hold which item and can tell a moved, cleared or foreign row from a good one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass

from excellence_app.core.framework import FACTORS_BY_KIND, Framework, Item

FORMAT = "excellence-app/assessor-workbook"
FORMAT_VERSION = "2"  # 2: the identity is signed; "1" was written before, without a signature
UNSIGNED_VERSION = "1"

GUIDE_SHEET = "填写说明"
SCORE_SHEET = "评分"
COMMENT_SHEET = "优势与改进机会"
META_SHEET = "_meta"  # very hidden: which project, cycle, framework and assessor

TEXT_LIMIT = 5_000  # characters in a rationale or a comment (the services' limit)
PERCENTS = tuple(range(0, 101, 5))

# 评分 sheet
COL_ID, COL_TITLE, COL_POINTS, COL_PERCENT, COL_FIRST_FACTOR, COL_RATIONALE = 1, 2, 3, 4, 5, 9
FIRST_SECTION_ROW = 4

# 优势与改进机会 sheet
C_ITEM, C_KIND, C_TEXT, C_CLAUSE, C_FACTOR, C_SIGNIFICANCE, C_KEY = 1, 2, 3, 4, 5, 6, 7
COMMENT_HEADER_ROW = 3
COMMENT_FIRST_ROW = 4
BLANK_COMMENT_ROWS = 120

# _meta sheet: key in column A, value in column B; lists for the drop-downs further right.
META_KEYS = (
    "format",
    "format_version",
    "organisation",
    "project_created",
    "cycle_id",
    "cycle_name",
    "cycle_created",
    "framework_id",
    "framework_version",
    "assessor",
    "token",
    "exported_at",
)
SIGNATURE = "signature"  # the row after META_KEYS: HMAC-SHA256 of all of them
LIST_ITEMS_COL, LIST_CLAUSES_COL = 4, 5
# A drop-down list too long to write into its validation (a pack's long factor titles) goes
# into a column of its own, from this one on.
LIST_OVERFLOW_COL = 6


def identity_signature(values: Mapping[str, str], key: bytes) -> str:
    """HMAC-SHA256, under the project file's own key, of every identity value in a fixed order.

    Only the project file that exported the workbook holds the key, so an assessor who
    renames themselves or changes the token or date cannot make a matching signature.
    """
    message = json.dumps(
        [[k, values.get(k, "")] for k in META_KEYS], ensure_ascii=False, separators=(",", ":")
    )
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ScoreRow:
    row: int
    item: Item | None  # None: the header row of a section
    kind: str


def score_rows(fw: Framework) -> list[ScoreRow]:
    """The 评分 sheet: per kind (process, then results) a header row, its items, a blank row."""
    rows: list[ScoreRow] = []
    row = FIRST_SECTION_ROW
    for kind in FACTORS_BY_KIND:
        items = [item for item in fw.items() if item.kind == kind]
        if not items:
            continue
        rows.append(ScoreRow(row, None, kind))
        for item in items:
            row += 1
            rows.append(ScoreRow(row, item, kind))
        row += 2
    return rows


def comment_key(token: str, row: int) -> str:
    """The key a new comment from this workbook's row gets, so a second import finds it."""
    return f"x{token}-{row}"
