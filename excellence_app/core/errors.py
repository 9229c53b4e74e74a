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
