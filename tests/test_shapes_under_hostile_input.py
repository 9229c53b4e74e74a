"""Hostile input for the checker of our own shapes (core.shapes) and every reader that uses it.

A criteria pack, the award profiles file, the organisation's particulars (built directly, read
back from a project file's JSON column, or carried in an archive) and a user's award profile
end in success or in one clear error naming the place: never a traceback (TypeError,
OverflowError, RecursionError …), never a hang. Hypothesis mutates the good files at random
places: a value replaced by any JSON-like value, a key deleted or added, a value wrapped in a
list or taken out of one, a value shared with another place or made to hold itself (what YAML's
``&a`` / ``*a`` build).

``EXCELLENCE_FUZZ_N`` (see fuzz_support) sets the examples of each test; by default a few
seconds in all, ``EXCELLENCE_FUZZ_N=1000`` is the long run.
"""

from __future__ import annotations

import copy
import json
import math
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from fuzz_support import own_home
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from excellence_app import paths
from excellence_app.core.awards import AwardProfile, AwardRules, load_builtin_profiles
from excellence_app.core.errors import AppError, FrameworkError
from excellence_app.core.framework import Framework, parse_framework
from excellence_app.core.interchange import AwardProfileDoc, Organisation
from excellence_app.core.organisation import OrgDetails
from excellence_app.core.shapes import BUDGET, ShapeError, build
from excellence_app.core.validation import first_problem
from excellence_app.services.project import ProjectService, explain_failure

PACK = paths.criteria_dir() / "gbt19580-2012.yaml"
AWARDS = paths.resources_dir() / "awards" / "awards.yaml"
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
DETAILS = {
    "credit_code": "91350100M000100Y43",
    "industry": "制造业",
    "assets": 3000.0,
    "tax": 12.5,
    "legal_rep": "陈立衡",
    "address": "福州市鼓楼区五四路 1 号",
    "postcode": "350001",
    "founded": 1998,
    "employees": 1580,
    "revenue": 125000.5,
    "profit": -20.0,
    "phone": "0591-8765 4321",
    "email": "office@example.com",
}
RULES = {"body_size": "小四", "line_spacing": 1.5, "parts": ["cover", "form", "report"]}


def examples(default: int) -> Any:
    n = int(os.environ.get("EXCELLENCE_FUZZ_N", "0")) or default
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- values ------------------------------------------------------------------------------------
LONG = "长" * 100_000
ODD_TEXT = ["", " ", "a\nb", "\x00", "\u202e", "[0]", LONG, "五号", "process", "cover", "4.1.2a", "1e400"]
ODD_NUMBERS = [
    *(0, -1, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**400, -(10**400), 1998.0, 1e20),
    *(1e308, -1e308, 5e-324, 0.5, -0.0, math.nan, math.inf, -math.inf),
]
scalars = st.one_of(
    st.sampled_from([None, True, False, *ODD_NUMBERS, *ODD_TEXT]),  # first: what breaks checkers most
    st.integers(),
    st.floats(),
    st.text(max_size=12),
)
keys = st.one_of(st.text(max_size=8), st.sampled_from(ODD_TEXT))
values = st.recursive(
    scalars,
    lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(keys, kids, max_size=4)),
    max_leaves=10,
)
# What Python callers (not a file) may hand over too: surrogates, tuples, keys that are no text.
SURROGATES = ["\ud800", "a\udcffb"]
odd_keys = st.one_of(keys, st.integers(), st.none(), st.booleans(), st.floats(), st.tuples(st.integers()))
python_values = st.recursive(
    st.one_of(scalars, st.sampled_from(SURROGATES)),
    lambda kids: st.one_of(
        st.lists(kids, max_size=4), st.tuples(kids, kids), st.dictionaries(odd_keys, kids, max_size=4)
    ),
    max_leaves=10,
)


