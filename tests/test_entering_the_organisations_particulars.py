"""The organisation's particulars are entered once, above the profile, and undone like any
edit; a file is given the kind of 证实性材料 the award requires on the item's 证据 tab."""

from __future__ import annotations

from excellence_app.core.organisation import OrgDetails

CODE = "91350100M000100Y43"


def _type(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def test_particulars_are_saved_field_by_field_and_undone(window) -> None:
    window.show_page("profile")
    card = window.current_page().org
    ui = card.ui
    _type(ui.creditCodeEdit, CODE.lower())
    _type(ui.employeesEdit, "1,580")
    _type(ui.legalRepEdit, "陈立衡")
    details = window.session.service.project_info().details
    assert (details.credit_code, details.employees, details.legal_rep) == (CODE, 1580, "陈立衡")
    window.undo()  # the last field only
    assert window.session.service.project_info().details.legal_rep == ""
    assert ui.legalRepEdit.text() == ""
    assert ui.creditCodeEdit.text() == CODE


def test_a_wrong_check_character_is_named_and_not_saved(window) -> None:
    window.show_page("profile")
    ui = window.current_page().org.ui
    _type(ui.creditCodeEdit, CODE[:-1] + "4")
    assert not ui.errorLabel.isHidden()
    assert ui.errorLabel.text() == "统一社会信用代码校验位不符（应为 3），请核对"
    assert window.session.service.project_info().details == OrgDetails()
    _type(ui.foundedEdit, "一九九八")
    assert ui.errorLabel.text() == "“成立年份”应为数字"
    _type(ui.creditCodeEdit, CODE)
    _type(ui.foundedEdit, "1998")
    assert ui.errorLabel.isHidden()
    assert window.session.service.project_info().details.founded == 1998


def test_a_file_gets_the_kind_the_award_requires_and_undo_takes_it_back(window) -> None:
    window.show_item("4.1.2")
    page = window.current_page()
    page.show_tab("evidence")
    panel = page.evidence
    panel.select("质量手册.txt")
    assert panel.ui.kindButton.isEnabled()
    panel._fill_kind_menu()
    names = [a.text() for a in panel.kind_menu.actions()]
    assert names == ["不属于要求的类别", "营业执照", "管理体系认证证书", "近三年审计报告", "主要荣誉证书"]
    panel.kind_menu.actions()[2].trigger()
    manual = next(e for e in window.session.snapshot.evidence if e.name == "质量手册.txt")
    assert manual.kind == "certificates"
    assert panel.ui.evidenceTable.item(0, 5).text() == "管理体系认证证书"
    window.undo()
    manual = next(e for e in window.session.snapshot.evidence if e.name == "质量手册.txt")
    assert manual.kind is None
