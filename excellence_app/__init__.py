"""卓越绩效自评工具 — self-assessment against GB/T 19580-2012."""

__version__ = "0.1.0"
