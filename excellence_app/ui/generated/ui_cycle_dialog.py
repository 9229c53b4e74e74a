# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycle_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CycleDialog(object):
    def setupUi(self, CycleDialog):
        if not CycleDialog.objectName():
            CycleDialog.setObjectName(u"CycleDialog")
        CycleDialog.resize(460, 240)
        self.dialogLayout = QVBoxLayout(CycleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.nameLabel = QLabel(CycleDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CycleDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.awardLabel = QLabel(CycleDialog)
        self.awardLabel.setObjectName(u"awardLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.awardLabel)

        self.awardCombo = QComboBox(CycleDialog)
        self.awardCombo.setObjectName(u"awardCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.awardCombo)

        self.sourceLabel = QLabel(CycleDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(CycleDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceCombo)


        self.dialogLayout.addLayout(self.form)

        self.hintLabel = QLabel(CycleDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(CycleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CycleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CycleDialog)

        QMetaObject.connectSlotsByName(CycleDialog)
    # setupUi

    def retranslateUi(self, CycleDialog):
        CycleDialog.setWindowTitle(QCoreApplication.translate("CycleDialog", u"\u65b0\u5efa\u8bc4\u4ef7\u5468\u671f", None))
        self.nameLabel.setText(QCoreApplication.translate("CycleDialog", u"\u540d\u79f0", None))
        self.awardLabel.setText(QCoreApplication.translate("CycleDialog", u"\u7533\u62a5\u5956\u9879", None))
        self.sourceLabel.setText(QCoreApplication.translate("CycleDialog", u"\u5185\u5bb9", None))
    # retranslateUi