def _places(node: Any, out: list[tuple[Any, Any]], seen: set[int]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) of the tree, once each where a value is shared."""
    if id(node) in seen:
        return out
    seen.add(id(node))
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in list(items):
        out.append((node, k))
        _places(v, out, seen)
    return out


def mutate(data: st.DataObject, raw: Any, new: st.SearchStrategy[Any] = values, shared: bool = True) -> Any:
    """``raw`` changed at one to three random places (the root among them); ``shared``: a value
    may also appear in two places or hold itself, as YAML's aliases make it (JSON cannot)."""
    box = {"root": copy.deepcopy(raw)}
    ways = ["replace", "delete", "add", "wrap", "unwrap", *(["share", "self"] if shared else [])]
    new_keys = odd_keys if new is python_values else keys
    for _ in range(data.draw(st.integers(1, 3))):
        places = _places(box, [], set())
        holder, key = data.draw(st.sampled_from(places))
        old = holder[key]
        how = data.draw(st.sampled_from(ways))
        if how == "replace":
            holder[key] = data.draw(new)
        elif how == "delete" and holder is not box:
            del holder[key]
        elif how == "add" and isinstance(old, dict):
            old[data.draw(new_keys)] = data.draw(new)
        elif how == "add" and isinstance(old, list):
            old.insert(data.draw(st.integers(0, len(old))), data.draw(new))
        elif how == "wrap":
            holder[key] = [old]
        elif how == "unwrap" and isinstance(old, list | dict) and old:
            holder[key] = next(iter(old.values())) if isinstance(old, dict) else old[0]
        elif how == "share":  # one value in two places: ``&a`` and ``*a``
            other, other_key = data.draw(st.sampled_from(places))
            holder[key] = other[other_key]
        elif how == "self" and isinstance(old, list | dict):  # ``&a [*a]``: a value holding itself
            if isinstance(old, list):
                old.append(old)
            else:
                old[data.draw(new_keys)] = old
    return box["root"]


def _yaml(raw: Any) -> str:
    return yaml.dump(raw, Dumper=DUMPER, allow_unicode=True)


# --- what counts as a clean outcome ------------------------------------------------------------
def one_line(*texts: str) -> None:
    for text in texts:
        assert "\n" not in text and "\r" not in text and len(text) < 1000, text[:300]


def shape_or_refusal(cls: type, raw: Any) -> None:
    try:
        obj = build(cls, raw)
    except ShapeError as exc:
        assert exc.zh and exc.en, exc
        one_line(exc.path, exc.zh, exc.en)
        return
    assert isinstance(obj, cls)


def framework_or_refusal(text: str) -> None:
    try:
        fw = parse_framework(text, "pack.yaml")
    except FrameworkError as exc:
        assert exc.path or exc.reason_en, exc
        assert exc.reason_zh and exc.reason_en, exc
        one_line(exc.path)  # the reason may quote an id from the pack, which is the pack's text
        return
    assert isinstance(fw, Framework)


