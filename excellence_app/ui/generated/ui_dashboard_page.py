# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QScrollArea,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(800, 1000)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(DashboardPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contents.setGeometry(QRect(0, 0, 780, 1000))
        self.contentsLayout = QVBoxLayout(self.contents)
        self.contentsLayout.setSpacing(12)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(16, 12, 16, 16)
        self.titleLabel = QLabel(self.contents)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.contentsLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.contents)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setProperty(u"role", u"muted")

        self.contentsLayout.addWidget(self.subtitleLabel)

        self.cardRow = QHBoxLayout()
        self.cardRow.setSpacing(12)
        self.cardRow.setObjectName(u"cardRow")
        self.totalCard = QFrame(self.contents)
        self.totalCard.setObjectName(u"totalCard")
        self.totalCard.setProperty(u"role", u"card")
        self.totalCardLayout = QVBoxLayout(self.totalCard)
        self.totalCardLayout.setSpacing(2)
        self.totalCardLayout.setObjectName(u"totalCardLayout")
        self.totalCardLayout.setContentsMargins(14, 10, 14, 10)
        self.totalTitle = QLabel(self.totalCard)
        self.totalTitle.setObjectName(u"totalTitle")
        self.totalTitle.setProperty(u"role", u"figureCaption")

        self.totalCardLayout.addWidget(self.totalTitle)

        self.totalFigure = QLabel(self.totalCard)
        self.totalFigure.setObjectName(u"totalFigure")
        self.totalFigure.setProperty(u"role", u"figure")

        self.totalCardLayout.addWidget(self.totalFigure)

        self.totalCaption = QLabel(self.totalCard)
        self.totalCaption.setObjectName(u"totalCaption")
        self.totalCaption.setWordWrap(True)
        self.totalCaption.setProperty(u"role", u"muted")

        self.totalCardLayout.addWidget(self.totalCaption)


        self.cardRow.addWidget(self.totalCard)

        self.processCard = QFrame(self.contents)
        self.processCard.setObjectName(u"processCard")
        self.processCard.setProperty(u"role", u"card")
        self.processCardLayout = QVBoxLayout(self.processCard)
        self.processCardLayout.setSpacing(2)
        self.processCardLayout.setObjectName(u"processCardLayout")
        self.processCardLayout.setContentsMargins(14, 10, 14, 10)
        self.processTitle = QLabel(self.processCard)
        self.processTitle.setObjectName(u"processTitle")
        self.processTitle.setProperty(u"role", u"figureCaption")

        self.processCardLayout.addWidget(self.processTitle)

        self.processFigure = QLabel(self.processCard)
        self.processFigure.setObjectName(u"processFigure")
        self.processFigure.setProperty(u"role", u"figure")

        self.processCardLayout.addWidget(self.processFigure)

        self.processCaption = QLabel(self.processCard)
        self.processCaption.setObjectName(u"processCaption")
        self.processCaption.setWordWrap(True)
        self.processCaption.setProperty(u"role", u"muted")

        self.processCardLayout.addWidget(self.processCaption)


        self.cardRow.addWidget(self.processCard)

        self.resultsCard = QFrame(self.contents)
        self.resultsCard.setObjectName(u"resultsCard")
        self.resultsCard.setProperty(u"role", u"card")
        self.resultsCardLayout = QVBoxLayout(self.resultsCard)
        self.resultsCardLayout.setSpacing(2)
        self.resultsCardLayout.setObjectName(u"resultsCardLayout")
        self.resultsCardLayout.setContentsMargins(14, 10, 14, 10)
        self.resultsTitle = QLabel(self.resultsCard)
        self.resultsTitle.setObjectName(u"resultsTitle")
        self.resultsTitle.setProperty(u"role", u"figureCaption")

        self.resultsCardLayout.addWidget(self.resultsTitle)

        self.resultsFigure = QLabel(self.resultsCard)
        self.resultsFigure.setObjectName(u"resultsFigure")
        self.resultsFigure.setProperty(u"role", u"figure")

        self.resultsCardLayout.addWidget(self.resultsFigure)

        self.resultsCaption = QLabel(self.resultsCard)
        self.resultsCaption.setObjectName(u"resultsCaption")
        self.resultsCaption.setWordWrap(True)
        self.resultsCaption.setProperty(u"role", u"muted")

        self.resultsCardLayout.addWidget(self.resultsCaption)


        self.cardRow.addWidget(self.resultsCard)


        self.contentsLayout.addLayout(self.cardRow)

        self.progressBox = QGroupBox(self.contents)
        self.progressBox.setObjectName(u"progressBox")
        self.progressGrid = QGridLayout(self.progressBox)
        self.progressGrid.setObjectName(u"progressGrid")
        self.progressGrid.setHorizontalSpacing(12)
        self.progressGrid.setVerticalSpacing(8)
        self.itemsTitle = QLabel(self.progressBox)
        self.itemsTitle.setObjectName(u"itemsTitle")

        self.progressGrid.addWidget(self.itemsTitle, 0, 0, 1, 1)

        self.itemsBar = QProgressBar(self.progressBox)
        self.itemsBar.setObjectName(u"itemsBar")
        self.itemsBar.setMaximumSize(QSize(16777215, 8))
        self.itemsBar.setTextVisible(False)

        self.progressGrid.addWidget(self.itemsBar, 0, 1, 1, 1)

        self.itemsLabel = QLabel(self.progressBox)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setProperty(u"role", u"muted")

        self.progressGrid.addWidget(self.itemsLabel, 0, 2, 1, 1)

        self.clausesTitle = QLabel(self.progressBox)
        self.clausesTitle.setObjectName(u"clausesTitle")

        self.progressGrid.addWidget(self.clausesTitle, 1, 0, 1, 1)

        self.clausesBar = QProgressBar(self.progressBox)
        self.clausesBar.setObjectName(u"clausesBar")
        self.clausesBar.setMaximumSize(QSize(16777215, 8))
        self.clausesBar.setTextVisible(False)

        self.progressGrid.addWidget(self.clausesBar, 1, 1, 1, 1)

        self.clausesLabel = QLabel(self.progressBox)
        self.clausesLabel.setObjectName(u"clausesLabel")
        self.clausesLabel.setProperty(u"role", u"muted")

        self.progressGrid.addWidget(self.clausesLabel, 1, 2, 1, 1)

        self.charsTitle = QLabel(self.progressBox)
        self.charsTitle.setObjectName(u"charsTitle")

        self.progressGrid.addWidget(self.charsTitle, 2, 0, 1, 1)

        self.charsBar = QProgressBar(self.progressBox)
        self.charsBar.setObjectName(u"charsBar")
        self.charsBar.setMaximumSize(QSize(16777215, 8))
        self.charsBar.setTextVisible(False)

        self.progressGrid.addWidget(self.charsBar, 2, 1, 1, 1)

        self.charsLabel = QLabel(self.progressBox)
        self.charsLabel.setObjectName(u"charsLabel")
        self.charsLabel.setProperty(u"role", u"muted")

        self.progressGrid.addWidget(self.charsLabel, 2, 2, 1, 1)

        self.progressGrid.setColumnStretch(1, 1)

        self.contentsLayout.addWidget(self.progressBox)

        self.chartRow = QHBoxLayout()
        self.chartRow.setSpacing(12)
        self.chartRow.setObjectName(u"chartRow")
        self.barsBox = QGroupBox(self.contents)
        self.barsBox.setObjectName(u"barsBox")
        self.barsLayout = QGridLayout(self.barsBox)
        self.barsLayout.setObjectName(u"barsLayout")
        self.barsLayout.setHorizontalSpacing(10)
        self.barsLayout.setVerticalSpacing(14)
        self.barsLayout.setContentsMargins(12, 14, 12, 8)

        self.chartRow.addWidget(self.barsBox)

        self.radarBox = QGroupBox(self.contents)
        self.radarBox.setObjectName(u"radarBox")
        self.radarLayout = QVBoxLayout(self.radarBox)
        self.radarLayout.setObjectName(u"radarLayout")
        self.radarLayout.setContentsMargins(4, 4, 4, 4)

        self.chartRow.addWidget(self.radarBox)

        self.chartRow.setStretch(0, 1)
        self.chartRow.setStretch(1, 1)

        self.contentsLayout.addLayout(self.chartRow)

        self.listRow = QHBoxLayout()
        self.listRow.setSpacing(12)
        self.listRow.setObjectName(u"listRow")
        self.topOpenBox = QGroupBox(self.contents)
        self.topOpenBox.setObjectName(u"topOpenBox")
        self.topOpenLayout = QVBoxLayout(self.topOpenBox)
        self.topOpenLayout.setObjectName(u"topOpenLayout")
        self.topOpenTable = QTableWidget(self.topOpenBox)
        self.topOpenTable.setObjectName(u"topOpenTable")
        self.topOpenTable.setMinimumSize(QSize(0, 300))
        self.topOpenTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.topOpenTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topOpenTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.topOpenLayout.addWidget(self.topOpenTable)


        self.listRow.addWidget(self.topOpenBox)

        self.flaggedBox = QGroupBox(self.contents)
        self.flaggedBox.setObjectName(u"flaggedBox")
        self.flaggedLayout = QVBoxLayout(self.flaggedBox)
        self.flaggedLayout.setObjectName(u"flaggedLayout")
        self.flaggedList = QListWidget(self.flaggedBox)
        self.flaggedList.setObjectName(u"flaggedList")

        self.flaggedLayout.addWidget(self.flaggedList)

        self.flaggedEmpty = QLabel(self.flaggedBox)
        self.flaggedEmpty.setObjectName(u"flaggedEmpty")
        self.flaggedEmpty.setWordWrap(True)
        self.flaggedEmpty.setProperty(u"role", u"muted")

        self.flaggedLayout.addWidget(self.flaggedEmpty)


        self.listRow.addWidget(self.flaggedBox)

        self.listRow.setStretch(0, 3)
        self.listRow.setStretch(1, 2)

        self.contentsLayout.addLayout(self.listRow)

        self.scroll.setWidget(self.contents)

        self.pageLayout.addWidget(self.scroll)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"\u6982\u89c8", None))
        self.totalTitle.setText(QCoreApplication.translate("DashboardPage", u"\u603b\u5206", None))
        self.processTitle.setText(QCoreApplication.translate("DashboardPage", u"\u8fc7\u7a0b\u7c7b\u8bc4\u5206\u9879", None))
        self.resultsTitle.setText(QCoreApplication.translate("DashboardPage", u"\u7ed3\u679c\u7c7b\u8bc4\u5206\u9879", None))
        self.progressBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u5b8c\u6210\u60c5\u51b5", None))
        self.itemsTitle.setText(QCoreApplication.translate("DashboardPage", u"\u5df2\u8bc4\u5206\u7684\u8bc4\u5206\u9879", None))
        self.clausesTitle.setText(QCoreApplication.translate("DashboardPage", u"\u5df2\u56de\u7b54\u7684\u6761\u6b3e", None))
        self.charsTitle.setText(QCoreApplication.translate("DashboardPage", u"\u81ea\u8bc4\u62a5\u544a\u5b57\u6570", None))
        self.barsBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u5404\u7c7b\u76ee\u5f97\u5206\uff08\u6ee1\u5206\u4e3a\u6574\u6761\uff09", None))
        self.radarBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u7c7b\u76ee\u5f97\u5206\u7387\u96f7\u8fbe\u56fe", None))
        self.topOpenBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u5c1a\u53ef\u5f97\u5206\u6700\u591a\u7684\u5341\u4e2a\u8bc4\u5206\u9879", None))
        self.flaggedBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u8bc4\u5206\u5206\u6b67\u5927\u3001\u9700\u8981\u8ba8\u8bba\u7684\u8bc4\u5206\u9879", None))
        pass
    # retranslateUi

