"""The project interchange document (``project.yaml``): its model and its canonical text.

Pure: no database and no files. :func:`load_document` turns text into a checked
:class:`ProjectDocument` (shape only; :mod:`core.interchange_checks` checks it
against the framework), :func:`dump_document` writes the one canonical text, so
that an import followed by an export gives the same bytes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from excellence_app.core import comparisons, pack_moves
from excellence_app.core.awards import AwardRules
from excellence_app.core.errors import AppError
from excellence_app.core.interchange_yaml import YamlRefusal, check_yaml, load_yaml
from excellence_app.core.organisation import OrgDetails
from excellence_app.core.shapes import ShapeError, build
from excellence_app.core.validation import first_problem

FORMAT = "excellence-app-project"
FORMAT_VERSION = 3  # 2: six kinds of comparison; 3: clauses as the standard divides items (pack 2.0)
V1_KINDS = ("competitor", "benchmark", "best")
DOCUMENT_NAME = "project.yaml"
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

# The same limits the services apply to edits, so an imported project stays editable.
NAME, LONG_NAME, TEXT, NOTE, LINK = 200, 300, 200_000, 5_000, 2_000


_BREAKING = ("Cc", "Zl", "Zp")


def _one_line(text: str) -> str:
    # A newline in a member name or a key must not break the one-line message.
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _BREAKING else ch
        for ch in text
    )


class InterchangeError(AppError):
    """An archive or document that cannot be imported; nothing has been written."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(_one_line(zh), _one_line(en))


def document_error(path: str, zh: str, en: str) -> InterchangeError:
    where = f"{DOCUMENT_NAME} 的 {path}" if path else DOCUMENT_NAME
    where_en = f"{DOCUMENT_NAME}, {path}" if path else DOCUMENT_NAME
    return InterchangeError(f"项目文档有误（{where}）：{zh}", f"bad project document ({where_en}): {en}")


# --- value types ---------------------------------------------------------------------------
def _from_yaml_time(value: object) -> object:
    # A hand-edited file may leave a time unquoted; YAML then hands us a datetime.
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _check_datetime(value: str) -> str:
    try:
        parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        raise ValueError("应为时间（YYYY-MM-DDTHH:MM:SS） | must be a time YYYY-MM-DDTHH:MM:SS") from None
    return parsed.isoformat()


def _check_date(value: str) -> str:
    try:
        parsed = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise ValueError("应为日期（YYYY-MM-DD） | must be a date YYYY-MM-DD") from None
    return parsed.date().isoformat()


def _check_not_blank(value: str) -> str:
    # Spaces alone (full-width U+3000 and NBSP too) or invisible marks name nothing a person can see.
    if all(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in value):
        raise ValueError("不能只有空白字符 | must not be blank")
    return value


def _check_percent(value: int) -> int:
    if not 0 <= value <= 100 or value % 5:
        raise ValueError("评分百分比应为 0–100 之间 5 的整数倍 | a percentage must be 0–100 in steps of 5")
    return value


Name = Annotated[str, Field(min_length=1, max_length=NAME), AfterValidator(_check_not_blank)]
Text = Annotated[str, Field(max_length=TEXT)]
Note = Annotated[str, Field(max_length=NOTE)]
Id = Annotated[str, Field(min_length=1, max_length=30)]
DateTimeText = Annotated[str, BeforeValidator(_from_yaml_time), AfterValidator(_check_datetime)]
DateText = Annotated[str, BeforeValidator(_from_yaml_time), AfterValidator(_check_date)]
Percent = Annotated[int, AfterValidator(_check_percent)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Period = Annotated[str, Field(min_length=1, max_length=20)]
Number = Annotated[float, Field(allow_inf_nan=False)]
Values = Annotated[dict[Period, Number], Field(max_length=60)]


def _shaped(cls: type) -> BeforeValidator:
    """A field holding one of the program's own shapes (core.shapes), built from its mapping."""

    def make(value: object) -> object:
        if value is None or isinstance(value, cls):
            return value
        try:
            return build(cls, value)
        except ShapeError as exc:
            # value_error's "zh | en", read by core.validation.first_problem
            raise ValueError(f"{exc.path} {exc.zh} | {exc.path}: {exc.en}") from None

    return BeforeValidator(make)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Organisation(_Model):
    name: Name
    framework: Annotated[str, Field(min_length=1, max_length=100)]
    spread_threshold: Annotated[int, Field(ge=5, le=100)] = 20
    created_at: DateTimeText | None = None  # beyond the spec: keeps the project's own date
    details: Annotated[OrgDetails | None, _shaped(OrgDetails)] = (
        None  # format 3: the particulars for the 申报表
    )


class AwardProfileDoc(_Model):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=64)]
    name: Annotated[str, Field(min_length=1, max_length=100), AfterValidator(_check_not_blank)]
    name_en: Annotated[str, Field(max_length=NAME)] = ""
    profile_chars: Annotated[int, Field(gt=0)] | None = None
    report_chars: Annotated[int, Field(gt=0)] | None = None
    pages: Annotated[int, Field(gt=0)] | None = None
    rules: Annotated[AwardRules | None, _shaped(AwardRules)] = (
        None  # format 3: the office's rules for the package
    )


