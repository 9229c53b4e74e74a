"""The 周期与评奖 page: assessment cycles and award profiles, their dialogs and edits."""
