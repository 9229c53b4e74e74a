# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(1000, 700)
        self.outerLayout = QHBoxLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer)

        self.column = QWidget(WelcomePage)
        self.column.setObjectName(u"column")
        self.column.setMinimumSize(QSize(560, 0))
        self.column.setMaximumSize(QSize(820, 16777215))
        self.columnLayout = QVBoxLayout(self.column)
        self.columnLayout.setSpacing(14)
        self.columnLayout.setObjectName(u"columnLayout")
        self.topSpacer = QSpacerItem(20, 28, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(self.column)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.columnLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.column)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setProperty(u"role", u"muted")

        self.columnLayout.addWidget(self.subtitleLabel)

        self.sampleOffer = QFrame(self.column)
        self.sampleOffer.setObjectName(u"sampleOffer")
        self.sampleOffer.setProperty(u"role", u"banner")
        self.offerLayout = QHBoxLayout(self.sampleOffer)
        self.offerLayout.setObjectName(u"offerLayout")
        self.offerLayout.setContentsMargins(14, 10, 10, 10)
        self.offerLabel = QLabel(self.sampleOffer)
        self.offerLabel.setObjectName(u"offerLabel")
        self.offerLabel.setWordWrap(True)

        self.offerLayout.addWidget(self.offerLabel)

        self.offerOpenButton = QPushButton(self.sampleOffer)
        self.offerOpenButton.setObjectName(u"offerOpenButton")
        self.offerOpenButton.setProperty(u"accent", True)

        self.offerLayout.addWidget(self.offerOpenButton)

        self.offerDismissButton = QPushButton(self.sampleOffer)
        self.offerDismissButton.setObjectName(u"offerDismissButton")
        self.offerDismissButton.setProperty(u"flat", True)

        self.offerLayout.addWidget(self.offerDismissButton)


        self.columnLayout.addWidget(self.sampleOffer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(12)
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(self.column)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setMinimumSize(QSize(0, 44))
        self.newButton.setProperty(u"accent", True)

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(self.column)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setMinimumSize(QSize(0, 44))

        self.buttonRow.addWidget(self.openButton)

        self.sampleButton = QPushButton(self.column)
        self.sampleButton.setObjectName(u"sampleButton")
        self.sampleButton.setMinimumSize(QSize(0, 44))

        self.buttonRow.addWidget(self.sampleButton)


        self.columnLayout.addLayout(self.buttonRow)

        self.busyLabel = QLabel(self.column)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"muted")

        self.columnLayout.addWidget(self.busyLabel)

        self.recentTitle = QLabel(self.column)
        self.recentTitle.setObjectName(u"recentTitle")
        self.recentTitle.setProperty(u"role", u"sectionTitle")

        self.columnLayout.addWidget(self.recentTitle)

        self.recentList = QListWidget(self.column)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recentList.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.columnLayout.addWidget(self.recentList)

        self.recentEmpty = QLabel(self.column)
        self.recentEmpty.setObjectName(u"recentEmpty")
        self.recentEmpty.setProperty(u"role", u"muted")

        self.columnLayout.addWidget(self.recentEmpty)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.columnLayout.addItem(self.bottomSpacer)


        self.outerLayout.addWidget(self.column)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.titleLabel.setText(QCoreApplication.translate("WelcomePage", u"\u5353\u8d8a\u7ee9\u6548\u81ea\u8bc4", None))
        self.subtitleLabel.setText(QCoreApplication.translate("WelcomePage", u"\u4f9d\u636e GB/T 19580-2012\u300a\u5353\u8d8a\u7ee9\u6548\u8bc4\u4ef7\u51c6\u5219\u300b\uff0c\u9010\u4e2a\u8bc4\u5206\u9879\u5199\u6e05\u7ec4\u7ec7\u7684\u505a\u6cd5\uff0c\u50cf\u8bc4\u5ba1\u5458\u4e00\u6837\u8bc4\u5206\uff0c\u770b\u6e05\u7ec4\u7ec7\u6240\u5904\u7684\u6c34\u5e73\u548c\u6700\u503c\u5f97\u6539\u8fdb\u7684\u5730\u65b9\u3002", None))
        self.offerLabel.setText(QCoreApplication.translate("WelcomePage", u"\u7b2c\u4e00\u6b21\u4f7f\u7528\uff1f\u5148\u6253\u5f00\u793a\u4f8b\u4f01\u4e1a\uff0c\u770b\u770b\u4e00\u4efd\u5b8c\u6574\u7684\u81ea\u8bc4\u662f\u4ec0\u4e48\u6837\u5b50\uff1a\u6bcf\u4e2a\u6761\u6b3e\u600e\u4e48\u5199\u3001\u600e\u4e48\u8bc4\u5206\u3001\u603b\u5206\u600e\u4e48\u6765\u3002", None))
        self.offerOpenButton.setText(QCoreApplication.translate("WelcomePage", u"\u6253\u5f00\u793a\u4f8b\u4f01\u4e1a", None))
        self.offerDismissButton.setText(QCoreApplication.translate("WelcomePage", u"\u4e0d\u7528\u4e86", None))
        self.newButton.setText(QCoreApplication.translate("WelcomePage", u"\u65b0\u5efa\u9879\u76ee\u2026", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePage", u"\u6253\u5f00\u9879\u76ee\u2026", None))
        self.sampleButton.setText(QCoreApplication.translate("WelcomePage", u"\u6253\u5f00\u793a\u4f8b\u4f01\u4e1a", None))
        self.busyLabel.setText(QCoreApplication.translate("WelcomePage", u"\u6b63\u5728\u6253\u5f00\u2026", None))
        self.recentTitle.setText(QCoreApplication.translate("WelcomePage", u"\u6700\u8fd1\u6253\u5f00", None))
        self.recentEmpty.setText(QCoreApplication.translate("WelcomePage", u"\u8fd8\u6ca1\u6709\u6253\u5f00\u8fc7\u9879\u76ee\u3002\u65b0\u5efa\u4e00\u4e2a\uff0c\u6216\u5148\u6253\u5f00\u793a\u4f8b\u4f01\u4e1a\u770b\u770b\u3002", None))
        pass
    # retranslateUi

