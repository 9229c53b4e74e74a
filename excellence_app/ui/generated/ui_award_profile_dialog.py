# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_profile_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_AwardProfileDialog(object):
    def setupUi(self, AwardProfileDialog):
        if not AwardProfileDialog.objectName():
            AwardProfileDialog.setObjectName(u"AwardProfileDialog")
        AwardProfileDialog.resize(460, 280)
        self.dialogLayout = QVBoxLayout(AwardProfileDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.nameLabel = QLabel(AwardProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AwardProfileDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameEnLabel = QLabel(AwardProfileDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(AwardProfileDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")
        self.nameEnEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.profileLabel = QLabel(AwardProfileDialog)
        self.profileLabel.setObjectName(u"profileLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileSpin = QSpinBox(AwardProfileDialog)
        self.profileSpin.setObjectName(u"profileSpin")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.profileSpin)

        self.reportLabel = QLabel(AwardProfileDialog)
        self.reportLabel.setObjectName(u"reportLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reportLabel)

        self.reportSpin = QSpinBox(AwardProfileDialog)
        self.reportSpin.setObjectName(u"reportSpin")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reportSpin)

        self.pagesLabel = QLabel(AwardProfileDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pagesLabel)

        self.pagesSpin = QSpinBox(AwardProfileDialog)
        self.pagesSpin.setObjectName(u"pagesSpin")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pagesSpin)


        self.dialogLayout.addLayout(self.form)

        self.hintLabel = QLabel(AwardProfileDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(AwardProfileDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AwardProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AwardProfileDialog)

        QMetaObject.connectSlotsByName(AwardProfileDialog)
    # setupUi

    def retranslateUi(self, AwardProfileDialog):
        AwardProfileDialog.setWindowTitle(QCoreApplication.translate("AwardProfileDialog", u"\u8bc4\u5956\u914d\u7f6e", None))
        self.nameLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u540d\u79f0", None))
        self.nameEnLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u82f1\u6587\u540d\u79f0", None))
        self.profileLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u7ec4\u7ec7\u6982\u8ff0\u5b57\u6570\u4e0a\u9650", None))
        self.reportLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u81ea\u8bc4\u62a5\u544a\u5b57\u6570\u4e0a\u9650", None))
        self.pagesLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u9875\u6570\u4e0a\u9650", None))
        self.hintLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u4e0a\u9650\u4e3a 0 \u65f6\u663e\u793a\u201c\u4e0d\u9650\u201d\uff0c\u8868\u793a\u8be5\u5956\u9879\u5bf9\u6b64\u6ca1\u6709\u8981\u6c42\u3002", None))
    # retranslateUi

