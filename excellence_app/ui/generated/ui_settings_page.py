# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(800, 640)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.generalBox = QGroupBox(SettingsPage)
        self.generalBox.setObjectName(u"generalBox")
        self.generalForm = QFormLayout(self.generalBox)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setHorizontalSpacing(16)
        self.generalForm.setVerticalSpacing(8)
        self.languageLabel = QLabel(self.generalBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(self.generalBox)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)
        self.languageHint.setProperty(u"role", u"muted")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageHint)

        self.userNameLabel = QLabel(self.generalBox)
        self.userNameLabel.setObjectName(u"userNameLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userNameLabel)

        self.userNameEdit = QLineEdit(self.generalBox)
        self.userNameEdit.setObjectName(u"userNameEdit")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userNameEdit)

        self.userNameHint = QLabel(self.generalBox)
        self.userNameHint.setObjectName(u"userNameHint")
        self.userNameHint.setWordWrap(True)
        self.userNameHint.setProperty(u"role", u"muted")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userNameHint)

        self.dataDirLabel = QLabel(self.generalBox)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDirValue = QLabel(self.generalBox)
        self.dataDirValue.setObjectName(u"dataDirValue")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dataDirValue)


        self.pageLayout.addWidget(self.generalBox)

        self.projectBox = QGroupBox(SettingsPage)
        self.projectBox.setObjectName(u"projectBox")
        self.projectForm = QFormLayout(self.projectBox)
        self.projectForm.setObjectName(u"projectForm")
        self.projectForm.setHorizontalSpacing(16)
        self.projectForm.setVerticalSpacing(8)
        self.orgLabel = QLabel(self.projectBox)
        self.orgLabel.setObjectName(u"orgLabel")

        self.projectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgValue = QLabel(self.projectBox)
        self.orgValue.setObjectName(u"orgValue")

        self.projectForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orgValue)

        self.cycleLabel = QLabel(self.projectBox)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.projectForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleValue = QLabel(self.projectBox)
        self.cycleValue.setObjectName(u"cycleValue")

        self.projectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cycleValue)

        self.awardLabel = QLabel(self.projectBox)
        self.awardLabel.setObjectName(u"awardLabel")

        self.projectForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.awardLabel)

        self.awardCombo = QComboBox(self.projectBox)
        self.awardCombo.setObjectName(u"awardCombo")

        self.projectForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.awardCombo)

        self.limitsHint = QLabel(self.projectBox)
        self.limitsHint.setObjectName(u"limitsHint")
        self.limitsHint.setWordWrap(True)
        self.limitsHint.setProperty(u"role", u"muted")

        self.projectForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.limitsHint)

        self.thresholdLabel = QLabel(self.projectBox)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.projectForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.thresholdSpin = QSpinBox(self.projectBox)
        self.thresholdSpin.setObjectName(u"thresholdSpin")

        self.projectForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.thresholdSpin)

        self.thresholdHint = QLabel(self.projectBox)
        self.thresholdHint.setObjectName(u"thresholdHint")
        self.thresholdHint.setWordWrap(True)
        self.thresholdHint.setProperty(u"role", u"muted")

        self.projectForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.thresholdHint)


        self.pageLayout.addWidget(self.projectBox)

        self.noProjectLabel = QLabel(SettingsPage)
        self.noProjectLabel.setObjectName(u"noProjectLabel")
        self.noProjectLabel.setWordWrap(True)
        self.noProjectLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.noProjectLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"\u8bbe\u7f6e", None))
        self.generalBox.setTitle(QCoreApplication.translate("SettingsPage", u"\u672c\u673a\u8bbe\u7f6e", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"\u754c\u9762\u8bed\u8a00", None))
        self.userNameLabel.setText(QCoreApplication.translate("SettingsPage", u"\u7528\u6237\u540d", None))
        self.dataDirLabel.setText(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u6587\u4ef6\u5939", None))
        self.projectBox.setTitle(QCoreApplication.translate("SettingsPage", u"\u5f53\u524d\u9879\u76ee", None))
        self.orgLabel.setText(QCoreApplication.translate("SettingsPage", u"\u7ec4\u7ec7", None))
        self.cycleLabel.setText(QCoreApplication.translate("SettingsPage", u"\u8bc4\u4ef7\u5468\u671f", None))
        self.awardLabel.setText(QCoreApplication.translate("SettingsPage", u"\u8bc4\u5956\u914d\u7f6e", None))
        self.thresholdLabel.setText(QCoreApplication.translate("SettingsPage", u"\u5206\u6b67\u9608\u503c", None))
        self.noProjectLabel.setText(QCoreApplication.translate("SettingsPage", u"\u6253\u5f00\u9879\u76ee\u540e\uff0c\u53ef\u4ee5\u5728\u8fd9\u91cc\u66f4\u6539\u5b83\u7684\u8bc4\u5956\u914d\u7f6e\u548c\u5206\u6b67\u9608\u503c\u3002", None))
        pass
    # retranslateUi

