"""Checks a workbook file before any Excel library opens it.

A workbook comes back from another laptop and might be anything: too big, not a
workbook at all, encrypted, a zip bomb, or carrying links, macros or embedded objects.
Only the zip's directory and the first bytes of its XML parts are read here.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # compressed, as it lies on disk
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all parts unpacked
MAX_MEMBERS = 1_000
MAX_RATIO = 100  # unpacked ÷ packed, for any part larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # encrypted OOXML and old .xls files

_ALLOWED = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/[\w.-]+\.xml|customXml/[\w./-]+"
    r"|xl/(workbook\.xml|styles\.xml|sharedStrings\.xml|calcChain\.xml|metadata\.xml"
    r"|_rels/workbook\.xml\.rels|theme/theme\d+\.xml|worksheets/sheet\d+\.xml"
    r"|worksheets/_rels/sheet\d+\.xml\.rels|(drawings|charts|printerSettings|threadedComments"
    r"|persons|tables|media|richData|customXml)/[\w./-]+|comments\d*\.xml))$"
)

# Parts refused with their own reason, since the user can do something about each.
_REFUSED = (
    ("xl/externalLinks/", "含有指向其他文件的外部链接", "contains links to other files (external links)"),
    ("xl/vbaProject", "含有宏", "contains macros"),
    ("xl/embeddings/", "含有嵌入的对象或文件", "contains embedded objects or files"),
    ("xl/activeX/", "含有 ActiveX 控件", "contains ActiveX controls"),
    ("xl/connections.xml", "含有外部数据连接", "contains external data connections"),
)


def check_workbook_file(path: Path) -> list[tuple[str, str]]:
    """Every reason (Chinese, English) why the file must not be opened; empty when it may."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        return [(f"无法读取文件：{exc.strerror}", f"cannot read the file: {exc.strerror}")]
    if size > MAX_FILE_BYTES:
        return [
            (
                f"文件过大（{size / 1048576:.1f} MB，上限 {MAX_FILE_BYTES // 1048576} MB）",
                f"file too large ({size / 1048576:.1f} MB, limit {MAX_FILE_BYTES // 1048576} MB)",
            )
        ]
    if head == OLE_MAGIC:
        return [
            (
                "文件设有打开密码，或是旧版 .xls 格式；请去掉密码并另存为 .xlsx 后再导入",
                "the file is password-protected or an old .xls file; remove the password and "
                "save it as .xlsx",
            )
        ]
    if not zipfile.is_zipfile(path):
        return [("不是 Excel 工作簿（.xlsx）", "not an Excel workbook (.xlsx)")]
    try:
        with zipfile.ZipFile(path) as z:
            return _check_members(z)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        return [("工作簿文件已损坏", f"the workbook file is damaged ({exc})")]


def _check_members(z: zipfile.ZipFile) -> list[tuple[str, str]]:
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        return [(f"工作簿内部文件过多（{len(infos)} 个）", f"too many parts in the workbook ({len(infos)})")]
    problems: list[tuple[str, str]] = []
    total = 0
    for info in infos:
        name = info.filename
        if info.flag_bits & 0x1:
            return [("工作簿已加密，请去掉密码后再导入", "the workbook is encrypted; remove the password")]
        refused = next((r for r in _REFUSED if name.startswith(r[0])), None)
        if refused:
            problems.append(
                (
                    f"工作簿{refused[1]}（{name}），为安全起见不予导入",
                    f"the workbook {refused[2]} ({name}); refused for safety",
                )
            )
            continue
        if ".." in name or name.startswith("/") or "\\" in name or not _ALLOWED.match(name):
            problems.append((f"工作簿含有意外的内部文件 {name}", f"unexpected part in the workbook: {name}"))
            continue
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and info.file_size / packed > MAX_RATIO:
            problems.append(
                (
                    f"工作簿的内部文件 {name} 压缩比异常（{info.file_size // packed}:1），疑似压缩炸弹",
                    f"part {name} unpacks {info.file_size // packed} times its size: a zip bomb",
                )
            )
    if total > MAX_TOTAL_BYTES:
        problems.append(
            (
                f"工作簿解压后过大（{total / 1048576:.0f} MB）",
                f"the workbook unpacks to {total / 1048576:.0f} MB, too large",
            )
        )
    if problems:
        return problems
    for info in infos:
        # Every part is unpacked once here (its size is bounded above), so a damaged one is
        # named now rather than failing deep inside the Excel library without its name.
        try:
            with z.open(info) as part:
                start = part.read(2048)
                while part.read(1 << 20):
                    pass
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            problems.append(
                (
                    f"工作簿的内部文件 {info.filename} 已损坏，无法解压",
                    f"part {info.filename} of the workbook is damaged and cannot be unpacked ({exc})",
                )
            )
            continue
        if info.filename.endswith((".xml", ".rels")) and (b"<!DOCTYPE" in start or b"<!ENTITY" in start):
            problems.append(
                (
                    f"工作簿的内部文件 {info.filename} 含有文档类型声明，不予导入",
                    f"part {info.filename} declares a DOCTYPE; refused",
                )
            )
    return problems
