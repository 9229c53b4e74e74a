"""Award profiles: which award a cycle applies for, the length limits it sets and the rules its
office gives for the package (body size and spacing, the parts and their order, the
证实性材料 it requires, the wording of the 承诺书)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Literal

import yaml

from excellence_app.core.errors import AppError, NotFound
from excellence_app.core.shapes import ShapeError, build, check, dump, invalid, rule, shape

# The parts an application package may hold, in the order most offices ask for them.
PARTS = ("cover", "form", "pledge", "recommendation", "toc", "profile", "report", "evidence", "attachments")
PART_NAMES = {
    "cover": ("封面", "cover"),
    "form": ("申报表", "application form"),
    "pledge": ("承诺书", "letter of commitment"),
    "recommendation": ("推荐意见", "recommendation"),
    "toc": ("目录", "table of contents"),
    "profile": ("组织概述", "organisational profile"),
    "report": ("自我评价报告", "self-assessment report"),
    "evidence": ("证实性材料", "supporting evidence"),
    "attachments": ("附件", "attachments"),
}
# 附件 (the evidence files printed into the package) only when the office wants them bound in.
DEFAULT_PARTS = tuple(p for p in PARTS if p not in ("recommendation", "attachments"))
BODY_POINTS = {"五号": 10.5, "小四": 12.0}
DEFAULT_PLEDGE = (
    "本单位自愿申报{award}，现郑重承诺：\n"
    "一、申报材料中的组织概况、经营数据、绩效结果和证实性材料均真实、准确、完整，"
    "数据有据可查，不存在虚报、瞒报或夸大；\n"
    "二、本单位近三年未发生重大质量、安全、环境和公共卫生事故，无严重违法违规行为和不良信用记录；\n"
    "三、积极配合评审组的资料审查和现场评审，如实提供所需的文件、记录和人员访谈；\n"
    "四、遵守评审纪律，不以宴请、馈赠或其他任何方式影响评审人员，同意在评审结果公示期间接受社会监督；\n"
    "五、如有不实，本单位愿意承担由此产生的一切后果，并接受取消申报资格或撤销奖项的处理。"
)


def _control(text: str, kept: str = "") -> bool:
    return any((ord(c) < 32 and c not in kept) or 0x7F <= ord(c) < 0xA0 for c in text)


def _no_control(field: str) -> ShapeError:
    return invalid("control characters are not allowed", "control characters are not allowed", field)


@shape
class EvidenceKind:
    """A kind of 证实性材料 the office requires, e.g. 审计报告 for three years."""

    key: str = rule(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)
    name: str = rule(min_length=1, max_length=60)
    count: int = rule(1, ge=1, le=10)  # how many files (years, certificates) at least

    def __post_init__(self) -> None:
        check(self)
        if _control(self.name):
            raise _no_control("name")


@shape
class AwardRules:
    """The rules an award office gives for the package."""

    body_size: Literal["五号", "小四"] = "五号"
    line_spacing: float = rule(1.5, ge=1.0, le=3.0)  # multiple of the body size
    parts: tuple[str, ...] = DEFAULT_PARTS
    evidence_kinds: tuple[EvidenceKind, ...] = ()
    pledge: str = rule(DEFAULT_PLEDGE, max_length=3000)  # "{award}" stands for the name

    def __post_init__(self) -> None:
        check(self)
        # Printed for a signature: line breaks and tabs are kept, other control characters not.
        if _control(self.pledge, kept="\n\t"):
            raise _no_control("pledge")
        if any(p not in PARTS for p in self.parts) or len(set(self.parts)) != len(self.parts):
            message = f"parts must be distinct names among {', '.join(PARTS)}"
            raise invalid(message, message, "parts")

    @property
    def body_points(self) -> float:
        return BODY_POINTS[self.body_size]

    @property
    def recommendation(self) -> bool:
        """Whether the package has a page for the recommending body's opinion (推荐意见)."""
        return "recommendation" in self.parts

    def rules(self) -> dict[str, object]:
        """The rules alone, as stored beside a profile's limits (award_profile.rules)."""
        return {f.name: dump(getattr(self, f.name)) for f in fields(AwardRules)}


RULE_FIELDS = frozenset(f.name for f in fields(AwardRules))


@shape
class AwardProfile(AwardRules):
    """An award: its names, the length limits it sets, and its office's rules (defaults when
    a profile of an older file has none)."""

    id: str = rule(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=64)
    name: str = rule(min_length=1, max_length=100)
    name_en: str = rule("", max_length=200)
    profile_chars: int | None = rule(None, gt=0)
    report_chars: int | None = rule(None, gt=0)
    pages: int | None = rule(None, gt=0)
    # A built-in profile is a template ("省级政府质量奖（通用）"); what the package prints is the
    # award's own name. A profile the user makes is named after the award itself.
    award_name: str = rule("", max_length=100)

    @property
    def printed_name(self) -> str:
        return self.award_name or self.name


def load_builtin_profiles(path: Path) -> tuple[AwardProfile, ...]:
    try:
        # libyaml's loader where the wheel has it (as for the framework): several times faster.
        raw = yaml.load(
            path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        if not isinstance(raw, list):
            raise ShapeError("", "应为列表", "Input should be a valid list")
        return tuple(build(AwardProfile, one, f"[{i}]") for i, one in enumerate(raw))
    except (OSError, yaml.YAMLError) as exc:
        raise AppError(f"无法读取评奖配置 {path}", f"cannot read award profiles {path}: {exc}") from None
    except ShapeError as exc:
        raise AppError(
            f"评奖配置 {path} 有误：{exc.path} {exc.zh}", f"bad award profiles {path}: {exc.path} {exc.en}"
        ) from None
    except (ValueError, RecursionError) as exc:
        # After ShapeError (a ValueError): text that is not UTF-8, a value PyYAML cannot make (a date
        # 2020-02-30, an integer of 5,000 digits), nesting deeper than the pure-Python parser's stack.
        raise AppError(f"无法读取评奖配置 {path}", f"cannot read award profiles {path}: {exc}") from None


def find_profile(profile_id: str, profiles: tuple[AwardProfile, ...]) -> AwardProfile:
    for profile in profiles:
        if profile.id == profile_id:
            return profile
    raise NotFound(f"没有评奖配置 {profile_id}", f"no award profile {profile_id}")
