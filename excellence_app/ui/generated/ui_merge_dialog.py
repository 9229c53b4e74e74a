# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(860, 560)
        self.dialogLayout = QVBoxLayout(MergeDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceLabel = QLabel(MergeDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.sourceLabel.setProperty(u"role", u"sectionTitle")

        self.dialogLayout.addWidget(self.sourceLabel)

        self.summaryLabel = QLabel(MergeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.problemsTitle = QLabel(MergeDialog)
        self.problemsTitle.setObjectName(u"problemsTitle")
        self.problemsTitle.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.problemsTitle)

        self.problemsList = QListWidget(MergeDialog)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 130))
        self.problemsList.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsList)

        self.previewView = QTableView(MergeDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setWordWrap(False)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialogLayout.addWidget(self.previewView)

        self.overwriteCheck = QCheckBox(MergeDialog)
        self.overwriteCheck.setObjectName(u"overwriteCheck")

        self.dialogLayout.addWidget(self.overwriteCheck)

        self.partialCheck = QCheckBox(MergeDialog)
        self.partialCheck.setObjectName(u"partialCheck")

        self.dialogLayout.addWidget(self.partialCheck)

        self.noteLabel = QLabel(MergeDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(MergeDialog)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"\u5408\u5e76\u8bc4\u5ba1\u5458\u7684\u8bc4\u5206", None))
        self.problemsTitle.setText(QCoreApplication.translate("MergeDialog", u"\u5de5\u4f5c\u7c3f\u4e2d\u7684\u95ee\u9898\uff08\u5355\u5143\u683c\u4f4d\u7f6e\uff1a\u95ee\u9898\uff09", None))
        self.overwriteCheck.setText(QCoreApplication.translate("MergeDialog", u"\u51b2\u7a81\u5904\u4ee5\u5bfc\u5165\u7684\u5185\u5bb9\u4e3a\u51c6\uff08\u4e0d\u52fe\u9009\u5219\u4fdd\u7559\u9879\u76ee\u4e2d\u73b0\u6709\u7684\u5185\u5bb9\uff09", None))
        self.partialCheck.setText(QCoreApplication.translate("MergeDialog", u"\u53ea\u5bfc\u5165\u6ca1\u6709\u95ee\u9898\u7684\u884c\uff0c\u5176\u4f59\u7684\u884c\u7559\u5f85\u6539\u6b63\u540e\u518d\u5bfc\u5165", None))
    # retranslateUi

