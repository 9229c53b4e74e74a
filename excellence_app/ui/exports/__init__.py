"""File → 导出: the exports of the open project."""
