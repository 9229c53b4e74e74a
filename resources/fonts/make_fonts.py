#!/usr/bin/env python3
"""Regenerate the bundled fonts in this directory from Debian font packages.

Development-time script; the application never imports it.

Needs fontTools plus these Debian packages:
    fonts-arphic-uming fonts-wqy-zenhei fonts-hanazono

Usage:
    python make_fonts.py               # build all fonts, then run the coverage check
    python make_fonts.py --check       # only check the fonts already in this directory
                                       # draw FILE with ReportLab, using the first font
                                       # in the chain that has each character

Output (next to this script):
    ARPLUMingCN.ttf      body     face 0 "AR PL UMing CN" of uming.ttc, whole face
    WenQuanYiZenHei.ttf  heading  face 0 "WenQuanYi Zen Hei" of wqy-zenhei.ttc, whole face
    HanaMinA.ttf         fallback HanaMinA cut down to CJK Ext. A, U+9FA6..U+9FFF, the CJK
                                  compatibility, radical and stroke blocks, and every
                                  required character (GBK, Big5, listed symbols) that the
                                  body or heading font lacks
    HanaMinB.ttf         fallback HanaMinB cut down to CJK Ext. B (U+20000..U+2A6DF)

For every font, embedded bitmaps (EBDT/EBLC) and FontForge's private tables
(BDF, FFTM) are dropped. The TrueType outlines, metrics, vertical metrics,
OpenType layout tables and all name records are kept. A note saying what was
changed and when goes into name ID 10 ("Description"), as the ARPL
(section 2a) and GPL-2 (section 2a) require for modified files.

The licence files are copied verbatim from /usr/share/doc (the GPL-2 text
from /usr/share/common-licenses is appended to the WenQuanYi one).

The output is deterministic: same input packages -> same bytes.
"""

import argparse
import datetime
import os
import shutil
import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/usr/share/fonts/truetype"

# Bump this when the script changes what it does to the fonts: it is the
# "when" of the modification notice and the head.modified timestamp.
MODIFIED_DATE = "2026-11-21"

CJK_COVERAGE_TXT = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "shared", "testdata", "cjk-coverage.txt")
)


def rng(lo, hi):
    return set(range(lo, hi + 1))


