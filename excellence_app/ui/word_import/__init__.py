"""File → 导入 Word…: read a Word report in a worker, preview the mapping, apply it as one undo step."""
