"""Widget parts several features share: the response editor and its Markdown bridge, combo
box helpers, the base table model over snapshot rows, figure references."""
