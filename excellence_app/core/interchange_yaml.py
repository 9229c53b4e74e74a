"""The YAML of ``project.yaml`` read without trusting it: our limits, checked before PyYAML's.

:func:`check_yaml` walks the parser's events before anything is built and refuses,
with the line and column, what our documents never hold and what could make the
reader run out of memory or stack: nesting deeper than :data:`MAX_DEPTH`, anchors
and aliases, tags other than the plain ones, too many nodes, long keys, huge
strings, duplicate keys (PyYAML would silently keep the last) and merge keys.
Our limits are far below any limit PyYAML or libyaml may have, so the refusal is
ours whatever their version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from excellence_app.core.errors import AppError
from excellence_app.core.validation import format_loc

MAX_DEPTH = 32  # our documents nest 7 deep; libyaml refuses at 1000, its composer recurses
MAX_NODES = 500_000  # the sample has about 15,000
MAX_KEY_CHARS = 200  # our keys are field names, ids and periods
MAX_NUMBER_CHARS = 100
MAX_STRING_BYTES = 1024 * 1024  # one value; the longest real text is a few hundred kB

# Aliases can make a small file expand without bound; our documents hold neither.
_NO_ALIAS_ZH = "不支持 YAML 锚点（&）与别名（*）"
_NO_ALIAS_EN = "YAML anchors (&) and aliases (*) are not allowed"
_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}


class YamlRefusal(AppError):
    """A limit of ours: ``path`` is the place in the document, ``zh``/``en`` name line and column."""

    def __init__(self, path: str, mark: Any, zh: str, en: str) -> None:
        if mark is not None:
            zh = f"第 {mark.line + 1} 行第 {mark.column + 1} 列，{zh}"
            en = f"{en} (line {mark.line + 1}, column {mark.column + 1})"
        super().__init__(zh, en)
        self.path = path


def _too_deep(path: str, mark: Any) -> YamlRefusal:
    return YamlRefusal(path, mark, f"嵌套层次超过 {MAX_DEPTH} 层", f"nested deeper than {MAX_DEPTH} levels")


class CheckedLoader(yaml.SafeLoader):
    """The pure-Python reader with our depth limit inside its scanner.

    libyaml's scanner reads up to 1024 characters ahead before it hands over a
    token, so ``[[[[…`` on one line reaches its own limit before we see an event.
    Here the limit is checked at each bracket and indentation, before the scanner
    goes one level deeper, so no lookahead can get past it.
    """

    def _depth_check(self) -> None:
        if self.flow_level + len(self.indents) >= MAX_DEPTH:
            raise _too_deep("", self.get_mark())

    def fetch_flow_collection_start(self, TokenClass: type) -> None:
        self._depth_check()
        super().fetch_flow_collection_start(TokenClass)

    def add_indent(self, column: int) -> bool:
        if self.indent < column:
            self._depth_check()
        return super().add_indent(column)


# libyaml when PyYAML has it: fast, and the checked reader covers what it may stop at first.
FastLoader: type = getattr(yaml, "CSafeLoader", CheckedLoader)


@dataclass
class _Frame:
    loc: tuple[int | str, ...]
    mapping: bool
    index: int = 0  # the next item of a sequence
    key: str | None = None  # in a mapping: the key whose value comes next
    keys: dict[str, int] = field(default_factory=dict)  # key → its line


def _walk(events: Any) -> None:
    stack: list[_Frame] = []
    nodes = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise YamlRefusal(_place(stack), event.start_mark, _NO_ALIAS_ZH, _NO_ALIAS_EN)
        if isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            _done(stack)
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue  # stream and document boundaries
        nodes += 1
        if nodes > MAX_NODES:
            raise YamlRefusal(
                _place(stack),
                event.start_mark,
                f"节点超过 {MAX_NODES:,} 个",
                f"more than {MAX_NODES:,} nodes",
            )
        _check_node(stack, event)
        parent = stack[-1] if stack else None
        if parent is not None and parent.mapping and parent.key is None:
            _key(parent, event)
            continue
        if isinstance(event, yaml.ScalarEvent):
            _check_scalar(_place(stack), event)
            _done(stack)
            continue
        loc = (*parent.loc, _child(parent)) if parent else ()
        stack.append(_Frame(loc, isinstance(event, yaml.MappingStartEvent)))
        if len(stack) > MAX_DEPTH:
            raise _too_deep(format_loc(loc), event.start_mark)


def _child(frame: _Frame) -> int | str:
    return frame.key if frame.mapping and frame.key is not None else frame.index


def _place(stack: list[_Frame]) -> str:
    """Where the next value goes, e.g. ``cycles[1].name``."""
    if not stack:
        return ""
    return format_loc((*stack[-1].loc, _child(stack[-1])))


def _done(stack: list[_Frame]) -> None:
    """A value is complete: its mapping expects a key again, its sequence the next item."""
    if stack:
        stack[-1].key = None
        stack[-1].index += 1


def _check_node(stack: list[_Frame], event: Any) -> None:
    if event.anchor is not None:
        raise YamlRefusal(_place(stack), event.start_mark, _NO_ALIAS_ZH, _NO_ALIAS_EN)
    tag = event.tag
    if tag is not None and tag not in _TAGS and not (tag == "!" and isinstance(event, yaml.ScalarEvent)):
        shown = tag[:60].encode("unicode_escape").decode("ascii")
        raise YamlRefusal(
            _place(stack),
            event.start_mark,
            f"不支持 YAML 标签 {shown}",
            f"the YAML tag {shown} is not allowed",
        )


def _key(frame: _Frame, event: Any) -> None:
    where = format_loc(frame.loc)
    if not isinstance(event, yaml.ScalarEvent):
        raise YamlRefusal(where, event.start_mark, "映射的键应为文字", "a mapping key must be text")
    key = event.value
    shown = key[:60].encode("unicode_escape").decode("ascii") if not key.isprintable() else key[:60]
    if len(key) > MAX_KEY_CHARS:
        raise YamlRefusal(
            where,
            event.start_mark,
            f"键过长（{len(key):,} 个字符），上限 {MAX_KEY_CHARS}",
            f"a key of {len(key):,} characters; at most {MAX_KEY_CHARS}",
        )
    if key == "<<" and event.implicit[0]:
        raise YamlRefusal(
            where, event.start_mark, "不支持 YAML 合并键（<<）", "YAML merge keys (<<) are not allowed"
        )
    if key in frame.keys:
        first = frame.keys[key]
        raise YamlRefusal(
            format_loc((*frame.loc, key)),
            event.start_mark,
            f"键 {shown} 重复（第 {first} 行已有）",
            f"duplicate key {shown} (first at line {first})",
        )
    frame.keys[key] = event.start_mark.line + 1
    frame.key = key


def _check_scalar(path: str, event: Any) -> None:
    value: str = event.value
    if len(value) * 4 > MAX_STRING_BYTES and len(value.encode("utf-8")) > MAX_STRING_BYTES:
        size = len(value.encode("utf-8")) / 1048576
        raise YamlRefusal(
            path,
            event.start_mark,
            f"文字过长（{size:.1f} MB），单个值上限 1 MB",
            f"text too long ({size:.1f} MB); one value may hold at most 1 MB",
        )
    if "\x00" in value:
        raise YamlRefusal(path, event.start_mark, "含有不可见的空字符", "contains a NUL character")
    # Python refuses to read an integer of more than 4,300 digits, and no value of ours needs 100.
    if len(value) > MAX_NUMBER_CHARS and event.implicit[0] and _numeric(value):
        raise YamlRefusal(
            path,
            event.start_mark,
            f"数字过长（{len(value):,} 个字符）",
            f"a number of {len(value):,} characters",
        )


def _numeric(value: str) -> bool:
    tag = yaml.resolver.Resolver().resolve(yaml.ScalarNode, value, (True, False))
    return tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def syntax_error(exc: yaml.YAMLError, text: str) -> YamlRefusal:
    """PyYAML's own refusal, with the place it gives."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or getattr(exc, "reason", None) or type(exc).__name__
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, int):
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = f"U+{exc.character:04X}"
        return YamlRefusal(
            "",
            None,
            f"第 {line} 行第 {column} 列，含有 YAML 不允许的字符 {code}",
            f"the character {code} is not allowed in YAML (line {line}, column {column})",
        )
    problem = str(problem).encode("unicode_escape").decode("ascii")
    return YamlRefusal("", mark, f"YAML 语法错误（{problem}）", f"YAML syntax error ({problem})")


def check_yaml(text: str) -> None:
    """Refuse what our limits do not allow, naming line and column, before anything is built."""
    try:
        _walk(yaml.parse(text, Loader=FastLoader))
        return
    except yaml.YAMLError as exc:
        first = exc
    # libyaml may have stopped at a limit of its own while reading ahead; the checked
    # reader tells whether one of ours comes first. Only refused files pay for it.
    # Its own refusal is the one to show: its positions count characters, libyaml's count bytes.
    try:
        _walk(yaml.parse(text, Loader=CheckedLoader))
    except yaml.YAMLError as exc:
        raise syntax_error(exc, text) from None
    raise syntax_error(first, text) from None


def load_yaml(text: str) -> Any:
    """The document's plain value, once :func:`check_yaml` has let it through."""
    try:
        return yaml.load(text, Loader=FastLoader)
    except yaml.YAMLError as exc:
        raise syntax_error(exc, text) from None
