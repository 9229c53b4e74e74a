"""Small helpers for combo boxes that carry stored values as item data."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from excellence_app.core.scoring import STEP

PERCENTS = tuple(range(0, 101, STEP))


def fill_percent_combo(combo: QComboBox, none_text: str) -> None:
    """0 %, 5 % … 100 %, after an entry for "no value" (data None)."""
    combo.clear()
    combo.addItem(none_text, None)
    for p in PERCENTS:
        combo.addItem(f"{p}%", p)


def select_data(combo: QComboBox, value: object) -> None:
    """Show the entry whose data is ``value`` without emitting a change."""
    combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    combo.blockSignals(False)
