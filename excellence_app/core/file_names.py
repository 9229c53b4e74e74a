"""File names the program proposes from the user's own text (an organisation's or a cycle's
name, a stored evidence file's name), made acceptable to Windows, macOS and Linux alike.

Only proposals pass through here: a name the user types or picks in a file dialog is theirs.
"""

from __future__ import annotations

import re

# Characters Windows refuses in a name ("/" everywhere); control characters cannot be shown.
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
# Device names Windows reserves whatever the case and the extension ("nul.txt" is NUL too).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in "0123456789¹²³"}
)
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$")
# Linux and macOS allow 255 bytes of UTF-8 in a name, Windows 255 UTF-16 units; an export is
# first written under a name 15 longer, and the whole path should stay within Windows' 260
# characters in an ordinary folder. 150 bytes is 50 Chinese characters or 150 Latin ones.
MAX_BYTES = 150
_ELLIPSIS = "…"


def safe_file_name(text: str, fallback: str = "export") -> str:
    """``text`` (with its extension, if any) as a file name any of the three systems accepts:
    forbidden characters become "_", Windows' device names get a leading "_", trailing dots
    and spaces (which Windows drops) go, and a long name loses its middle, not its extension."""
    name = _FORBIDDEN.sub("_", text).strip()
    found = _EXTENSION.search(name)
    suffix = found.group() if found else ""
    stem = _shorten(name.removesuffix(suffix), MAX_BYTES - len(suffix)).rstrip(" .") or fallback
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    return stem + suffix


def _shorten(stem: str, room: int) -> str:
    """``stem`` in at most ``room`` bytes of UTF-8. The middle goes: the start (whose file) and
    the end (what it is, or which trainee's) tell files apart, and the end must not be lost."""
    if len(stem.encode()) <= room:
        return stem
    tail = ""
    for ch in reversed(stem):
        if len((ch + tail).encode()) > room // 3:
            break
        tail = ch + tail
    head = ""
    for ch in stem:
        if len((head + ch + _ELLIPSIS + tail).encode()) > room:
            break
        head += ch
    return head.rstrip(" ") + _ELLIPSIS + tail
