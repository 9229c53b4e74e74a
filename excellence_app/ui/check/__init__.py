"""The 提交前检查 page."""