# ---------------------------------------------------------------- char sets
def gbk_chars():
    """Every char that a valid 2-byte GBK sequence decodes to (Python 'gbk')."""
    out = set()
    for b1 in range(0x81, 0xFF):
        for b2 in range(0x40, 0xFF):
            try:
                c = bytes((b1, b2)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(c) == 1:
                out.add(ord(c))
    return out


def big5_chars():
    out = set()
    for b1 in range(0x81, 0xFF):
        for b2 in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                c = bytes((b1, b2)).decode("big5")
            except UnicodeDecodeError:
                continue
            if len(c) == 1:
                out.add(ord(c))
    return out


LISTED_SYMBOLS = "℃㎡‰≥≤≠×÷→★※§"

# The extra ranges every body/heading face is checked against.
EXTRA_SETS = {
    "ASCII": rng(0x20, 0x7E),
    "Latin-1": rng(0xA0, 0xFF),
    "General Punctuation": rng(0x2000, 0x206F),
    "CJK Symbols and Punctuation": rng(0x3000, 0x303F),
    "Fullwidth forms": rng(0xFF01, 0xFF5E),
    "Circled 1-20": rng(0x2460, 0x2473),
    "Roman numerals I-XII": rng(0x2160, 0x216B),
    "Listed symbols": {ord(c) for c in LISTED_SYMBOLS},
}


def extra_chars():
    out = set()
    for s in EXTRA_SETS.values():
        out |= s
    return out


def is_invisible(cp):
    """Format controls, line/paragraph separators and spaces: a font is not
    expected to draw these, the layout engine handles them."""
    return unicodedata.category(chr(cp)) in ("Cf", "Zl", "Zp", "Zs", "Cn")


EXT_A = rng(0x3400, 0x4DBF)
URO_NEW = rng(0x9FA6, 0x9FFF)  # Unicode 4.1..14 additions to the URO
EXT_B = rng(0x20000, 0x2A6DF)
CJK_MISC = (
    rng(0x2E80, 0x2EFF)  # CJK Radicals Supplement
    | rng(0x2F00, 0x2FDF)  # Kangxi Radicals
    | rng(0x2FF0, 0x2FFF)  # Ideographic Description Characters
    | rng(0x31C0, 0x31EF)  # CJK Strokes
    | rng(0xF900, 0xFAFF)
)  # CJK Compatibility Ideographs


# ------------------------------------------------------------------ fonts
FONTS = [
    # out file, source, TTC face index, role
    ("ARPLUMingCN.ttf", f"{SRC}/arphic/uming.ttc", 0, "body"),
    ("WenQuanYiZenHei.ttf", f"{SRC}/wqy/wqy-zenhei.ttc", 0, "heading"),
    ("HanaMinA.ttf", f"{SRC}/hanazono/HanaMinA.ttf", None, "fallback"),
    ("HanaMinB.ttf", f"{SRC}/hanazono/HanaMinB.ttf", None, "fallback"),
]
CHAIN = [f[0] for f in FONTS]  # lookup order: body, heading, HanaMinA, HanaMinB

DEBIAN_PACKAGE = {
    "ARPLUMingCN.ttf": "fonts-arphic-uming",
    "WenQuanYiZenHei.ttf": "fonts-wqy-zenhei",
    "HanaMinA.ttf": "fonts-hanazono",
    "HanaMinB.ttf": "fonts-hanazono",
}


def load(path, index=None):
    return TTFont(path, fontNumber=index if index is not None else -1, lazy=False)


def cmap_of(path, index=None):
    f = TTFont(path, fontNumber=index if index is not None else -1, lazy=True)
    cm = set(f.getBestCmap())
    f.close()
    return cm


def package_version(pkg):
    try:
        with open("/var/lib/dpkg/status", encoding="utf-8") as fh:
            block = fh.read().split("\n\n")
        for b in block:
            if f"Package: {pkg}\n" in b + "\n":
                for line in b.splitlines():
                    if line.startswith("Version: "):
                        return line.split(": ", 1)[1]
    except OSError:
        pass
    return "unknown"


def subset_font(font, unicodes, note):
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.glyph_names = True  # keep post glyph names where the source has them
    opts.notdef_outline = True
    opts.legacy_cmap = False  # keep only Unicode cmap subtables
    opts.prune_unicode_ranges = False
    opts.prune_codepage_ranges = False  # keep OS/2 writing-system bits (Qt uses them)
    opts.drop_tables += ["BDF", "FFTM"]
    s = subset.Subsetter(opts)
    s.populate(unicodes=unicodes)
    s.subset(font)

    name = font["name"]
    for rec in list(name.names):
        if rec.nameID == 10:
            name.removeNames(nameID=10, platformID=rec.platformID, platEncID=rec.platEncID, langID=rec.langID)
    name.setName(note, 10, 3, 1, 0x409)
    name.setName(note, 10, 1, 0, 0)

    stamp = datetime.datetime.strptime(MODIFIED_DATE, "%Y-%m-%d")
    epoch = datetime.datetime(1904, 1, 1)
    font["head"].modified = int((stamp - epoch).total_seconds())
    font.recalcTimestamp = False


LICENSE_FILES = [
    # out file, source parts (concatenated, blank line between)
    ("LICENSE-ARPL.txt", ["/usr/share/doc/fonts-arphic-uming/copyright"]),
    ("ARPHICPL.TXT", ["/usr/share/doc/fonts-arphic-uming/license/english/ARPHICPL.TXT.gz"]),
    (
        "LICENSE-WQY-ZenHei.txt",
        ["/usr/share/doc/fonts-wqy-zenhei/copyright", "/usr/share/common-licenses/GPL-2"],
    ),
    ("LICENSE-Hanazono.txt", ["/usr/share/doc/fonts-hanazono/copyright"]),
    ("LICENSE-Liberation.txt", ["/usr/share/doc/fonts-liberation2/copyright"]),
]
# Copied unchanged (its licence reserves the name for unmodified fonts): the PDF sets Latin
# letters and digits of body text in it.
LATIN_FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


def copy_licenses():
    import gzip

    for out, parts in LICENSE_FILES:
        chunks = []
        for src in parts:
            opener = gzip.open if src.endswith(".gz") else open
            with opener(src, "rb") as fh:
                chunks.append(fh.read())
        with open(os.path.join(HERE, out), "wb") as fh:
            fh.write(b"\n".join(chunks))
        print(f"wrote {out}")


def build():
    copy_licenses()
    shutil.copyfile(LATIN_FONT, os.path.join(HERE, os.path.basename(LATIN_FONT)))
    body_cm = cmap_of(FONTS[0][1], FONTS[0][2])
    head_cm = cmap_of(FONTS[1][1], FONTS[1][2])
    required = gbk_chars() | big5_chars() | extra_chars()
    gaps = (required - body_cm) | (required - head_cm)

    for out, src, index, _role in FONTS:
        font = load(src, index)
        src_cm = set(font.getBestCmap())
        pkg = DEBIAN_PACKAGE[out]
        what = f"{os.path.basename(src)}" + (f" face {index}" if index is not None else "")
        if out == "HanaMinA.ttf":
            wanted = EXT_A | URO_NEW | CJK_MISC | gaps
            how = (
                "subset to CJK Ext. A, U+9FA6-9FFF, CJK radicals/strokes/compatibility "
                "ideographs and the GBK/Big5/symbol characters missing from the body "
                "or heading font"
            )
        elif out == "HanaMinB.ttf":
            wanted = EXT_B
            how = "subset to CJK Ext. B (U+20000-2A6DF)"
        else:
            wanted = src_cm
            how = "extracted as a single TrueType font, all characters kept"
        unicodes = sorted(src_cm & wanted)
        note = (
            f"Modified {MODIFIED_DATE} by make_fonts.py (bundled app fonts): "
            f"from {what} of Debian package {pkg} {package_version(pkg)}; {how}; "
            f"embedded bitmaps and FontForge private tables removed. "
            f"Outlines unchanged."
        )
        if pkg == "fonts-wqy-zenhei":
            note += " The font embedding exception of the original licence is kept."
        subset_font(font, unicodes, note)
        dst = os.path.join(HERE, out)
        font.save(dst)
        font.close()
        print(f"wrote {out}: {len(unicodes)} chars, {os.path.getsize(dst):,} bytes")


# --------------------------------------------------------------- checking
def fmt(cps, limit=None):
    cps = sorted(cps)
    shown = cps if limit is None else cps[:limit]
    s = " ".join(f"U+{c:04X}" for c in shown)
    if limit is not None and len(cps) > limit:
        s += f" ... (+{len(cps) - limit})"
    return s


def check(verbose=False):
    ok = True
    cms = {name: cmap_of(os.path.join(HERE, name)) for name in CHAIN}
    gbk = gbk_chars()
    big5 = big5_chars()
    for name, role in ((FONTS[0][0], "body"), (FONTS[1][0], "heading")):
        cm = cms[name]
        miss = gbk - cm
        print(
            f"[{role}] {name}: {len(cm)} chars; GBK missing {len(miss)}/{len(gbk)}; "
            f"Big5 missing {len(big5 - cm)}/{len(big5)}"
        )
        if miss:
            print("   GBK missing:", fmt(miss, None if verbose else 30))
        for label, s in EXTRA_SETS.items():
            m = s - cm
            if m:
                vis = {c for c in m if not is_invisible(c)}
                inv = m - vis
                print(
                    f"   {label}: missing {len(m)}"
                    + (f"; visible: {''.join(map(chr, sorted(vis)))} ({fmt(vis)})" if vis else "")
                    + (f"; spaces/format controls: {fmt(inv)}" if inv else "")
                )

    union = set().union(*cms.values())
    blocks = EXTRA_SETS["General Punctuation"] | EXTRA_SETS["CJK Symbols and Punctuation"]
    need = gbk | big5 | (extra_chars() - blocks)
    m = {c for c in need - union if not is_invisible(c)}
    print(f"[chain] GBK, Big5 and the listed characters missing from all four fonts: {len(m)} {fmt(m)}")
    ok &= not m
    m = {c for c in blocks - union if not is_invisible(c)}
    print(
        f"[chain] (info) visible chars of U+2000-206F/U+3000-303F missing from all "
        f"four fonts: {''.join(map(chr, sorted(m)))} ({fmt(m)})"
    )

    a, b = cms["HanaMinA.ttf"], cms["HanaMinB.ttf"]
    src_a = cmap_of(f"{SRC}/hanazono/HanaMinA.ttf")
    src_b = cmap_of(f"{SRC}/hanazono/HanaMinB.ttf")
    for label, want, have, src in (
        ("HanaMinA Ext. A", EXT_A, a, src_a),
        ("HanaMinA U+9FA6-9FFF", URO_NEW, a, src_a),
        ("HanaMinB Ext. B", EXT_B, b, src_b),
    ):
        lost = (want & src) - have
        absent = want - src
        print(
            f"[fallback] {label}: {len(want & have)} chars; lost by subsetting: {len(lost)}; "
            f"not in the source font at all: {fmt(absent) if absent else 'none'}"
        )
        ok &= not lost

    if os.path.exists(CJK_COVERAGE_TXT):
        text = Path(CJK_COVERAGE_TXT).read_text(encoding="utf-8")
        chars = sorted({c for c in text if c not in "\n\r"}, key=ord)
        print(f"[cjk-coverage.txt] {len(chars)} distinct chars")
        for c in chars:
            first = next((n for n in CHAIN if ord(c) in cms[n]), None)
            if first != CHAIN[0]:
                print(f"   {c} U+{ord(c):04X} -> {first}")
            if first is None:
                ok = False
    print("CHECK", "OK" if ok else "FAILED")
    return ok


# --------------------------------------------------------------- pdf test
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check existing fonts")
    ap.add_argument("--verbose", action="store_true", help="list all missing chars")
    args = ap.parse_args()
    if not args.check:
        build()
    return 0 if check(args.verbose) else 1


if __name__ == "__main__":
    sys.exit(main())
