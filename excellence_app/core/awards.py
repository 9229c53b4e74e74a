"""Award profiles: which award a cycle applies for and the length limits it sets."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from excellence_app.core.errors import AppError, NotFound
from excellence_app.core.validation import first_problem


class AwardProfile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=64)
    name: str = Field(min_length=1, max_length=100)
    name_en: str = Field(default="", max_length=200)
    profile_chars: int | None = Field(default=None, gt=0)
    report_chars: int | None = Field(default=None, gt=0)
    pages: int | None = Field(default=None, gt=0)


_LIST = TypeAdapter(list[AwardProfile])


def load_builtin_profiles(path: Path) -> tuple[AwardProfile, ...]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return tuple(_LIST.validate_python(raw))
    except (OSError, yaml.YAMLError) as exc:
        raise AppError(f"无法读取评奖配置 {path}", f"cannot read award profiles {path}: {exc}") from None
    except ValidationError as exc:
        where, zh, en = first_problem(exc)
        raise AppError(
            f"评奖配置 {path} 有误：{where} {zh}", f"bad award profiles {path}: {where} {en}"
        ) from None


def find_profile(profile_id: str, profiles: tuple[AwardProfile, ...]) -> AwardProfile:
    for profile in profiles:
        if profile.id == profile_id:
            return profile
    raise NotFound(f"没有评奖配置 {profile_id}", f"no award profile {profile_id}")
