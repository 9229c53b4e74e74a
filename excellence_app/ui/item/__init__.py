"""The item page (评分项): clause responses, the 评分 tab, strengths and opportunities, evidence,
the scoring guidelines dock, and their undoable edits."""
