"""The tables of the project file as plain data: generated from ``storage/models.py``.

Do not edit: run ``python -m tools.schema_module`` after changing the models
(a test fails while this file differs from what the models give). Readers, the damage scan and
the check of a file's tables use it so that reading never imports SQLAlchemy.

Each column is (name, kind, nullable); kind is one of integer, float, text, blob, datetime,
date, json. Tables come in the models' dependency order.
"""

from __future__ import annotations

Column = tuple[str, str, bool]

TABLES: dict[str, tuple[Column, ...]] = {
    "award_profile": (
        ("id", "text", False),
        ("name", "text", False),
        ("name_en", "text", False),
        ("profile_chars", "integer", True),
        ("report_chars", "integer", True),
        ("pages", "integer", True),
        ("rules", "json", True),
    ),
    "cycle": (
        ("id", "integer", False),
        ("name", "text", False),
        ("position", "integer", False),
        ("award_profile", "text", False),
        ("created_at", "datetime", False),
        ("as_of", "date", True),
        ("submitted_on", "date", True),
    ),
    "evidence_blob": (
        ("sha256", "text", False),
        ("data", "blob", False),
    ),
    "project": (
        ("id", "integer", False),
        ("org_name", "text", False),
        ("framework_id", "text", False),
        ("framework_version", "text", False),
        ("spread_threshold", "integer", False),
        ("created_at", "datetime", False),
        ("workbook_key", "text", False),
        ("details", "json", True),
    ),
    "assessor": (
        ("id", "integer", False),
        ("cycle_id", "integer", False),
        ("name", "text", False),
        ("role", "text", False),
        ("position", "integer", False),
    ),
    "audit": (
        ("id", "integer", False),
        ("cycle_id", "integer", True),
        ("at", "datetime", False),
        ("actor", "text", False),
        ("action", "text", False),
        ("target", "text", False),
        ("detail", "text", False),
    ),
    "clause_response": (
        ("id", "integer", False),
        ("cycle_id", "integer", False),
        ("clause_id", "text", False),
        ("text", "text", False),
        ("status", "text", False),
        ("updated_at", "datetime", True),
    ),
    "consensus": (
        ("id", "integer", False),
        ("cycle_id", "integer", False),
        ("item_id", "text", False),
        ("percent", "integer", False),
        ("rationale", "text", False),
        ("agreed_by", "text", False),
        ("agreed_at", "datetime", False),
    ),
    "evidence": (
        ("id", "integer", False),
        ("cycle_id", "integer", False),
        ("sha256", "text", False),
        ("name", "text", False),
        ("media_type", "text", False),
        ("size", "integer", False),
        ("description", "text", False),
        ("added_at", "datetime", False),
        ("kind", "text", True),
    ),
    "indicator": (
        ("id", "integer", False),
        ("cycle_id", "integer", False),
        ("item_id", "text", False),
        ("position", "integer", False),
        ("name", "text", False),
        ("unit", "text", False),
        ("better", "text", False),
        ("target", "float", True),
        ("strategic_link", "text", False),
    ),
    "profile_section": (
        ("id", "integer", False),
        ("cycle_id", "integer", False),
        ("section_id", "text", False),
        ("text", "text", False),
    ),
    "assessor_score": (
        ("id", "integer", False),
        ("assessor_id", "integer", False),
        ("item_id", "text", False),
        ("percent", "integer", True),
        ("factors", "json", False),
        ("rationale", "text", False),
    ),
    "comment": (
        ("id", "integer", False),
        ("cycle_id", "integer", False),
        ("key", "text", False),
        ("item_id", "text", False),
        ("kind", "text", False),
        ("text", "text", False),
        ("significance", "text", False),
        ("clause_id", "text", True),
        ("factor", "text", True),
        ("author", "text", False),
        ("assessor_id", "integer", True),
        ("position", "integer", False),
    ),
    "comparison": (
        ("id", "integer", False),
        ("indicator_id", "integer", False),
        ("position", "integer", False),
        ("kind", "text", False),
        ("name", "text", False),
        ("source", "text", False),
    ),
    "data_point": (
        ("id", "integer", False),
        ("indicator_id", "integer", False),
        ("period", "text", False),
        ("value", "float", False),
    ),
    "evidence_link": (
        ("id", "integer", False),
        ("evidence_id", "integer", False),
        ("item_id", "text", False),
        ("clause_id", "text", True),
    ),
    "action_plan": (
        ("id", "integer", False),
        ("cycle_id", "integer", False),
        ("item_id", "text", False),
        ("comment_id", "integer", True),
        ("title", "text", False),
        ("owner", "text", False),
        ("due", "date", True),
        ("status", "text", False),
        ("expected_effect", "text", False),
        ("created_at", "datetime", False),
    ),
    "comparison_point": (
        ("id", "integer", False),
        ("comparison_id", "integer", False),
        ("period", "text", False),
        ("value", "float", False),
    ),
}
