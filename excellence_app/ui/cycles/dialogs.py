"""The dialogs of the 周期与评奖 page: a new assessment cycle (name, award, which cycle to
copy) and an award profile of the project's own (the award's name, length limits and the
rules of its office: body size, spacing, the parts of the package, required 证实性材料, 承诺书)."""

from __future__ import annotations

import hashlib
import re

from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from excellence_app.core.awards import BODY_POINTS, PARTS, AwardProfile, EvidenceKind
from excellence_app.core.snapshots import CycleInfo
from excellence_app.ui.generated.ui_award_profile_dialog import Ui_AwardProfileDialog
from excellence_app.ui.generated.ui_cycle_dialog import Ui_CycleDialog
from excellence_app.ui.shell import i18n

MAX_CHARS, MAX_PAGES = 1_000_000, 2_000


def next_cycle_name(names: list[str]) -> str:
    """“2027年度自评” after “2026年度自评”: the latest year found in the names, plus one."""
    years = [int(y) for name in names for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", name)]
    if years:
        latest = max(years)
        template = next(n for n in reversed(names) if str(latest) in n)
        candidate = template.replace(str(latest), str(latest + 1))
        if candidate not in names:
            return candidate
    return ""


class CycleDialog(QDialog):
    def __init__(
        self,
        cycles: tuple[CycleInfo, ...],
        current: CycleInfo,
        awards: tuple[AwardProfile, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CycleDialog()
        self.ui.setupUi(self)
        self.names = [c.name for c in cycles]
        ui = self.ui
        ui.nameEdit.setText(next_cycle_name(self.names))
        for award in awards:
            ui.awardCombo.addItem(i18n.title(award.name, award.name_en), award.id)
        ui.awardCombo.setCurrentIndex(max(0, ui.awardCombo.findData(current.award_profile)))
        for cycle in reversed(cycles):
            ui.sourceCombo.addItem(self.tr("复制“{0}”的内容").format(cycle.name), cycle.id)
        ui.sourceCombo.addItem(self.tr("空白周期"), None)
        ui.sourceCombo.setCurrentIndex(max(0, ui.sourceCombo.findData(current.id)))
        ui.sourceCombo.currentIndexChanged.connect(self._hint)
        ui.errorLabel.setVisible(False)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        self._hint()

    def _hint(self) -> None:
        copying = self.ui.sourceCombo.currentData() is not None
        self.ui.hintLabel.setText(
            self.tr("复制组织概述、条款回答、结果指标、证据和评审员名单；评分、共识和评语从空白开始。")
            if copying
            else self.tr("新周期从空白开始。")
        )

    def values(self) -> tuple[str, str, int | None]:
        """(name, award profile id, cycle to copy or None)."""
        ui = self.ui
        return ui.nameEdit.text().strip(), ui.awardCombo.currentData(), ui.sourceCombo.currentData()

    def accept(self) -> None:
        name = self.ui.nameEdit.text().strip()
        problem = ""
        if not name:
            problem = self.tr("请填写周期名称。")
        elif name in self.names:
            problem = self.tr("已有名为“{0}”的周期。").format(name)
        if problem:
            self.ui.errorLabel.setText(problem)
            self.ui.errorLabel.setVisible(True)
            self.ui.nameEdit.setFocus()
            return
        super().accept()


def _limit_spin(spin: object, maximum: int, step: int, none_text: str) -> None:
    spin.setRange(0, maximum)  # type: ignore[attr-defined]
    spin.setSingleStep(step)  # type: ignore[attr-defined]
    spin.setSpecialValueText(none_text)  # type: ignore[attr-defined]
    spin.setGroupSeparatorShown(True)  # type: ignore[attr-defined]


class AwardProfileDialog(QDialog):
    """Edits the project's own profile, or starts a new one from a template."""

    def __init__(self, template: AwardProfile, new_id: str | None, taken: set[str], parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_AwardProfileDialog()
        self.ui.setupUi(self)
        self.profile_id = new_id or template.id
        self.taken = taken
        ui = self.ui
        none_text = self.tr("不限")
        _limit_spin(ui.profileSpin, MAX_CHARS, 500, none_text)
        _limit_spin(ui.reportSpin, MAX_CHARS, 1000, none_text)
        _limit_spin(ui.pagesSpin, MAX_PAGES, 5, none_text)
        if new_id:
            # Named after the award itself: the package prints this name on its cover.
            self.setWindowTitle(self.tr("新建评奖配置"))
            ui.nameEdit.setText(template.printed_name)
            ui.nameEnEdit.setText(f"{template.name_en} (custom)" if template.name_en else "")
        else:
            self.setWindowTitle(self.tr("修改评奖配置"))
            ui.nameEdit.setText(template.name)
            ui.nameEnEdit.setText(template.name_en)
        ui.profileSpin.setValue(template.profile_chars or 0)
        ui.reportSpin.setValue(template.report_chars or 0)
        ui.pagesSpin.setValue(template.pages or 0)
        self._show_rules(template)
        ui.errorLabel.setVisible(False)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def _show_rules(self, template: AwardProfile) -> None:
        ui = self.ui
        self.kinds = template.evidence_kinds
        for size in BODY_POINTS:
            ui.bodySizeCombo.addItem(self.tr("{0}（{1} 磅）").format(size, f"{BODY_POINTS[size]:g}"), size)
        ui.bodySizeCombo.setCurrentIndex(ui.bodySizeCombo.findData(template.body_size))
        ui.spacingSpin.setValue(template.line_spacing)
        for part, check in self._part_checks().items():
            check.setChecked(part in template.parts)
        ui.kindsEdit.setPlainText(
            "\n".join(k.name + (f" ×{k.count}" if k.count > 1 else "") for k in self.kinds)
        )
        ui.pledgeEdit.setPlainText(template.pledge)

    def _part_checks(self) -> dict[str, QCheckBox]:
        ui = self.ui
        return {
            "form": ui.formCheck,
            "pledge": ui.pledgeCheck,
            "recommendation": ui.recommendationCheck,
            "attachments": ui.attachmentsCheck,
            "toc": ui.tocCheck,
        }

    def _kinds(self) -> tuple[EvidenceKind, ...]:
        """One kind a line, "名称 ×3" for three; a name kept keeps its key (files tagged with it)."""
        known = {k.name: k.key for k in self.kinds}
        out: dict[str, EvidenceKind] = {}
        for line in self.ui.kindsEdit.toPlainText().splitlines():
            m = re.fullmatch(r"\s*(.*?)\s*(?:[×xX*＊]\s*(\d{1,2}))?\s*", line)
            name = m.group(1)[:60] if m else ""
            if name and name not in out:
                key = known.get(name) or "k" + hashlib.sha1(name.encode()).hexdigest()[:10]
                out[name] = EvidenceKind(key=key, name=name, count=min(10, max(1, int(m.group(2) or 1))))
        return tuple(out.values())

    def profile(self) -> AwardProfile:
        ui = self.ui
        checks = self._part_checks()
        return AwardProfile(
            id=self.profile_id,
            name=ui.nameEdit.text().strip(),
            name_en=ui.nameEnEdit.text().strip(),
            profile_chars=ui.profileSpin.value() or None,
            report_chars=ui.reportSpin.value() or None,
            pages=ui.pagesSpin.value() or None,
            body_size=ui.bodySizeCombo.currentData(),
            line_spacing=ui.spacingSpin.value(),
            parts=tuple(p for p in PARTS if p not in checks or checks[p].isChecked()),
            evidence_kinds=self._kinds(),
            pledge=ui.pledgeEdit.toPlainText().strip()[:3000],
        )

    def accept(self) -> None:
        name = self.ui.nameEdit.text().strip()
        problem = ""
        if not name:
            problem = self.tr("请填写配置名称。")
        elif name in self.taken:
            problem = self.tr("已有名为“{0}”的评奖配置。").format(name)
        if problem:
            self.ui.errorLabel.setText(problem)
            self.ui.errorLabel.setVisible(True)
            return
        super().accept()
