# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consensus_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ConsensusPage(object):
    def setupUi(self, ConsensusPage):
        if not ConsensusPage.objectName():
            ConsensusPage.setObjectName(u"ConsensusPage")
        ConsensusPage.resize(980, 640)
        self.pageLayout = QVBoxLayout(ConsensusPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 10, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(ConsensusPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.titleColumn.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(ConsensusPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.subtitleLabel)


        self.headerRow.addLayout(self.titleColumn)

        self.importButton = QPushButton(ConsensusPage)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setProperty(u"accent", u"true")

        self.headerRow.addWidget(self.importButton)

        self.mergeButton = QPushButton(ConsensusPage)
        self.mergeButton.setObjectName(u"mergeButton")

        self.headerRow.addWidget(self.mergeButton)

        self.exportButton = QPushButton(ConsensusPage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerRow.addWidget(self.exportButton)

        self.headerRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerRow)

        self.splitter = QSplitter(ConsensusPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.gridPane = QWidget(self.splitter)
        self.gridPane.setObjectName(u"gridPane")
        self.gridLayout = QVBoxLayout(self.gridPane)
        self.gridLayout.setSpacing(6)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 0, 6, 0)
        self.gridView = QTableView(self.gridPane)
        self.gridView.setObjectName(u"gridView")
        self.gridView.setWordWrap(False)
        self.gridView.setAlternatingRowColors(True)
        self.gridView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gridView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gridView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.gridLayout.addWidget(self.gridView)

        self.gridFooter = QHBoxLayout()
        self.gridFooter.setObjectName(u"gridFooter")
        self.flaggedOnlyCheck = QCheckBox(self.gridPane)
        self.flaggedOnlyCheck.setObjectName(u"flaggedOnlyCheck")

        self.gridFooter.addWidget(self.flaggedOnlyCheck)

        self.gridFooterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gridFooter.addItem(self.gridFooterSpacer)


        self.gridLayout.addLayout(self.gridFooter)

        self.legendLabel = QLabel(self.gridPane)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setProperty(u"role", u"muted")

        self.gridLayout.addWidget(self.legendLabel)

        self.splitter.addWidget(self.gridPane)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailContents = QWidget()
        self.detailContents.setObjectName(u"detailContents")
        self.detailContents.setGeometry(QRect(0, 0, 520, 900))
        self.detailLayout = QVBoxLayout(self.detailContents)
        self.detailLayout.setSpacing(8)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 6, 6)
        self.itemTitle = QLabel(self.detailContents)
        self.itemTitle.setObjectName(u"itemTitle")
        self.itemTitle.setWordWrap(True)
        self.itemTitle.setProperty(u"role", u"sectionTitle")

        self.detailLayout.addWidget(self.itemTitle)

        self.itemMeta = QLabel(self.detailContents)
        self.itemMeta.setObjectName(u"itemMeta")
        self.itemMeta.setWordWrap(True)
        self.itemMeta.setProperty(u"role", u"muted")

        self.detailLayout.addWidget(self.itemMeta)

        self.spreadWarning = QLabel(self.detailContents)
        self.spreadWarning.setObjectName(u"spreadWarning")
        self.spreadWarning.setWordWrap(True)
        self.spreadWarning.setProperty(u"role", u"warning")

        self.detailLayout.addWidget(self.spreadWarning)

        self.scoresBox = QGroupBox(self.detailContents)
        self.scoresBox.setObjectName(u"scoresBox")
        self.scoresLayout = QVBoxLayout(self.scoresBox)
        self.scoresLayout.setSpacing(6)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoresView = QTableView(self.scoresBox)
        self.scoresView.setObjectName(u"scoresView")
        self.scoresView.setWordWrap(True)
        self.scoresView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scoresView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.scoresView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.scoresLayout.addWidget(self.scoresView)

        self.noScoresLabel = QLabel(self.scoresBox)
        self.noScoresLabel.setObjectName(u"noScoresLabel")
        self.noScoresLabel.setWordWrap(True)
        self.noScoresLabel.setProperty(u"role", u"muted")

        self.scoresLayout.addWidget(self.noScoresLabel)


        self.detailLayout.addWidget(self.scoresBox)

        self.assessorCommentsBox = QGroupBox(self.detailContents)
        self.assessorCommentsBox.setObjectName(u"assessorCommentsBox")
        self.assessorCommentsLayout = QVBoxLayout(self.assessorCommentsBox)
        self.assessorCommentsLayout.setSpacing(6)
        self.assessorCommentsLayout.setObjectName(u"assessorCommentsLayout")
        self.assessorCommentsView = QTableView(self.assessorCommentsBox)
        self.assessorCommentsView.setObjectName(u"assessorCommentsView")
        self.assessorCommentsView.setWordWrap(True)
        self.assessorCommentsView.setAlternatingRowColors(True)
        self.assessorCommentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assessorCommentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assessorCommentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.assessorCommentsLayout.addWidget(self.assessorCommentsView)

        self.assessorCommentButtons = QHBoxLayout()
        self.assessorCommentButtons.setSpacing(8)
        self.assessorCommentButtons.setObjectName(u"assessorCommentButtons")
        self.adoptButton = QPushButton(self.assessorCommentsBox)
        self.adoptButton.setObjectName(u"adoptButton")

        self.assessorCommentButtons.addWidget(self.adoptButton)

        self.adoptHint = QLabel(self.assessorCommentsBox)
        self.adoptHint.setObjectName(u"adoptHint")
        self.adoptHint.setWordWrap(True)
        self.adoptHint.setProperty(u"role", u"muted")

        self.assessorCommentButtons.addWidget(self.adoptHint)

        self.assessorCommentButtons.setStretch(1, 1)

        self.assessorCommentsLayout.addLayout(self.assessorCommentButtons)


        self.detailLayout.addWidget(self.assessorCommentsBox)

        self.consensusBox = QGroupBox(self.detailContents)
        self.consensusBox.setObjectName(u"consensusBox")
        self.consensusLayout = QVBoxLayout(self.consensusBox)
        self.consensusLayout.setSpacing(6)
        self.consensusLayout.setObjectName(u"consensusLayout")
        self.consensusRow = QHBoxLayout()
        self.consensusRow.setSpacing(8)
        self.consensusRow.setObjectName(u"consensusRow")
        self.consensusLabel = QLabel(self.consensusBox)
        self.consensusLabel.setObjectName(u"consensusLabel")

        self.consensusRow.addWidget(self.consensusLabel)

        self.consensusCombo = QComboBox(self.consensusBox)
        self.consensusCombo.setObjectName(u"consensusCombo")

        self.consensusRow.addWidget(self.consensusCombo)

        self.consensusPoints = QLabel(self.consensusBox)
        self.consensusPoints.setObjectName(u"consensusPoints")
        self.consensusPoints.setWordWrap(True)
        self.consensusPoints.setProperty(u"role", u"muted")

        self.consensusRow.addWidget(self.consensusPoints)

        self.consensusRow.setStretch(2, 1)

        self.consensusLayout.addLayout(self.consensusRow)

        self.consensusRationale = QPlainTextEdit(self.consensusBox)
        self.consensusRationale.setObjectName(u"consensusRationale")
        self.consensusRationale.setTabChangesFocus(True)
        self.consensusRationale.setMaximumSize(QSize(16777215, 90))

        self.consensusLayout.addWidget(self.consensusRationale)

        self.leadHint = QLabel(self.consensusBox)
        self.leadHint.setObjectName(u"leadHint")
        self.leadHint.setWordWrap(True)
        self.leadHint.setProperty(u"role", u"muted")

        self.consensusLayout.addWidget(self.leadHint)


        self.detailLayout.addWidget(self.consensusBox)

        self.teamBox = QGroupBox(self.detailContents)
        self.teamBox.setObjectName(u"teamBox")
        self.teamLayout = QVBoxLayout(self.teamBox)
        self.teamLayout.setSpacing(6)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamView = QTableView(self.teamBox)
        self.teamView.setObjectName(u"teamView")
        self.teamView.setWordWrap(True)
        self.teamView.setAlternatingRowColors(True)
        self.teamView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teamView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teamView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.teamLayout.addWidget(self.teamView)

        self.teamButtons = QHBoxLayout()
        self.teamButtons.setSpacing(6)
        self.teamButtons.setObjectName(u"teamButtons")
        self.addCommentButton = QPushButton(self.teamBox)
        self.addCommentButton.setObjectName(u"addCommentButton")

        self.teamButtons.addWidget(self.addCommentButton)

        self.editCommentButton = QPushButton(self.teamBox)
        self.editCommentButton.setObjectName(u"editCommentButton")

        self.teamButtons.addWidget(self.editCommentButton)

        self.deleteCommentButton = QPushButton(self.teamBox)
        self.deleteCommentButton.setObjectName(u"deleteCommentButton")

        self.teamButtons.addWidget(self.deleteCommentButton)

        self.teamSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamButtons.addItem(self.teamSpacer)

        self.raiseActionButton = QPushButton(self.teamBox)
        self.raiseActionButton.setObjectName(u"raiseActionButton")

        self.teamButtons.addWidget(self.raiseActionButton)


        self.teamLayout.addLayout(self.teamButtons)


        self.detailLayout.addWidget(self.teamBox)

        self.detailSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.detailContents)
        self.splitter.addWidget(self.detailScroll)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(ConsensusPage)

        QMetaObject.connectSlotsByName(ConsensusPage)
    # setupUi

    def retranslateUi(self, ConsensusPage):
        self.titleLabel.setText(QCoreApplication.translate("ConsensusPage", u"\u5171\u8bc6", None))
        self.importButton.setText(QCoreApplication.translate("ConsensusPage", u"\u5bfc\u5165\u8bc4\u5ba1\u5458\u5de5\u4f5c\u7c3f\u2026", None))
        self.mergeButton.setText(QCoreApplication.translate("ConsensusPage", u"\u5408\u5e76\u9879\u76ee\u6587\u4ef6\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ConsensusPage", u"\u5bfc\u51fa\u8bc4\u5ba1\u5458\u5de5\u4f5c\u7c3f\u2026", None))
