# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compare_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ComparePage(object):
    def setupUi(self, ComparePage):
        if not ComparePage.objectName():
            ComparePage.setObjectName(u"ComparePage")
        ComparePage.resize(980, 640)
        self.pageLayout = QVBoxLayout(ComparePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(ComparePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.titleColumn.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(ComparePage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.subtitleLabel)


        self.headerRow.addLayout(self.titleColumn)

        self.oldLabel = QLabel(ComparePage)
        self.oldLabel.setObjectName(u"oldLabel")

        self.headerRow.addWidget(self.oldLabel)

        self.oldCombo = QComboBox(ComparePage)
        self.oldCombo.setObjectName(u"oldCombo")
        self.oldCombo.setMinimumContentsLength(10)

        self.headerRow.addWidget(self.oldCombo)

        self.arrowLabel = QLabel(ComparePage)
        self.arrowLabel.setObjectName(u"arrowLabel")

        self.headerRow.addWidget(self.arrowLabel)

        self.newCombo = QComboBox(ComparePage)
        self.newCombo.setObjectName(u"newCombo")
        self.newCombo.setMinimumContentsLength(10)

        self.headerRow.addWidget(self.newCombo)

        self.headerRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerRow)

        self.content = QWidget(ComparePage)
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(10)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(12)
        self.topRow.setObjectName(u"topRow")
        self.cardRow = QHBoxLayout()
        self.cardRow.setSpacing(10)
        self.cardRow.setObjectName(u"cardRow")
        self.oldCard = QFrame(self.content)
        self.oldCard.setObjectName(u"oldCard")
        self.oldCard.setMinimumSize(QSize(150, 0))
        self.oldCard.setProperty(u"role", u"card")
        self.oldCardLayout = QVBoxLayout(self.oldCard)
        self.oldCardLayout.setSpacing(2)
        self.oldCardLayout.setObjectName(u"oldCardLayout")
        self.oldCardLayout.setContentsMargins(14, 10, 14, 10)
        self.oldCardTitle = QLabel(self.oldCard)
        self.oldCardTitle.setObjectName(u"oldCardTitle")
        self.oldCardTitle.setProperty(u"role", u"figureCaption")

        self.oldCardLayout.addWidget(self.oldCardTitle)

        self.oldCardFigure = QLabel(self.oldCard)
        self.oldCardFigure.setObjectName(u"oldCardFigure")
        self.oldCardFigure.setProperty(u"role", u"figure")

        self.oldCardLayout.addWidget(self.oldCardFigure)

        self.oldCardCaption = QLabel(self.oldCard)
        self.oldCardCaption.setObjectName(u"oldCardCaption")
        self.oldCardCaption.setProperty(u"role", u"figureCaption")

        self.oldCardLayout.addWidget(self.oldCardCaption)

        self.oldCardSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.oldCardLayout.addItem(self.oldCardSpacer)


        self.cardRow.addWidget(self.oldCard)

        self.newCard = QFrame(self.content)
        self.newCard.setObjectName(u"newCard")
        self.newCard.setMinimumSize(QSize(150, 0))
        self.newCard.setProperty(u"role", u"card")
        self.newCardLayout = QVBoxLayout(self.newCard)
        self.newCardLayout.setSpacing(2)
        self.newCardLayout.setObjectName(u"newCardLayout")
        self.newCardLayout.setContentsMargins(14, 10, 14, 10)
        self.newCardTitle = QLabel(self.newCard)
        self.newCardTitle.setObjectName(u"newCardTitle")
        self.newCardTitle.setProperty(u"role", u"figureCaption")

        self.newCardLayout.addWidget(self.newCardTitle)

        self.newCardFigure = QLabel(self.newCard)
        self.newCardFigure.setObjectName(u"newCardFigure")
        self.newCardFigure.setProperty(u"role", u"figure")

        self.newCardLayout.addWidget(self.newCardFigure)

        self.newCardCaption = QLabel(self.newCard)
        self.newCardCaption.setObjectName(u"newCardCaption")
        self.newCardCaption.setProperty(u"role", u"figureCaption")

        self.newCardLayout.addWidget(self.newCardCaption)

        self.newCardSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newCardLayout.addItem(self.newCardSpacer)


        self.cardRow.addWidget(self.newCard)

        self.deltaCard = QFrame(self.content)
        self.deltaCard.setObjectName(u"deltaCard")
        self.deltaCard.setMinimumSize(QSize(150, 0))
        self.deltaCard.setProperty(u"role", u"card")
        self.deltaCardLayout = QVBoxLayout(self.deltaCard)
        self.deltaCardLayout.setSpacing(2)
        self.deltaCardLayout.setObjectName(u"deltaCardLayout")
        self.deltaCardLayout.setContentsMargins(14, 10, 14, 10)
        self.deltaCardTitle = QLabel(self.deltaCard)
        self.deltaCardTitle.setObjectName(u"deltaCardTitle")
        self.deltaCardTitle.setProperty(u"role", u"figureCaption")

        self.deltaCardLayout.addWidget(self.deltaCardTitle)

        self.deltaCardFigure = QLabel(self.deltaCard)
        self.deltaCardFigure.setObjectName(u"deltaCardFigure")
        self.deltaCardFigure.setProperty(u"role", u"figure")

        self.deltaCardLayout.addWidget(self.deltaCardFigure)

        self.deltaCardCaption = QLabel(self.deltaCard)
        self.deltaCardCaption.setObjectName(u"deltaCardCaption")
        self.deltaCardCaption.setProperty(u"role", u"figureCaption")

        self.deltaCardLayout.addWidget(self.deltaCardCaption)

        self.deltaCardSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.deltaCardLayout.addItem(self.deltaCardSpacer)


        self.cardRow.addWidget(self.deltaCard)


        self.topRow.addLayout(self.cardRow)

        self.chartBox = QGroupBox(self.content)
        self.chartBox.setObjectName(u"chartBox")
        self.chartBox.setMinimumSize(QSize(300, 0))
        self.chartLayout = QVBoxLayout(self.chartBox)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(4, 4, 4, 2)

        self.topRow.addWidget(self.chartBox)

        self.topRow.setStretch(1, 1)

        self.contentLayout.addLayout(self.topRow)

        self.tabs = QTabWidget(self.content)
        self.tabs.setObjectName(u"tabs")
        self.categoryTab = QWidget()
        self.categoryTab.setObjectName(u"categoryTab")
        self.categoryTabLayout = QVBoxLayout(self.categoryTab)
        self.categoryTabLayout.setObjectName(u"categoryTabLayout")
        self.categoryTabLayout.setContentsMargins(6, 6, 6, 6)
        self.categoryView = QTableView(self.categoryTab)
        self.categoryView.setObjectName(u"categoryView")
        self.categoryView.setWordWrap(True)
        self.categoryView.setAlternatingRowColors(True)
        self.categoryView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoryView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categoryView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.categoryTabLayout.addWidget(self.categoryView)

        self.tabs.addTab(self.categoryTab, "")
        self.itemTab = QWidget()
        self.itemTab.setObjectName(u"itemTab")
        self.itemTabLayout = QVBoxLayout(self.itemTab)
        self.itemTabLayout.setObjectName(u"itemTabLayout")
        self.itemTabLayout.setContentsMargins(6, 6, 6, 6)
        self.itemView = QTableView(self.itemTab)
        self.itemView.setObjectName(u"itemView")
        self.itemView.setWordWrap(True)
        self.itemView.setAlternatingRowColors(True)
        self.itemView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.itemTabLayout.addWidget(self.itemView)

        self.tabs.addTab(self.itemTab, "")
        self.fateTab = QWidget()
        self.fateTab.setObjectName(u"fateTab")
        self.fateTabLayout = QVBoxLayout(self.fateTab)
        self.fateTabLayout.setObjectName(u"fateTabLayout")
        self.fateTabLayout.setContentsMargins(6, 6, 6, 6)
        self.fateView = QTableView(self.fateTab)
        self.fateView.setObjectName(u"fateView")
        self.fateView.setWordWrap(True)
        self.fateView.setAlternatingRowColors(True)
        self.fateView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fateView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fateView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.fateTabLayout.addWidget(self.fateView)

        self.tabs.addTab(self.fateTab, "")

        self.contentLayout.addWidget(self.tabs)

        self.contentLayout.setStretch(1, 1)

        self.pageLayout.addWidget(self.content)

        self.emptyLabel = QLabel(ComparePage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.emptyLabel)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(ComparePage)

        QMetaObject.connectSlotsByName(ComparePage)
    # setupUi

    def retranslateUi(self, ComparePage):
        self.titleLabel.setText(QCoreApplication.translate("ComparePage", u"\u5e74\u5ea6\u5bf9\u6bd4", None))
        self.oldLabel.setText(QCoreApplication.translate("ComparePage", u"\u5bf9\u6bd4", None))
        self.arrowLabel.setText(QCoreApplication.translate("ComparePage", u"\u2192", None))
        self.oldCardTitle.setText(QCoreApplication.translate("ComparePage", u"\u4e0a\u4e00\u5468\u671f\u603b\u5206", None))
        self.newCardTitle.setText(QCoreApplication.translate("ComparePage", u"\u672c\u5468\u671f\u603b\u5206", None))
        self.deltaCardTitle.setText(QCoreApplication.translate("ComparePage", u"\u53d8\u5316", None))
        self.chartBox.setTitle(QCoreApplication.translate("ComparePage", u"\u5404\u8bc4\u4ef7\u5468\u671f\u7684\u603b\u5206", None))
#if QT_CONFIG(accessibility)
        self.categoryView.setAccessibleName(QCoreApplication.translate("ComparePage", u"\u5404\u7c7b\u76ee\u5f97\u5206\u5bf9\u6bd4\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.categoryTab), QCoreApplication.translate("ComparePage", u"\u7c7b\u76ee", None))
        self.tabs.setTabText(self.tabs.indexOf(self.itemTab), QCoreApplication.translate("ComparePage", u"\u8bc4\u5206\u9879", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fateTab), QCoreApplication.translate("ComparePage", u"\u4e0a\u4e00\u5468\u671f\u7684\u6539\u8fdb\u673a\u4f1a", None))
        pass
    # retranslateUi

