"""Build-time tools for a source checkout (not shipped in the wheel): ``python -m tools.qt_tools``."""
