"""File → 打印预览… and 打印…: the package and the report shown and printed inside the program."""
