"""What a self-assessment cannot report yet: periods, dates and sources later than the day
its data stand at (the cycle's as-of date).

A report written in September 2026 may give 2025 and "2026年1—8月", never "2026年全年" or a
"2026年度审计报告". Plans and targets look ahead by nature, so a date in a sentence that
plans (计划、预计、目标 …), a deadline ("…前完成") or a start ("…起实施") is not a claim.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
_DASH = r"\s*(?:—|－|-|–|~|～|至|到)\s*"
# A source that cannot exist before its year is over.
_YEAR_SOURCES = "审计报告|财务报告|年报|年度报告|决算|统计年报|经营数据|经营业绩|满意度调查|测评结果"
_FUTURE = re.compile(r"计划|预计|预期|将于|将在|拟|目标|力争|规划|预算|争取|有望|届时|期限|到期")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("full_year", re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*)?全年")),
    ("year_source", re.compile(rf"(?P<y>(?:19|20)\d{{2}})\s*年度?\s*(?:的)?\s*(?:{_YEAR_SOURCES})")),
    ("half", re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<h>上|下)半年")),
    ("quarter", re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*第?\s*(?P<q>[一二三四1-4])\s*季度")),
    ("months", re.compile(rf"(?P<y>(?:19|20)\d{{2}})\s*年\s*(?P<m1>\d{{1,2}}){_DASH}(?P<m2>\d{{1,2}})\s*月")),
    ("day", re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")),
    ("month", re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d{1,2}\s*日)")),
    ("iso_day", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
]


@dataclass(frozen=True)
class LateClaim:
    words: str  # as written
    ends: date  # the last day the words speak of


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _end(kind: str, m: re.Match[str]) -> date | None:
    y = int(m.group("y"))
    if kind in ("full_year", "year_source"):
        return date(y, 12, 31)
    if kind == "half":
        return date(y, 6, 30) if m.group("h") == "上" else date(y, 12, 31)
    if kind == "quarter":
        q = m.group("q")
        return _month_end(y, 3 * (_CN_DIGITS.get(q) or int(q)))
    if kind == "months":
        return _month_end(y, int(m.group("m2")))
    if kind == "month":
        return _month_end(y, int(m.group("m")))
    try:
        return date(y, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def _looks_ahead(text: str, start: int, end: int) -> bool:
    """A plan, a target or a deadline: the sentence so far says so, or "前" / "起" follows."""
    sentence = re.split(r"[。；;！？!?\n]", text[:start])[-1]
    after = text[end : end + 4].lstrip()
    return bool(_FUTURE.search(sentence)) or after.startswith(("前", "之前", "以前", "起", "开始"))


def late_claims(text: str, as_of: date) -> list[LateClaim]:
    """Periods, dates and sources in ``text`` that end after ``as_of``, each once."""
    found: list[LateClaim] = []
    taken: list[range] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() in r or m.end() - 1 in r for r in taken):
                continue  # "2026年1—8月" is not also "2026年8月"
            taken.append(range(m.start(), m.end()))
            ends = _end(kind, m)
            if ends is not None and ends > as_of and not _looks_ahead(text, m.start(), m.end()):
                found.append(LateClaim(m.group(0), ends))
    return found


def period_end(period: str) -> date | None:
    """The last day an indicator's period covers: "2025" → 2025-12-31, "2026Q2", "2026H1",
    "2026-08", "2026年1—8月" …; None when the period names no time we can read."""
    p = period.strip()
    if re.fullmatch(r"(?:19|20)\d{2}", p):
        return date(int(p), 12, 31)
    if m := re.fullmatch(r"((?:19|20)\d{2})\s*[Qq]([1-4])", p):
        return _month_end(int(m.group(1)), 3 * int(m.group(2)))
    if m := re.fullmatch(r"((?:19|20)\d{2})\s*[Hh]([12])", p):
        return date(int(m.group(1)), 6, 30) if m.group(2) == "1" else date(int(m.group(1)), 12, 31)
    if m := re.fullmatch(r"((?:19|20)\d{2})[-./](\d{1,2})", p):
        return _month_end(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(rf"((?:19|20)\d{{2}})[.年]?\s*(\d{{1,2}}){_DASH}(\d{{1,2}})\s*月?", p):
        return _month_end(int(m.group(1)), int(m.group(3)))
    claims = late_claims(p, date.min)
    return claims[0].ends if len(claims) == 1 and claims[0].words == p else None
