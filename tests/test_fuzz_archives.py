"""Fuzzing import-project: mutated YAML and mutated zips are refused in one line or imported whole.

The seed is the sample organisation, exported with ``export-project``. See
:mod:`fuzz_support` for the outcome classes and ``EXCELLENCE_FUZZ_N``.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from fuzz_support import (
    Mutator,
    Tally,
    check_after,
    classify,
    digest,
    flip_bytes,
    fresh,
    fuzz_count,
    run_cli,
    truncate,
    zero_range,
)

from excellence_app.services.interchange import sample_folder


@pytest.fixture(scope="module")
def seed() -> bytes:
    """The sample organisation as an archive: the folder it is kept in, zipped as export does.

    (Export of the sample gives these very bytes; zipping the folder keeps the seed
    independent of opening project files, which other tests cover.)
    """
    folder = sample_folder()
    names = ["project.yaml", *(f"evidence/{p.name}" for p in sorted((folder / "evidence").iterdir()))]
    return _zip([(name, (folder / name).read_bytes()) for name in names])


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def _zip(members: list[tuple[str, bytes]], attrs: dict[str, int] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            if attrs and name in attrs:
                info.external_attr = attrs[name] << 16
            zf.writestr(info, body, compresslevel=6)
    return buf.getvalue()


def _with_yaml(data: bytes, change) -> bytes:
    members = _members(data)
    return _zip([(n, change(b) if n == "project.yaml" else b) for n, b in members])


# --- YAML text -----------------------------------------------------------------------------
ODD_SCALARS = [
    "~",
    "true",
    "-1",
    "0",
    "1e309",
    ".nan",
    "-.inf",
    "99999999999999999999999999",
    "0x1F",
    "0o17",
    "[]",
    "{}",
    '"\\0"',
    '"\\x01\\x02"',
    "!!binary aGVsbG8=",
    "!!python/object:os.system",
    "!!set {a}",
    "2026-13-45",
    "2026-03-02 09:00:00",
    "'   '",
    '"\\u3000\\u3000"',
    '"\\u00a0"',
    "&a x",
    "*a",
    "{<<: {a: 1}}",
    "|\n  block",
    ">-",
    "'",
    '"',
    "? x",
    "- x",
    "@x",
    "`x",
    "!x y",
    "a: b: c",
    '"' + "长" * 300 + '"',
    "-5",
    "105",
    "52",
    "3.5",
    "yes",
    "no",
    "null",
    "''",
    "!!str 55",
]


def _lines(rng: random.Random, text: bytes) -> list[bytes]:
    return text.split(b"\n")


def yaml_delete_lines(rng: random.Random, data: bytes) -> bytes:
    def change(text: bytes) -> bytes:
        lines = _lines(rng, text)
        for _ in range(rng.randint(1, 5)):
            del lines[rng.randrange(len(lines))]
        return b"\n".join(lines)

    return _with_yaml(data, change)


def yaml_duplicate_lines(rng: random.Random, data: bytes) -> bytes:
    def change(text: bytes) -> bytes:
        lines = _lines(rng, text)
        i = rng.randrange(len(lines))
        span = lines[i : i + rng.choice([1, 1, 2, 5, 20])]
        lines[i:i] = span
        return b"\n".join(lines)

    return _with_yaml(data, change)


def yaml_swap_lines(rng: random.Random, data: bytes) -> bytes:
    def change(text: bytes) -> bytes:
        lines = _lines(rng, text)
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        if rng.random() < 0.5:
            j = min(len(lines) - 1, i + 1)
        lines[i], lines[j] = lines[j], lines[i]
        return b"\n".join(lines)

    return _with_yaml(data, change)


def yaml_scalar_types(rng: random.Random, data: bytes) -> bytes:
    def change(text: bytes) -> bytes:
        lines = _lines(rng, text)
        for _ in range(rng.randint(1, 3)):
            candidates = [i for i, line in enumerate(lines) if b": " in line]
            i = rng.choice(candidates)
            key = lines[i].split(b": ", 1)[0]
            lines[i] = key + b": " + rng.choice(ODD_SCALARS).encode()
        return b"\n".join(lines)

    return _with_yaml(data, change)


def yaml_huge(rng: random.Random, data: bytes) -> bytes:
    def change(text: bytes) -> bytes:
        lines = _lines(rng, text)
        i = rng.choice([i for i, line in enumerate(lines) if b": " in line])
        key, _ = lines[i].split(b": ", 1)
        kind = rng.randrange(4)
        if kind == 0:
            lines[i] = key + b": " + b"9" * rng.choice([20, 400, 5000, 100_000])
        elif kind == 1:
            lines[i] = key + b": " + b"x" * rng.choice([300, 200_001, 1_100_000])
        elif kind == 2:  # a long key
            lines[i] = key[: len(key) - len(key.lstrip())] + b"k" * rng.choice([201, 1025, 70_000]) + b": 1"
        else:  # many nodes
            indent = key[: len(key) - len(key.lstrip())]
            lines[i] = key + b": [" + b"1," * rng.choice([1000, 300_000]) + b"1]"
            lines.insert(i, indent + b"# many")
        return b"\n".join(lines)

    return _with_yaml(data, change)


def yaml_deep(rng: random.Random, data: bytes) -> bytes:
    def change(text: bytes) -> bytes:
        lines = _lines(rng, text)
        i = rng.choice([i for i, line in enumerate(lines) if b": " in line])
        key = lines[i].split(b": ", 1)[0]
        depth = rng.choice([31, 33, 100, 999, 1001, 5000, 100_000])
        kind = rng.randrange(4)
        if kind == 0:
            lines[i] = key + b": " + b"[" * depth + b"]" * depth * rng.randint(0, 1)
        elif kind == 1:
            lines[i] = key + b": " + b"{a: " * depth + b"1" + b"}" * depth
        elif kind == 2:
            lines[i] = key + b": " + b"- " * min(depth, 20_000) + b"x"
        else:
            block = [b" " * n + b"k:" for n in range(min(depth, 3000))]
            lines[i] = key + b":"
            lines[i + 1 : i + 1] = [b"  " + line for line in block]
        return b"\n".join(lines)

    return _with_yaml(data, change)


def yaml_alias_bomb(rng: random.Random, data: bytes) -> bytes:
    def change(text: bytes) -> bytes:
        n = rng.choice([2, 9, 20])
        bomb = [b"lol0: &a0 [x, x, x, x, x, x, x, x, x]"]
        bomb += [f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]".encode() for i in range(1, n)]
        lines = _lines(rng, text)
        at = rng.choice([0, 2, len(lines) - 1])
        lines[at:at] = bomb
        return b"\n".join(lines)

    return _with_yaml(data, change)


def yaml_bytes(rng: random.Random, data: bytes) -> bytes:
    def change(text: bytes) -> bytes:
        kind = rng.randrange(4)
        at = rng.randrange(len(text))
        if kind == 0:
            insert = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe4\xb8"])
        elif kind == 1:
            insert = bytes([rng.choice([0, 1, 7, 8, 11, 12, 27, 127])]) * rng.randint(1, 3)
        elif kind == 2:
            insert = rng.choice(["\u2028", "\u2029", "\x85", "\ufeff", "\ud7ff", "\u3000", "\t"]).encode()
        else:
            return flip_bytes(rng, text)
        return text[:at] + insert + text[at:]

    return _with_yaml(data, change)


# --- zip structure -------------------------------------------------------------------------
def zip_flip(rng: random.Random, data: bytes) -> bytes:
    return flip_bytes(rng, data)


def zip_duplicate_member(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    twin = rng.choice(members)
    members.insert(rng.randrange(len(members) + 1), (twin[0], twin[1] if rng.random() < 0.5 else b"other"))
    return _zip(members)


def zip_wrong_sizes(rng: random.Random, data: bytes) -> bytes:
    """Patch a declared size (compressed or not) in the local or central header of one member."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = rng.choice(zf.infolist())
    value = rng.choice([0, 1, info.file_size - 1, info.file_size + 1, 0xFFFFFFFF, 0x7FFFFFFF, 10**8])
    value &= 0xFFFFFFFF
    spots = [info.header_offset + 18, info.header_offset + 22]  # local: compressed, uncompressed
    central = data.find(b"PK\x01\x02")
    while central >= 0:  # the central header that names this member
        length = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + length] == info.filename.encode():
            spots += [central + 20, central + 24] * 3  # what zipfile reads: most of the cases
            break
        central = data.find(b"PK\x01\x02", central + 46)
    spot = rng.choice(spots)
    out[spot : spot + 4] = value.to_bytes(4, "little")
    return bytes(out)


