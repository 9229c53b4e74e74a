# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'comment_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CommentDialog(object):
    def setupUi(self, CommentDialog):
        if not CommentDialog.objectName():
            CommentDialog.setObjectName(u"CommentDialog")
        CommentDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(CommentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(CommentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CommentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.textLabel = QLabel(CommentDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(CommentDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.significanceLabel = QLabel(CommentDialog)
        self.significanceLabel.setObjectName(u"significanceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.significanceLabel)

        self.significanceCombo = QComboBox(CommentDialog)
        self.significanceCombo.setObjectName(u"significanceCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.significanceCombo)

        self.clauseLabel = QLabel(CommentDialog)
        self.clauseLabel.setObjectName(u"clauseLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clauseLabel)

        self.clauseCombo = QComboBox(CommentDialog)
        self.clauseCombo.setObjectName(u"clauseCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clauseCombo)

        self.factorLabel = QLabel(CommentDialog)
        self.factorLabel.setObjectName(u"factorLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.factorLabel)

        self.factorCombo = QComboBox(CommentDialog)
        self.factorCombo.setObjectName(u"factorCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.factorCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(CommentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CommentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CommentDialog)

        QMetaObject.connectSlotsByName(CommentDialog)
    # setupUi

    def retranslateUi(self, CommentDialog):
        CommentDialog.setWindowTitle(QCoreApplication.translate("CommentDialog", u"\u4f18\u52bf\u6216\u6539\u8fdb\u673a\u4f1a", None))
        self.kindLabel.setText(QCoreApplication.translate("CommentDialog", u"\u7c7b\u578b", None))
        self.textLabel.setText(QCoreApplication.translate("CommentDialog", u"\u5185\u5bb9", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("CommentDialog", u"\u5177\u4f53\u5199\u51fa\u770b\u5230\u7684\u505a\u6cd5\u6216\u5dee\u8ddd\uff0c\u6700\u597d\u6307\u660e\u6d89\u53ca\u7684\u90e8\u95e8\u3001\u9891\u6b21\u6216\u6570\u636e\u3002", None))
        self.significanceLabel.setText(QCoreApplication.translate("CommentDialog", u"\u91cd\u8981\u7a0b\u5ea6", None))
        self.clauseLabel.setText(QCoreApplication.translate("CommentDialog", u"\u76f8\u5173\u6761\u6b3e", None))
        self.factorLabel.setText(QCoreApplication.translate("CommentDialog", u"\u76f8\u5173\u8981\u7d20", None))
    # retranslateUi

