"""Every workbook the program writes opens in WPS 表格 as it does in Excel (issue 19, part 5).

Many Chinese offices, government ones most of all, run WPS 2016/2019 or Excel 2010-2016, which
lack the functions and file parts newer Excel writes. So each workbook is read back as XML
(what WPS reads, not what openpyxl makes of it) and held to what both have had for years:
formula functions from a named list, no ``_xlfn.`` functions, drop-down lists within Excel's
255 characters, no Office 2010+ extension parts, sheet protection without a modern password
hash, and only fonts a Chinese Windows has. The numbers themselves stay LibreOffice's and the
``formulas`` package's to check (test_scoring_workbook.py, test_submission_table.py).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
import yaml
from builders import new_project
from lxml import etree
from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils import FORMULAE, column_index_from_string

from excellence_app import paths
from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.services import exports
from excellence_app.services.score_import import import_scores

# Functions a formula may call. Each is in the first edition of the file format (ECMA-376,
# Excel 2007), which needs no _xlfn. prefix and which openpyxl lists as FORMULAE; Excel 2010
# has them all. WPS's own help documents LOOKUP in both of its forms, the array form included
# (WPS学院, https://www.wps.cn/learning/course/detail/id/130); for the others no WPS page was
# found here, but none is newer than Excel 97. Not here on purpose: IFS, SWITCH, MAXIFS,
# MINIFS, CONCAT, TEXTJOIN (Excel 2019), XLOOKUP, FILTER, UNIQUE, SORT, LET (Excel 2021/365),
# all written with _xlfn. and shown as #NAME? where missing (Microsoft, "Issue: An _xlfn.
# prefix is displayed in front of a formula",
# https://support.microsoft.com/excel/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula).
ALLOWED_FUNCTIONS = frozenset(
    {
        "ABS",
        "AND",
        "AVERAGE",
        "COUNT",
        "COUNTA",
        "COUNTIF",
        "IF",
        "INDEX",
        "ISBLANK",
        "ISNUMBER",
        "LOOKUP",
        "MATCH",
        "MAX",
        "MEDIAN",
        "MIN",
        "NOT",
        "OR",
        "ROUND",
        "ROUNDDOWN",
        "ROUNDUP",
        "SUM",
        "SUMIF",
        "SUMPRODUCT",
        "VLOOKUP",
    }
)
# Fonts a Chinese Windows has: Windows 10's font list (Microsoft, "Windows 10 font list",
# https://learn.microsoft.com/typography/fonts/windows_10_font_list) has Arial, Calibri,
# Cambria, Times New Roman, 宋体/新宋体 and 微软雅黑 (W3C's clreq system-font mappings also list
# 宋体 as built into Windows 11); 等线, 黑体, 仿宋 and 楷体 are its "Chinese (Simplified)
# Supplemental Fonts", installed with the Chinese language. Either spelling names the same font.
ALLOWED_FONTS = frozenset(
    {
        "Arial",
        "Calibri",
        "Cambria",
        "Times New Roman",
        "宋体",
        "SimSun",
        "新宋体",
        "NSimSun",
        "微软雅黑",
        "Microsoft YaHei",
        "等线",
        "DengXian",
        "黑体",
        "SimHei",
        "仿宋",
        "FangSong",
        "楷体",
        "KaiTi",
    }
)
# How a protected sheet or workbook may keep its password: not at all (the program's choice:
# protection against slips, not a lock), or the legacy 16-bit hash of the first edition's
# "password" attribute. Not the SHA-512 hash with a spin count (algorithmName, hashValue,
# saltValue) that Excel 2013 writes: no WPS documentation says it checks one.
ALLOWED_PROTECTION = frozenset({"none", "legacy"})
INLINE_LIST_LIMIT = 255  # characters of an inline drop-down list Excel keeps (XlsxWriter's docs)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
# Every Office 2010+ extension (x14 data bars and validations, x15, chart c14/c15/c16, chartex,
# revisions) has a namespace under this address and is wrapped in extLst or mc:AlternateContent.
MICROSOFT = "http://schemas.microsoft.com/office/"
COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NEWER_PARTS = re.compile(r"chartEx|/metadata\.xml$|/richData/|/threadedComments/|/persons/", re.I)
HEADER_FONT = re.compile(r'&"([^",]+)(?:,[^"]*)?"')
RANGE = re.compile(r"^(?:'(?:[^']|'')+'!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$")
HASH_ATTRIBUTES = ("algorithmName", "workbookAlgorithmName", "revisionsAlgorithmName")
LEGACY_ATTRIBUTES = ("password", "workbookPassword", "revisionsPassword")


@dataclass
class Scan:
    """What a workbook's XML uses, and every way it strays from what WPS and Excel 2010 share."""

    functions: set[str] = field(default_factory=set)
    fonts: set[str] = field(default_factory=set)
    lists: list[str] = field(default_factory=list)  # each list validation's source
    protections: list[str] = field(default_factory=list)  # each protection's algorithm
    problems: list[str] = field(default_factory=list)


