# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'word_import_dialog.ui'
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
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_WordImportDialog(object):
    def setupUi(self, WordImportDialog):
        if not WordImportDialog.objectName():
            WordImportDialog.setObjectName(u"WordImportDialog")
        WordImportDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(WordImportDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceLabel = QLabel(WordImportDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.sourceLabel.setProperty(u"role", u"sectionTitle")

        self.dialogLayout.addWidget(self.sourceLabel)

        self.summaryLabel = QLabel(WordImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(WordImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mappingView = QTableView(self.splitter)
        self.mappingView.setObjectName(u"mappingView")
        self.mappingView.setWordWrap(False)
        self.mappingView.setAlternatingRowColors(True)
        self.mappingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mappingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mappingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.mappingView)
        self.targetPane = QWidget(self.splitter)
        self.targetPane.setObjectName(u"targetPane")
        self.targetLayout = QVBoxLayout(self.targetPane)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetLayout.setContentsMargins(0, 0, 0, 0)
        self.targetTitle = QLabel(self.targetPane)
        self.targetTitle.setObjectName(u"targetTitle")
        self.targetTitle.setWordWrap(True)
        self.targetTitle.setProperty(u"role", u"muted")

        self.targetLayout.addWidget(self.targetTitle)

        self.targetText = QPlainTextEdit(self.targetPane)
        self.targetText.setObjectName(u"targetText")
        self.targetText.setReadOnly(True)

        self.targetLayout.addWidget(self.targetText)

        self.splitter.addWidget(self.targetPane)

        self.dialogLayout.addWidget(self.splitter)

        self.unplacedTitle = QLabel(WordImportDialog)
        self.unplacedTitle.setObjectName(u"unplacedTitle")
        self.unplacedTitle.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.unplacedTitle)

        self.unplacedList = QListWidget(WordImportDialog)
        self.unplacedList.setObjectName(u"unplacedList")
        self.unplacedList.setMaximumSize(QSize(16777215, 120))
        self.unplacedList.setWordWrap(True)

        self.dialogLayout.addWidget(self.unplacedList)

        self.replaceCheck = QCheckBox(WordImportDialog)
        self.replaceCheck.setObjectName(u"replaceCheck")

        self.dialogLayout.addWidget(self.replaceCheck)

        self.noteLabel = QLabel(WordImportDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(WordImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(WordImportDialog)

        QMetaObject.connectSlotsByName(WordImportDialog)
    # setupUi

    def retranslateUi(self, WordImportDialog):
        WordImportDialog.setWindowTitle(QCoreApplication.translate("WordImportDialog", u"\u5bfc\u5165 Word \u62a5\u544a", None))
        self.unplacedTitle.setText(QCoreApplication.translate("WordImportDialog", u"\u672a\u80fd\u5f52\u4f4d\u7684\u5185\u5bb9\uff08\u653e\u5165\u8bc4\u5206\u9879\u7684\u5f85\u5f52\u4f4d\u533a\uff0c\u6216\u672a\u5bfc\u5165\uff09", None))
        self.replaceCheck.setText(QCoreApplication.translate("WordImportDialog", u"\u8986\u76d6\u5df2\u6709\u5185\u5bb9", None))
    # retranslateUi

