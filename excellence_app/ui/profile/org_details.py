"""The organisation's particulars for the 申报表, entered once above the profile sections.

Each field is saved when the user leaves it (one undo step); a value the 申报表 cannot take
(a 统一社会信用代码 whose check character is wrong, a year of four letters) is named under
the fields and not saved, the field keeping what was typed so it can be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGroupBox, QLineEdit, QWidget

from excellence_app.core.organisation import OrgDetails, credit_code_problem
from excellence_app.core.shapes import ShapeError, build
from excellence_app.ui.generated.ui_org_details import Ui_OrgDetailsCard
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession

# Field of OrgDetails → the line edit's name in the form.
FIELDS = {
    "credit_code": "creditCodeEdit",
    "legal_rep": "legalRepEdit",
    "founded": "foundedEdit",
    "employees": "employeesEdit",
    "revenue": "revenueEdit",
    "address": "addressEdit",
    "postcode": "postcodeEdit",
    "products": "productsEdit",
    "certifications": "certificationsEdit",
    "industry": "industryEdit",
    "ownership": "ownershipEdit",
    "assets": "assetsEdit",
    "profit": "profitEdit",
    "tax": "taxEdit",
    "honours": "honoursEdit",
    "contact": "contactEdit",
    "phone": "phoneEdit",
    "email": "emailEdit",
}
NUMBERS = {"founded": int, "employees": int, "revenue": float, "assets": float, "profit": float, "tax": float}


class SetOrgDetails(SessionCommand):
    def __init__(self, session: ProjectSession, old: OrgDetails, new: OrgDetails) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "修改申报单位信息")))
        self.old, self.new = old, new

    def do(self) -> None:
        self.service.set_org_details(self.new)

    def undo_it(self) -> None:
        self.service.set_org_details(self.old)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value < 1e15 else str(value)
    return str(value)


class OrgDetailsCard(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrgDetailsCard()
        self.ui.setupUi(self)
        self.session: ProjectSession | None = None
        self.ui.errorLabel.setVisible(False)
        for name in FIELDS.values():
            self._edit(name).editingFinished.connect(self.save)

    def _edit(self, name: str) -> QLineEdit:
        return getattr(self.ui, name)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        if self.session is None:
            return
        details = self.session.service.project_info().details
        for field, name in FIELDS.items():
            edit = self._edit(name)
            if not edit.hasFocus():  # never overwrite what is being typed
                edit.setText(_shown(getattr(details, field)))

    def typed(self) -> OrgDetails:
        """What the fields say, checked; raises ValueError with the user's words."""
        values: dict[str, object] = {}
        for field, name in FIELDS.items():
            text = self._edit(name).text().strip()
            label = getattr(self.ui, name.replace("Edit", "Label")).text()
            if field in NUMBERS and text:
                try:
                    values[field] = NUMBERS[field](text.replace(",", "").replace("，", ""))
                except ValueError:
                    raise ValueError(self.tr("“{0}”应为数字").format(label)) from None
            elif field in NUMBERS:
                values[field] = None
            else:
                values[field] = text
        code = str(values["credit_code"]).upper()
        problem = credit_code_problem(code) if code else None
        if problem is not None:
            raise ValueError(
                self.tr("统一社会信用代码{0}").format(problem[1] if i18n.english() else problem[0])
            )
        try:
            return build(OrgDetails, values)
        except ShapeError as exc:
            field = exc.path.split(".")[0]
            label = getattr(self.ui, FIELDS[field].replace("Edit", "Label")).text()
            raise ValueError(self.tr("“{0}”的值无效").format(label)) from None

    def save(self) -> None:
        session = self.session
        if session is None:
            return
        try:
            new = self.typed()
        except ValueError as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.setVisible(True)
            return
        self.ui.errorLabel.setVisible(False)
        old = session.service.project_info().details
        if new != old:
            session.push(SetOrgDetails(session, old, new))
            session.refresh_now()