def zip_bomb(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    size = rng.choice([2, 30, 60]) * 1024 * 1024
    i = rng.randrange(len(members))
    body = members[i][1] + b"\n" + b" " * size if members[i][0] == "project.yaml" else b"\0" * size
    members[i] = (members[i][0], body)
    return _zip(members)


BAD_NAMES = [
    "../evil",
    "../../etc/passwd",
    "/abs",
    "C:/x",
    "evidence/../project.yaml",
    "evidence\\x",
    "a/./b",
    "\x00",
    "project.yaml\x00.txt",
    "evi\ndence",
    "evidence/\x7f",
    "\u202eexe.yaml",
    "x" * 300,
    "",
    "evidence/",
    "evidence/sub/",
    "Project.YAML",
    "project.yaml/",
    "evidence/" + "0" * 64,
    "  ",
]


def zip_names(rng: random.Random, data: bytes) -> bytes:
    """Rename or add a member; names zipfile would refuse to write are patched into the bytes."""
    members = _members(data)
    name = rng.choice(BAD_NAMES)
    placeholder = "Q" * max(1, len(name.encode()))
    if rng.random() < 0.5:
        members.append((placeholder, b"x"))
    else:
        i = rng.randrange(len(members))
        members[i] = (placeholder, members[i][1])
    return _zip(members).replace(placeholder.encode(), name.encode())


def zip_symlink(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    i = rng.randrange(len(members))
    if rng.random() < 0.5:
        members[i] = (members[i][0], rng.choice([b"/etc/passwd", b"../../secret", members[i][1]]))
    return _zip(members, {members[i][0]: 0o120777})


MUTATORS: dict[str, Mutator] = {
    "yaml_delete_lines": yaml_delete_lines,
    "yaml_duplicate_lines": yaml_duplicate_lines,
    "yaml_swap_lines": yaml_swap_lines,
    "yaml_scalar_types": yaml_scalar_types,
    "yaml_huge": yaml_huge,
    "yaml_deep": yaml_deep,
    "yaml_alias_bomb": yaml_alias_bomb,
    "yaml_bytes": yaml_bytes,
    "zip_truncate": truncate,
    "zip_flip": zip_flip,
    "zip_zero_range": zero_range,
    "zip_duplicate_member": zip_duplicate_member,
    "zip_wrong_sizes": zip_wrong_sizes,
    "zip_bomb": zip_bomb,
    "zip_names": zip_names,
    "zip_symlink": zip_symlink,
}


@pytest.mark.parametrize("name", list(MUTATORS))
def test_import_project_refuses_cleanly_or_imports(seed: bytes, tmp_path: Path, name: str) -> None:
    tally = Tally("archives", name)
    for n in range(fuzz_count(len(MUTATORS))):
        folder = fresh(tmp_path, n)
        archive = folder / "in.zip"
        archive.write_bytes(MUTATORS[name](random.Random(f"{name}/{n}"), seed))
        before = digest(archive)
        code, _, err = run_cli("import-project", str(archive), str(folder / "out.exa"))
        outcome = classify(code, err)
        problems: list[str] = []
        expected = {"in.zip", "out.exa"} if outcome == "success" else {"in.zip"}
        check_after(folder, expected, {archive: before}, problems)
        tally.record(n, outcome, problems, err)
    tally.finish()
