# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_page.ui'
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
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ItemPage(object):
    def setupUi(self, ItemPage):
        if not ItemPage.objectName():
            ItemPage.setObjectName(u"ItemPage")
        ItemPage.resize(800, 640)
        self.pageLayout = QVBoxLayout(ItemPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(ItemPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.titleColumn.addWidget(self.titleLabel)

        self.metaLabel = QLabel(ItemPage)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setWordWrap(True)
        self.metaLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.metaLabel)


        self.headerLayout.addLayout(self.titleColumn)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.scoreColumn = QVBoxLayout()
        self.scoreColumn.setSpacing(0)
        self.scoreColumn.setObjectName(u"scoreColumn")
        self.scoreLabel = QLabel(ItemPage)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.scoreLabel.setProperty(u"role", u"figure")

        self.scoreColumn.addWidget(self.scoreLabel)

        self.scoreCaption = QLabel(ItemPage)
        self.scoreCaption.setObjectName(u"scoreCaption")
        self.scoreCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.scoreCaption.setProperty(u"role", u"figureCaption")

        self.scoreColumn.addWidget(self.scoreCaption)


        self.headerLayout.addLayout(self.scoreColumn)

        self.headerLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(ItemPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.writeTab = QWidget()
        self.writeTab.setObjectName(u"writeTab")
        self.writeTabLayout = QVBoxLayout(self.writeTab)
        self.writeTabLayout.setObjectName(u"writeTabLayout")
        self.writeTabLayout.setContentsMargins(0, 0, 0, 0)
        self.writeScroll = QScrollArea(self.writeTab)
        self.writeScroll.setObjectName(u"writeScroll")
        self.writeScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.writeScroll.setWidgetResizable(True)
        self.writeContents = QWidget()
        self.writeContents.setObjectName(u"writeContents")
        self.writeContents.setGeometry(QRect(0, 0, 760, 500))
        self.clauseLayout = QVBoxLayout(self.writeContents)
        self.clauseLayout.setSpacing(12)
        self.clauseLayout.setObjectName(u"clauseLayout")
        self.clauseLayout.setContentsMargins(4, 10, 8, 12)
        self.summaryFrame = QFrame(self.writeContents)
        self.summaryFrame.setObjectName(u"summaryFrame")
        self.summaryFrame.setProperty(u"role", u"guidance")
        self.summaryLayout = QVBoxLayout(self.summaryFrame)
        self.summaryLayout.setSpacing(4)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryTitle = QLabel(self.summaryFrame)
        self.summaryTitle.setObjectName(u"summaryTitle")
        self.summaryTitle.setProperty(u"role", u"sectionTitle")

        self.summaryLayout.addWidget(self.summaryTitle)

        self.summaryLabel = QLabel(self.summaryFrame)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.linksLabel = QLabel(self.summaryFrame)
        self.linksLabel.setObjectName(u"linksLabel")
        self.linksLabel.setWordWrap(True)
        self.linksLabel.setProperty(u"role", u"muted")

        self.summaryLayout.addWidget(self.linksLabel)


        self.clauseLayout.addWidget(self.summaryFrame)

        self.writeScroll.setWidget(self.writeContents)

        self.writeTabLayout.addWidget(self.writeScroll)

        self.tabs.addTab(self.writeTab, "")
        self.scoreTab = QWidget()
        self.scoreTab.setObjectName(u"scoreTab")
        self.scoreTabLayout = QVBoxLayout(self.scoreTab)
        self.scoreTabLayout.setObjectName(u"scoreTabLayout")
        self.scoreTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.scoreTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceTabLayout = QVBoxLayout(self.evidenceTab)
        self.evidenceTabLayout.setObjectName(u"evidenceTabLayout")
        self.evidenceTabLayout.setContentsMargins(8, 8, 8, 8)
        self.tabs.addTab(self.evidenceTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(ItemPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ItemPage)
    # setupUi

    def retranslateUi(self, ItemPage):
        self.summaryTitle.setText(QCoreApplication.translate("ItemPage", u"\u672c\u8bc4\u5206\u9879\u8003\u5bdf\u4ec0\u4e48", None))
        self.tabs.setTabText(self.tabs.indexOf(self.writeTab), QCoreApplication.translate("ItemPage", u"\u64b0\u5199\u56de\u7b54", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scoreTab), QCoreApplication.translate("ItemPage", u"\u8bc4\u5206", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("ItemPage", u"\u8bc1\u636e", None))
        pass
    # retranslateUi

