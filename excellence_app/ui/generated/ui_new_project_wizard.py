# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_project_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QWidget, QWizard, QWizardPage)

class Ui_NewProjectWizard(object):
    def setupUi(self, NewProjectWizard):
        if not NewProjectWizard.objectName():
            NewProjectWizard.setObjectName(u"NewProjectWizard")
        NewProjectWizard.resize(620, 420)
        NewProjectWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.orgPage = QWizardPage()
        self.orgPage.setObjectName(u"orgPage")
        self.orgForm = QFormLayout(self.orgPage)
        self.orgForm.setObjectName(u"orgForm")
        self.orgForm.setVerticalSpacing(10)
        self.orgLabel = QLabel(self.orgPage)
        self.orgLabel.setObjectName(u"orgLabel")

        self.orgForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgEdit = QLineEdit(self.orgPage)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setMaxLength(200)

        self.orgForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orgEdit)

        self.fileLabel = QLabel(self.orgPage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.orgForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.orgPage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.orgPage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.orgForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.orgError = QLabel(self.orgPage)
        self.orgError.setObjectName(u"orgError")
        self.orgError.setWordWrap(True)
        self.orgError.setProperty(u"role", u"muted")

        self.orgForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.orgError)

        NewProjectWizard.addPage(self.orgPage)
        self.setupPage = QWizardPage()
        self.setupPage.setObjectName(u"setupPage")
        self.setupForm = QFormLayout(self.setupPage)
        self.setupForm.setObjectName(u"setupForm")
        self.setupForm.setVerticalSpacing(10)
        self.frameworkLabel = QLabel(self.setupPage)
        self.frameworkLabel.setObjectName(u"frameworkLabel")

        self.setupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.frameworkLabel)

        self.frameworkCombo = QComboBox(self.setupPage)
        self.frameworkCombo.setObjectName(u"frameworkCombo")

        self.setupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.frameworkCombo)

        self.awardLabel = QLabel(self.setupPage)
        self.awardLabel.setObjectName(u"awardLabel")

        self.setupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.awardLabel)

        self.awardCombo = QComboBox(self.setupPage)
        self.awardCombo.setObjectName(u"awardCombo")

        self.setupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.awardCombo)

        self.awardHint = QLabel(self.setupPage)
        self.awardHint.setObjectName(u"awardHint")
        self.awardHint.setWordWrap(True)
        self.awardHint.setProperty(u"role", u"muted")

        self.setupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.awardHint)

        self.cycleLabel = QLabel(self.setupPage)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.setupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleEdit = QLineEdit(self.setupPage)
        self.cycleEdit.setObjectName(u"cycleEdit")
        self.cycleEdit.setMaxLength(200)

        self.setupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cycleEdit)

        self.setupError = QLabel(self.setupPage)
        self.setupError.setObjectName(u"setupError")
        self.setupError.setWordWrap(True)
        self.setupError.setProperty(u"role", u"muted")

        self.setupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.setupError)

        NewProjectWizard.addPage(self.setupPage)

        self.retranslateUi(NewProjectWizard)

        QMetaObject.connectSlotsByName(NewProjectWizard)
    # setupUi

    def retranslateUi(self, NewProjectWizard):
        NewProjectWizard.setWindowTitle(QCoreApplication.translate("NewProjectWizard", u"\u65b0\u5efa\u9879\u76ee", None))
        self.orgPage.setTitle(QCoreApplication.translate("NewProjectWizard", u"\u7ec4\u7ec7", None))
        self.orgPage.setSubTitle(QCoreApplication.translate("NewProjectWizard", u"\u8fd9\u4e2a\u81ea\u8bc4\u9879\u76ee\u5c5e\u4e8e\u54ea\u4e2a\u7ec4\u7ec7\uff0c\u9879\u76ee\u6587\u4ef6\u4fdd\u5b58\u5728\u54ea\u91cc\u3002\u4e00\u4e2a\u6587\u4ef6\u4fdd\u5b58\u4e00\u4e2a\u7ec4\u7ec7\u5386\u5e74\u7684\u5168\u90e8\u81ea\u8bc4\u3002", None))
        self.orgLabel.setText(QCoreApplication.translate("NewProjectWizard", u"\u7ec4\u7ec7\u540d\u79f0", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("NewProjectWizard", u"\u4f8b\u5982\uff1a\u67d0\u67d0\u7cbe\u5bc6\u673a\u68b0\u6709\u9650\u516c\u53f8", None))
        self.fileLabel.setText(QCoreApplication.translate("NewProjectWizard", u"\u9879\u76ee\u6587\u4ef6", None))
        self.browseButton.setText(QCoreApplication.translate("NewProjectWizard", u"\u6d4f\u89c8\u2026", None))
        self.setupPage.setTitle(QCoreApplication.translate("NewProjectWizard", u"\u8bc4\u4ef7\u8bbe\u7f6e", None))
        self.setupPage.setSubTitle(QCoreApplication.translate("NewProjectWizard", u"\u9009\u62e9\u8bc4\u4ef7\u51c6\u5219\u548c\u7533\u62a5\u7684\u5956\u9879\uff1b\u5956\u9879\u51b3\u5b9a\u7ec4\u7ec7\u6982\u8ff0\u548c\u81ea\u8bc4\u62a5\u544a\u7684\u5b57\u6570\u4e0a\u9650\u3002\u4ee5\u540e\u90fd\u53ef\u4ee5\u5728\u8bbe\u7f6e\u4e2d\u66f4\u6539\u3002", None))
        self.frameworkLabel.setText(QCoreApplication.translate("NewProjectWizard", u"\u8bc4\u4ef7\u51c6\u5219", None))
        self.awardLabel.setText(QCoreApplication.translate("NewProjectWizard", u"\u8bc4\u5956\u914d\u7f6e", None))
        self.cycleLabel.setText(QCoreApplication.translate("NewProjectWizard", u"\u7b2c\u4e00\u4e2a\u8bc4\u4ef7\u5468\u671f", None))
    # retranslateUi