class EvidenceFile(_Model):
    sha256: Sha256
    name: Annotated[str, Field(min_length=1, max_length=255)]
    media_type: Annotated[str, Field(min_length=1, max_length=100)] = "application/octet-stream"
    size: Annotated[int, Field(ge=0)]


class ResponseDoc(_Model):
    status: Literal["empty", "draft", "done"]
    updated_at: DateTimeText | None = None  # beyond the spec: when the text last changed
    text: Text = ""


class ScoreDoc(_Model):
    percent: Percent | None = None
    factors: dict[str, Annotated[int, Field(ge=1, le=20)]] = {}
    rationale: Note = ""


class AssessorDoc(_Model):
    name: Name
    role: Literal["lead", "member", "trainee"]
    scores: dict[Id, ScoreDoc] = {}


class ConsensusDoc(_Model):
    percent: Percent
    rationale: Note = ""
    agreed_by: Annotated[str, Field(max_length=100)] = ""
    agreed_at: DateTimeText


class CommentDoc(_Model):
    key: Annotated[str, Field(min_length=1, max_length=80)]
    item: Id
    kind: Literal["strength", "ofi"]
    significance: Literal["high", "medium", "low"] = "medium"
    clause: Id | None = None
    factor: Annotated[str, Field(max_length=20)] | None = None
    author: Annotated[str, Field(max_length=100)] = ""
    assessor: Name | None = None
    text: Annotated[str, Field(min_length=1, max_length=NOTE)]


class LinkDoc(_Model):
    item: Id
    clause: Id | None = None


class EvidenceDoc(_Model):
    sha256: Sha256
    name: Annotated[str, Field(min_length=1, max_length=255)]
    # Beyond the spec: the same bytes may be attached under another name and type.
    media_type: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    description: Note = ""
    added_at: DateTimeText
    links: list[LinkDoc] = []
    kind: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")] | None = None  # format 3


class ComparisonDoc(_Model):
    kind: Literal["competitor", "average", "benchmark", "best", "requirement", "leading"]
    name: Name
    source: Annotated[str, Field(max_length=LINK)] = ""
    values: Values = {}


class IndicatorDoc(_Model):
    item: Id
    name: Name
    unit: Annotated[str, Field(max_length=40)] = ""
    better: Literal["up", "down"] = "up"
    target: Number | None = None
    strategic_link: Annotated[str, Field(max_length=LINK)] = ""
    values: Values = {}
    comparisons: list[ComparisonDoc] = []


class ActionDoc(_Model):
    title: Annotated[str, Field(min_length=1, max_length=LONG_NAME)]
    item: Id
    comment: Annotated[str, Field(min_length=1, max_length=80)] | None = None
    owner: Annotated[str, Field(max_length=100)] = ""
    due: DateText | None = None
    status: Literal["open", "in_progress", "done", "cancelled"] = "open"
    expected_effect: Note = ""
    created_at: DateTimeText


class AuditDoc(_Model):
    at: DateTimeText
    actor: Annotated[str, Field(max_length=100)]
    action: Annotated[str, Field(min_length=1, max_length=60)]
    target: Annotated[str, Field(max_length=NAME)] = ""
    detail: str = ""


