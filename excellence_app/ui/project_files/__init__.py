"""File → 另存为…, the interchange archive (export; a new project from one) and assessors' workbooks."""
