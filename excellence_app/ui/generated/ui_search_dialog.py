# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.resize(640, 480)
        self.dialogLayout = QVBoxLayout(SearchDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.queryEdit = QLineEdit(SearchDialog)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.queryEdit)

        self.scopeRow = QHBoxLayout()
        self.scopeRow.setObjectName(u"scopeRow")
        self.guidanceCheck = QCheckBox(SearchDialog)
        self.guidanceCheck.setObjectName(u"guidanceCheck")
        self.guidanceCheck.setChecked(True)

        self.scopeRow.addWidget(self.guidanceCheck)

        self.responsesCheck = QCheckBox(SearchDialog)
        self.responsesCheck.setObjectName(u"responsesCheck")
        self.responsesCheck.setChecked(True)

        self.scopeRow.addWidget(self.responsesCheck)

        self.scopeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeRow.addItem(self.scopeSpacer)

        self.countLabel = QLabel(SearchDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"muted")

        self.scopeRow.addWidget(self.countLabel)


        self.dialogLayout.addLayout(self.scopeRow)

        self.resultsList = QListWidget(SearchDialog)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setWordWrap(True)
        self.resultsList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.resultsList)

        self.buttonBox = QDialogButtonBox(SearchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(SearchDialog)

        QMetaObject.connectSlotsByName(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"\u67e5\u627e", None))
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"\u8f93\u5165\u8981\u67e5\u627e\u7684\u8bcd\uff0c\u4f8b\u5982\uff1a\u7ee7\u4efb\u8ba1\u5212\u3001\u987e\u5ba2\u6ee1\u610f\u5ea6", None))
        self.guidanceCheck.setText(QCoreApplication.translate("SearchDialog", u"\u51c6\u5219\u4e0e\u6307\u5357", None))
        self.responsesCheck.setText(QCoreApplication.translate("SearchDialog", u"\u672c\u7ec4\u7ec7\u7684\u56de\u7b54", None))
    # retranslateUi