class CycleDoc(_Model):
    name: Name
    award_profile: Annotated[str, Field(min_length=1, max_length=64)]
    created_at: DateTimeText
    as_of: DateText | None = None  # format 3: the day the cycle's data stand at
    submitted_on: DateText | None = None  # format 3: the 申报日期
    profile: dict[Annotated[str, Field(min_length=1, max_length=20)], Text] = {}
    responses: dict[Id, ResponseDoc] = {}
    assessors: list[AssessorDoc] = []
    consensus: dict[Id, ConsensusDoc] = {}
    comments: list[CommentDoc] = []
    evidence: list[EvidenceDoc] = []
    indicators: list[IndicatorDoc] = []
    actions: list[ActionDoc] = []
    audit: list[AuditDoc] = []


class ProjectDocument(_Model):
    format: Literal["excellence-app-project"]
    format_version: Literal[1, 2, 3]
    organisation: Organisation
    award_profiles: list[AwardProfileDoc] = []
    evidence_files: list[EvidenceFile] = []
    cycles: Annotated[list[CycleDoc], Field(min_length=1)]
    audit: list[AuditDoc] = []  # beyond the spec: changes that belong to no cycle


# --- reading -------------------------------------------------------------------------------
def parse_yaml(data: bytes) -> dict[str, Any]:
    """The document's raw mapping, after the checks that must come before building it."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise document_error(
            "",
            f"文件过大，上限 {MAX_DOCUMENT_BYTES // 1048576} MB",
            f"the document is larger than {MAX_DOCUMENT_BYTES // 1048576} MB",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise document_error(
            "", f"不是 UTF-8 编码的文字（第 {exc.start} 字节）", f"not UTF-8 text (byte {exc.start})"
        ) from None
    try:
        check_yaml(text)
        raw = load_yaml(text)
    except YamlRefusal as exc:
        raise document_error(exc.path, exc.zh, exc.en) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise InterchangeError(
            "这不是本程序的项目交换文件（project.yaml 缺少 format: excellence-app-project）",
            "not a project archive of this program (project.yaml lacks format: excellence-app-project)",
        )
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InterchangeError(
            f"项目文件由更新版本的程序导出（格式版本 {version}），请升级程序后再导入",
            f"the archive was written by a newer version of this program "
            f"(format version {version}); please upgrade",
        )
    return raw


def load_document(data: bytes) -> ProjectDocument:
    """Check and build the document from the bytes of project.yaml (its shape, not its ids)."""
    raw = parse_yaml(data)
    if raw.get("format_version") == 1:
        _kinds_from_labels(raw)
    if raw.get("format_version") in (1, 2):
        _clauses_moved(raw)
    try:
        return ProjectDocument.model_validate(raw)
    except ValidationError as exc:
        path, zh, en = first_problem(exc)
        raise document_error(path, zh, en) from None


def _kinds_from_labels(raw: dict[str, Any]) -> None:
    """A format 1 archive knew three kinds of comparison: give each series the kind its label
    implies, as migration 0003 does for project files (the shape is checked afterwards)."""
    for cycle in _listed(raw, "cycles"):
        for indicator in _listed(cycle, "indicators"):
            for comp in _listed(indicator, "comparisons"):
                if (
                    isinstance(comp, dict)
                    and comp.get("kind") in V1_KINDS
                    and isinstance(comp.get("name"), str)
                ):
                    comp["kind"] = comparisons.implied_kind(comp["name"]) or comp["kind"]


def _clauses_moved(raw: dict[str, Any]) -> None:
    """Archives before format 3 name clauses as pack 1.0 did: move their texts, comments and
    links as migration 0004 does for project files (the shape is checked afterwards)."""
    org = raw.get("organisation")
    framework = org.get("framework") if isinstance(org, dict) else None
    for move in pack_moves.moves_from(framework, "1.0") if isinstance(framework, str) else []:
        for cycle in _listed(raw, "cycles"):
            responses = cycle.get("responses") if isinstance(cycle, dict) else None
            if isinstance(responses, dict) and all(isinstance(v, dict) for v in responses.values()):
                cycle["responses"] = _moved_responses(move, responses)
            for thing in (*_listed(cycle, "comments"), *_links(cycle)):
                if isinstance(thing, dict) and isinstance(thing.get("clause"), str):
                    thing["clause"] = pack_moves.clause_target(move, thing["clause"])
            for evidence in _listed(cycle, "evidence"):
                if isinstance(evidence, dict) and isinstance(evidence.get("links"), list):
                    evidence["links"] = _unique(evidence["links"])


def _moved_responses(move: pack_moves.PackMove, responses: dict[Any, dict]) -> dict[str, Any]:
    texts = [
        pack_moves.Text(
            str(k), v.get("text") if isinstance(v.get("text"), str) else "", v.get("status"), None
        )
        for k, v in responses.items()
    ]
    moved, _ = pack_moves.move_texts(move, texts)
    stamps: dict[str, str] = {}
    for k, v in responses.items():
        target, stamp = move.targets.get(str(k), str(k)), v.get("updated_at")
        if isinstance(stamp, str) and stamp > stamps.get(target, ""):
            stamps[target] = stamp  # ISO texts: the latest of the joined clauses
    out: dict[str, Any] = {}
    for t in moved:
        doc: dict[str, Any] = {"status": t.status, "text": t.text}
        if t.clause_id in stamps:
            doc["updated_at"] = stamps[t.clause_id]
        out[t.clause_id] = doc
    return out


def _listed(value: object, key: str) -> list[Any]:
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, list) else []


def _links(cycle: object) -> list[Any]:
    return [link for evidence in _listed(cycle, "evidence") for link in _listed(evidence, "links")]


def _unique(links: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for link in links:
        if link not in seen:
            seen.append(link)
    return seen


# --- writing -------------------------------------------------------------------------------
class _Flow(dict):
    """A small mapping written on one line: factors, values, links."""


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: object) -> bool:
        return True


# Characters YAML would turn into other line breaks or drop: such texts are written quoted.
_UNSAFE_IN_BLOCK = frozenset("\r\x85\u2028\u2029\ufeff\t")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = None
    if "\n" in value and not _UNSAFE_IN_BLOCK.intersection(value):
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_float(dumper: yaml.SafeDumper, value: float) -> yaml.Node:
    if value.is_integer() and abs(value) < 1e15:
        return dumper.represent_int(int(value))
    return dumper.represent_float(value)


def _represent_flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(float, _represent_float)
_Dumper.add_representer(_Flow, _represent_flow)


def id_key(identifier: str) -> tuple[tuple[int, int | str], ...]:
    """Framework ids in their natural order: 4.1.2 before 4.1.10, 4.1.2a before 4.1.3,
    B.1.1 after 4.7.7."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.findall(r"\d+|[^\d.]+", identifier))


