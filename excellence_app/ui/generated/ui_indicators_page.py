# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicators_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_IndicatorsPage(object):
    def setupUi(self, IndicatorsPage):
        if not IndicatorsPage.objectName():
            IndicatorsPage.setObjectName(u"IndicatorsPage")
        IndicatorsPage.resize(960, 660)
        self.pageLayout = QVBoxLayout(IndicatorsPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(IndicatorsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.headerLayout.addWidget(self.titleLabel)

        self.itemLabel = QLabel(IndicatorsPage)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setProperty(u"role", u"muted")

        self.headerLayout.addWidget(self.itemLabel)

        self.itemCombo = QComboBox(IndicatorsPage)
        self.itemCombo.setObjectName(u"itemCombo")
        self.itemCombo.setMinimumSize(QSize(320, 0))

        self.headerLayout.addWidget(self.itemCombo)

        self.headerLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.hintLabel = QLabel(IndicatorsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.hintLabel)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(6)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.addButton = QPushButton(IndicatorsPage)
        self.addButton.setObjectName(u"addButton")

        self.toolbarLayout.addWidget(self.addButton)

        self.deleteButton = QPushButton(IndicatorsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbarLayout.addWidget(self.deleteButton)

        self.upButton = QPushButton(IndicatorsPage)
        self.upButton.setObjectName(u"upButton")

        self.toolbarLayout.addWidget(self.upButton)

        self.downButton = QPushButton(IndicatorsPage)
        self.downButton.setObjectName(u"downButton")

        self.toolbarLayout.addWidget(self.downButton)

        self.periodButton = QPushButton(IndicatorsPage)
        self.periodButton.setObjectName(u"periodButton")

        self.toolbarLayout.addWidget(self.periodButton)

        self.toolbarGap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarGap)

        self.pasteButton = QPushButton(IndicatorsPage)
        self.pasteButton.setObjectName(u"pasteButton")

        self.toolbarLayout.addWidget(self.pasteButton)

        self.importButton = QPushButton(IndicatorsPage)
        self.importButton.setObjectName(u"importButton")

        self.toolbarLayout.addWidget(self.importButton)

        self.toolbarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.refButton = QPushButton(IndicatorsPage)
        self.refButton.setObjectName(u"refButton")

        self.toolbarLayout.addWidget(self.refButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(IndicatorsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.indicatorTable = QTableView(self.splitter)
        self.indicatorTable.setObjectName(u"indicatorTable")
        self.indicatorTable.setAlternatingRowColors(True)
        self.indicatorTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicatorTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.splitter.addWidget(self.indicatorTable)
        self.detailTabs = QTabWidget(self.splitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailTabs.setDocumentMode(True)
        self.chartTab = QWidget()
        self.chartTab.setObjectName(u"chartTab")
        self.chartTabLayout = QHBoxLayout(self.chartTab)
        self.chartTabLayout.setSpacing(12)
        self.chartTabLayout.setObjectName(u"chartTabLayout")
        self.chartTabLayout.setContentsMargins(4, 6, 4, 0)
        self.chartLayout = QVBoxLayout()
        self.chartLayout.setObjectName(u"chartLayout")

        self.chartTabLayout.addLayout(self.chartLayout)

        self.analysisScroll = QScrollArea(self.chartTab)
        self.analysisScroll.setObjectName(u"analysisScroll")
        self.analysisScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.analysisScroll.setWidgetResizable(True)
        self.analysisContents = QWidget()
        self.analysisContents.setObjectName(u"analysisContents")
        self.analysisContents.setGeometry(QRect(0, 0, 360, 300))
        self.analysisLayout = QVBoxLayout(self.analysisContents)
        self.analysisLayout.setSpacing(8)
        self.analysisLayout.setObjectName(u"analysisLayout")
        self.analysisLayout.setContentsMargins(0, 4, 4, 4)
        self.badgeLayout = QVBoxLayout()
        self.badgeLayout.setObjectName(u"badgeLayout")

        self.analysisLayout.addLayout(self.badgeLayout)

        self.analysisLabel = QLabel(self.analysisContents)
        self.analysisLabel.setObjectName(u"analysisLabel")
        self.analysisLabel.setWordWrap(True)
        self.analysisLabel.setTextFormat(Qt.TextFormat.RichText)
        self.analysisLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.analysisLayout.addWidget(self.analysisLabel)

        self.linkLabel = QLabel(self.analysisContents)
        self.linkLabel.setObjectName(u"linkLabel")
        self.linkLabel.setProperty(u"role", u"muted")

        self.analysisLayout.addWidget(self.linkLabel)

        self.linkEdit = QLineEdit(self.analysisContents)
        self.linkEdit.setObjectName(u"linkEdit")
        self.linkEdit.setMaxLength(2000)

        self.analysisLayout.addWidget(self.linkEdit)

        self.gapsLabel = QLabel(self.analysisContents)
        self.gapsLabel.setObjectName(u"gapsLabel")
        self.gapsLabel.setWordWrap(True)
        self.gapsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.gapsLabel.setProperty(u"role", u"warning")

        self.analysisLayout.addWidget(self.gapsLabel)

        self.analysisSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.analysisLayout.addItem(self.analysisSpacer)

        self.analysisScroll.setWidget(self.analysisContents)

        self.chartTabLayout.addWidget(self.analysisScroll)

        self.chartTabLayout.setStretch(0, 3)
        self.chartTabLayout.setStretch(1, 2)
        self.detailTabs.addTab(self.chartTab, "")
        self.comparisonTab = QWidget()
        self.comparisonTab.setObjectName(u"comparisonTab")
        self.comparisonTabLayout = QVBoxLayout(self.comparisonTab)
        self.comparisonTabLayout.setSpacing(6)
        self.comparisonTabLayout.setObjectName(u"comparisonTabLayout")
        self.comparisonTabLayout.setContentsMargins(4, 6, 4, 0)
        self.comparisonTable = QTableView(self.comparisonTab)
        self.comparisonTable.setObjectName(u"comparisonTable")
        self.comparisonTable.setAlternatingRowColors(True)
        self.comparisonTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.comparisonTabLayout.addWidget(self.comparisonTable)

        self.comparisonButtons = QHBoxLayout()
        self.comparisonButtons.setSpacing(6)
        self.comparisonButtons.setObjectName(u"comparisonButtons")
        self.addSeriesButton = QPushButton(self.comparisonTab)
        self.addSeriesButton.setObjectName(u"addSeriesButton")

        self.comparisonButtons.addWidget(self.addSeriesButton)

        self.removeSeriesButton = QPushButton(self.comparisonTab)
        self.removeSeriesButton.setObjectName(u"removeSeriesButton")

        self.comparisonButtons.addWidget(self.removeSeriesButton)

        self.comparisonHint = QLabel(self.comparisonTab)
        self.comparisonHint.setObjectName(u"comparisonHint")
        self.comparisonHint.setWordWrap(True)
        self.comparisonHint.setProperty(u"role", u"muted")

        self.comparisonButtons.addWidget(self.comparisonHint)

        self.comparisonButtons.setStretch(2, 1)

        self.comparisonTabLayout.addLayout(self.comparisonButtons)

        self.detailTabs.addTab(self.comparisonTab, "")
        self.splitter.addWidget(self.detailTabs)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(IndicatorsPage)

        QMetaObject.connectSlotsByName(IndicatorsPage)
    # setupUi

    def retranslateUi(self, IndicatorsPage):
        self.titleLabel.setText(QCoreApplication.translate("IndicatorsPage", u"\u7ed3\u679c\u6307\u6807", None))
        self.itemLabel.setText(QCoreApplication.translate("IndicatorsPage", u"\u8bc4\u5206\u9879", None))
        self.hintLabel.setText(QCoreApplication.translate("IndicatorsPage", u"\u6bcf\u4e2a\u6307\u6807\u4e00\u884c\uff0c\u6bcf\u671f\u4e00\u5217\uff1b\u5728 Excel \u6216 WPS \u4e2d\u590d\u5236\u542b\u8868\u5934\u7684\u533a\u57df\uff08\u6307\u6807\u540d\u79f0\u3001\u53ef\u9009\u7684\u5355\u4f4d/\u65b9\u5411/\u76ee\u6807\u5217\u3001\u5404\u671f\u95f4\uff09\uff0c\u518d\u70b9\u201c\u7c98\u8d34\u8868\u683c\u201d\u6216\u5728\u8868\u4e2d\u6309 Ctrl+V\u3002", None))
        self.addButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u6dfb\u52a0\u6307\u6807", None))
        self.deleteButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("IndicatorsPage", u"\u4e0a\u79fb\uff08\u56fe\u53f7\u968f\u4e4b\u6539\u53d8\uff0c\u6b63\u6587\u4e2d\u7684\u5f15\u7528\u81ea\u52a8\u66f4\u65b0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u4e0a\u79fb", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("IndicatorsPage", u"\u4e0b\u79fb\uff08\u56fe\u53f7\u968f\u4e4b\u6539\u53d8\uff0c\u6b63\u6587\u4e2d\u7684\u5f15\u7528\u81ea\u52a8\u66f4\u65b0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u4e0b\u79fb", None))
        self.periodButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u6dfb\u52a0\u671f\u95f4\u2026", None))
#if QT_CONFIG(tooltip)
        self.pasteButton.setToolTip(QCoreApplication.translate("IndicatorsPage", u"\u628a\u526a\u8d34\u677f\u4e2d\u4ece Excel \u6216 WPS \u590d\u5236\u7684\u8868\u683c\u5bfc\u5165\u672c\u8bc4\u5206\u9879\uff08Ctrl+V\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.pasteButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u7c98\u8d34\u8868\u683c", None))
        self.importButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u5bfc\u5165 CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.refButton.setToolTip(QCoreApplication.translate("IndicatorsPage", u"\u5728\u6761\u6b3e\u56de\u7b54\u4e2d\u5f15\u7528\u6240\u9009\u6307\u6807\u7684\u56fe\uff0c\u5982\u201c\uff08\u89c1\u56fe4.7.2-1\uff09\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.refButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u5f15\u7528\u6b64\u56fe", None))
#if QT_CONFIG(accessibility)
        self.indicatorTable.setAccessibleName(QCoreApplication.translate("IndicatorsPage", u"\u6307\u6807\u6570\u636e\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.linkLabel.setText(QCoreApplication.translate("IndicatorsPage", u"\u5173\u8054\u7684\u6218\u7565\u76ee\u6807\u6216\u5173\u952e\u8981\u6c42\uff08\u6574\u5408\uff09", None))
#if QT_CONFIG(accessibility)
        self.linkEdit.setAccessibleName(QCoreApplication.translate("IndicatorsPage", u"\u5173\u8054\u7684\u6218\u7565\u76ee\u6807\u6216\u5173\u952e\u8981\u6c42", None))
#endif // QT_CONFIG(accessibility)
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("IndicatorsPage", u"\u5982\uff1aSO1 \u8d28\u91cf\u9886\u5148\uff1b\u987e\u5ba2\u8981\u6c42\u7684\u4ea4\u4ed8\u5468\u671f", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.chartTab), QCoreApplication.translate("IndicatorsPage", u"\u56fe\u8868\u4e0e\u5206\u6790", None))
        self.addSeriesButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u6dfb\u52a0\u5bf9\u6bd4\u7cfb\u5217", None))
        self.removeSeriesButton.setText(QCoreApplication.translate("IndicatorsPage", u"\u5220\u9664\u5bf9\u6bd4\u7cfb\u5217", None))
        self.comparisonHint.setText(QCoreApplication.translate("IndicatorsPage", u"\u5199\u660e\u6bcf\u4e2a\u5bf9\u6bd4\u7cfb\u5217\u7684\u6570\u636e\u6765\u6e90\uff08\u884c\u4e1a\u534f\u4f1a\u5e74\u62a5\u3001\u7b2c\u4e09\u65b9\u6d4b\u8bc4\u3001\u5ba2\u6237\u8bc4\u5206\u5361\u7b49\uff09\uff0c\u8bc4\u5ba1\u5458\u636e\u6b64\u5224\u65ad\u5bf9\u6bd4\u662f\u5426\u53ef\u4fe1\u3002", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.comparisonTab), QCoreApplication.translate("IndicatorsPage", u"\u5bf9\u6bd4\u6570\u636e", None))
        pass
    # retranslateUi

