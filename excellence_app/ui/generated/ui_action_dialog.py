# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(600, 440)
        self.dialogLayout = QVBoxLayout(ActionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.itemLabel = QLabel(ActionDialog)
        self.itemLabel.setObjectName(u"itemLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.itemCombo = QComboBox(ActionDialog)
        self.itemCombo.setObjectName(u"itemCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemCombo)

        self.sourceLabel = QLabel(ActionDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(ActionDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sourceCombo.setMinimumContentsLength(30)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.sourceText = QLabel(ActionDialog)
        self.sourceText.setObjectName(u"sourceText")
        self.sourceText.setWordWrap(True)
        self.sourceText.setProperty(u"role", u"descriptor")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceText)

        self.titleLabel = QLabel(ActionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ActionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.ownerLabel = QLabel(ActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(ActionDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(100)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueLabel = QLabel(ActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueCheck = QCheckBox(ActionDialog)
        self.dueCheck.setObjectName(u"dueCheck")
        self.dueCheck.setChecked(True)

        self.dueRow.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dueRow.addWidget(self.dueEdit)

        self.dueSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueRow.addItem(self.dueSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.dueRow)

        self.statusLabel = QLabel(ActionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.statusCombo = QComboBox(ActionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusRow.addWidget(self.statusCombo)

        self.statusSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.statusRow)

        self.effectLabel = QLabel(ActionDialog)
        self.effectLabel.setObjectName(u"effectLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.effectLabel)

        self.effectEdit = QPlainTextEdit(ActionDialog)
        self.effectEdit.setObjectName(u"effectEdit")
        self.effectEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.effectEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(ActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"\u6539\u8fdb\u8ba1\u5212", None))
        self.itemLabel.setText(QCoreApplication.translate("ActionDialog", u"\u8bc4\u5206\u9879", None))
        self.sourceLabel.setText(QCoreApplication.translate("ActionDialog", u"\u6765\u6e90\u6539\u8fdb\u673a\u4f1a", None))
        self.titleLabel.setText(QCoreApplication.translate("ActionDialog", u"\u6539\u8fdb\u8ba1\u5212", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"\u7528\u4e00\u53e5\u8bdd\u5199\u51fa\u8981\u505a\u7684\u6539\u8fdb\uff0c\u4f8b\u5982\uff1a\u5efa\u7acb\u2026\u2026\u673a\u5236", None))
        self.ownerLabel.setText(QCoreApplication.translate("ActionDialog", u"\u8d1f\u8d23\u4eba", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"\u90e8\u95e8\u548c\u59d3\u540d", None))
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"\u5b8c\u6210\u671f\u9650", None))
        self.dueCheck.setText(QCoreApplication.translate("ActionDialog", u"\u8bbe\u5b9a\u671f\u9650", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionDialog", u"\u72b6\u6001", None))
        self.effectLabel.setText(QCoreApplication.translate("ActionDialog", u"\u9884\u671f\u6548\u679c", None))
        self.effectEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"\u5b8c\u6210\u540e\u53ef\u4ee5\u770b\u5230\u7684\u53d8\u5316\uff0c\u6700\u597d\u6709\u6307\u6807\u548c\u76ee\u6807\u503c\u3002", None))
    # retranslateUi

