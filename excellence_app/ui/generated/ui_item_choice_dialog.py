# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_choice_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ItemChoiceDialog(object):
    def setupUi(self, ItemChoiceDialog):
        if not ItemChoiceDialog.objectName():
            ItemChoiceDialog.setObjectName(u"ItemChoiceDialog")
        ItemChoiceDialog.resize(460, 520)
        self.dialogLayout = QVBoxLayout(ItemChoiceDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ItemChoiceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.itemList = QListWidget(ItemChoiceDialog)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.itemList)

        self.quickRow = QHBoxLayout()
        self.quickRow.setObjectName(u"quickRow")
        self.allButton = QPushButton(ItemChoiceDialog)
        self.allButton.setObjectName(u"allButton")

        self.quickRow.addWidget(self.allButton)

        self.noneButton = QPushButton(ItemChoiceDialog)
        self.noneButton.setObjectName(u"noneButton")

        self.quickRow.addWidget(self.noneButton)

        self.quickSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quickRow.addItem(self.quickSpacer)


        self.dialogLayout.addLayout(self.quickRow)

        self.buttonBox = QDialogButtonBox(ItemChoiceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ItemChoiceDialog)

        QMetaObject.connectSlotsByName(ItemChoiceDialog)
    # setupUi

    def retranslateUi(self, ItemChoiceDialog):
        ItemChoiceDialog.setWindowTitle(QCoreApplication.translate("ItemChoiceDialog", u"\u7ec3\u4e60\u7684\u8bc4\u5206\u9879", None))
        self.introLabel.setText(QCoreApplication.translate("ItemChoiceDialog", u"\u9009\u62e9\u5b66\u5458\u8981\u8bc4\u5206\u7684\u8bc4\u5206\u9879\u3002\u53ea\u6709\u5df2\u786e\u5b9a\u5171\u8bc6\u7684\u8bc4\u5206\u9879\u53ef\u4ee5\u4f5c\u4e3a\u53c2\u8003\u3002", None))
        self.allButton.setText(QCoreApplication.translate("ItemChoiceDialog", u"\u5168\u9009", None))
        self.noneButton.setText(QCoreApplication.translate("ItemChoiceDialog", u"\u5168\u4e0d\u9009", None))
    # retranslateUi

