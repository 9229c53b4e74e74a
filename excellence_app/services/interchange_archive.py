"""Reading a project archive (a zip, or a folder laid out the same way) without trusting it.

Everything that can be judged from the zip's directory (names, declared sizes,
compression ratios) is judged before a single byte is decompressed, and every
read is bounded, so a crafted archive cannot fill the memory or the disk.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from excellence_app.core.interchange import DOCUMENT_NAME, MAX_DOCUMENT_BYTES, EvidenceFile, InterchangeError

EVIDENCE_DIR = "evidence"
MAX_MEMBERS = 10_000
MAX_RATIO = 100  # deflate rarely beats 10:1 on real documents; bombs reach 1000:1
RATIO_FLOOR = 1024 * 1024  # small members may compress as they like
_EVIDENCE_NAME = re.compile(r"evidence/([0-9a-f]{64})")
_CHUNK = 1 << 20


def _refuse(source: Path, zh: str, en: str) -> InterchangeError:
    return InterchangeError(
        f"无法导入 {source}：{zh}，未写出任何文件", f"cannot import {source}: {en}; nothing was written"
    )


def _unreadable(name: str) -> bool:
    return not name or any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in name)


def _outside(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (
        name.startswith(("/", "\\"))
        or "\\" in name
        or bool(re.match(r"^[A-Za-z]:", name))
        or any(p in ("..", ".") for p in parts)
    )


@dataclass
class ArchiveSource:
    """A checked listing of an archive: project.yaml and evidence files by hash with their sizes."""

    path: Path
    document_size: int
    evidence: dict[str, int]
    max_evidence_bytes: int
    _zip: zipfile.ZipFile | None = None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> ArchiveSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def refuse(self, zh: str, en: str) -> InterchangeError:
        return _refuse(self.path, zh, en)

    def _read(self, name: str, declared: int) -> bytes:
        if self._zip is None:
            target = self.path / name
            with target.open("rb") as fh:
                data = fh.read(declared + 1)
        else:
            try:
                with self._zip.open(name) as fh:
                    chunks, total = [], 0
                    while total <= declared and (chunk := fh.read(_CHUNK)):
                        total += len(chunk)
                        chunks.append(chunk)
                data = b"".join(chunks)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
                raise self.refuse(f"{name} 已损坏（{exc}）", f"{name} is damaged ({exc})") from None
        if len(data) != declared:
            raise self.refuse(
                f"{name} 的实际大小与声明的 {declared} 字节不符",
                f"{name} does not hold the {declared} bytes it declares",
            )
        return data

    def document(self) -> bytes:
        return self._read(DOCUMENT_NAME, self.document_size)

    def check_listing(self, files: list[EvidenceFile]) -> None:
        """The archive holds exactly the evidence files the document lists, at their sizes."""
        listed = {f.sha256 for f in files}
        for i, file in enumerate(files):
            if file.sha256 not in self.evidence:
                raise self.refuse(
                    f"缺少证据文件 evidence/{file.sha256}（{file.name}，evidence_files[{i}]）",
                    f"evidence/{file.sha256} ({file.name}, evidence_files[{i}]) is missing",
                )
            if self.evidence[file.sha256] != file.size:
                raise self.refuse(
                    f"证据文件 {file.name} 的大小与 evidence_files[{i}].size 不符",
                    f"evidence file {file.name} does not have the size in evidence_files[{i}]",
                )
        extra = sorted(set(self.evidence) - listed)
        if extra:
            raise self.refuse(
                f"归档中有未列入 evidence_files 的文件 evidence/{extra[0]}",
                f"evidence/{extra[0]} is not listed in evidence_files",
            )

    def evidence_data(self, file: EvidenceFile) -> bytes:
        """The file's bytes, refused unless their SHA-256 is the one they are stored under."""
        data = self._read(f"{EVIDENCE_DIR}/{file.sha256}", file.size)
        if hashlib.sha256(data).hexdigest() != file.sha256:
            raise self.refuse(
                f"证据文件 {file.name} 的内容与其 SHA-256 不符（文件已被改动或损坏）",
                f"evidence file {file.name} does not match its SHA-256 (changed or damaged)",
            )
        return data


def open_archive(path: Path, max_evidence_bytes: int) -> ArchiveSource:
    path = Path(path)
    if path.is_dir():
        return _open_folder(path, max_evidence_bytes)
    if not path.is_file():
        raise _refuse(path, "找不到文件", "no such file")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        if path.suffix.lower() == ".exa":
            raise _refuse(
                path,
                "这是项目文件，不是项目存档：请用“文件 → 打开”打开它",
                "this is a project file, not a project archive: open it with File → Open",
            ) from None
        # The reader's own words (English) go in the English half only.
        raise _refuse(
            path,
            "不是有效的 zip 归档，或文件已截断、损坏",
            f"not a valid zip archive, or truncated or damaged ({exc})",
        ) from None
    try:
        return _check_zip(path, zf, max_evidence_bytes)
    except BaseException:
        zf.close()
        raise


