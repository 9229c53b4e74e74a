"""The organisation's particulars an award office asks for on its 申报表, entered once on the
profile page and printed on the cover, the 申报表 and the 承诺书."""

from __future__ import annotations

from dataclasses import fields

from excellence_app.core.shapes import check, invalid, rule, shape

# GB 32100-2015: 18 characters from this set, the last one a check character.
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_problem(code: str) -> tuple[str, str] | None:
    """Why ``code`` is not a 统一社会信用代码 (zh, en), or None when it is one."""
    if len(code) != 18:
        return f"应为 18 位，实为 {len(code)} 位", f"must have 18 characters, has {len(code)}"
    bad = [c for c in code if c not in _CODE_CHARS]
    if bad:
        return f"含有不允许的字符“{bad[0]}”（不用 I、O、S、V、Z）", f"holds the character {bad[0]!r}"
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(code, _CODE_WEIGHTS, strict=False))
    check = _CODE_CHARS[(31 - total % 31) % 31]
    if code[17] != check:
        return f"校验位不符（应为 {check}），请核对", f"the check character should be {check}"
    return None


@shape
class OrgDetails:
    """Empty strings and None mean "not entered"; the 申报表 prints a blank to fill by hand."""

    credit_code: str = rule("", max_length=18)  # 统一社会信用代码
    legal_rep: str = rule("", max_length=50)  # 法定代表人
    address: str = rule("", max_length=200)
    postcode: str = rule("", pattern=r"^(\d{6})?$")
    founded: int | None = rule(None, ge=1800, le=2100)  # 成立年份
    employees: int | None = rule(None, ge=0, le=10_000_000)
    revenue: float | None = rule(None, ge=0, le=1e12)  # 上年营业收入，万元
    products: str = rule("", max_length=500)  # 主要产品和服务
    certifications: str = rule("", max_length=500)  # 管理体系认证
    industry: str = rule("", max_length=100)  # 所属行业
    ownership: str = rule("", max_length=50)  # 单位性质（国有、民营、外资、混合所有制……）
    assets: float | None = rule(None, ge=0, le=1e12)  # 资产总额，万元
    profit: float | None = rule(None, ge=-1e12, le=1e12)  # 上年利润总额，万元；亏损为负
    tax: float | None = rule(None, ge=0, le=1e12)  # 上年纳税总额，万元
    honours: str = rule("", max_length=500)  # 近年主要荣誉
    contact: str = rule("", max_length=50)  # 联系人
    phone: str = rule("", pattern=r"^[0-9+()（）\- ]{0,30}$")
    email: str = rule("", pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$", max_length=100)

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = value.strip().upper() if f.name == "credit_code" else value.strip()
                object.__setattr__(self, f.name, value)
                # Printed on a form people sign: a control character would print as nothing or garbage.
                if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in value):
                    raise invalid(
                        "control characters are not allowed", "control characters are not allowed", f.name
                    )
        check(self)
        problem = credit_code_problem(self.credit_code) if self.credit_code else None
        if problem is not None:
            raise invalid(problem[0], problem[1], "credit_code")


FormRow = tuple[str, str, str | None, str | None]


def wan_yuan(value: float | None) -> str:
    """An amount in 万元 as the 申报表 prints it: grouped digits, no trailing zeros."""
    if value is None:
        return ""
    return f"{f'{value:,.2f}'.rstrip('0').rstrip('.')} 万元"


def application_rows(org_name: str, details: OrgDetails, total: str | None = None) -> list[FormRow]:
    """The 申报表's rows, (label, value, second label, second value), for every writer.

    A row with no second label spans the form. ``total`` is the 自评得分 when the applicant
    prints the scores ("" leaves its line for the pen); None leaves the row out.
    """
    d = details
    rows: list[FormRow] = [
        ("单位名称", org_name, None, None),
        ("统一社会信用代码", d.credit_code, "成立时间", f"{d.founded}年" if d.founded else ""),
        ("法定代表人", d.legal_rep, "员工人数", f"{d.employees:,} 人" if d.employees is not None else ""),
        ("所属行业", d.industry, "单位性质", d.ownership),
        ("单位地址", d.address, "邮政编码", d.postcode),
        ("资产总额", wan_yuan(d.assets), "上年营业收入", wan_yuan(d.revenue)),
        ("上年利润总额", wan_yuan(d.profit), "上年纳税总额", wan_yuan(d.tax)),
        ("主要产品和服务", d.products, None, None),
        ("管理体系认证", d.certifications, None, None),
        ("主要荣誉", d.honours, None, None),
        ("联系人", d.contact, "联系电话", d.phone),
        ("电子邮箱", d.email, None, None),
    ]
    if total is not None:
        rows.insert(-2, ("自评得分", total, None, None))
    return rows