def scan(path: Path) -> Scan:
    found = Scan()
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if NEWER_PARTS.search(name):
                found.problems.append(f"{name}: a part newer than Excel 2010")
            if name.endswith((".xml", ".rels")):
                _part(name, archive.read(name), found)
    for function in found.functions - ALLOWED_FUNCTIONS:
        found.problems.append(f"function {function} is not in the allowed list")
    for font in found.fonts - ALLOWED_FONTS:
        found.problems.append(f"font {font} is not on a Chinese Windows")
    for algorithm in set(found.protections) - ALLOWED_PROTECTION:
        found.problems.append(f"protection hashed with {algorithm}")
    return found


def _part(name: str, data: bytes, found: Scan) -> None:
    for prefix in (b"_xlfn.", b"_xlws.", b"_xlpm."):
        if prefix in data:
            found.problems.append(f"{name}: a function written {prefix.decode()} (newer than Excel 2010)")
    root = etree.fromstring(data)
    for el in root.iter(etree.Element):
        tag = etree.QName(el)
        spaces = [tag.namespace or "", *(etree.QName(a).namespace or "" for a in el.attrib)]
        if tag.localname == "extLst" or any(s.startswith((MICROSOFT, COMPATIBILITY)) for s in spaces):
            found.problems.append(f"{name}: an Office 2010+ extension <{tag.localname}>")
    for f in [*root.iter(f"{{{MAIN}}}f"), *root.iter(f"{{{MAIN}}}formula"), *root.iter(f"{{{CHART}}}f")]:
        _formula(f.text or "", found)
    for dn in root.iter(f"{{{MAIN}}}definedName"):
        _formula(dn.text or "", found)
    for c in root.iter(f"{{{MAIN}}}c"):
        if "cm" in c.attrib:  # the cell metadata of a dynamic-array (spilling) formula
            found.problems.append(f"{name}!{c.get('r')}: a dynamic-array formula")
    for dv in root.iter(f"{{{MAIN}}}dataValidation"):
        _validation(name, dv, found)
    for tag in ("sheetProtection", "workbookProtection"):
        for el in root.iter(f"{{{MAIN}}}{tag}"):
            hashed = [el.get(a) for a in HASH_ATTRIBUTES if el.get(a)]
            legacy = any(el.get(a) for a in LEGACY_ATTRIBUTES)
            found.protections.append(hashed[0] if hashed else "legacy" if legacy else "none")
    _fonts(name, root, found)


def _formula(text: str, found: Scan) -> None:
    for token in Tokenizer("=" + text.removeprefix("=")).items:
        if token.type == Token.FUNC and token.subtype == Token.OPEN:
            found.functions.add(token.value[:-1].upper())


def _validation(name: str, dv: etree._Element, found: Scan) -> None:
    formulas = [f.text or "" for f in dv if etree.QName(f).localname in ("formula1", "formula2")]
    for text in formulas:
        _formula(text, found)
    if dv.get("type") != "list":
        return
    source = formulas[0] if formulas else ""
    found.lists.append(source)
    if source.startswith('"'):
        if len(source) - 2 > INLINE_LIST_LIMIT:
            found.problems.append(f"{name} {dv.get('sqref')}: an inline list of {len(source) - 2} characters")
    elif not RANGE.match(source):
        found.problems.append(f"{name} {dv.get('sqref')}: a list from {source}, neither inline nor a range")


