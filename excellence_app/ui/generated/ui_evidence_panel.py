# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EvidencePanel(object):
    def setupUi(self, EvidencePanel):
        if not EvidencePanel.objectName():
            EvidencePanel.setObjectName(u"EvidencePanel")
        EvidencePanel.resize(740, 480)
        self.panelLayout = QVBoxLayout(EvidencePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.hintLabel = QLabel(EvidencePanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.panelLayout.addWidget(self.hintLabel)

        self.evidenceTable = QTableWidget(EvidencePanel)
        self.evidenceTable.setObjectName(u"evidenceTable")
        self.evidenceTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.evidenceTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidenceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidenceTable.setAlternatingRowColors(True)

        self.panelLayout.addWidget(self.evidenceTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(EvidencePanel)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.openButton = QPushButton(EvidencePanel)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.linkButton = QPushButton(EvidencePanel)
        self.linkButton.setObjectName(u"linkButton")

        self.buttonRow.addWidget(self.linkButton)

        self.kindButton = QPushButton(EvidencePanel)
        self.kindButton.setObjectName(u"kindButton")

        self.buttonRow.addWidget(self.kindButton)

        self.removeButton = QPushButton(EvidencePanel)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.statusLabel = QLabel(EvidencePanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"muted")

        self.buttonRow.addWidget(self.statusLabel)


        self.panelLayout.addLayout(self.buttonRow)


        self.retranslateUi(EvidencePanel)

        QMetaObject.connectSlotsByName(EvidencePanel)
    # setupUi

    def retranslateUi(self, EvidencePanel):
        self.hintLabel.setText(QCoreApplication.translate("EvidencePanel", u"\u628a\u6587\u4ef6\u62d6\u5230\u8fd9\u91cc\uff0c\u6216\u70b9\u201c\u6dfb\u52a0\u6587\u4ef6\u2026\u201d\u3002\u6587\u4ef6\u4fdd\u5b58\u5728\u9879\u76ee\u6587\u4ef6\u91cc\uff0c\u968f\u9879\u76ee\u4e00\u8d77\u5907\u4efd\u548c\u79fb\u4ea4\uff1b\u53ef\u4ee5\u5173\u8054\u5230\u6574\u4e2a\u8bc4\u5206\u9879\u6216\u67d0\u4e2a\u6761\u6b3e\u3002", None))
        self.addButton.setText(QCoreApplication.translate("EvidencePanel", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
        self.openButton.setText(QCoreApplication.translate("EvidencePanel", u"\u6253\u5f00", None))
        self.linkButton.setText(QCoreApplication.translate("EvidencePanel", u"\u5173\u8054\u6761\u6b3e", None))
        self.kindButton.setText(QCoreApplication.translate("EvidencePanel", u"\u6750\u6599\u7c7b\u522b", None))
#if QT_CONFIG(tooltip)
        self.kindButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"\u7533\u62a5\u5956\u9879\u8981\u6c42\u7684\u8bc1\u5b9e\u6027\u6750\u6599\uff08\u8425\u4e1a\u6267\u7167\u3001\u5ba1\u8ba1\u62a5\u544a\u7b49\uff09\u4e2d\uff0c\u8fd9\u4e2a\u6587\u4ef6\u5c5e\u4e8e\u54ea\u4e00\u7c7b", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("EvidencePanel", u"\u79fb\u9664", None))
        pass
    # retranslateUi