def _check_member_size(path: Path, name: str, size: int, limit: int) -> None:
    if size > limit:
        raise _refuse(
            path,
            f"{name} 过大（{size / 1048576:.1f} MB），上限 {limit // 1048576} MB",
            f"{name} is too large ({size / 1048576:.1f} MB); limit {limit // 1048576} MB",
        )


def _check_zip(path: Path, zf: zipfile.ZipFile, max_evidence: int) -> ArchiveSource:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, f"归档中的文件过多（{len(infos)}）", f"too many members ({len(infos)})")
    document: int | None = None
    evidence: dict[str, int] = {}
    for info in infos:
        name = info.filename
        if _unreadable(info.orig_filename):
            # zipfile cuts a name at NUL; the original shows what the archive really says.
            raise _refuse(
                path,
                f"归档成员名 {info.orig_filename!r} 为空或含有控制字符",
                f"the member name {info.orig_filename!r} is empty or holds control characters",
            )
        if _outside(name):
            raise _refuse(
                path, f"归档成员 {name} 的路径指向归档之外", f"member {name} points outside the archive"
            )
        if info.is_dir():
            if name.rstrip("/") != EVIDENCE_DIR:
                raise _refuse(
                    path, f"归档中有不认识的文件夹 {name}", f"unexpected folder {name} in the archive"
                )
            continue
        if info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16):
            # Never followed here, but a link has no business in an archive we wrote.
            raise _refuse(path, f"归档成员 {name} 是符号链接", f"member {name} is a symbolic link")
        if info.flag_bits & 0x1:
            raise _refuse(path, f"归档成员 {name} 已加密", f"member {name} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(
                path, f"归档成员 {name} 的压缩方式不受支持", f"member {name} uses an unsupported compression"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                path,
                f"归档成员 {name} 的压缩比异常（疑似压缩炸弹）",
                f"member {name} has an implausible compression ratio (a zip bomb?)",
            )
        match = _EVIDENCE_NAME.fullmatch(name)
        if name == DOCUMENT_NAME and document is None:
            _check_member_size(path, name, info.file_size, MAX_DOCUMENT_BYTES)
            document = info.file_size
        elif match and match.group(1) not in evidence:
            _check_member_size(path, name, info.file_size, max_evidence)
            evidence[match.group(1)] = info.file_size
        elif name == DOCUMENT_NAME or match:
            raise _refuse(path, f"归档成员 {name} 重复", f"member {name} appears twice")
        else:
            raise _refuse(path, f"归档中有不认识的文件 {name}", f"unexpected member {name} in the archive")
    if document is None:
        raise _refuse(
            path,
            f"这不是本程序的项目交换文件（缺少 {DOCUMENT_NAME}）",
            f"not a project archive of this program (no {DOCUMENT_NAME})",
        )
    return ArchiveSource(path, document, evidence, max_evidence, zf)


def _open_folder(path: Path, max_evidence: int) -> ArchiveSource:
    document: int | None = None
    evidence: dict[str, int] = {}
    for entry in sorted(path.iterdir()):
        if entry.is_symlink():
            raise _refuse(path, f"{entry.name} 是符号链接", f"{entry.name} is a symbolic link")
        if entry.name == DOCUMENT_NAME and entry.is_file():
            document = entry.stat().st_size
            _check_member_size(path, entry.name, document, MAX_DOCUMENT_BYTES)
        elif entry.name == EVIDENCE_DIR and entry.is_dir():
            for file in sorted(entry.iterdir()):
                name = f"{EVIDENCE_DIR}/{file.name}"
                if file.is_symlink() or not file.is_file() or not _EVIDENCE_NAME.fullmatch(name):
                    raise _refuse(path, f"文件夹中有不认识的文件 {name}", f"unexpected file {name}")
                evidence[file.name] = file.stat().st_size
                _check_member_size(path, name, evidence[file.name], max_evidence)
        else:
            raise _refuse(path, f"文件夹中有不认识的文件 {entry.name}", f"unexpected file {entry.name}")
    if document is None:
        raise _refuse(
            path,
            f"这不是本程序的项目文件夹（缺少 {DOCUMENT_NAME}）",
            f"not a project folder of this program (no {DOCUMENT_NAME})",
        )
    return ArchiveSource(path, document, evidence, max_evidence)
