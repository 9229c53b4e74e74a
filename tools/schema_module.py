"""excellence_app/storage/schema.py: the tables and columns of the models as plain data.

The models (``storage/models.py``) are the one definition of the schema. Reading a project
file must not pay for importing SQLAlchemy's ORM (about 0.4 s), so what the readers need of
the schema (each table's columns, what kind of value each holds, whether it may be empty) is
written out from the models' table metadata into a module of plain tuples. A test renders it
again and fails if the file differs, so the two never drift apart.

Regenerate after changing the models: ``python -m tools.schema_module``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import JSON, Date, DateTime, Float, Integer, LargeBinary, Table

from excellence_app.storage.models import Base

TARGET = Path(__file__).resolve().parent.parent / "excellence_app" / "storage" / "schema.py"

HEADER = '''"""The tables of the project file as plain data: generated from ``storage/models.py``.

Do not edit: run ``python -m tools.schema_module`` after changing the models
(a test fails while this file differs from what the models give). Readers, the damage scan and
the check of a file's tables use it so that reading never imports SQLAlchemy.

Each column is (name, kind, nullable); kind is one of integer, float, text, blob, datetime,
date, json. Tables come in the models' dependency order.
"""

from __future__ import annotations

Column = tuple[str, str, bool]

'''


def kind(col_type: object) -> str:
    # DateTime before Date, JSON before the rest: the order of the isinstance checks matters
    # only where SQLAlchemy's types derive from one another.
    for cls, name in (
        (DateTime, "datetime"),
        (Date, "date"),
        (JSON, "json"),
        (Integer, "integer"),
        (Float, "float"),
        (LargeBinary, "blob"),
    ):
        if isinstance(col_type, cls):
            return name
    return "text"


def _table(table: Table) -> str:
    # Double quotes, as ruff formats them, so the generated file is left as written.
    cols = "".join(f'        ("{c.name}", "{kind(c.type)}", {bool(c.nullable)!r}),\n' for c in table.columns)
    return f'    "{table.name}": (\n{cols}    ),\n'


def render() -> str:
    body = "".join(_table(t) for t in Base.metadata.sorted_tables)
    return f"{HEADER}TABLES: dict[str, tuple[Column, ...]] = {{\n{body}}}\n"


def main() -> None:
    TARGET.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