def _fonts(name: str, root: etree._Element, found: Scan) -> None:
    named: list[str | None] = []
    if name == "xl/styles.xml":
        # A font without a name (openpyxl's Font(size=10)) takes the workbook's Normal font.
        named += [
            n.get("val")
            for n in root.iter(f"{{{MAIN}}}name")
            if etree.QName(n.getparent()).localname == "font"
        ]
    for tag in ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"):
        for hf in root.iter(f"{{{MAIN}}}{tag}"):
            named += HEADER_FONT.findall(hf.text or "")
    if name.startswith("xl/theme/"):
        # The body and heading fonts, and the one for Simplified Chinese; the theme's fonts
        # for other scripts (Japanese, Korean, Arabic …) are used only for those scripts.
        for scheme in ("majorFont", "minorFont"):
            for part in root.iter(f"{{{DRAWING}}}{scheme}"):
                for el in part:
                    if etree.QName(el).localname in ("latin", "ea", "cs") or el.get("script") == "Hans":
                        named.append(el.get("typeface"))
    elif name.startswith(("xl/charts/", "xl/drawings/")):
        for tag in ("latin", "ea", "cs", "sym"):
            named += [el.get("typeface") for el in root.iter(f"{{{DRAWING}}}{tag}")]
    # An empty typeface names none; "+mn-lt" and its kind name the theme's.
    found.fonts.update(f for f in named if f and not f.startswith("+"))


