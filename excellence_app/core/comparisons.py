"""What an indicator is compared with. The kind says how much a lead means: being ahead of an
industry average or of a customer's requirement is weaker evidence than being ahead of a
competitor, a benchmark, the best in class or a national or international leader."""

from __future__ import annotations

KINDS = ("competitor", "average", "benchmark", "best", "requirement", "leading")
LABELS: dict[str, tuple[str, str]] = {
    "competitor": ("竞争对手", "Competitor"),
    "average": ("行业平均", "Industry average"),
    "benchmark": ("行业标杆", "Industry benchmark"),
    "best": ("同类最佳", "Best in class"),
    "requirement": ("顾客或合同要求", "Customer or contract requirement"),
    "leading": ("国际或国内先进", "National or international leader"),
}
# Being ahead of these shows a lead; ahead of an average or a requirement only shows adequacy.
STRONG = frozenset({"competitor", "benchmark", "best", "leading"})

# Words in a label that imply its kind, most specific first (a "行业先进平均" is an average).
_IMPLIED = (
    ("average", ("平均", "均值", "中位", "常模")),
    ("requirement", ("要求", "合同", "目标值")),
    ("leading", ("国际先进", "国内先进", "国际领先", "国内领先", "世界先进", "国际一流")),
    ("best", ("同类最佳", "最佳")),
    ("benchmark", ("标杆", "先进", "领先", "最优")),
    ("competitor", ("竞争对手", "对手", "竞品")),
)


def implied_kind(label: str) -> str | None:
    """The kind a comparison's label implies, if it implies one."""
    for kind, words in _IMPLIED:
        if any(word in label for word in words):
            return kind
    return None
