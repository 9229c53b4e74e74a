"""The 结果指标 page: an item's results indicators, their values, chart, LeTCI badges, analysis,
import and figure references, and each indicator's comparison series (competitors,
benchmarks, best in class; not to be confused with ``compare``, two cycles side by side)."""