# --- the workbooks --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def workbooks(sample, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each kind of workbook of the sample organisation (two cycles, so 年度对比 and 改进机会落实),
    with a trainee (培训校准), as the services write them for the command line and the window."""
    svc, cycle = sample
    trainee = svc.scoring.add_assessor(cycle, "学员甲", "trainee")
    for item_id, percent in {"4.1.2": 70, "4.1.3": 40, "4.2.2": 55}.items():
        svc.scoring.set_score(trainee.id, item_id, percent=percent)
    folder = tmp_path_factory.mktemp("wps")
    books = {kind: folder / f"{kind}.xlsx" for kind in ("scoring", "submission", "assessor", "new assessor")}
    exports.export_xlsx(svc, cycle, books["scoring"])
    exports.export_xlsx(svc, cycle, books["submission"], kind="submission")
    exports.export_assessor_workbook(svc, cycle, books["assessor"], svc.snapshot(cycle).team[0].name)
    exports.export_assessor_workbook(svc, cycle, books["new assessor"], "新评审员")
    return books


@pytest.mark.parametrize("kind", ["scoring", "submission", "assessor", "new assessor"])
def test_every_workbook_stays_within_what_excel_2010_and_wps_share(workbooks, kind: str) -> None:
    found = scan(workbooks[kind])
    assert found.problems == []


def test_the_checks_see_each_workbooks_features(workbooks) -> None:
    """The scan finds what it checks: an empty finding is a workbook without the feature,
    not a check that looked nowhere."""
    scoring, submission, assessor = (scan(workbooks[k]) for k in ("scoring", "submission", "assessor"))
    # 评分汇总, 评审差异, 培训校准: the functions the writers use today.
    assert scoring.functions >= {"ROUND", "SUM", "SUMIF", "IF", "LOOKUP", "COUNT", "MIN", "MAX", "AVERAGE"}
    assert scoring.functions >= {"AND", "ISNUMBER", "ABS"}
    assert "培训校准" in openpyxl.load_workbook(workbooks["scoring"], read_only=True).sheetnames
    assert submission.functions == set()  # the 自评表 holds values, not formulas
    assert submission.fonts == {"宋体", "Times New Roman"}
    assert scoring.fonts == {"Calibri", "Cambria", "宋体"}  # openpyxl's Normal font and theme
    assert set(assessor.protections) == {"none"} and len(assessor.protections) == 5  # 4 sheets, the book
    assert '"优势,改进机会"' in assessor.lists and f"'{L.META_SHEET}'!$D$1:$D$23" in assessor.lists


def test_the_allowed_functions_need_no_prefix_in_any_excel() -> None:
    """Each allowed function is one of the file format's first edition (openpyxl's list):
    Excel 2007 and later read it as written, with no _xlfn. in front."""
    assert ALLOWED_FUNCTIONS <= FORMULAE
    assert not {"IFS", "SWITCH", "MAXIFS", "CONCAT", "TEXTJOIN", "XLOOKUP"} & ALLOWED_FUNCTIONS


# --- a pack whose drop-down list cannot be written inline -----------------------------------------
LONG_TITLES = {
    "approach": "方法：组织是否有明确、系统、可重复运用的流程，职责、工具与衡量方式是否齐备并能稳定地产生预期效果",
    "deployment": "展开：方法是否在所有相关的部门、层级、场所和员工中一贯落实于日常工作，而不只停留在文件上",
    "learning": "学习：是否通过评价、改进、创新与分享，不断使方法更加完善、更加有效，并把经验传到其他部门",
    "integration": "整合：方法是否与组织的战略、其他过程、测量分析和改进相互协调、彼此支撑，形成一个整体",
    "level": "水平：关键结果在所用测量尺度上的当前绩效，是否达到或超过组织自己定下的目标",
    "trend": "趋势：关键结果改进的速度和广度，是否有至少三个时期的数据点表明持续向好",
    "comparison": "对比：关键结果与竞争对手、行业标杆和同类组织的水平相比处于什么位置",
}
# Short, but one holds a comma, which an inline list would take for two entries.
COMMA_TITLES = {
    "approach": "方法",
    "deployment": "展开",
    "learning": "学习, 改进",
    "integration": "整合",
    "level": "水平",
    "trend": "趋势",
    "comparison": "对比",
}


def _pack(home: Path, titles: dict[str, str]) -> str:
    """The built-in pack with the factors renamed."""
    raw = yaml.safe_load((paths.criteria_dir() / "gbt19580-2012.yaml").read_text(encoding="utf-8"))
    raw["id"] = "renamed-factors"
    for kind in ("process", "results"):
        for factor in raw["factors"][kind]:
            factor["title"] = titles[factor["key"]]
    (home / "criteria").mkdir(parents=True, exist_ok=True)
    (home / "criteria" / "renamed-factors.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    return raw["id"]


@pytest.mark.parametrize("titles", [LONG_TITLES, COMMA_TITLES], ids=["long", "comma"])
def test_a_list_that_cannot_be_inline_comes_from_a_hidden_range(
    titles: dict[str, str], _user_home: Path, tmp_path: Path
) -> None:
    with new_project(tmp_path / "p.exa", framework_id=_pack(_user_home, titles)) as svc:
        book = tmp_path / "评审员.xlsx"
        exports.export_assessor_workbook(svc, svc.cycles.all()[0].id, book, "李娜")
        found = scan(book)
        assert found.problems == []
        wb = openpyxl.load_workbook(book)
        ws = wb[L.COMMENT_SHEET]
        factor_cell = f"E{L.COMMENT_FIRST_ROW}"
        (source,) = [dv.formula1 for dv in ws.data_validations.dataValidation if factor_cell in dv.sqref]
        assert RANGE.match(source), f"the 要素 list is {source}, not a range"
        sheet, cells = source.split("!")
        first, last = cells.replace("$", "").split(":")
        assert sheet == f"'{L.META_SHEET}'" and first[:1] == last[:1] and first[1:] == "1"
        column = column_index_from_string(first[:1])
        assert column >= L.LIST_OVERFLOW_COL  # beside the identity, which the import reads as before
        meta = wb[L.META_SHEET]
        entries = [meta.cell(row, column).value for row in range(1, int(last[1:]) + 1)]
        assert entries == list(dict.fromkeys(titles.values()))
        assert '"优势,改进机会"' in found.lists and '"高,中,低"' in found.lists  # short lists stay inline
        assert import_scores(svc, book).ok  # and the workbook still goes back in


def test_the_long_titles_are_too_long_for_an_inline_list() -> None:
    assert len(",".join(dict.fromkeys(LONG_TITLES.values()))) > INLINE_LIST_LIMIT
