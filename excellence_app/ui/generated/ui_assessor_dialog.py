# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessor_dialog.ui'
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

class Ui_AssessorDialog(object):
    def setupUi(self, AssessorDialog):
        if not AssessorDialog.objectName():
            AssessorDialog.setObjectName(u"AssessorDialog")
        AssessorDialog.resize(380, 160)
        self.dialogLayout = QVBoxLayout(AssessorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(AssessorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AssessorDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(AssessorDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AssessorDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(AssessorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AssessorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AssessorDialog)

        QMetaObject.connectSlotsByName(AssessorDialog)
    # setupUi

    def retranslateUi(self, AssessorDialog):
        AssessorDialog.setWindowTitle(QCoreApplication.translate("AssessorDialog", u"\u6dfb\u52a0\u8bc4\u5ba1\u5458", None))
        self.nameLabel.setText(QCoreApplication.translate("AssessorDialog", u"\u59d3\u540d", None))
        self.roleLabel.setText(QCoreApplication.translate("AssessorDialog", u"\u89d2\u8272", None))
    # retranslateUi