def profiles_or_refusal(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    try:
        profiles = load_builtin_profiles(path)
    except AppError as exc:
        assert exc.zh and exc.en, exc
        return
    assert all(isinstance(p, AwardProfile) for p in profiles)


# --- the criteria pack -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pack() -> dict:
    return yaml.safe_load(PACK.read_text(encoding="utf-8"))


@examples(15)
@given(data=st.data())
def test_a_mutated_pack_is_a_framework_or_one_error_naming_the_place(pack: dict, data: st.DataObject) -> None:
    framework_or_refusal(_yaml(mutate(data, pack)))


@examples(30)
@given(data=st.data())
def test_a_mutated_pack_handed_over_as_python_values(pack: dict, data: st.DataObject) -> None:
    shape_or_refusal(Framework, mutate(data, pack, python_values))


# --- the award profiles file -------------------------------------------------------------------
@pytest.fixture(scope="module")
def profiles() -> list:
    return yaml.safe_load(AWARDS.read_text(encoding="utf-8"))


@examples(60)
@given(data=st.data())
def test_a_mutated_profiles_file_is_profiles_or_one_error(
    profiles: list, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.getbasetemp() / "profiles"
    folder.mkdir(exist_ok=True)
    profiles_or_refusal(folder / "awards.yaml", _yaml(mutate(data, profiles)))


@examples(60)
@given(data=st.data())
def test_a_mutated_profile_or_rules_as_python_values(profiles: list, data: st.DataObject) -> None:
    shape_or_refusal(AwardProfile, mutate(data, profiles[0], python_values))
    shape_or_refusal(AwardRules, mutate(data, RULES, python_values))


# --- the organisation's particulars ------------------------------------------------------------
@examples(100)
@given(data=st.data())
def test_particulars_from_any_value(data: st.DataObject) -> None:
    shape_or_refusal(OrgDetails, mutate(data, DETAILS, python_values))
    shape_or_refusal(OrgDetails, data.draw(python_values))


@examples(60)
@given(data=st.data())
def test_particulars_and_rules_in_an_archive_are_checked_or_refused(data: st.DataObject) -> None:
    # interchange's pydantic models build them through core.shapes: a ValueError is all pydantic catches.
    for model, raw in (
        (Organisation, {"name": "甲公司", "framework": "gbt19580-2012", "details": mutate(data, DETAILS)}),
        (AwardProfileDoc, {"id": "fz", "name": "福州市政府质量奖", "rules": mutate(data, RULES)}),
    ):
        try:
            model.model_validate(raw)
        except ValidationError as exc:
            one_line(*first_problem(exc))


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project file with particulars and a profile of the user's own (``fz``)."""
    path = tmp_path_factory.mktemp("stored") / "base.exa"
    with own_home(tmp_path_factory), ProjectService.create(path, "甲公司", cycle_name="2026") as svc:
        svc.set_org_details(build(OrgDetails, DETAILS))
        svc.save_award_profile(build(AwardProfile, {"id": "fz", "name": "福州市政府质量奖", **RULES}))
    return path


def read_back(stored: Path, folder: Path, sql: str, value: str) -> AppError | None:
    """The project with one column overwritten as another tool would: read, or refused in one line
    (the refusal the command line and the window give: a failure they did not foresee is named by
    reading the file again, services.project.explain_failure)."""
    path = folder / "p.exa"
    shutil.copyfile(stored, path)
    conn = sqlite3.connect(path)
    conn.execute(sql, (value,))
    conn.commit()
    conn.close()
    try:
        with ProjectService.open(path, read_only=True) as svc:
            assert isinstance(svc.project_info().details, OrgDetails)
            assert svc.award_profile("fz").name == "福州市政府质量奖"
    except AppError as exc:
        said: AppError | None = exc
    except Exception as exc:
        said = explain_failure(exc, path)
        assert said is not None, f"{type(exc).__name__}: {exc}"
    else:
        return None
    one_line(said.line())
    return said


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # NaN and Infinity as Python writes them


@examples(15)
@given(data=st.data())
def test_particulars_or_rules_another_tool_wrote_are_read_or_refused_in_one_line(
    stored: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    folder = tmp_path_factory.getbasetemp() / "read_back"
    folder.mkdir(exist_ok=True)
    read_back(stored, folder, "UPDATE project SET details = ?", _json(mutate(data, DETAILS, shared=False)))
    read_back(stored, folder, "UPDATE award_profile SET rules = ?", _json(mutate(data, RULES, shared=False)))


# --- what escaped before -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cls", "raw", "path", "zh"),
    [
        (OrgDetails, {"revenue": 10**400}, "revenue", "应为有限的数字"),  # was OverflowError
        (OrgDetails, {"tax": -(10**400)}, "tax", "应为有限的数字"),
        (OrgDetails, {"founded": 2**64}, "founded", "数值太大"),
        (AwardProfile, {"id": "x", "name": "n", "line_spacing": 10**400}, "line_spacing", "应为有限的数字"),
        (AwardProfile, {"id": "x", "name": "n", "pages": 10**400}, "pages", "数值太大"),
        (AwardProfile, {"id": "x", "name": "n", "pages": 1e300}, "pages", "数值太大"),
        # A key is shown on one line, escaped and cut short: the error is one line.
        (OrgDetails, {"a\nb": 1}, "a\\nb", "不认识的键"),
        (OrgDetails, {"k" * 10_000: 1}, "k" * 60, "不认识的键"),
        (OrgDetails, {"\ud800": 1}, "\\ud800", "不认识的键"),  # a surrogate cannot even be printed
    ],
)
def test_what_escaped_before_is_named(cls: type, raw: dict, path: str, zh: str) -> None:
    with pytest.raises(ShapeError) as info:
        build(cls, raw)
    assert (info.value.path, info.value.zh) == (path, zh)


def test_a_key_of_a_text_map_is_shown_on_one_line(pack: dict) -> None:
    raw = copy.deepcopy(pack)
    raw["bands"][2]["process"]["\r\x00" + "k" * 100] = []
    with pytest.raises(ShapeError) as info:
        build(Framework, raw)
    assert info.value.path == "bands[2].process.\\r\\x00" + "k" * 58 and info.value.zh == "应为文字"


def test_a_pack_of_points_no_float_holds_is_refused(pack: dict) -> None:
    # It was loaded, and every score then failed with OverflowError (in summary, the window …).
    raw = copy.deepcopy(pack)
    big = 10**400
    raw["total_points"] *= big
    for category in raw["categories"]:
        category["points"] *= big
        for item in category["items"]:
            item["points"] *= big
    with pytest.raises(FrameworkError) as info:
        parse_framework(_yaml(raw), "pack.yaml")
    assert info.value.path == "total_points" and info.value.reason_zh == "数值太大"


def test_nested_aliases_are_refused_at_once_not_checked_for_minutes(pack: dict) -> None:
    # 100 categories of 100 items of 100 clauses of 100 questions, through aliases: 34 kB of YAML,
    # 10**8 places. It took minutes (3 s at 30 of each, growing as the fourth power).
    raw = copy.deepcopy(pack)
    category = raw["categories"][0]
    item = category["items"][0]
    clause = dict(item["clauses"][0], questions=["问"] * 100)
    item = dict(item, clauses=[clause] * 100)
    raw["categories"] = [dict(category, items=[item] * 100)] * 100
    text = _yaml(raw)
    assert len(text) < 40_000 and "*id" in text
    start = time.perf_counter()
    with pytest.raises(FrameworkError) as info:
        parse_framework(text, "pack.yaml")
    assert time.perf_counter() - start < 5
    assert info.value.path.startswith("categories[") and "内容过多" in info.value.reason_zh
    assert f"{BUDGET:,}" in info.value.reason_en


def test_a_self_holding_value_is_refused(pack: dict) -> None:
    for text in ("&a [*a]", "&a {id: *a}", _yaml(pack).replace("bands:", "bands: &b [*b]\nold_bands:", 1)):
        with pytest.raises(FrameworkError):
            parse_framework(text, "pack.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "id: 2020-02-30",  # PyYAML makes dates itself: ValueError, not a YAMLError
        "id: 2020-01-01 25:00:00",
        "total_points: " + "9" * 5000,  # ValueError: more digits than Python reads
    ],
)
def test_a_value_pyyaml_cannot_make_is_named(text: str, tmp_path: Path) -> None:
    with pytest.raises(FrameworkError) as info:
        parse_framework(text, "pack.yaml")
    assert "无法读取的值" in info.value.reason_zh
    (tmp_path / "awards.yaml").write_text(f"- {text}", encoding="utf-8")
    with pytest.raises(AppError, match="无法读取评奖配置"):
        load_builtin_profiles(tmp_path / "awards.yaml")


def test_a_profiles_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "awards.yaml"
    path.write_bytes("- id: 省级".encode("gbk"))  # was UnicodeDecodeError
    with pytest.raises(AppError, match="无法读取评奖配置"):
        load_builtin_profiles(path)


@pytest.mark.parametrize(
    "value",
    [
        '{"revenue": ' + "9" * 400 + "}",  # was OverflowError
        "[" * 100_000 + "]" * 100_000,  # was RecursionError, from json.loads
        '{"address": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"a\\nb": 1}',  # the key was printed on two lines
        '{"revenue": NaN}',
        '{"founded": 1e400}',
    ],
)
def test_particulars_another_tool_broke_are_one_line(stored: Path, tmp_path: Path, value: str) -> None:
    assert read_back(stored, tmp_path, "UPDATE project SET details = ?", value) is not None
