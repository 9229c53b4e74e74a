"""Errors the user sees, each worded in Chinese first and English second."""

from __future__ import annotations


class AppError(Exception):
    """An error meant for the user: it carries a Chinese and an English sentence."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(f"{zh} / {en}")
        self.zh = zh
        self.en = en

    def line(self) -> str:
        return f"错误：{self.zh}（Error: {self.en}）"


class InvalidValue(AppError):
    """A value given to a service or a rule is not acceptable."""


class NotFound(AppError):
    """Something asked for by id or name does not exist."""


class FrameworkError(AppError):
    """A framework pack cannot be used; names the file, the place in it and the reason."""

    def __init__(self, file: str, path: str, reason_zh: str, reason_en: str) -> None:
        where = f"{file}：{path}" if path else file
        where_en = f"{file}: {path}" if path else file
        super().__init__(f"框架文件有误 {where}：{reason_zh}", f"bad framework pack {where_en}: {reason_en}")
        self.file = file
        self.path = path
        self.reason_zh = reason_zh
        self.reason_en = reason_en


class EditConflict(AppError):
    """Someone else changed a text since the editor read it: nothing was saved, and both texts
    are kept for the person to choose (a team server; issue 18)."""

    def __init__(self, what: tuple[str, str], mine: str, theirs: str, who: str, when: object) -> None:
        at = f"{when:%H:%M:%S}" if hasattr(when, "strftime") else ""
        super().__init__(
            f"{what[0]}刚被 {who or '另一位成员'} 修改（{at}），您的修改尚未保存：请在两个版本间选择",
            f"{what[1]} was just changed by {who or 'another member'} ({at}); your change is not saved yet: "
            "choose between the two versions",
        )
        self.mine = mine
        self.theirs = theirs
        self.who = who
        self.when = when