def _by_id(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: mapping[k] for k in sorted(mapping, key=id_key)}


def _values(values: dict[str, float]) -> _Flow:
    return _Flow((k, values[k]) for k in sorted(values))


def _cycle_plain(cycle: dict[str, Any]) -> dict[str, Any]:
    cycle["profile"] = _by_id(cycle["profile"])
    cycle["responses"] = _by_id(cycle["responses"])
    for assessor in cycle["assessors"]:
        assessor["scores"] = _by_id(assessor["scores"])
        for score in assessor["scores"].values():
            score["factors"] = _Flow(score["factors"])
    cycle["consensus"] = _by_id(cycle["consensus"])
    for evidence in cycle["evidence"]:
        evidence["links"] = [_Flow(link) for link in evidence["links"]]
    for indicator in cycle["indicators"]:
        indicator["values"] = _values(indicator["values"])
        for comparison in indicator["comparisons"]:
            comparison["values"] = _values(comparison["values"])
    return cycle


def dump_document(doc: ProjectDocument) -> bytes:
    """The canonical UTF-8 text: fixed key order, id-ordered maps, long texts as ``|`` blocks."""
    plain = doc.model_dump(mode="python")
    plain["cycles"] = [_cycle_plain(c) for c in plain["cycles"]]
    text = yaml.dump(
        plain, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1 << 30
    )
    return text.encode("utf-8")
