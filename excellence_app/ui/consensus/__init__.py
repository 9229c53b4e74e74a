"""The 共识 page, the consensus part of the 评分 tab, and merging assessors' work done elsewhere."""
