"""Checks a Word file before any XML in it is parsed.

The file comes from anywhere: last year's report, a consultant's draft, an e-mail
attachment. It might be an old .doc, a password-protected file, a .docm with macros, a
workbook renamed to .docx, a zip bomb or XML that declares entities. Each is refused
with one line that says what to do. Only the zip's directory, the content types and the
first bytes of each XML part are read here; the file itself is read once into memory,
so it is never locked, changed or left half read.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

from excellence_app.core.errors import AppError

# A report with photographs and charts is far larger than a workbook; the text in it is small.
MAX_FILE_BYTES = 60 * 1024 * 1024  # compressed, as it lies on disk
MAX_XML_BYTES = 100 * 1024 * 1024  # all XML parts unpacked (media are never unpacked)
MAX_MEMBERS = 5_000
MAX_RATIO = 100  # unpacked ÷ packed, for any part larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # encrypted OOXML, .doc, .wps
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TYPES = ("macroEnabled", "vbaProject", "vbaData", "ms-office.activeX")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_CONTENT_TYPE = re.compile(rb'ContentType="([^"]+)"')


class WordFileRefused(AppError):
    """The file cannot be read as a Word report; the line says why and what to do."""


# What zipfile raises for a damaged archive: a bad directory, a bad deflate stream, a cut-off
# member, an impossible header value, and NotImplementedError for a compression method or an
# encryption it does not read (a hostile or foreign file, refused as damaged).
UNREADABLE_ZIP: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
)


def refuse(zh: str, en: str) -> WordFileRefused:
    return WordFileRefused(zh, en)


def read_checked(path: Path) -> bytes:
    """The bytes of a Word file that may be parsed, or :class:`WordFileRefused`."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise refuse(f"无法读取文件 {name}：{exc.strerror}", f"cannot read {name}: {exc.strerror}") from None
    if not path.is_file():
        raise refuse(f"{name} 不是文件", f"{name} is not a file")
    if size > MAX_FILE_BYTES:
        raise refuse(
            f"文件 {name} 过大（{size / 1048576:.1f} MB，上限 {MAX_FILE_BYTES // 1048576} MB）；"
            "可先删去图片再导入",
            f"{name} is too large ({size / 1048576:.1f} MB, limit {MAX_FILE_BYTES // 1048576} MB); "
            "remove the pictures first",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise refuse(f"无法读取文件 {name}：{exc.strerror}", f"cannot read {name}: {exc.strerror}") from None
    _check_kind(name, data)
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            _check_members(name, z)
    except (*UNREADABLE_ZIP, zipfile.LargeZipFile, OSError):
        raise refuse(f"Word 文件 {name} 已损坏，无法打开", f"the Word file {name} is damaged") from None
    return data


def _check_kind(name: str, data: bytes) -> None:
    if not data.strip():
        raise refuse(f"文件 {name} 是空的", f"{name} is empty")
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise refuse(
                f"Word 文件 {name} 设有打开密码；请在 Word 中去掉密码后再导入",
                f"{name} is password-protected; remove the password in Word and import again",
            )
        raise refuse(
            f"{name} 是旧版 Word（.doc）或 WPS 格式；请在 Word 或 WPS 中另存为 .docx 后再导入",
            f"{name} is an old Word (.doc) or WPS file; save it as .docx and import again",
        )
    if data.lstrip().startswith(b"{\\rtf"):
        raise refuse(
            f"{name} 是 RTF 文件；请在 Word 中另存为 .docx 后再导入",
            f"{name} is an RTF file; save it as .docx in Word and import again",
        )
    if not data.startswith(b"PK"):
        raise refuse(f"{name} 不是 Word 文档（.docx）", f"{name} is not a Word document (.docx)")


def _check_members(name: str, z: zipfile.ZipFile) -> None:
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refuse(
            f"Word 文件 {name} 内部文件过多（{len(infos)} 个）", f"too many parts in {name} ({len(infos)})"
        )
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names:
        raise refuse(f"{name} 不是 Word 文档（.docx）", f"{name} is not a Word document (.docx)")
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse(
                f"Word 文件 {name} 已加密，请去掉密码后再导入", f"{name} is encrypted; remove the password"
            )
        part = info.filename
        if ".." in part.split("/") or part.startswith("/") or "\\" in part:
            raise refuse(
                f"Word 文件 {name} 含有可疑的内部路径 {part}", f"{name} holds a suspicious part name: {part}"
            )
        if re.search(r"vbaProject|vbaData", part, re.IGNORECASE):
            raise refuse(
                f"Word 文件 {name} 含有宏（{part}），为安全起见不予导入；请另存为不含宏的 .docx",
                f"{name} contains macros ({part}); refused for safety: save it as a .docx without macros",
            )
    xml_infos = [i for i in infos if i.filename.endswith((".xml", ".rels"))]
    total = 0
    for info in xml_infos:
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and info.file_size / packed > MAX_RATIO:
            raise refuse(
                f"Word 文件 {name} 的内部文件 {info.filename} 压缩比异常（{info.file_size // packed}:1），疑似压缩炸弹",
                f"part {info.filename} of {name} unpacks {info.file_size // packed} times its size: a zip bomb",
            )
    if total > MAX_XML_BYTES:
        raise refuse(
            f"Word 文件 {name} 解压后过大（{total / 1048576:.0f} MB）",
            f"{name} unpacks to {total / 1048576:.0f} MB of XML, too large",
        )
    main, types = _content_types(name, z.read("[Content_Types].xml"))
    if any(mark in ctype for ctype in types for mark in MACRO_TYPES):
        raise refuse(
            f"{name} 是含宏的 Word 文件（.docm），为安全起见不予导入；请另存为 .docx",
            f"{name} is a macro-enabled Word file (.docm); refused for safety: save it as .docx",
        )
    if main not in (WORD_MAIN, WORD_TEMPLATE):
        raise refuse(f"{name} 不是 Word 文档（.docx）", f"{name} is not a Word document (.docx)")
    for info in xml_infos:
        # Every XML part is unpacked once (its size is bounded above): a damaged one is named
        # now, and a DTD is refused before lxml could expand its entities (billion laughs).
        dtd = False
        try:
            with z.open(info) as part:
                tail = b""
                while chunk := part.read(1 << 20):
                    # Anywhere in the part: a DTD may follow a long comment before the root.
                    dtd = dtd or b"<!DOCTYPE" in tail + chunk or b"<!ENTITY" in tail + chunk
                    tail = chunk[-16:]
        except UNREADABLE_ZIP:
            raise refuse(
                f"Word 文件 {name} 的内部文件 {info.filename} 已损坏，无法解压",
                f"part {info.filename} of {name} is damaged and cannot be unpacked",
            ) from None
        if dtd:
            raise refuse(
                f"Word 文件 {name} 的内部文件 {info.filename} 含有文档类型声明（DTD），为安全起见不予导入",
                f"part {info.filename} of {name} declares a DTD; refused for safety",
            )


def _content_types(name: str, content_types: bytes) -> tuple[str, list[str]]:
    """The content type of the main document part (it tells .docx, .docm, .xlsx and .pptx
    apart) and every content type the file declares."""
    if b"<!DOCTYPE" in content_types or b"<!ENTITY" in content_types:
        raise refuse(
            f"Word 文件 {name} 的内容类型表含有文档类型声明（DTD），为安全起见不予导入",
            f"the content types of {name} declare a DTD; refused for safety",
        )
    types = [t.decode("utf-8", "replace") for t in _CONTENT_TYPE.findall(content_types)]
    main = next((t for t in types if t.endswith(".main+xml")), "")
    return main, types
