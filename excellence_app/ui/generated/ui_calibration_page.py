# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calibration_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_CalibrationPage(object):
    def setupUi(self, CalibrationPage):
        if not CalibrationPage.objectName():
            CalibrationPage.setObjectName(u"CalibrationPage")
        CalibrationPage.resize(980, 640)
        self.pageLayout = QVBoxLayout(CalibrationPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(CalibrationPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.titleColumn.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(CalibrationPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.subtitleLabel)


        self.headerRow.addLayout(self.titleColumn)

        self.addTraineeButton = QPushButton(CalibrationPage)
        self.addTraineeButton.setObjectName(u"addTraineeButton")

        self.headerRow.addWidget(self.addTraineeButton)

        self.exportButton = QPushButton(CalibrationPage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerRow.addWidget(self.exportButton)

        self.importButton = QPushButton(CalibrationPage)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setProperty(u"accent", u"true")

        self.headerRow.addWidget(self.importButton)

        self.headerRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerRow)

        self.content = QWidget(CalibrationPage)
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(8)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsRow = QHBoxLayout()
        self.itemsRow.setSpacing(8)
        self.itemsRow.setObjectName(u"itemsRow")
        self.itemsTitle = QLabel(self.content)
        self.itemsTitle.setObjectName(u"itemsTitle")

        self.itemsRow.addWidget(self.itemsTitle)

        self.itemsLabel = QLabel(self.content)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setWordWrap(True)

        self.itemsRow.addWidget(self.itemsLabel)

        self.chooseButton = QPushButton(self.content)
        self.chooseButton.setObjectName(u"chooseButton")

        self.itemsRow.addWidget(self.chooseButton)

        self.revealButton = QPushButton(self.content)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setCheckable(True)
        self.revealButton.setProperty(u"accent", u"true")

        self.itemsRow.addWidget(self.revealButton)

        self.itemsRow.setStretch(1, 1)

        self.contentLayout.addLayout(self.itemsRow)

        self.itemsView = QTableView(self.content)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setWordWrap(False)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.contentLayout.addWidget(self.itemsView)

        self.hintLabel = QLabel(self.content)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.contentLayout.addWidget(self.hintLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(10)
        self.bottomRow.setObjectName(u"bottomRow")
        self.traineeBox = QGroupBox(self.content)
        self.traineeBox.setObjectName(u"traineeBox")
        self.traineeLayout = QVBoxLayout(self.traineeBox)
        self.traineeLayout.setObjectName(u"traineeLayout")
        self.traineeLayout.setContentsMargins(8, 8, 8, 8)
        self.traineeView = QTableView(self.traineeBox)
        self.traineeView.setObjectName(u"traineeView")
        self.traineeView.setWordWrap(False)
        self.traineeView.setAlternatingRowColors(True)
        self.traineeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.traineeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.traineeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.traineeLayout.addWidget(self.traineeView)


        self.bottomRow.addWidget(self.traineeBox)

        self.disputedBox = QGroupBox(self.content)
        self.disputedBox.setObjectName(u"disputedBox")
        self.disputedLayout = QVBoxLayout(self.disputedBox)
        self.disputedLayout.setObjectName(u"disputedLayout")
        self.disputedLayout.setContentsMargins(8, 8, 8, 8)
        self.disputedView = QTableView(self.disputedBox)
        self.disputedView.setObjectName(u"disputedView")
        self.disputedView.setWordWrap(False)
        self.disputedView.setAlternatingRowColors(True)
        self.disputedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disputedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.disputedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.disputedLayout.addWidget(self.disputedView)


        self.bottomRow.addWidget(self.disputedBox)

        self.bottomRow.setStretch(0, 3)
        self.bottomRow.setStretch(1, 2)

        self.contentLayout.addLayout(self.bottomRow)

        self.contentLayout.setStretch(3, 1)

        self.pageLayout.addWidget(self.content)

        self.emptyLabel = QLabel(CalibrationPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.emptyLabel)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(CalibrationPage)

        QMetaObject.connectSlotsByName(CalibrationPage)
    # setupUi

    def retranslateUi(self, CalibrationPage):
        self.titleLabel.setText(QCoreApplication.translate("CalibrationPage", u"\u8bc4\u5206\u6821\u51c6", None))
        self.addTraineeButton.setText(QCoreApplication.translate("CalibrationPage", u"\u6dfb\u52a0\u5b66\u5458\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("CalibrationPage", u"\u5bfc\u51fa\u5b66\u5458\u5de5\u4f5c\u7c3f\u2026", None))
        self.importButton.setText(QCoreApplication.translate("CalibrationPage", u"\u5bfc\u5165\u5b66\u5458\u5de5\u4f5c\u7c3f\u2026", None))
        self.itemsTitle.setText(QCoreApplication.translate("CalibrationPage", u"\u7ec3\u4e60\u7684\u8bc4\u5206\u9879\uff1a", None))
        self.chooseButton.setText(QCoreApplication.translate("CalibrationPage", u"\u9009\u62e9\u8bc4\u5206\u9879\u2026", None))
        self.revealButton.setText(QCoreApplication.translate("CalibrationPage", u"\u516c\u5e03\u53c2\u8003\u5206", None))
        self.traineeBox.setTitle(QCoreApplication.translate("CalibrationPage", u"\u5404\u5b66\u5458\u7684\u504f\u5dee", None))
        self.disputedBox.setTitle(QCoreApplication.translate("CalibrationPage", u"\u5168\u73ed\u5206\u6b67\u6700\u5927\u7684\u8bc4\u5206\u9879", None))
        pass
    # retranslateUi

