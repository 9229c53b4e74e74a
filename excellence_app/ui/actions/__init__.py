"""The 改进计划 page: action plans, their table, dialog and edits."""