#if QT_CONFIG(accessibility)
        self.gridView.setAccessibleName(QCoreApplication.translate("ConsensusPage", u"\u8bc4\u5ba1\u5458\u8bc4\u5206\u5bf9\u7167\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.flaggedOnlyCheck.setText(QCoreApplication.translate("ConsensusPage", u"\u53ea\u770b\u5206\u6b67\u8f83\u5927\u7684\u8bc4\u5206\u9879", None))
        self.scoresBox.setTitle(QCoreApplication.translate("ConsensusPage", u"\u5404\u8bc4\u5ba1\u5458\u7684\u8bc4\u5206", None))
        self.assessorCommentsBox.setTitle(QCoreApplication.translate("ConsensusPage", u"\u8bc4\u5ba1\u5458\u5404\u81ea\u63d0\u51fa\u7684\u4f18\u52bf\u4e0e\u6539\u8fdb\u673a\u4f1a", None))
        self.adoptButton.setText(QCoreApplication.translate("ConsensusPage", u"\u91c7\u7eb3\u5230\u56e2\u961f\u6e05\u5355", None))
        self.consensusBox.setTitle(QCoreApplication.translate("ConsensusPage", u"\u56e2\u961f\u5171\u8bc6", None))
        self.consensusLabel.setText(QCoreApplication.translate("ConsensusPage", u"\u5171\u8bc6\u767e\u5206\u6bd4", None))
        self.consensusRationale.setPlaceholderText(QCoreApplication.translate("ConsensusPage", u"\u5171\u8bc6\u7406\u7531\uff1a\u5c0f\u7ec4\u8ba8\u8bba\u540e\u4e00\u81f4\u8ba4\u53ef\u7684\u4f9d\u636e", None))
        self.teamBox.setTitle(QCoreApplication.translate("ConsensusPage", u"\u56e2\u961f\u7684\u4f18\u52bf\u4e0e\u6539\u8fdb\u673a\u4f1a\uff08\u5171\u8bc6\u6e05\u5355\uff09", None))
        self.addCommentButton.setText(QCoreApplication.translate("ConsensusPage", u"\u6dfb\u52a0", None))
        self.editCommentButton.setText(QCoreApplication.translate("ConsensusPage", u"\u7f16\u8f91\u2026", None))
        self.deleteCommentButton.setText(QCoreApplication.translate("ConsensusPage", u"\u5220\u9664", None))
        self.raiseActionButton.setText(QCoreApplication.translate("ConsensusPage", u"\u63d0\u51fa\u6539\u8fdb\u8ba1\u5212\u2026", None))
        pass
    # retranslateUi

